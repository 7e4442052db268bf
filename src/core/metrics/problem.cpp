// SPDX-License-Identifier: Apache-2.0
#include "metrics/problem.h"

namespace atrium::metrics {

QString Problem::toString() const
{
    QString out = source;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (row > 0)
        out += QStringLiteral("row %1: ").arg(row);
    if (!where.isEmpty())
        out += where + QStringLiteral(": ");
    return out + message;
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("message"), message}};
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    if (row > 0)
        o.insert(QStringLiteral("row"), row);
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    if (!where.isEmpty())
        o.insert(QStringLiteral("where"), where);
    return o;
}

} // namespace atrium::metrics
