// SPDX-License-Identifier: Apache-2.0
// What Insights reads from files people export: CSV edge cases, the
// developer survey's NPS, and complaint themes in English and Korean.
#include "metrics/csv.h"
#include "metrics/nps.h"
#include "metrics/themes.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace atrium::metrics;

#define QCOMPARE_OPT(opt, expected)                                                                                    \
    do {                                                                                                               \
        const auto o_ = (opt);                                                                                         \
        QVERIFY2(o_.has_value(), #opt " is empty");                                                                    \
        QCOMPARE(double(*o_), double(expected));                                                                       \
    } while (false)

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ATRIUM_TEST_DATA "/metrics/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    return *parseTimestamp(QString::fromLatin1(iso));
}

QList<int> problemRows(const Problems &ps)
{
    QList<int> rows;
    for (const auto &p : ps)
        rows << p.row;
    return rows;
}

NpsResult npsOf(const QByteArray &csv, int users = 0)
{
    const CsvTable t = parseCsv(csv);
    NpsOptions o;
    o.userCount = users;
    return computeNps(t, NpsMapping::byName(t, u"score", u"comment"), o);
}

QStringList terms(const QList<Theme> &themes)
{
    QStringList out;
    for (const auto &t : themes)
        out << QStringLiteral("%1=%2").arg(t.term).arg(t.count);
    return out;
}

} // namespace

class TestMetricsInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- CSV ------------------------------------------------------------------
    void csvQuotedCommasAndDoubledQuotes()
    {
        const CsvTable t = parseCsv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n\"\",\"\"\"\",z\n");
        QCOMPARE(t.delimiter, QLatin1Char(','));
        QCOMPARE(t.header, (QStringList{"a", "b", "c"}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].fields, (QStringList{"1", "x, y", "say \"hi\""}));
        QCOMPARE(t.rows[1].fields, (QStringList{"", "\"", "z"}));
        QVERIFY(t.problems.isEmpty());
    }
    void csvNewlinesInFields()
    {
        const CsvTable t = parseCsv("id,text\n1,\"line one\nline two\n\"\n2,after\n");
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].fields[1], QStringLiteral("line one\nline two\n"));
        QCOMPARE(t.rows[0].row, 2);
        QCOMPARE(t.rows[0].line, 2);
        QCOMPARE(t.rows[1].fields, (QStringList{"2", "after"}));
        QCOMPARE(t.rows[1].row, 3);  // a spreadsheet shows it as row 3…
        QCOMPARE(t.rows[1].line, 5); // …on line 5 of the file
    }
    void csvLineEnds()
    {
        const CsvTable crlf = parseCsv("a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n");
        QCOMPARE(crlf.rows.size(), 2);
        QCOMPARE(crlf.rows[0].fields, (QStringList{"1", "x\ny"})); // CRLF inside quotes becomes LF
        QCOMPARE(crlf.rows[1].fields, (QStringList{"3", "4"}));
        QCOMPARE(crlf.rows[1].line, 4);
        const CsvTable cr = parseCsv("a,b\r1,2\r3,4");
        QCOMPARE(cr.rows.size(), 2);
        QCOMPARE(cr.rows[1].fields, (QStringList{"3", "4"})); // last line without a line end
        QCOMPARE(parseCsv("a,b,\n1,2,\n").rows[0].fields, (QStringList{"1", "2", ""}));
    }
    void csvBomAndEncodings()
    {
        const CsvTable bom = parseCsv("\xEF\xBB\xBFscore,comment\n9,ok\n");
        QCOMPARE(bom.header.first(), QStringLiteral("score"));
        QCOMPARE(bom.column(u"score"), 0);

        // UTF-16 LE with a BOM, as spreadsheets save "Unicode text" (tabs).
        QStringEncoder enc(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray utf16 = enc.encode(QStringLiteral("점수\t의견\n9\t좋아요\n"));
        const CsvTable u16 = parseCsv(utf16);
        QCOMPARE(u16.delimiter, QLatin1Char('\t'));
        QCOMPARE(u16.header, (QStringList{QStringLiteral("점수"), QStringLiteral("의견")}));
        QCOMPARE(u16.rows[0].fields[1], QStringLiteral("좋아요"));

        // Korean Excel's default encoding, when the user names it.
        QStringEncoder euckr("EUC-KR");
        if (euckr.isValid()) {
            const QByteArray legacy = euckr.encode(QStringLiteral("점수,의견\n3,빌드가 느려요\n"));
            CsvOptions o;
            o.encoding = "EUC-KR";
            const CsvTable t = parseCsv(legacy, o);
            QVERIFY(t.problems.isEmpty());
            QCOMPARE(t.rows[0].fields[1], QStringLiteral("빌드가 느려요"));
            // Read as UTF-8 it is reported, not silently mangled.
            QCOMPARE(parseCsv(legacy).problems.size(), 1);
        }
        CsvOptions bad;
        bad.encoding = "no-such-encoding";
        const CsvTable refused = parseCsv("a\n1\n", bad);
        QVERIFY(refused.refused);
        QCOMPARE(refused.problems.size(), 1);

        const CsvTable invalid = parseCsv("a,b\n1,\xff\xfe\xfd\n");
        QCOMPARE(invalid.rows.size(), 1);
        QCOMPARE(invalid.problems.size(), 1);
        QCOMPARE(invalid.problems[0].row, 0); // about the file, not a row
    }
    void csvDelimiterDetection()
    {
        const CsvTable semi = parseCsv("score;comment\n9;Great, fast\n10;\"a;b\"\n");
        QCOMPARE(semi.delimiter, QLatin1Char(';'));
        QCOMPARE(semi.rows[0].fields, (QStringList{"9", "Great, fast"}));
        QCOMPARE(semi.rows[1].fields, (QStringList{"10", "a;b"}));
        QCOMPARE(parseCsv("a\tb\n1\t2,5\n").delimiter, QLatin1Char('\t'));
        // Commas inside quotes do not vote.
        QCOMPARE(parseCsv("\"x,y,z\";b\n\"1,2\";3\n").delimiter, QLatin1Char(';'));
        // Equal evidence: the comma wins; one column: the comma.
        QCOMPARE(detectCsvDelimiter(u"a,b;c\n1,2;3\n"), QLatin1Char(','));
        QCOMPARE(detectCsvDelimiter(u"score\n9\n"), QLatin1Char(','));
        QCOMPARE(detectCsvDelimiter(u""), QLatin1Char(','));
        // The more consistent candidate beats the more frequent one.
        QCOMPARE(detectCsvDelimiter(u"a,b,c;d\n1,2;3\n4,5;6\n"), QLatin1Char(';'));
        // Excel's sep= line names it, and is not a row.
        const CsvTable sep = parseCsv("sep=|\na|b\n1|2\n");
        QCOMPARE(sep.delimiter, QLatin1Char('|'));
        QCOMPARE(sep.header, (QStringList{"a", "b"}));
        QCOMPARE(sep.rows[0].fields, (QStringList{"1", "2"}));
        QCOMPARE(sep.rows[0].row, 2);
        QCOMPARE(sep.rows[0].line, 3);
        // An explicit delimiter wins; an unusable one is ignored.
        CsvOptions o;
        o.delimiter = QLatin1Char(';');
        QCOMPARE(parseCsv("a,b;c\n", o).header, (QStringList{"a,b", "c"}));
        o.delimiter = QLatin1Char('"');
        QCOMPARE(parseCsv("a,b\n", o).delimiter, QLatin1Char(','));
    }
    void csvRaggedRowsAndBlankLines()
    {
        const CsvTable t = parseCsv("a,b,c\n1,2\n\n1,2,3,4\n1,2,3\n");
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(problemRows(t.problems), (QList<int>{2, 4})); // the blank line is row 3
        QCOMPARE(t.problems[1].line, 4);
        QVERIFY(t.problems[0].message.contains(QStringLiteral("2 fields")));
        QCOMPARE(CsvTable::field(t.rows[0], 2), QString()); // short rows read as empty
        QCOMPARE(CsvTable::field(t.rows[0], -1), QString());
        QCOMPARE(t.rows[1].fields.size(), 4); // long rows keep their extra fields

        const CsvTable blanks = parseCsv("a\n\n1\n\n\n2\n\n");
        QCOMPARE(blanks.rows.size(), 2);
        QCOMPARE(blanks.rows[0].row, 3);
        QCOMPARE(blanks.rows[1].row, 6);
        // A line holding only "" is an empty value, not a blank line.
        QCOMPARE(parseCsv("a\n\"\"\n").rows.size(), 1);
    }
    void csvQuotesGoneWrong()
    {
        const CsvTable open = parseCsv("a,b\n1,\"never closed\n2,3\n");
        QCOMPARE(open.rows.size(), 1);
        QCOMPARE(open.rows[0].fields[1], QStringLiteral("never closed\n2,3\n"));
        QCOMPARE(open.problems.size(), 1);
        QVERIFY(open.problems[0].message.contains(QStringLiteral("line 2")));

        const CsvTable stray = parseCsv("a,b\n\"ab\"cd,e\n");
        QCOMPARE(stray.rows[0].fields, (QStringList{"abcd", "e"}));
        QCOMPARE(stray.problems.size(), 1);
        QCOMPARE(stray.problems[0].row, 2);

        // A quote inside an unquoted field is just a character.
        const CsvTable inner = parseCsv("a,b\n5\" disk,x\n");
        QCOMPARE(inner.rows[0].fields, (QStringList{"5\" disk", "x"}));
        QVERIFY(inner.problems.isEmpty());
    }
    void csvHeaderAndColumns()
    {
        const CsvTable t = parseCsv(" Score , Comment ,score\n1,2,3\n");
        QCOMPARE(t.column(u"score"), 0); // trimmed, case-insensitive, first of duplicates
        QCOMPARE(t.column(u"  COMMENT"), 1);
        QCOMPARE(t.column(u"missing"), -1);
        CsvOptions o;
        o.hasHeader = false;
        const CsvTable raw = parseCsv("1,2\n3,4\n", o);
        QVERIFY(raw.header.isEmpty());
        QCOMPARE(raw.rows.size(), 2);
        QCOMPARE(raw.rows[0].row, 1);
        QVERIFY(parseCsv("").rows.isEmpty());
        QVERIFY(parseCsv("\n\n\r\n").header.isEmpty());
    }
    void csvLimits()
    {
        CsvOptions o;
        o.limits.maxBytes = 10;
        const CsvTable big = parseCsv("a,b\n1,2\n3,4\n", o);
        QVERIFY(big.refused);
        QVERIFY(big.rows.isEmpty());
        QCOMPARE(big.problems.size(), 1);

        o = {};
        o.limits.maxRows = 2;
        const CsvTable rows = parseCsv("a\n1\n2\n3\n4\n", o);
        QCOMPARE(rows.rows.size(), 2);
        QCOMPARE(rows.problems.size(), 1);
        QCOMPARE(rows.problems[0].row, 4);

        o = {};
        o.limits.maxColumns = 3;
        const CsvTable cols = parseCsv("a,b,c\n" + QByteArray(100000, ',') + "\n1,2,3\n", o);
        QCOMPARE(cols.rows.size(), 2);
        QCOMPARE(cols.rows[0].fields.size(), 3);
        QCOMPARE(cols.problems.size(), 1);

        o = {};
        o.limits.maxFieldChars = 5;
        const CsvTable field = parseCsv("a,b\n\"" + QByteArray(100000, 'x') + "\",2\n", o);
        QCOMPARE(field.rows[0].fields, (QStringList{"xxxxx", "2"}));
        QCOMPARE(field.problems.size(), 1);

        // A flood of problems is capped.
        QByteArray ragged("a,b\n");
        for (int i = 0; i < 3000; ++i)
            ragged += "1\n";
        const CsvTable flood = parseCsv(ragged);
        QCOMPARE(flood.rows.size(), 3000);
        QCOMPARE(flood.problems.size(), 1001);
        QCOMPARE(flood.problems.last().row, 0);
    }
    void csvFuzz()
    {
        // Arbitrary bytes biased towards the characters that matter: never a
        // crash, and every row within the limits and in order.
        QRandomGenerator rng(4180);
        const char alphabet[] = {'"', '"', ',', ';', '\t', '\r', '\n', 'a', ' ', '\xef', '\xbb', '\xbf', '\xff', '\0', '|'};
        CsvOptions o;
        o.limits.maxColumns = 8;
        o.limits.maxFieldChars = 16;
        o.limits.maxRows = 50;
        for (int i = 0; i < 2000; ++i) {
            QByteArray data(int(rng.bounded(200)), Qt::Uninitialized);
            for (char &c : data)
                c = rng.bounded(3) == 0 ? char(rng.bounded(256)) : alphabet[rng.bounded(int(sizeof alphabet))];
            if (i % 3 == 0)
                data.prepend("sep=");
            const CsvTable t = parseCsv(data, o);
            int lastRow = 0;
            for (const CsvRow &r : t.rows) {
                QVERIFY(r.fields.size() <= 8);
                for (const auto &f : r.fields)
                    QVERIFY(f.size() <= 16);
                QVERIFY(r.row > lastRow);
                QVERIFY(r.line >= 1);
                lastRow = r.row;
            }
            QVERIFY(t.rows.size() <= 50);
            // The survey maths on the same input survives too.
            NpsOptions no;
            no.userCount = int(rng.bounded(5));
            const NpsResult n = computeNps(t, NpsMapping{0, 1, 2}, no);
            QVERIFY(n.counts.responses + n.skipped.size() == t.rows.size());
            complaintThemes(n.detractorComments());
        }
    }

    // ---- NPS ------------------------------------------------------------------
    void npsEdgeCases()
    {
        const NpsResult none = npsOf("score,comment\n", 10);
        QVERIFY(!none.counts.nps().has_value()); // no responses: no NPS, never 0
        QVERIFY(none.missingReason.contains(QStringLiteral("no responses")));
        QCOMPARE_OPT(none.responseRatePercent, 0);
        const KpiValue k = npsKpi(none);
        QVERIFY(!k.value.has_value());
        QCOMPARE(k.band, Band::Unknown);
        QVERIFY(k.missingReason.contains(QStringLiteral("Import a survey export")));

        QCOMPARE_OPT(npsOf("score\n9\n10\n10\n").counts.nps(), 100);
        QCOMPARE_OPT(npsOf("score\n0\n6\n3\n").counts.nps(), -100);
        QCOMPARE_OPT(npsOf("score\n7\n8\n").counts.nps(), 0);
        // 5 promoters, 2 passives, 3 detractors of 10: 50 % − 30 % = 20, on "good".
        const NpsResult mixed = npsOf("score\n10\n10\n9\n9\n9\n8\n7\n6\n2\n0\n");
        QCOMPARE_OPT(mixed.counts.nps(), 20);
        QCOMPARE(mixed.counts.promoters, 5);
        QCOMPARE(mixed.counts.passives, 2);
        QCOMPARE(mixed.counts.detractors, 3);
        QCOMPARE_OPT(mixed.counts.promotersPercent(), 50);
        QCOMPARE_OPT(mixed.counts.passivesPercent(), 20);
        QCOMPARE_OPT(mixed.counts.detractorsPercent(), 30);
        QCOMPARE(npsKpi(mixed).band, Band::Good);
        // 1 promoter of 3: exactly 33.33…, not a rounded 33.
        QCOMPARE_OPT(npsOf("score\n10\n8\n8\n").counts.nps(), 100.0 / 3);

        const NpsCounts c = countNps({9, 6, 7, 11, -1});
        QCOMPARE(c.responses, 3); // out-of-scale scores are not counted
        QVERIFY(!NpsCounts{}.promotersPercent().has_value());
    }
    void npsInvalidRowsReported()
    {
        const NpsResult r = npsOf("score,comment\n9,ok\nabc,x\n\n11,too high\n-1,neg\n7.5,half\n 8 ,spaces\n9.0,float\n,no score\nnan,x\n");
        QCOMPARE(r.counts.responses, 3); // 9, 8, 9.0
        QCOMPARE(problemRows(r.skipped), (QList<int>{3, 5, 6, 7, 10, 11})); // row 4 is the blank line
        QCOMPARE(r.skipped[0].line, 3);
        QVERIFY(r.skipped[0].message.contains(QStringLiteral("\"abc\" is not a number")));
        QVERIFY(r.skipped[1].message.contains(QStringLiteral("0 to 10")));
        QVERIFY(r.skipped[4].message.contains(QStringLiteral("no score")));
        QCOMPARE(r.toJson().value(u"skipped").toArray().size(), 6);

        // Every row bad: no NPS, and a reason that says so.
        const NpsResult bad = npsOf("score\nx\ny\n");
        QVERIFY(!bad.counts.nps().has_value());
        QVERIFY(bad.missingReason.contains(QStringLiteral("2 rows")));
        // No score column chosen.
        const CsvTable t = parseCsv("a,b\n9,x\n");
        const NpsResult unmapped = computeNps(t, NpsMapping::byName(t, u"score"));
        QVERIFY(unmapped.missingReason.contains(QStringLiteral("column")));
    }
    void npsResponseRate()
    {
        QByteArray csv("score\n");
        for (int i = 0; i < 14; ++i)
            csv += "9\n";
        const NpsResult atThreshold = npsOf(csv, 20);
        QCOMPARE_OPT(atThreshold.responseRatePercent, 70);
        QVERIFY(!atThreshold.lowResponseRate); // 70 % is enough
        const NpsResult below = npsOf(csv, 21);
        QCOMPARE_OPT(below.responseRatePercent, 1400.0 / 21);
        QVERIFY(below.lowResponseRate);
        QVERIFY(!npsOf(csv, 0).responseRatePercent.has_value()); // users unknown
        QVERIFY(!npsOf(csv, 0).lowResponseRate);
        QCOMPARE(npsKpi(below).details.value(u"lowResponseRate").toBool(), true);
    }
    void npsSurveyExportEnglish()
    {
        const CsvTable t = parseCsv(fixture(QStringLiteral("survey-en.csv")));
        QCOMPARE(t.rows.size(), 9);
        NpsOptions o;
        o.userCount = 10;
        o.source = QStringLiteral("survey-en.csv");
        const NpsMapping m = NpsMapping::byName(t, u"SCORE", u"What should we improve?", u"timestamp");
        QCOMPARE(m.scoreColumn, 1);
        QCOMPARE(m.commentColumn, 2);
        QCOMPARE(m.dateColumn, 0);
        const NpsResult r = computeNps(t, m, o);
        // Counted: 10, 9, 3, 6, 8, 7, 0 → 2 promoters, 2 passives, 3 detractors.
        QCOMPARE(r.counts.responses, 7);
        QCOMPARE_OPT(r.counts.nps(), -100.0 / 7);
        QCOMPARE_OPT(r.responseRatePercent, 70);
        QVERIFY(!r.lowResponseRate);
        QCOMPARE(problemRows(r.skipped), (QList<int>{6, 7}));
        QCOMPARE(r.skipped[0].line, 7); // after the two-line comment of row 5
        QCOMPARE(r.skipped[0].source, QStringLiteral("survey-en.csv"));
        QCOMPARE(problemRows(r.warnings), (QList<int>{10})); // "yesterday"
        QCOMPARE(r.undated, 2);
        QCOMPARE(r.byPeriod.size(), 2);
        QCOMPARE(r.byPeriod[0].period.key(), QStringLiteral("2023-Q4"));
        QCOMPARE_OPT(r.byPeriod[0].counts.nps(), 100);
        QCOMPARE(r.byPeriod[1].period.key(), QStringLiteral("2024-Q1"));
        QCOMPARE_OPT(r.byPeriod[1].counts.nps(), -200.0 / 3);
        QCOMPARE(r.detractorComments(),
                 (QStringList{"Build times are slow", "The \"golden path\" docs are outdated,\nand build times are slow",
                              "Slow builds, flaky tests"}));
        const KpiValue k = npsKpi(r, o);
        QCOMPARE(k.band, Band::Poor);
        QCOMPARE(k.sampleSize, 7);
        QVERIFY(k.source.contains(QStringLiteral("survey-en.csv")));

        // Quarter over quarter within a window; undated answers stay in.
        o.from = utc("2024-01-01T00:00:00Z");
        o.to = utc("2024-04-01T00:00:00Z");
        const NpsResult q1 = computeNps(t, m, o);
        QCOMPARE(q1.outsideWindow, 2);
        QCOMPARE(q1.counts.responses, 5); // 3, 6, 8 and the undated 7 and 0
        QCOMPARE_OPT(q1.counts.nps(), -60);
        o.from = utc("2025-01-01T00:00:00Z");
        o.to = utc("2025-04-01T00:00:00Z");
        const CsvTable dated = parseCsv("score,date\n9,2024-01-01\n3,2024-02-01\n");
        const NpsResult empty = computeNps(dated, NpsMapping{0, -1, 1}, o);
        QVERIFY(!empty.counts.nps().has_value());
        QVERIFY(empty.missingReason.contains(QStringLiteral("period")));
    }
    void npsSurveyExportKorean()
    {
        // BOM, semicolons, CRLF, Korean headers, and +09:00 times across the
        // year boundary.
        const CsvTable t = parseCsv(fixture(QStringLiteral("survey-ko.csv")));
        QCOMPARE(t.delimiter, QLatin1Char(';'));
        QCOMPARE(t.header.first(), QStringLiteral("제출 시각"));
        const NpsResult r = computeNps(t, NpsMapping::byName(t, u"추천 점수", u"개선할 점", u"제출 시각"), {});
        QVERIFY(r.skipped.isEmpty());
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.counts.responses, 7);
        QCOMPARE_OPT(r.counts.nps(), -300.0 / 7);
        QStringList keys;
        for (const auto &p : r.byPeriod)
            keys << QStringLiteral("%1:%2").arg(p.period.key()).arg(*p.counts.nps());
        // 2024-01-01 08:00 in Seoul is still 2023 in UTC; 09:00 is not.
        QCOMPARE(keys, (QStringList{"2023-Q4:-100", "2024-Q1:-100", "2024-Q2:100"}));
        QCOMPARE(r.byPeriod[0].counts.responses, 2);
        QCOMPARE(r.byPeriod[1].counts.responses, 3);
        QCOMPARE(r.detractorComments().last(), QStringLiteral("빌드 시간이 길고; 문서가 오래됨"));
    }

    // ---- complaint themes ---------------------------------------------------------
    void tokenizer()
    {
        QCOMPARE(tokenizeSegments(QStringLiteral("Build times are SLOW; don't ask. 42 x")),
                 (QList<QStringList>{{"build", "times", "slow"}, {"ask"}}));
        // Particles come off when two characters remain; words that merely
        // end like one keep it.
        QCOMPARE(tokenize(QStringLiteral("빌드가 시간이 로그를 검색은 문서에서는 회의 차이 UI가 워크플로 워크플로가 자동화가")),
                 (QStringList{"빌드", "시간", "로그", "검색", "문서", "회의", "차이", "ui", "워크플로", "워크플로", "자동화"}));
        // Korean stop words go; so do English ones.
        QCOMPARE(tokenize(QStringLiteral("너무 느려요 정말 the and")), (QStringList{"느려요"}));
        // NFKC: full-width letters and decomposed Hangul read as usual.
        QCOMPARE(tokenize(QStringLiteral("ＢＵＩＬＤ")), (QStringList{"build"}));
        QCOMPARE(tokenize(QStringLiteral("빌드").normalized(QString::NormalizationForm_D)), (QStringList{"빌드"}));
        // Other scripts, and letters outside the BMP, are words too.
        QCOMPARE(tokenize(QStringLiteral("デプロイ 遅い 𝐃𝐞𝐩𝐥𝐨𝐲")), (QStringList{"デプロイ", "遅い", "deploy"}));
        QCOMPARE(tokenize(QStringLiteral("flaky tests"), {QStringLiteral("FLAKY")}), (QStringList{"tests"}));
        QVERIFY(tokenize(QString()).isEmpty());
        QVERIFY(tokenizeSegments(QStringLiteral("... !!! ,,,")).isEmpty());
    }
    void themesEnglish()
    {
        const CsvTable t = parseCsv(fixture(QStringLiteral("survey-en.csv")));
        const NpsResult r = computeNps(t, NpsMapping::byName(t, u"score", u"What should we improve?"), {});
        const QList<Theme> themes = complaintThemes(r.detractorComments());
        // build/times are said by "build times"; builds, docs, path… by their pairs.
        QCOMPARE(terms(themes), (QStringList{"slow=3", "build times=2", "times slow=2", "docs outdated=1",
                                             "flaky tests=1", "golden path=1", "path docs=1", "slow builds=1"}));
        QCOMPARE(themes[0].examples.size(), 3);
        QCOMPARE(themes[0].examples[1], QStringLiteral("The \"golden path\" docs are outdated, and build times are slow"));
        QVERIFY(themes[1].bigram);
        QVERIFY(!themes[0].bigram);
        QCOMPARE(themes[0].toJson().value(u"count").toInt(), 3);
    }
    void themesKorean()
    {
        const CsvTable t = parseCsv(fixture(QStringLiteral("survey-ko.csv")));
        const NpsResult r = computeNps(t, NpsMapping::byName(t, u"추천 점수", u"개선할 점"), {});
        ThemeOptions o;
        o.topN = 4;
        const QList<Theme> themes = complaintThemes(r.detractorComments(), o);
        // 빌드 in three comments (빌드, 빌드가, 빌드); 로그 검색 and 빌드 시간
        // in two each, which says what 로그, 검색 and 시간 alone would.
        QCOMPARE(terms(themes), (QStringList{"빌드=3", "로그 검색=2", "빌드 시간=2", "ui 불편함=1"}));
        QCOMPARE(themes[1].examples,
                 (QStringList{"빌드가 느리고 로그 검색이 불편해요", "로그 검색 UI가 불편함"}));
        o.minCount = 2;
        QCOMPARE(complaintThemes(r.detractorComments(), o).size(), 3);
    }
    void themesDeterministic()
    {
        QStringList comments{QStringLiteral("Slow CI builds"), QStringLiteral("CI is slow and flaky"),
                             QStringLiteral("flaky CI"), QStringLiteral("docs missing"),
                             QStringLiteral("missing docs for CI"), QStringLiteral("CI CI CI CI")};
        const QStringList first = terms(complaintThemes(comments));
        QCOMPARE(first.first(), QStringLiteral("ci=5")); // counted once per comment
        QRandomGenerator rng(7);
        for (int i = 0; i < 20; ++i) {
            std::shuffle(comments.begin(), comments.end(), rng);
            QCOMPARE(terms(complaintThemes(comments)), first);
        }
        ThemeOptions o;
        o.topN = 2;
        o.maxExamples = 1;
        o.bigrams = false;
        const QList<Theme> two = complaintThemes(comments, o);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0].examples.size(), 1);
        QVERIFY(!two[1].bigram);
        QVERIFY(complaintThemes({}).isEmpty());
        // Long comments are cut in examples.
        const QList<Theme> longOne = complaintThemes({QStringLiteral("slow ") + QString(500, QLatin1Char('x'))});
        QCOMPARE(longOne[0].examples[0].size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestMetricsInput)
#include "tst_metricsinput.moc"
