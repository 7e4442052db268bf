// SPDX-License-Identifier: Apache-2.0
#include "metrics/tickets.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace atrium::metrics {

namespace {

bool containsCi(const QStringList &list, const QString &s)
{
    const QString t = s.trimmed();
    return std::any_of(list.begin(), list.end(),
                       [&](const QString &x) { return x.trimmed().compare(t, Qt::CaseInsensitive) == 0; });
}

} // namespace

QJsonObject TicketsResult::toJson() const
{
    QJsonArray months;
    for (const auto &m : byMonth)
        months.append(QJsonObject{{QStringLiteral("month"), m.month.key()},
                                  {QStringLiteral("opened"), m.opened},
                                  {QStringLiteral("closed"), m.closed}});
    return {{QStringLiteral("configured"), configured},
            {QStringLiteral("total"), total},
            {QStringLiteral("perMonth"), perMonth ? QJsonValue(*perMonth) : QJsonValue()},
            {QStringLiteral("byMonth"), months},
            {QStringLiteral("tickets"), QJsonArray::fromStringList(tickets)}};
}

TicketsResult infraTickets(const QList<TrackedIssue> &issues, const TicketOptions &options)
{
    TicketsResult r;
    r.from = options.from;
    r.to = options.to;
    QStringList labels;
    for (const auto &l : options.labels)
        if (!l.trimmed().isEmpty())
            labels << l;
    r.configured = !labels.isEmpty();
    if (!r.configured)
        return r;
    std::map<Period, TicketMonth> months;
    QList<const TrackedIssue *> matched;
    for (const TrackedIssue &i : issues) {
        if (!i.createdAt.isValid())
            continue;
        if ((options.from.isValid() && i.createdAt < options.from) || (options.to.isValid() && i.createdAt >= options.to))
            continue;
        if (!options.repositories.isEmpty() && !containsCi(options.repositories, i.repo))
            continue;
        if (!std::any_of(i.labels.begin(), i.labels.end(), [&](const QString &l) { return containsCi(labels, l); }))
            continue;
        matched << &i;
        ++months[periodOf(i.createdAt, PeriodKind::Month)].opened;
        if (i.closedAt.isValid())
            ++months[periodOf(i.closedAt, PeriodKind::Month)].closed;
    }
    std::stable_sort(matched.begin(), matched.end(),
                     [](const TrackedIssue *a, const TrackedIssue *b) { return a->createdAt < b->createdAt; });
    for (const TrackedIssue *i : std::as_const(matched))
        r.tickets << QStringLiteral("%1#%2").arg(i->repo).arg(i->number);
    r.total = int(matched.size());
    QList<Period> periods;
    if (options.from.isValid() && options.to.isValid())
        periods = periodsBetween(options.from, options.to, PeriodKind::Month);
    else if (!months.empty())
        periods = periodsBetween(months.begin()->first.start(), months.rbegin()->first.end(), PeriodKind::Month);
    for (const Period &p : std::as_const(periods)) {
        const auto it = months.find(p);
        TicketMonth m = it == months.end() ? TicketMonth{} : it->second;
        m.month = p;
        r.byMonth << m;
    }
    if (options.from.isValid() && options.to.isValid() && options.from < options.to) {
        const double windowSeconds = double(options.from.msecsTo(options.to)) / 1000.0;
        r.perMonth = r.total * seconds::Month / windowSeconds;
    } else if (!r.byMonth.isEmpty()) {
        r.perMonth = double(r.total) / double(r.byMonth.size());
    }
    return r;
}

KpiValue ticketsKpi(const TicketsResult &result, const QString &source)
{
    QString missing;
    if (!result.configured)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "No ticket labels are configured. Name the labels of infrastructure "
                                              "requests and the repositories they are filed in, in the Insights "
                                              "settings.");
    else if (!result.perMonth)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "No period is chosen and no ticket was found; choose a period.");
    KpiValue v = makeKpiValue(kpi::InfraTickets, result.perMonth, result.total, source, missing, result.from,
                              result.to);
    v.details = {{QStringLiteral("total"), result.total}, {QStringLiteral("months"), int(result.byMonth.size())}};
    return v;
}

} // namespace atrium::metrics
