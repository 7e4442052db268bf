// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <compare>
#include <optional>

namespace atrium::metrics {

/** The calendar buckets KPIs are charted in. */
enum class PeriodKind { Month, Quarter };

/** One calendar month or quarter in UTC, the half-open interval
 *  [start(), end()). Periods are always UTC: a team spread over time zones
 *  must see one number per quarter, not one per office. */
struct Period {
    PeriodKind kind = PeriodKind::Quarter;
    int year = 0;
    int index = 0; ///< month 1–12 or quarter 1–4; 0 for the invalid period

    bool isValid() const { return index > 0; }
    QDateTime start() const; ///< first instant, UTC
    QDateTime end() const;   ///< first instant of the next period, UTC
    Period next() const;
    bool contains(const QDateTime &t) const;
    /** `2024-03` or `2024-Q1`: sortable, stable, used as a JSON key. */
    QString key() const;
    /** Parses what key() writes. */
    static std::optional<Period> fromKey(QStringView key);

    friend bool operator==(const Period &, const Period &) = default;
    friend std::strong_ordering operator<=>(const Period &a, const Period &b)
    {
        if (auto c = a.kind <=> b.kind; c != 0)
            return c;
        if (auto c = a.year <=> b.year; c != 0)
            return c;
        return a.index <=> b.index;
    }
};

/** The period @p t falls in, after converting @p t to UTC. Invalid for an
 *  invalid time. */
Period periodOf(const QDateTime &t, PeriodKind kind);

/** Every period from the one holding @p from to the one holding the last
 *  instant before @p to, in order; at most @p maxPeriods of them, so a
 *  typo'd year cannot make a chart of ten thousand quarters. Empty when the
 *  range is invalid or empty. */
QList<Period> periodsBetween(const QDateTime &from, const QDateTime &to, PeriodKind kind, int maxPeriods = 1200);

/** Reads an ISO 8601 timestamp as exports write them (`2024-03-05T10:00:00Z`,
 *  with milliseconds, an offset, a space instead of `T`, or a date alone) and
 *  returns it in UTC. A timestamp without an offset is taken as UTC, never as
 *  the local time of whoever runs Atrium, so results do not depend on the
 *  machine. Empty for anything else. */
std::optional<QDateTime> parseTimestamp(QStringView text);

/** ISO 8601 in UTC with a `Z`, the form every JSON result uses; empty for an
 *  invalid time. */
QString timestampString(const QDateTime &t);

} // namespace atrium::metrics
