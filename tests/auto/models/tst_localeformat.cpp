// SPDX-License-Identifier: Apache-2.0
// Dates, times and numbers a user reads follow the UI language (QLocale's
// default, which `--lang` sets): the Sync page's last sync, rate limit and
// its reset time; Insights' KPI values, sample sizes, "as of" dates, the
// window and the chart's period labels; the age of a cache or a docs site.
// Korean, US English, and German (whose decimal comma and group dot tell a
// QLocale-formatted number from a fixed "%1" or QString::number one, which
// Korean and English would both hide), each with the texts the real
// controllers produce on the demo organisation and on a saved sync state.
#include "appcontroller.h"
#include "insightscontroller.h"
#include "insightsmodels.h"
#include "metrics/kpi.h"
#include "synccontroller.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

/** Restores the default locale whatever a test function does. */
struct DefaultLocale {
    explicit DefaultLocale(const QLocale &l) { QLocale::setDefault(l); }
    ~DefaultLocale() { QLocale::setDefault(QLocale::c()); }
};

/** A Thursday afternoon, in local time: "now" for the sync texts. */
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(10, 30), Qt::LocalTime);
}

} // namespace

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncTexts_data();
    void syncTexts();
    void insightsTexts_data();
    void insightsTexts();
    void ageText_data();
    void ageText();

private:
    static void addLocales();
};

void TestLocaleFormat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocaleFormat::addLocales()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("ko_KR") << QStringLiteral("ko_KR");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("de_DE") << QStringLiteral("de_DE");
}

void TestLocaleFormat::syncTexts_data()
{
    addLocales();
}

void TestLocaleFormat::syncTexts()
{
    QFETCH(QString, locale);
    const DefaultLocale setDefault{QLocale(locale)};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cache = dir.filePath(QStringLiteral("catalog.sqlite"));
    // What a sync that ended ten days ago left beside the cache; the rate
    // limit resets tomorrow at 15:04.
    const QDateTime lastSync = fixedNow().addDays(-10);
    const QDateTime reset(fixedNow().date().addDays(1), QTime(15, 4), Qt::LocalTime);
    {
        QSettings s(cache + QStringLiteral(".sync.ini"), QSettings::IniFormat);
        s.setValue(QStringLiteral("lastSync"), lastSync.toUTC());
        s.setValue(QStringLiteral("durationMs"), 4500);
        s.setValue(QStringLiteral("requests"), 1234);
        s.setValue(QStringLiteral("rateLimitLeft"), 4997);
        s.setValue(QStringLiteral("rateLimitTotal"), 5000);
        s.setValue(QStringLiteral("rateLimitReset"), reset.toUTC());
        s.setValue(QStringLiteral("result"), QStringLiteral("1,1200,1100,50,3,0,0,12345"));
    }
    AppController app(nullptr, dir.path());
    app.setLinksEnabled(false);
    SyncController sync(&app);
    sync.setLinksEnabled(false);
    sync.setScheduleEnabled(false);
    sync.setClock([] { return fixedNow(); });
    sync.setConfigPath(dir.filePath(QStringLiteral("none.yaml")));
    app.openCache(cache);
    QVERIFY(app.waitForLoaded());
    QVERIFY(sync.waitForIdle());
    QVERIFY(sync.hasSynced());

    const QLocale l(locale);
    const QString lastSyncText = sync.lastSyncText();
    const QString rateLimit = sync.rateLimitText();
    const QString resetText = sync.rateLimitResetText();
    const QString duration = sync.durationText();
    qInfo().noquote() << locale << "|" << lastSyncText << "|" << rateLimit << "|" << resetText << "|" << duration << "|"
                      << sync.resultText();

    // Ten days ago: the date, in the locale's short form.
    QCOMPARE(lastSyncText, l.toString(lastSync.toLocalTime().date(), QLocale::ShortFormat));
    // "4,997 of 5,000": grouped as the locale groups.
    QVERIFY2(rateLimit.contains(l.toString(4997)) && rateLimit.contains(l.toString(5000)), qPrintable(rateLimit));
    QVERIFY2(!rateLimit.contains(u"4997"), qPrintable(rateLimit));
    // Tomorrow at 15:04: the date and the time, in the locale's forms.
    QVERIFY2(resetText.contains(l.toString(reset.time(), QLocale::ShortFormat)), qPrintable(resetText));
    QVERIFY2(resetText.contains(l.toString(reset.date(), QLocale::ShortFormat)), qPrintable(resetText));
    QVERIFY2(duration.contains(l.toString(4.5, 'f', 1)), qPrintable(duration));

    // Counts above 999 in the result line: "12,345 entities written".
    const QString result = sync.resultText();
    QVERIFY2(result.contains(l.toString(12345)) && result.contains(l.toString(1200)), qPrintable(result));
    QVERIFY2(!result.contains(u"12345"), qPrintable(result));

    // What each language looks like, written out: not only "whatever
    // QLocale says", so that a fixed format cannot pass.
    if (locale == u"ko_KR") {
        QVERIFY2(lastSyncText.contains(u"11. 16."), qPrintable(lastSyncText)); // yy. M. d.
        QVERIFY2(resetText.contains(u"오후 3:04"), qPrintable(resetText));      // PM in Korean, 12-hour
        QVERIFY2(resetText.contains(u"11. 27."), qPrintable(resetText));
        QCOMPARE(rateLimit.contains(u"4,997"), true);
    } else if (locale == u"en_US") {
        QVERIFY2(lastSyncText.contains(u"11/16/26"), qPrintable(lastSyncText));
        QVERIFY2(resetText.contains(u"3:04") && resetText.contains(u"PM"), qPrintable(resetText));
        QVERIFY2(resetText.contains(u"11/27/26"), qPrintable(resetText));
        QVERIFY(!resetText.contains(u"오후"));
        QVERIFY2(rateLimit.contains(u"4,997") && rateLimit.contains(u"5,000"), qPrintable(rateLimit));
    } else {
        QVERIFY2(lastSyncText.contains(u"16.11.26"), qPrintable(lastSyncText));
        QVERIFY2(resetText.contains(u"15:04") && resetText.contains(u"27.11.26"), qPrintable(resetText));
        QVERIFY2(rateLimit.contains(u"4.997") && rateLimit.contains(u"5.000"), qPrintable(rateLimit));
        QVERIFY2(duration.contains(u"4,5"), qPrintable(duration));
    }
}

void TestLocaleFormat::insightsTexts_data()
{
    addLocales();
}

void TestLocaleFormat::insightsTexts()
{
    QFETCH(QString, locale);
    const DefaultLocale setDefault{QLocale(locale)};
    const QLocale l(locale);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppController app(nullptr, dir.path());
    app.setLinksEnabled(false);
    InsightsController insights(&app);
    app.openDemo();
    QVERIFY(app.waitForLoaded());
    QVERIFY(insights.waitForIdle(60000));
    QVERIFY2(insights.error().isEmpty(), qPrintable(insights.error()));

    KpiCardModel *cards = insights.cards();
    QStringList values;
    for (int i = 0; i < cards->rowCount(); ++i) {
        const QModelIndex ix = cards->index(i);
        values << ix.data(KpiCardModel::ValueTextRole).toString() + QStringLiteral(" / ") + ix.data(KpiCardModel::TargetTextRole).toString()
                + QStringLiteral(" / ") + ix.data(KpiCardModel::SampleTextRole).toString() + QStringLiteral(" / ") + ix.data(KpiCardModel::AsOfTextRole).toString();
    }
    insights.setSelectedKpi(QString(metrics::kpi::DoraDeploymentFrequency));
    const QVariantMap chart = insights.chart();
    const QStringList labels = chart.value(QStringLiteral("labels")).toStringList();
    const QStringList labelTexts = chart.value(QStringLiteral("labelTexts")).toStringList();
    qInfo().noquote() << locale << "|" << insights.windowText() << "|" << insights.statusText() << "\n  "
                      << values.join(u"\n   ") << "\n  " << labels.join(u", ") << "\n  " << labelTexts.join(u", ");

    // The window and "as of": dates in the locale's short form.
    const QString window = insights.windowText();
    const QString asOf = cards->index(0).data(KpiCardModel::AsOfTextRole).toString();
    // The chart: the machine keys stay (CSV export, tests), the axis reads
    // months in the UI language, in its order.
    QCOMPARE(labels.size(), 12);
    QCOMPARE(labels.first(), QStringLiteral("2025-12"));
    QCOMPARE(labelTexts.size(), labels.size());
    // Deployments a day, with a decimal: 2.5 in the demo.
    const QString perDay = insights.valueText(QString(metrics::kpi::DoraDeploymentFrequency));
    QVERIFY2(perDay.contains(l.toString(2.5, 'f', 1)), qPrintable(perDay));
    if (locale == u"ko_KR") {
        QCOMPARE(labelTexts.first(), QStringLiteral("2025년 12월"));
        QCOMPARE(labelTexts.last(), QStringLiteral("2026년 11월"));
        QVERIFY2(window.startsWith(u"25. 12. 1."), qPrintable(window));
        QVERIFY2(asOf.contains(u"26. 11. 20."), qPrintable(asOf));
    } else if (locale == u"en_US") {
        QCOMPARE(labelTexts.first(), QStringLiteral("Dec 2025"));
        QCOMPARE(labelTexts.last(), QStringLiteral("Nov 2026"));
        QVERIFY2(window.startsWith(u"12/1/25"), qPrintable(window));
        QVERIFY2(asOf.contains(u"11/20/26"), qPrintable(asOf));
        QVERIFY2(perDay.contains(u"2.5"), qPrintable(perDay));
    } else {
        QCOMPARE(labelTexts.first(), QStringLiteral("Dez. 2025"));
        QVERIFY2(window.startsWith(u"01.12.25"), qPrintable(window));
        QVERIFY2(asOf.contains(u"20.11.26"), qPrintable(asOf));
        // A decimal comma: the value went through QLocale, not QString::number.
        QVERIFY2(perDay.contains(u"2,5"), qPrintable(perDay));
        const QString p95 = cards->index(3).data(KpiCardModel::SampleTextRole).toString();
        QVERIFY2(p95.contains(u"7,0"), qPrintable(p95));
    }

    // By quarter: "Q4 2025" (translated as a whole), never the key.
    insights.setPeriod(QStringLiteral("quarter"));
    QVERIFY(insights.waitForIdle());
    const QStringList quarters = insights.chart().value(QStringLiteral("labelTexts")).toStringList();
    QVERIFY(!quarters.isEmpty());
    QCOMPARE(insights.chart().value(QStringLiteral("labels")).toList().first().toString(), QStringLiteral("2025-Q4"));
    QVERIFY2(quarters.first().contains(u"2025") && quarters.first().contains(u'4') && !quarters.first().contains(u"2025-Q4"),
             qPrintable(quarters.first()));
}

void TestLocaleFormat::ageText_data()
{
    addLocales();
}

void TestLocaleFormat::ageText()
{
    QFETCH(QString, locale);
    const DefaultLocale setDefault{QLocale(locale)};
    const QDateTime then = fixedNow().addDays(-30);
    const QString text = AppController::ageText(then, fixedNow());
    QCOMPARE(text, QLocale(locale).toString(then.date(), QLocale::ShortFormat));
    const QString expected = locale == u"ko_KR" ? QStringLiteral("26. 10. 27.")
        : locale == u"en_US"                   ? QStringLiteral("10/27/26")
                                               : QStringLiteral("27.10.26");
    QCOMPARE(text, expected);
    // Within the week: relative, with a number.
    QVERIFY(!AppController::ageText(fixedNow().addSecs(-3 * 3600), fixedNow()).contains(u'/'));
}

QTEST_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
