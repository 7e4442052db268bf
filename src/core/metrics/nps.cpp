// SPDX-License-Identifier: Apache-2.0
#include "metrics/nps.h"
#include "metrics/stats.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace atrium::metrics {

namespace {

/** The score as a whole number 0–10, or a reason it is not one. */
std::optional<int> parseScore(const QString &field, QString *why)
{
    const QString t = field.trimmed();
    if (t.isEmpty()) {
        *why = QCoreApplication::translate("atrium::metrics", "There is no score.");
        return std::nullopt;
    }
    bool ok = false;
    const double v = t.toDouble(&ok); // C locale: "9.0" yes, "9,0" no
    if (!ok || !std::isfinite(v)) {
        *why = QCoreApplication::translate("atrium::metrics", "The score \"%1\" is not a number.").arg(t.left(40));
        return std::nullopt;
    }
    if (v < 0 || v > 10 || v != std::floor(v)) {
        *why = QCoreApplication::translate("atrium::metrics", "The score %1 is not a whole number from 0 to 10.")
                   .arg(t.left(40));
        return std::nullopt;
    }
    return int(v);
}

} // namespace

NpsMapping NpsMapping::byName(const CsvTable &table, QStringView score, QStringView comment, QStringView date)
{
    NpsMapping m;
    m.scoreColumn = score.trimmed().isEmpty() ? -1 : table.column(score);
    m.commentColumn = comment.trimmed().isEmpty() ? -1 : table.column(comment);
    m.dateColumn = date.trimmed().isEmpty() ? -1 : table.column(date);
    return m;
}

void NpsCounts::add(int score)
{
    if (score < 0 || score > 10)
        return;
    ++responses;
    if (score >= 9)
        ++promoters;
    else if (score >= 7)
        ++passives;
    else
        ++detractors;
}

std::optional<double> NpsCounts::nps() const
{
    if (responses <= 0)
        return std::nullopt;
    // From the counts, not from rounded percentages: 1 promoter in 3 is
    // exactly 33.33…, not 33.
    return 100.0 * (promoters - detractors) / responses;
}

std::optional<double> NpsCounts::promotersPercent() const
{
    return percentOf(promoters, responses);
}

std::optional<double> NpsCounts::passivesPercent() const
{
    return percentOf(passives, responses);
}

std::optional<double> NpsCounts::detractorsPercent() const
{
    return percentOf(detractors, responses);
}

QJsonObject NpsCounts::toJson() const
{
    return {{QStringLiteral("responses"), responses},
            {QStringLiteral("promoters"), promoters},
            {QStringLiteral("passives"), passives},
            {QStringLiteral("detractors"), detractors},
            {QStringLiteral("nps"), jsonOrNull(nps())},
            {QStringLiteral("promotersPercent"), jsonOrNull(promotersPercent())},
            {QStringLiteral("passivesPercent"), jsonOrNull(passivesPercent())},
            {QStringLiteral("detractorsPercent"), jsonOrNull(detractorsPercent())}};
}

NpsCounts countNps(const QList<int> &scores)
{
    NpsCounts c;
    for (int s : scores)
        c.add(s);
    return c;
}

QStringList NpsResult::detractorComments() const
{
    QStringList out;
    for (const auto &r : responses)
        if (r.score <= 6 && !r.comment.trimmed().isEmpty())
            out << r.comment;
    return out;
}

QJsonObject NpsResult::toJson() const
{
    QJsonArray periods;
    for (const auto &p : byPeriod) {
        QJsonObject o = p.counts.toJson();
        o.insert(QStringLiteral("period"), p.period.key());
        periods.append(o);
    }
    QJsonArray skippedRows, warningRows;
    for (const auto &p : skipped)
        skippedRows.append(p.toJson());
    for (const auto &p : warnings)
        warningRows.append(p.toJson());
    QJsonObject o = counts.toJson();
    o.insert(QStringLiteral("userCount"), userCount);
    o.insert(QStringLiteral("responseRatePercent"), jsonOrNull(responseRatePercent));
    o.insert(QStringLiteral("lowResponseRate"), lowResponseRate);
    o.insert(QStringLiteral("byPeriod"), periods);
    o.insert(QStringLiteral("undated"), undated);
    o.insert(QStringLiteral("outsideWindow"), outsideWindow);
    o.insert(QStringLiteral("skipped"), skippedRows);
    o.insert(QStringLiteral("warnings"), warningRows);
    if (!missingReason.isEmpty())
        o.insert(QStringLiteral("missingReason"), missingReason);
    return o;
}

NpsResult computeNps(const CsvTable &table, const NpsMapping &mapping, const NpsOptions &options)
{
    NpsResult r;
    r.userCount = std::max(0, options.userCount);
    const auto problem = [&](const CsvRow &row, const QString &message) {
        return Problem{options.source, row.row, row.line, {}, message};
    };
    std::map<Period, NpsCounts> periods;
    if (mapping.scoreColumn >= 0) {
        for (const auto &row : table.rows) {
            QString why;
            const auto score = parseScore(CsvTable::field(row, mapping.scoreColumn), &why);
            if (!score) {
                r.skipped << problem(row, why);
                continue;
            }
            NpsResponse resp{*score, CsvTable::field(row, mapping.commentColumn), {}, row.row};
            if (mapping.dateColumn >= 0) {
                const QString d = CsvTable::field(row, mapping.dateColumn);
                if (const auto t = parseTimestamp(d))
                    resp.date = *t;
                else if (!d.trimmed().isEmpty())
                    r.warnings << problem(row, QCoreApplication::translate("atrium::metrics",
                                                                           "The date \"%1\" is not understood; the "
                                                                           "answer counts, but in no quarter.")
                                                   .arg(d.trimmed().left(40)));
            }
            if (resp.date.isValid()
                && ((options.from.isValid() && resp.date < options.from) || (options.to.isValid() && resp.date >= options.to))) {
                ++r.outsideWindow;
                continue;
            }
            r.counts.add(resp.score);
            if (resp.date.isValid())
                periods[periodOf(resp.date, options.period)].add(resp.score);
            else
                ++r.undated;
            r.responses << resp;
        }
    }
    for (const auto &[p, c] : periods)
        r.byPeriod << NpsPeriodCounts{p, c};
    if (r.userCount > 0) {
        r.responseRatePercent = 100.0 * r.counts.responses / r.userCount;
        r.lowResponseRate = *r.responseRatePercent < kMinResponseRatePercent;
    }
    if (r.counts.responses == 0) {
        if (table.refused)
            r.missingReason = QCoreApplication::translate("atrium::metrics", "The survey export could not be read.");
        else if (mapping.scoreColumn < 0)
            r.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "No column is chosen as the 0–10 score. Choose it in the "
                                                          "survey import's column mapping.");
        else if (table.rows.isEmpty())
            r.missingReason = QCoreApplication::translate("atrium::metrics", "The survey export has no responses.");
        else if (r.outsideWindow > 0 && r.skipped.size() + r.outsideWindow == table.rows.size())
            r.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "No response falls in the chosen period; %n fall outside it.",
                                                          nullptr, r.outsideWindow);
        else
            r.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "None of the %n rows has a score from 0 to 10; see the "
                                                          "skipped rows.",
                                                          nullptr, int(table.rows.size()));
    }
    return r;
}

KpiValue npsKpi(const NpsResult &result, const NpsOptions &options)
{
    const QString source = options.source.isEmpty()
                               ? QCoreApplication::translate("atrium::metrics", "Developer survey export")
                               : QCoreApplication::translate("atrium::metrics", "Developer survey export %1").arg(options.source);
    QString missing = result.missingReason;
    if (!result.counts.nps())
        missing += QLatin1Char(' ')
                   + QCoreApplication::translate("atrium::metrics",
                                                 "Import a survey export (CSV with a 0–10 score column) to see the "
                                                 "developer NPS.");
    KpiValue v = makeKpiValue(kpi::DeveloperNps, result.counts.nps(), result.counts.responses, source,
                              missing.trimmed(), options.from, options.to);
    QJsonObject d = result.counts.toJson();
    d.insert(QStringLiteral("responseRatePercent"), jsonOrNull(result.responseRatePercent));
    d.insert(QStringLiteral("lowResponseRate"), result.lowResponseRate);
    d.insert(QStringLiteral("skippedRows"), int(result.skipped.size()));
    v.details = d;
    return v;
}

} // namespace atrium::metrics
