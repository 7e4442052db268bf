// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace atrium {

/** How serious a processing problem is. Errors keep an entity out of the
 *  catalog (or make a file unusable); warnings are reported and kept. */
enum class Severity { Error, Warning };

/** One located problem found while reading or checking catalog data. */
struct Diagnostic {
    Severity severity = Severity::Error;
    QString file;     ///< path or URL of the file the problem is in
    int line = 0;     ///< 1-based; 0 when unknown
    int column = 0;   ///< 1-based; 0 when unknown
    QString message;
    QString entityRef; ///< canonical ref of the entity concerned, if any

    bool isError() const { return severity == Severity::Error; }
    /** `FILE:LINE:COL: error|warning: MESSAGE`, the compiler-style line. */
    QString toString() const;
    static QString severityName(Severity s);

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

inline int countErrors(const Diagnostics &d)
{
    int n = 0;
    for (const auto &x : d)
        n += x.isError() ? 1 : 0;
    return n;
}

} // namespace atrium
