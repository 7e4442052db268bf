// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace atrium::metrics {

/** One input record that was skipped or read with a caveat, located well
 *  enough for a user to find it in the file they exported. */
struct Problem {
    QString source;  ///< file or export the record came from (may be empty)
    /** CSV: the row as a spreadsheet numbers it (the header is row 1).
     *  JSON arrays: the element's index + 1. 0 when the problem is not about
     *  one record (a whole file, a whole export). */
    int row = 0;
    int line = 0;    ///< 1-based physical line where the record starts; 0 when unknown
    QString where;   ///< a path inside structured input, e.g. `tasks[3]` or `jobs.build.steps[2]`
    QString message; ///< translated, for the user

    /** `SOURCE:LINE: row N: MESSAGE`, leaving out the parts that are unknown. */
    QString toString() const;
    QJsonObject toJson() const;
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

} // namespace atrium::metrics
