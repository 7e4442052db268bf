// SPDX-License-Identifier: Apache-2.0
// Runs the built `atrium` binary the way CI and users do: the QML
// self-test, and offscreen screenshots of each view in both languages and
// both themes (kept in ATRIUM_SCREENSHOT_DIR), the Korean ones checked for
// English left over.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

class TestAtriumApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfTest();
    void screenshot_data();
    void screenshot();
    void themedScreenshots_data();
    void themedScreenshots();
    void largeText_data();
    void largeText();
    void highDpiIsCrisp();
    void badThemeOptionsFail();
    void settingsOfAGivenConfig();
    void unknownEntityFails();
    void unknownViewFails();
    void badOptionFails();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /** Runs the app with @p args (and @p env added to its environment). */
    Run run(const QStringList &args, const QHash<QString, QString> &env = {});
    /** Runs the app to @p png and checks the picture is a drawn view. */
    void shoot(const QStringList &args, const QString &png, const QHash<QString, QString> &env = {});
    /** The English source strings of translations/atrium_ko.ts that Korean
     *  replaces (not those it keeps, such as "GitHub"). */
    QSet<QString> englishSources();
    /** Keys and values of the demo organisation's YAML files: data, shown
     *  as it is in any language (an entity's type "service", a docs page
     *  "Home"). */
    QSet<QString> demoDataWords();

    QTemporaryDir m_home; ///< XDG folders of the child: no trace in the real ones
    QSet<QString> m_english;
    QSet<QString> m_demoWords;
};

void TestAtriumApp::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ATRIUM_BINARY)));
}

TestAtriumApp::Run TestAtriumApp::run(const QStringList &args, const QHash<QString, QString> &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ATRIUM_CACHE"), m_home.filePath(QStringLiteral("data/catalog.sqlite")));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATRIUM_BINARY), args);
    Run r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestAtriumApp::selfTest()
{
    for (const QStringList &args : {QStringList{u"--self-test"_qs}, QStringList{u"--self-test"_qs, u"--lang"_qs, u"ko"_qs}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("self-test:"), r.out.constData());
        QVERIFY2(r.out.contains("Main.qml"), r.out.constData());
        QVERIFY2(r.out.contains("Sync/SyncPage.qml") && r.out.contains("Settings/SettingsPage.qml"), r.out.constData());
    }
}

void TestAtriumApp::screenshot_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("lang");
    QTest::newRow("entity-api-en") << u"entity:api:order-api#api"_qs << u"en"_qs;
    QTest::newRow("entity-yaml-en") << u"entity:component:default/order-service#yaml"_qs << u"en"_qs;
    QTest::newRow("blast-en") << u"blast:component:default/payment-service"_qs << u"en"_qs;
    QTest::newRow("problems-en") << u"problems"_qs << u"en"_qs;
    QTest::newRow("insights-kpi-en") << u"insights:service-creation-lead-time"_qs << u"en"_qs;
    QTest::newRow("insights-kpi-ko") << u"insights:dora-deployment-frequency"_qs << u"ko"_qs;
    QTest::newRow("create-service-en") << u"create:template:default/spring-boot-service"_qs << u"en"_qs;
    QTest::newRow("create-service-ko") << u"create:template:default/spring-boot-service"_qs << u"ko"_qs;
    QTest::newRow("docs-home-en") << u"docs"_qs << u"en"_qs;
    QTest::newRow("entity-docs-en") << u"entity:component:default/order-service#docs"_qs << u"en"_qs;
    QTest::newRow("palette-docs-en") << u"palette:outbox lag"_qs << u"en"_qs;
}

void TestAtriumApp::screenshot()
{
    QFETCH(QString, view);
    QFETCH(QString, lang);
    QTemporaryDir out;
    shoot({u"--view"_qs, view, u"--lang"_qs, lang}, out.filePath(QStringLiteral("out.png")));
}

void TestAtriumApp::shoot(const QStringList &args, const QString &png, const QHash<QString, QString> &env)
{
    const Run r = run(QStringList{u"--demo"_qs, u"--screenshot"_qs, png} + args, env);
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY(QFile::exists(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not blank: a rendered view has text, chips and borders in many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 64; y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() >= 32, qPrintable(QString::number(colours.size())));
}

// The main views, each in light and dark, English and Korean.
const struct {
    const char *name;
    const char *view;
} kMainViews[] = {
    {"catalog", "catalog"},
    {"entity", "entity:component:default/order-service"},
    {"graph", "graph:component:default/order-service"},
    {"docs", "docs:component:default/order-service/runbook.md"},
    {"create", "create"},
    {"insights", "insights"},
    {"sync", "sync"},
    {"settings", "settings"},
    {"about", "about"},
    {"welcome", "welcome"},
    {"welcome-enterprise", "welcome:host"},
};

QSet<QString> TestAtriumApp::englishSources()
{
    if (!m_english.isEmpty())
        return m_english;
    QFile ts(QStringLiteral(ATRIUM_KO_TS));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&ts);
    QString source, translation;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            translation.clear();
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation" && !numerus) {
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == u"message") {
            // Kept as is on purpose (names: GitHub, YAML, Argo CD), or
            // nothing to translate (%1, URLs, numbers): not English left over.
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
            if (!numerus && source != translation && source.contains(word))
                m_english.insert(source.simplified());
        }
    }
    return m_english;
}

QSet<QString> TestAtriumApp::demoDataWords()
{
    if (!m_demoWords.isEmpty())
        return m_demoWords;
    QDirIterator it(QStringLiteral(ATRIUM_DEMO_DIR), {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (QString line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            line = line.trimmed();
            if (line.startsWith(u"- "))
                line = line.mid(2).trimmed();
            const qsizetype colon = line.indexOf(u": ");
            for (QString part : {line.left(colon < 0 ? line.size() : colon), colon < 0 ? QString() : line.mid(colon + 2)}) {
                part = part.trimmed();
                if (part.size() > 1 && (part.front() == u'"' || part.front() == u'\''))
                    part = part.mid(1, part.size() - 2);
                if (!part.isEmpty())
                    m_demoWords.insert(part);
            }
        }
    }
    return m_demoWords;
}

void TestAtriumApp::themedScreenshots_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("lang");
    for (const auto &v : kMainViews)
        for (const char *theme : {"light", "dark"})
            for (const char *lang : {"en", "ko"})
                QTest::addRow("%s-%s-%s", v.name, theme, lang) << QString::fromLatin1(v.view) << QString::fromLatin1(theme)
                                                               << QString::fromLatin1(lang);
}

void TestAtriumApp::themedScreenshots()
{
    QFETCH(QString, view);
    QFETCH(QString, theme);
    QFETCH(QString, lang);
    const QDir dir(QStringLiteral(ATRIUM_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const QString png = dir.filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QTemporaryDir out;
    const QString texts = out.filePath(QStringLiteral("texts.txt"));
    shoot({u"--view"_qs, view, u"--lang"_qs, lang, u"--theme"_qs, theme, u"--texts"_qs, texts}, png);
    if (QTest::currentTestFailed())
        return;

    // The theme shows: the window's top-right corner is the page background.
    const QImage image(png);
    const QColor corner = image.pixelColor(image.width() - 3, 3);
    QVERIFY2((corner.lightness() < 100) == (theme == u"dark"), qPrintable(corner.name()));

    QFile f(texts);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList visible = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(visible.size() >= 5, qPrintable(visible.join(u" | ")));
    if (lang != u"ko")
        return;
    // Korean: no visible text is one of the UI's English strings.
    const QSet<QString> english = englishSources();
    QVERIFY(english.size() > 500);
    const QSet<QString> data = demoDataWords();
    QVERIFY(data.contains(u"service"_qs));
    QStringList left;
    for (const QString &t : visible)
        if (english.contains(t) && !data.contains(t) && !left.contains(t))
            left << t;
    QVERIFY2(left.isEmpty(), qPrintable(u"English left in Korean: "_qs + left.join(u" | ")));
}

namespace {
/** Mean absolute Laplacian of the grey levels in @p rect: how much fine
 *  detail (edges of glyphs and icons) the pixels hold. */
double sharpness(const QImage &image, const QRect &rect)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    int n = 0;
    for (int y = rect.top() + 1; y < rect.bottom() - 1; ++y) {
        const uchar *up = g.constScanLine(y - 1), *row = g.constScanLine(y), *down = g.constScanLine(y + 1);
        for (int x = rect.left() + 1; x < rect.right() - 1; ++x) {
            sum += std::abs(4 * row[x] - row[x - 1] - row[x + 1] - up[x] - down[x]);
            ++n;
        }
    }
    return n ? sum / n : 0;
}
} // namespace

void TestAtriumApp::highDpiIsCrisp()
{
    // On a 200 % screen the window is drawn with twice the pixels, not
    // blown up: its text and icons hold more detail than the 100 % picture
    // scaled up smoothly would.
    QTemporaryDir out;
    const QString one = out.filePath(QStringLiteral("1x.png"));
    const QString two = out.filePath(QStringLiteral("2x.png"));
    shoot({u"--view"_qs, u"catalog"_qs, u"--size"_qs, u"1000x640"_qs}, one, {{u"QT_SCALE_FACTOR"_qs, u"1"_qs}});
    shoot({u"--view"_qs, u"catalog"_qs, u"--size"_qs, u"1000x640"_qs}, two, {{u"QT_SCALE_FACTOR"_qs, u"2"_qs}});
    if (QTest::currentTestFailed())
        return;
    const QImage a(one), b(two);
    QCOMPARE(b.size(), a.size() * 2);
    // The navigation rail and the page header: icons and text.
    const QRect logical(0, 0, 700, 140);
    const QImage upscaled = a.copy(logical).scaled(logical.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double native = sharpness(b, QRect(logical.topLeft() * 2, logical.size() * 2));
    const double blown = sharpness(upscaled, upscaled.rect());
    qInfo("sharpness: 2x %.2f, 1x scaled up %.2f", native, blown);
    QVERIFY2(native > blown * 1.3, qPrintable(QStringLiteral("2x %1, 1x scaled up %2").arg(native).arg(blown)));
    b.save(QStringLiteral(ATRIUM_SCREENSHOT_DIR "/catalog-2x.png"));
}

void TestAtriumApp::largeText_data()
{
    QTest::addColumn<QString>("view");
    for (const char *name : {"catalog", "entity", "docs", "create", "insights", "settings", "welcome"})
        for (const auto &v : kMainViews)
            if (qstrcmp(v.name, name) == 0)
                QTest::newRow(name) << QString::fromLatin1(v.view);
}

void TestAtriumApp::largeText()
{
    // At 200 % text the views still render (ATRIUM_SCREENSHOT_DIR/*-200.png to look at).
    QFETCH(QString, view);
    const QDir dir(QStringLiteral(ATRIUM_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    shoot({u"--view"_qs, view, u"--lang"_qs, u"en"_qs, u"--font-scale"_qs, u"2"_qs},
          dir.filePath(QStringLiteral("%1-200.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
}

void TestAtriumApp::badThemeOptionsFail()
{
    QCOMPARE(run({u"--theme"_qs, u"purple"_qs}).exitCode, 2);
    QCOMPARE(run({u"--font-scale"_qs, u"5"_qs}).exitCode, 2);
}

void TestAtriumApp::unknownEntityFails()
{
    QTemporaryDir out;
    const Run r = run({u"--demo"_qs, u"--screenshot"_qs, out.filePath(u"x.png"_qs), u"--view"_qs,
                       u"entity:component:default/no-such-thing"_qs});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no entity"), r.err.constData());
}

void TestAtriumApp::settingsOfAGivenConfig()
{
    // --config FILE: the Settings view reads that file, and a self-test
    // loads the pages on it.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("atrium.yaml"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n"
            "        filters:\n          repository: '(unclosed'\n");
    f.close();
    const QString png = dir.filePath(QStringLiteral("settings.png"));
    Run r = run({u"--demo"_qs, u"--config"_qs, config, u"--screenshot"_qs, png, u"--view"_qs, u"settings"_qs});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY(!QImage(png).isNull());
    r = run({u"--self-test"_qs, u"--config"_qs, config});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    // Viewing is not saving.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("(unclosed"));
}

void TestAtriumApp::unknownViewFails()
{
    QTemporaryDir out;
    const Run r = run({u"--demo"_qs, u"--screenshot"_qs, out.filePath(u"x.png"_qs), u"--view"_qs, u"nowhere"_qs});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sync, settings"), r.err.constData());
}

void TestAtriumApp::badOptionFails()
{
    const Run r = run({u"--no-such-option"_qs});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAtriumApp)
#include "tst_atriumapp.moc"
