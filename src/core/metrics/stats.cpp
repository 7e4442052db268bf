// SPDX-License-Identifier: Apache-2.0
#include "metrics/stats.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace atrium::metrics {

namespace {

// Sorted finite values: every statistic below starts from this.
QList<double> cleaned(QList<double> values)
{
    values.removeIf([](double v) { return !std::isfinite(v); });
    std::sort(values.begin(), values.end());
    return values;
}

// Interpolation on an already sorted, non-empty list.
double percentileSorted(const QList<double> &x, double p)
{
    const double h = double(x.size() - 1) * p / 100.0;
    const auto lo = qsizetype(std::floor(h));
    if (lo + 1 >= x.size())
        return x.last();
    return x[lo] + (h - double(lo)) * (x[lo + 1] - x[lo]);
}

} // namespace

QJsonValue jsonOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> percentOf(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

std::optional<double> mean(QList<double> values)
{
    const auto x = cleaned(std::move(values));
    if (x.isEmpty())
        return std::nullopt;
    // Summing sorted values keeps the rounding error small and the result
    // independent of input order.
    double sum = 0;
    for (double v : x)
        sum += v;
    return sum / double(x.size());
}

std::optional<double> median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

std::optional<double> percentile(QList<double> values, double p)
{
    if (!(p >= 0 && p <= 100)) // also rejects NaN
        return std::nullopt;
    const auto x = cleaned(std::move(values));
    if (x.isEmpty())
        return std::nullopt;
    return percentileSorted(x, p);
}

Summary summarize(QList<double> values)
{
    Summary s;
    const auto x = cleaned(std::move(values));
    s.count = int(x.size());
    if (x.isEmpty())
        return s;
    s.min = x.first();
    s.max = x.last();
    s.mean = mean(x);
    s.median = percentileSorted(x, 50);
    s.p95 = percentileSorted(x, 95);
    return s;
}

QJsonObject Summary::toJson() const
{
    return {{QStringLiteral("count"), count},       {QStringLiteral("min"), jsonOrNull(min)},
            {QStringLiteral("max"), jsonOrNull(max)},     {QStringLiteral("mean"), jsonOrNull(mean)},
            {QStringLiteral("median"), jsonOrNull(median)}, {QStringLiteral("p95"), jsonOrNull(p95)}};
}

} // namespace atrium::metrics
