// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/kpi.h"
#include "metrics/period.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace atrium::metrics {

/** An issue as GitHub lists it. */
struct TrackedIssue {
    QString repo; ///< `owner/name`
    int number = 0;
    QStringList labels;
    QDateTime createdAt;
    QDateTime closedAt; ///< invalid while open
};

struct TicketOptions {
    /** An issue is an infrastructure ticket when it has one of these labels
     *  (case-insensitive, as GitHub compares them). Empty: not configured. */
    QStringList labels;
    /** Only issues of these repositories count (case-insensitive); empty: all
     *  the issues given, which the caller fetched from the configured ones. */
    QStringList repositories;
    QDateTime from; ///< by creation date; invalid bounds are open
    QDateTime to;
};

struct TicketMonth {
    Period month;
    int opened = 0;
    int closed = 0; ///< of the tickets opened in the window, closed in this month
};

struct TicketsResult {
    bool configured = false; ///< labels were given
    int total = 0;           ///< tickets opened in the window
    /** Tickets per 30-day month: total × 30 days / the window's length, or
     *  the mean over the calendar months listed when the window is open.
     *  Empty when not configured or nothing bounds the time. */
    std::optional<double> perMonth;
    QList<TicketMonth> byMonth; ///< every month of the window (or of the data), zeros included
    QStringList tickets;        ///< `owner/name#123`, by creation time
    QDateTime from;
    QDateTime to;
    QJsonObject toJson() const;
};

/** Infrastructure tickets per month. With labels configured a month without
 *  tickets is a real zero, not missing data: the issues of the configured
 *  repositories were read and none had the labels. */
TicketsResult infraTickets(const QList<TrackedIssue> &issues, const TicketOptions &options);

KpiValue ticketsKpi(const TicketsResult &result, const QString &source);

} // namespace atrium::metrics
