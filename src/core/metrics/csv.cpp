// SPDX-License-Identifier: Apache-2.0
#include "metrics/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace atrium::metrics {

namespace {

constexpr int kMaxProblems = 1000; // one per bad row is plenty; a broken file must not flood the log
constexpr int kSampleRecords = 20;

const std::array<QChar, 3> kCandidates{QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};

/** Decodes by BOM (UTF-8, UTF-16 LE/BE), else with @p encoding or UTF-8;
 *  drops the BOM. */
QString decode(const QByteArray &data, const QByteArray &encoding, Problems &problems, bool *ok)
{
    *ok = true;
    const auto byBom = QStringConverter::encodingForData(data);
    QStringDecoder dec;
    if (byBom || encoding.isEmpty())
        dec = QStringDecoder(byBom.value_or(QStringConverter::Utf8));
    else
        dec = QStringDecoder(encoding.constData());
    if (!dec.isValid()) {
        *ok = false;
        problems << Problem{{}, 0, 0, {},
                            QCoreApplication::translate("atrium::metrics", "The text encoding %1 is not known; the file was not read.")
                                .arg(QString::fromLatin1(encoding))};
        return {};
    }
    QString s = dec.decode(data);
    if (dec.hasError())
        problems << Problem{{}, 0, 0, {},
                            QCoreApplication::translate("atrium::metrics",
                                                        "The file is not valid text in its encoding; unreadable bytes were "
                                                        "replaced. Save it as \"CSV UTF-8\", or choose its encoding.")};
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    return s;
}

/** Excel writes `sep=;` as the first line to name the delimiter. */
qsizetype sepLine(QStringView s, QChar *delimiter)
{
    if (s.size() >= 5 && s.left(4).compare(QLatin1String("sep="), Qt::CaseInsensitive) == 0) {
        qsizetype end = 5;
        if (end == s.size() || s[end] == QLatin1Char('\n') || s[end] == QLatin1Char('\r')) {
            *delimiter = s[4];
            if (end < s.size() && s[end] == QLatin1Char('\r'))
                ++end;
            if (end < s.size() && s[end] == QLatin1Char('\n'))
                ++end;
            return end;
        }
    }
    return 0;
}

class Parser
{
public:
    Parser(QStringView text, QChar delimiter, const CsvOptions &opt, CsvTable &out, int firstLine)
        : s(text), delim(delimiter), o(opt), t(out), line(firstLine)
    {
    }

    void run()
    {
        const qsizetype n = s.size();
        recordLine = line;
        for (qsizetype i = 0; i < n && !stopped; ++i) {
            const QChar c = s[i];
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                        append(c);
                        ++i;
                    } else {
                        inQuotes = false;
                        afterClose = true;
                    }
                } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    // A line break inside quotes belongs to the field; CRLF and
                    // CR become LF so the text reads the same on every system.
                    if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n'))
                        ++i;
                    append(QLatin1Char('\n'));
                    ++line;
                } else {
                    append(c);
                }
                continue;
            }
            if (c == delim) {
                endField();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n'))
                    ++i;
                endField();
                endRecord();
                ++line;
                recordLine = line;
            } else if (c == QLatin1Char('"') && field.isEmpty() && !quoted && !afterClose) {
                inQuotes = quoted = recordHadQuote = true;
                quoteLine = line;
            } else {
                if (afterClose && !strayReported) {
                    strayReported = true;
                    problem(QCoreApplication::translate("atrium::metrics",
                                                        "Text follows a closing quote; it was kept as part of the field."));
                }
                append(c);
            }
        }
        if (stopped)
            return;
        if (inQuotes)
            problem(QCoreApplication::translate("atrium::metrics",
                                                "The quote opened on line %1 is never closed; the rest of the file was "
                                                "read as one field.")
                        .arg(quoteLine));
        if (!field.isEmpty() || quoted || !fields.isEmpty()) {
            endField();
            endRecord();
        }
    }

private:
    void append(QChar c)
    {
        if (field.size() < o.limits.maxFieldChars) {
            field.append(c);
        } else if (!fieldCut) {
            fieldCut = true;
            problem(QCoreApplication::translate("atrium::metrics", "A field is longer than %1 characters; it was cut.")
                        .arg(o.limits.maxFieldChars));
        }
    }

    void endField()
    {
        if (fields.size() < o.limits.maxColumns) {
            fields << field;
        } else if (!columnsCut) {
            columnsCut = true;
            problem(QCoreApplication::translate("atrium::metrics", "The row has more than %1 fields; the rest were dropped.")
                        .arg(o.limits.maxColumns));
        }
        field.clear();
        quoted = afterClose = fieldCut = false;
    }

    void endRecord()
    {
        // A record of one empty quoted field ("") is data, not a blank line.
        const bool blank = fields.size() == 1 && fields.first().isEmpty() && !recordHadQuote;
        if (!blank) {
            if (o.hasHeader && !headerDone) {
                headerDone = true;
                for (const auto &f : std::as_const(fields))
                    t.header << f.trimmed();
                expected = int(t.header.size());
            } else if (t.rows.size() >= o.limits.maxRows) {
                problem(QCoreApplication::translate("atrium::metrics", "The file has more than %1 rows; the rest were not read.")
                            .arg(o.limits.maxRows));
                stopped = true;
            } else {
                if (expected < 0)
                    expected = int(fields.size());
                else if (fields.size() != expected && !columnsCut)
                    problem((o.hasHeader ? QCoreApplication::translate("atrium::metrics",
                                                                       "The row has %1 fields where the header has %2.")
                                         : QCoreApplication::translate("atrium::metrics",
                                                                       "The row has %1 fields where the first row has %2."))
                                .arg(fields.size())
                                .arg(expected));
                t.rows << CsvRow{fields, row, recordLine};
            }
        }
        ++row;
        fields.clear();
        columnsCut = strayReported = recordHadQuote = false;
    }

    void problem(const QString &message)
    {
        if (t.problems.size() < kMaxProblems) {
            t.problems << Problem{{}, row, recordLine, {}, message};
        } else if (t.problems.size() == kMaxProblems) {
            t.problems << Problem{{}, 0, 0, {},
                                  QCoreApplication::translate("atrium::metrics", "Further problems in this file are not listed.")};
        }
    }

    QStringView s;
    QChar delim;
    const CsvOptions &o;
    CsvTable &t;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    int row = 1; // of the record being read, blank ones counted: spreadsheets show them as rows
    int expected = -1;
    bool inQuotes = false;
    bool quoted = false;
    bool afterClose = false;
    bool fieldCut = false;
    bool columnsCut = false;
    bool strayReported = false;
    bool recordHadQuote = false;
    bool headerDone = false;
    bool stopped = false;
};

} // namespace

QChar detectCsvDelimiter(QStringView text)
{
    QList<std::array<int, 3>> counts;
    std::array<int, 3> cur{};
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < kSampleRecords; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes; // a doubled quote toggles twice: no harm
            any = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (any)
                counts << cur;
            cur = {};
            any = false;
            continue;
        }
        any = true;
        for (size_t k = 0; k < kCandidates.size(); ++k)
            cur[k] += c == kCandidates[k] ? 1 : 0;
    }
    if (any && counts.size() < kSampleRecords)
        counts << cur;
    if (counts.isEmpty())
        return kCandidates[0];
    // The best candidate splits the most records into the same number of
    // fields as the first one; more fields break a tie, then the order above.
    int best = -1, bestConsistent = 0, bestFields = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        const int first = counts.first()[k];
        if (first == 0)
            continue;
        int consistent = 0;
        for (const auto &r : counts)
            consistent += r[k] == first ? 1 : 0;
        if (consistent > bestConsistent || (consistent == bestConsistent && first > bestFields)) {
            best = int(k);
            bestConsistent = consistent;
            bestFields = first;
        }
    }
    return best < 0 ? kCandidates[0] : kCandidates[size_t(best)];
}

CsvTable parseCsv(const QByteArray &data, const CsvOptions &options)
{
    CsvTable t;
    if (data.size() > options.limits.maxBytes) {
        t.refused = true;
        t.problems << Problem{{}, 0, 0, {},
                              QCoreApplication::translate("atrium::metrics", "The file is larger than %1 MB and was not read.")
                                  .arg(options.limits.maxBytes / (1024 * 1024))};
        return t;
    }
    bool decoded = false;
    const QString text = decode(data, options.encoding, t.problems, &decoded);
    if (!decoded) {
        t.refused = true;
        return t;
    }
    // A quote or a line break cannot delimit fields; ask the data instead.
    const auto usable = [](QChar c) {
        return !c.isNull() && c != QLatin1Char('"') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
    };
    QChar hinted;
    const qsizetype skip = sepLine(text, &hinted);
    const QStringView body = QStringView(text).mid(skip);
    QChar delimiter = options.delimiter;
    if (!usable(delimiter))
        delimiter = usable(hinted) ? hinted : detectCsvDelimiter(body);
    t.delimiter = delimiter;
    Parser p(body, delimiter, options, t, skip > 0 ? 2 : 1);
    p.run();
    return t;
}

int CsvTable::column(QStringView name) const
{
    const QStringView n = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i)
        if (QStringView(header[i]).compare(n, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QString CsvTable::field(const CsvRow &row, int column)
{
    return column >= 0 && column < row.fields.size() ? row.fields[column] : QString();
}

} // namespace atrium::metrics
