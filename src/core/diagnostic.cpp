// SPDX-License-Identifier: Apache-2.0
#include "diagnostic.h"

namespace atrium {

QString Diagnostic::severityName(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2:%3: %4: %5")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(severityName(severity), message);
}

} // namespace atrium
