// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the survey and task-export CSV importer: the CSV reader (with
// delimiter and encoding detection), the NPS count and the complaint themes.
#include "metrics/csv.h"
#include "metrics/nps.h"
#include "metrics/themes.h"

#include <cstddef>
#include <cstdint>

using namespace atrium::metrics;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvOptions options;
    options.limits.maxRows = 20'000;
    options.limits.maxFieldChars = 64 * 1024;
    CsvTable table = parseCsv(bytes, options);
    // Korean Excel's default export encoding, and no header.
    CsvOptions korean = options;
    korean.encoding = QByteArrayLiteral("CP949");
    korean.hasHeader = false;
    korean.delimiter = u';';
    (void)parseCsv(bytes, korean);

    NpsMapping mapping = NpsMapping::byName(table, u"score", u"comment", u"date");
    if (mapping.scoreColumn < 0) {
        // Unnamed columns: the first three, as a user would map them.
        mapping.scoreColumn = 0;
        mapping.commentColumn = 1;
        mapping.dateColumn = 2;
    }
    NpsOptions npsOptions;
    npsOptions.userCount = 40;
    npsOptions.source = QStringLiteral("fuzz.csv");
    const NpsResult nps = computeNps(table, mapping, npsOptions);
    (void)nps.toJson();
    (void)npsKpi(nps, npsOptions);

    QStringList comments = nps.detractorComments();
    for (const CsvRow &row : std::as_const(table.rows)) {
        if (comments.size() >= 500)
            break;
        comments << CsvTable::field(row, mapping.commentColumn);
    }
    for (const Theme &t : complaintThemes(comments))
        (void)t.toJson();
    return 0;
}
