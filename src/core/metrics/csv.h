// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/problem.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace atrium::metrics {

/** Bounds that keep a hostile or broken export from exhausting memory. */
struct CsvLimits {
    qint64 maxBytes = 64 * 1024 * 1024; ///< larger input is refused outright
    int maxRows = 1'000'000;            ///< rows after this are dropped, with a problem
    int maxColumns = 1024;              ///< fields after this are dropped, with a problem
    int maxFieldChars = 1024 * 1024;    ///< longer fields are cut, with a problem
};

struct CsvOptions {
    /** `,`, `;` or tab; a null QChar detects it from the first rows. */
    QChar delimiter;
    bool hasHeader = true; ///< the first record names the columns
    /** Empty: by BOM, else UTF-8. Otherwise a name QStringDecoder knows; with
     *  Debian's ICU-enabled Qt that includes `CP949` and `EUC-KR`, which
     *  Korean Excel writes by default. A BOM still wins. */
    QByteArray encoding;
    CsvLimits limits;
};

struct CsvRow {
    QStringList fields;
    int row = 0;  ///< as a spreadsheet numbers it: the first record (the header) is 1
    int line = 0; ///< 1-based physical line the record starts on
};

/** A parsed CSV file. Structural problems (ragged rows, stray quotes, an
 *  unterminated quote) are reported and the rows kept: which of them matter
 *  is for the caller to say. */
struct CsvTable {
    QStringList header; ///< trimmed; empty without a header
    QList<CsvRow> rows; ///< the data records, header excluded
    QChar delimiter;    ///< the one used
    Problems problems;
    bool refused = false; ///< the input was not read at all (too large, unknown encoding)

    /** Index of the header column named @p name (trimmed, case-insensitive;
     *  the first of duplicates), or -1. */
    int column(QStringView name) const;
    /** Field @p column of @p row, empty when the row is short. */
    static QString field(const CsvRow &row, int column);
};

/** Reads CSV as RFC 4180 describes it, plus what real exports do: a UTF-8
 *  BOM (or UTF-16 with a BOM, as spreadsheets write "Unicode text"), LF, CRLF
 *  or CR line ends, `;` (spreadsheets in locales with a decimal comma) and
 *  tab delimiters, Excel's `sep=;` first line, blank lines (skipped). Quoted
 *  fields may hold delimiters, doubled quotes and line breaks. Never throws
 *  and never crashes on arbitrary bytes.
 *
 *  Hand-written: Qt has no CSV reader. Debian 12 offers libcsv-dev (a C
 *  library, LGPL-2.1, callback-based, no delimiter detection or encoding
 *  handling) and libfccp-dev (Ben Strasser's header-only "Fast C++ CSV
 *  Parser", which reads files with a column count fixed at compile time and
 *  reports errors by exception); the Rust and Haskell csv packages are no use
 *  from C++. None handles the BOM, delimiter detection and located problems
 *  Atrium needs, so a dependency would save little of this file. */
CsvTable parseCsv(const QByteArray &data, const CsvOptions &options = {});

/** The delimiter among `,`, `;` and tab that splits the first records (up to
 *  20, quotes respected) most consistently; `,` when none does. */
QChar detectCsvDelimiter(QStringView text);

} // namespace atrium::metrics
