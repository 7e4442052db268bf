// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/csv.h"
#include "metrics/kpi.h"
#include "metrics/period.h"
#include "metrics/problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace atrium::metrics {

/** Which columns of a survey export hold what; -1 for a column not mapped. */
struct NpsMapping {
    int scoreColumn = -1;   ///< the 0–10 answer; required
    int commentColumn = -1; ///< free text, for complaint themes
    int dateColumn = -1;    ///< when the answer was given, for the per-quarter series

    /** Looks the columns up by header name (trimmed, case-insensitive); an
     *  empty or unknown name leaves the column unmapped. */
    static NpsMapping byName(const CsvTable &table, QStringView score, QStringView comment = {},
                             QStringView date = {});
};

/** Promoters, passives and detractors of a set of 0–10 scores. */
struct NpsCounts {
    int responses = 0;
    int promoters = 0;  ///< 9–10
    int passives = 0;   ///< 7–8
    int detractors = 0; ///< 0–6

    void add(int score);
    /** % promoters − % detractors, −100 to 100; empty without responses. */
    std::optional<double> nps() const;
    std::optional<double> promotersPercent() const;
    std::optional<double> passivesPercent() const;
    std::optional<double> detractorsPercent() const;
    QJsonObject toJson() const;
};

/** Counts of @p scores; scores outside 0–10 are not counted. */
NpsCounts countNps(const QList<int> &scores);

struct NpsResponse {
    int score = 0;
    QString comment;
    QDateTime date; ///< invalid when the export has no (readable) date
    int row = 0;    ///< spreadsheet row in the export
};

struct NpsOptions {
    /** Developers asked: the number of User entities. 0 when unknown. */
    int userCount = 0;
    /** Responses dated outside [from, to) are left out; undated ones are kept,
     *  as nothing says they are outside. Invalid bounds are open. */
    QDateTime from;
    QDateTime to;
    PeriodKind period = PeriodKind::Quarter;
    QString source; ///< the export's name, for problems and the KPI's source
};

struct NpsPeriodCounts {
    Period period;
    NpsCounts counts;
};

/** The playbook's Q7: fewer answers than this share of users make the score
 *  unreliable. */
inline constexpr double kMinResponseRatePercent = 70;

struct NpsResult {
    NpsCounts counts;
    int userCount = 0;
    /** responses / users × 100; empty when the number of users is unknown.
     *  May exceed 100 when the survey reached people outside the catalog. */
    std::optional<double> responseRatePercent;
    bool lowResponseRate = false; ///< below kMinResponseRatePercent
    QList<NpsResponse> responses; ///< the counted ones, in file order
    Problems skipped;  ///< rows not counted: no score, not a number, outside 0–10
    Problems warnings; ///< rows counted with a caveat (an unreadable date)
    QList<NpsPeriodCounts> byPeriod; ///< periods with dated responses, in order
    int undated = 0;   ///< counted responses not in any period
    int outsideWindow = 0;
    QString missingReason; ///< set when there is no NPS

    /** The comments of detractors (0–6), non-empty, in file order. */
    QStringList detractorComments() const;
    QJsonObject toJson() const;
};

/** Developer NPS from a survey export. A response is a row whose score is a
 *  whole number from 0 to 10 (`9` and `9.0` both count); every other row is
 *  skipped and reported with its spreadsheet row number. */
NpsResult computeNps(const CsvTable &table, const NpsMapping &mapping, const NpsOptions &options = {});

/** The NPS KPI value of @p result (sample size: responses). */
KpiValue npsKpi(const NpsResult &result, const NpsOptions &options = {});

} // namespace atrium::metrics
