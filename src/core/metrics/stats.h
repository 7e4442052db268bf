// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>

#include <QJsonObject>
#include <QList>
#include <optional>

namespace atrium::metrics {

/** Arithmetic mean; empty when there is no finite value. Non-finite values
 *  (NaN, ±inf) are ignored everywhere in this header. */
std::optional<double> mean(QList<double> values);

/** The median: the middle value, or the mean of the two middle values for an
 *  even count. Empty when there is no value. */
std::optional<double> median(QList<double> values);

/** The @p p-th percentile (0–100) by linear interpolation between closest
 *  ranks, the method numpy.percentile uses by default ("linear", Hyndman and
 *  Fan type 7): with the n values sorted as x[0..n-1], h = (n-1)·p/100 and
 *  the result is x[⌊h⌋] + (h-⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]). Empty when there is
 *  no value or @p p is outside 0–100. */
std::optional<double> percentile(QList<double> values, double p);

/** The numbers a KPI card shows about a sample of durations or scores. */
struct Summary {
    int count = 0; ///< finite values in the sample
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> mean;
    std::optional<double> median;
    std::optional<double> p95;

    /** Keys `count`, `min`, `max`, `mean`, `median`, `p95`; empty ones are null. */
    QJsonObject toJson() const;
};

Summary summarize(QList<double> values);

/** @p part as a percentage of @p whole; nothing when @p whole is not positive. */
std::optional<double> percentOf(int part, int whole);
/** The value, or JSON null when there is none (never 0 for "no data"). */
QJsonValue jsonOrNull(const std::optional<double> &v);

} // namespace atrium::metrics
