// SPDX-License-Identifier: Apache-2.0
#include "metrics/period.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace atrium::metrics {

namespace {

int monthsPer(PeriodKind k)
{
    return k == PeriodKind::Month ? 1 : 3;
}

int periodsPerYear(PeriodKind k)
{
    return k == PeriodKind::Month ? 12 : 4;
}

} // namespace

QDateTime Period::start() const
{
    if (!isValid())
        return {};
    const int month = (index - 1) * monthsPer(kind) + 1;
    return QDateTime(QDate(year, month, 1), QTime(0, 0), Qt::UTC);
}

QDateTime Period::end() const
{
    return next().start();
}

Period Period::next() const
{
    if (!isValid())
        return {};
    Period p = *this;
    if (++p.index > periodsPerYear(kind)) {
        p.index = 1;
        ++p.year;
    }
    return p;
}

bool Period::contains(const QDateTime &t) const
{
    return t.isValid() && periodOf(t, kind) == *this;
}

QString Period::key() const
{
    if (!isValid())
        return {};
    const QString y = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (kind == PeriodKind::Month)
        return y + QLatin1Char('-') + QStringLiteral("%1").arg(index, 2, 10, QLatin1Char('0'));
    return y + QStringLiteral("-Q") + QString::number(index);
}

std::optional<Period> Period::fromKey(QStringView key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(Q[1-4]|0[1-9]|1[0-2])$"));
    const auto m = re.match(key.toString());
    if (!m.hasMatch())
        return std::nullopt;
    Period p;
    p.year = m.captured(1).toInt();
    const QString rest = m.captured(2);
    if (rest.startsWith(QLatin1Char('Q'))) {
        p.kind = PeriodKind::Quarter;
        p.index = rest.mid(1).toInt();
    } else {
        p.kind = PeriodKind::Month;
        p.index = rest.toInt();
    }
    return p;
}

Period periodOf(const QDateTime &t, PeriodKind kind)
{
    if (!t.isValid())
        return {};
    const QDate d = t.toUTC().date();
    Period p;
    p.kind = kind;
    p.year = d.year();
    p.index = (d.month() - 1) / monthsPer(kind) + 1;
    return p;
}

QList<Period> periodsBetween(const QDateTime &from, const QDateTime &to, PeriodKind kind, int maxPeriods)
{
    QList<Period> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    const Period last = periodOf(to.addMSecs(-1), kind);
    for (Period p = periodOf(from, kind); p.isValid() && p <= last && out.size() < maxPeriods; p = p.next())
        out << p;
    return out;
}

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty() || s.size() > 64)
        return std::nullopt;
    // `2024-03-05 10:00:00` is what spreadsheets and SQL dumps write.
    if (s.size() > 10 && s.at(10) == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    // Qt wants `+09:00`; exports also write `+0900` and `+09`.
    static const QRegularExpression shortOffset(QStringLiteral("([+-]\\d{2})(\\d{2})?$"));
    if (s.size() > 19) {
        const auto m = shortOffset.match(s, 19);
        if (m.hasMatch())
            s = s.left(m.capturedStart()) + m.captured(1) + QLatin1Char(':')
                + (m.captured(2).isEmpty() ? QStringLiteral("00") : m.captured(2));
    }
    QDateTime t;
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else {
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QString timestampString(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    return u.toString(u.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace atrium::metrics
