// SPDX-License-Identifier: Apache-2.0
// Theme.qml in both themes: the text and band colours the views draw,
// against the backgrounds they are drawn on, meet WCAG 2 AA (4.5:1 for
// text, 3:1 for large text, focus frames and band fills). The ratio is
// computed here from the WCAG definition of relative luminance, not taken
// from the palette code. Also ThemeController: the saved mode, the
// platform palette and ATRIUM_THEME.
#include "kindpalette.h"
#include "themecontroller.h"

#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)
Q_IMPORT_QML_PLUGIN(Atrium_ModelsPlugin)

using atrium::ThemeController;

namespace {

double linear(double c8)
{
    const double c = c8 / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/** WCAG 2.x relative luminance of an opaque colour. */
double relativeLuminance(const QColor &c)
{
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** @p top drawn over the opaque @p bottom, as the scene graph blends it. */
QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    auto ch = [a](int t, int b) { return int(std::lround(t * a + b * (1 - a))); };
    return QColor(ch(top.red(), bottom.red()), ch(top.green(), bottom.green()), ch(top.blue(), bottom.blue()));
}

const char *const kThemeProbe = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Fusion.impl
import Atrium
QtObject {
    // The roles Main.qml gives the stock (Fusion) controls.
    property Control stock: Control {
        palette.window: Theme.window
        palette.base: Theme.surface
        palette.button: Theme.surface
        palette.highlight: Theme.accent
        palette.dark: Theme.borderStrong
    }
    /** The frame Fusion draws around a focused field, combo or check box. */
    function fusionFocus() { return Fusion.highlightedOutline(stock.palette) }
    function named(name) { return Theme[name] }
    function band(rank) { return Theme.bandColor(rank) }
    function wash(rank) { return Theme.bandWash(rank) }
    function kind(k) { return Theme.kindColor(k) }
    function kindText(k) { return Theme.kindTextColor(k) }
    function lifecycle(l) { return Theme.lifecycleColor(l) }
    function fontSize() { return Theme.fontSize }
    function rowHeight() { return Theme.rowHeight }
    function grown() { return [Theme.grow(32), Theme.grow(64, 2.5)] }
}
)";

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contrast_data();
    void contrast();
    void modeIsSaved();
    void systemFollowsThePalette();
    void environmentDecidesForSystem();
    void fontScale();
    void kindTextColourReads();

private:
    QColor call(const char *function, const QVariant &arg = {});
    ThemeController *controller();

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QObject> m_probe;
    QHash<QString, double> m_lowest; ///< per theme, for the summary
};

void TestTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("ATRIUM_THEME");
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(m_engine.get());
    component.setData(kThemeProbe, QUrl(QStringLiteral("qrc:/tst_theme/Probe.qml")));
    m_probe.reset(component.create());
    QVERIFY2(m_probe, qPrintable(component.errorString()));
    QVERIFY(controller());
}

ThemeController *TestTheme::controller()
{
    const int id = qmlTypeId("Atrium.Models", 1, 0, "ThemeController");
    return id < 0 ? nullptr : m_engine->singletonInstance<ThemeController *>(id);
}

QColor TestTheme::call(const char *function, const QVariant &arg)
{
    QVariant result;
    const bool ok = arg.isValid()
        ? QMetaObject::invokeMethod(m_probe.get(), function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, arg))
        : QMetaObject::invokeMethod(m_probe.get(), function, Q_RETURN_ARG(QVariant, result));
    if (!ok)
        qWarning() << "cannot call" << function;
    return result.value<QColor>();
}

void TestTheme::contrast_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("light") << u"light"_qs;
    QTest::newRow("dark") << u"dark"_qs;
}

void TestTheme::contrast()
{
    QFETCH(QString, mode);
    controller()->overrideMode(mode);
    QCOMPARE(controller()->dark(), mode == u"dark");
    auto named = [this](const char *name) {
        const QColor c = call("named", QString::fromLatin1(name));
        if (!c.isValid())
            qWarning() << "no colour" << name;
        return c;
    };
    const QColor surface = named("surface");
    QVERIFY(surface.isValid());
    QCOMPARE(mode == u"dark", relativeLuminance(surface) < 0.18);

    struct Pair {
        QString what;
        QColor fg, bg;
        double min;
    };
    QList<Pair> pairs;
    auto text = [&](const QString &what, const QColor &fg, const QColor &bg) { pairs.append({what, fg, bg, 4.5}); };
    auto ui = [&](const QString &what, const QColor &fg, const QColor &bg) { pairs.append({what, fg, bg, 3.0}); };

    // Text on the backgrounds it is drawn on: window, panels, rows.
    for (const char *fg : {"text", "textSecondary", "textMuted"})
        for (const char *bg : {"window", "surface", "surfaceAlt", "hover", "selection"})
            text(QStringLiteral("%1 on %2").arg(fg, bg), named(fg), named(bg));
    for (const char *bg : {"window", "surface", "surfaceAlt", "hover"}) {
        text(QStringLiteral("link on %1").arg(bg), named("link"), named(bg));
        text(QStringLiteral("accent (tab text) on %1").arg(bg), named("accent"), named(bg));
    }
    text(u"link on selection"_qs, named("link"), named("selection"));
    text(u"accentText on accent"_qs, named("accentText"), named("accent"));
    // Severities on their soft backgrounds and on panels.
    for (const char *fg : {"error", "warning", "success"}) {
        text(QStringLiteral("%1 on its soft background").arg(fg), named(fg), named((QByteArray(fg) + "Soft").constData()));
        text(QStringLiteral("%1 on surface").arg(fg), named(fg), surface);
        text(QStringLiteral("%1 on surfaceAlt").arg(fg), named(fg), named("surfaceAlt"));
    }
    text(u"violet on surface"_qs, named("violet"), surface);
    // HTTP methods and tags: a hue's text on its own 12% tint.
    for (const char *hue : {"success", "accent", "warning", "violet", "error"}) {
        QColor wash = named(hue);
        wash.setAlphaF(0.12f);
        text(QStringLiteral("%1 on its tint").arg(hue), named(hue), over(wash, surface));
    }
    // Lifecycles are text on panels.
    for (const QString &l : {u"production"_qs, u"experimental"_qs, u"deprecated"_qs, u"other"_qs}) {
        text(QStringLiteral("lifecycle %1 on surface").arg(l), call("lifecycle", l), surface);
        text(QStringLiteral("lifecycle %1 on surfaceAlt").arg(l), call("lifecycle", l), named("surfaceAlt"));
    }
    // Kind chips: the kind's text colour on the kind's tint, on a panel and a selected row.
    for (const QString &k : {u"Component"_qs, u"API"_qs, u"Resource"_qs, u"System"_qs, u"Domain"_qs, u"Group"_qs,
                             u"User"_qs, u"Template"_qs, u"Location"_qs, u"Unknown"_qs}) {
        QColor tint = call("kind", k);
        tint.setAlphaF(float(atrium::KindPalette::kChipTint));
        for (const char *bg : {"surface", "surfaceAlt", "hover", "selection"})
            text(QStringLiteral("kind %1 on its chip on %2").arg(k, bg), call("kindText", k), over(tint, named(bg)));
    }
    // KPI bands: the chip's text on the wash, and the fill (card stripe,
    // sparkline, target line) against the card: a graphical object, 3:1.
    for (int rank = -1; rank <= 3; ++rank) {
        const QColor band = call("band", rank);
        text(QStringLiteral("band %1 text on its wash").arg(rank), band, over(call("wash", rank), surface));
        ui(QStringLiteral("band %1 fill on surface").arg(rank), band, surface);
    }
    // The rail (dark in both themes).
    text(u"railText on rail"_qs, named("railText"), named("rail"));
    text(u"railText on railActive"_qs, named("railText"), named("railActive"));
    text(u"railTextActive on railActive"_qs, named("railTextActive"), named("railActive"));
    ui(u"railAccent (focus, current) on rail"_qs, named("railAccent"), named("rail"));
    // Focus frames and the accent as a component colour: ours (Theme.focus)
    // and the one Fusion derives from palette.highlight for stock controls.
    const QColor fusionFocus = call("fusionFocus");
    for (const char *bg : {"window", "surface", "surfaceAlt", "hover", "selection"}) {
        ui(QStringLiteral("focus on %1").arg(bg), named("focus"), named(bg));
        ui(QStringLiteral("Fusion's focus frame (from accent) on %1").arg(bg), fusionFocus, named(bg));
    }
    // The outlines of controls (WCAG 2.1 1.4.11): buttons, fields, check
    // boxes, the YAML editor, on every background a control sits on or
    // turns to when hovered or pressed.
    for (const char *bg : {"window", "surface", "surfaceAlt", "hover", "selection", "codeBackground"})
        ui(QStringLiteral("borderStrong (control outline) on %1").arg(bg), named("borderStrong"), named(bg));
    ui(u"accent (primary button) on surface"_qs, named("accent"), surface);
    // Code boxes.
    text(u"text on codeBackground"_qs, named("text"), named("codeBackground"));

    double lowest = 21;
    QString lowestWhat;
    QStringList failures;
    for (const Pair &p : std::as_const(pairs)) {
        QVERIFY2(p.fg.isValid() && p.bg.isValid(), qPrintable(p.what));
        const double ratio = contrastRatio(QColor(p.fg.rgb()), over(p.bg, surface));
        if (ratio < lowest) {
            lowest = ratio;
            lowestWhat = p.what;
        }
        if (ratio + 1e-9 < p.min)
            failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                            .arg(p.what, p.fg.name(), p.bg.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(p.min, 0, 'f', 1);
    }
    qInfo("%s: %d pairs, lowest %.2f:1 (%s)", qPrintable(mode), int(pairs.size()), lowest, qPrintable(lowestWhat));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTheme::modeIsSaved()
{
    ThemeController a;
    a.setMode(u"dark"_qs);
    QCOMPARE(a.mode(), u"dark"_qs);
    QVERIFY(a.dark());
    a.setMode(u"purple"_qs); // ignored
    QCOMPARE(a.mode(), u"dark"_qs);
    {
        ThemeController b;
        QCOMPARE(b.mode(), u"dark"_qs);
        QVERIFY(b.dark());
        // A session override is not saved.
        b.overrideMode(u"light"_qs);
        QVERIFY(!b.dark());
    }
    ThemeController c;
    QCOMPARE(c.mode(), u"dark"_qs);
    c.setMode(u"system"_qs);
    QCOMPARE(ThemeController().mode(), u"system"_qs);
}

void TestTheme::systemFollowsThePalette()
{
    qunsetenv("ATRIUM_THEME");
    const QPalette original = QGuiApplication::palette();
    ThemeController c;
    c.overrideMode(u"system"_qs);
    QPalette darkPalette;
    darkPalette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    darkPalette.setColor(QPalette::WindowText, Qt::white);
    QPalette lightPalette;
    lightPalette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    lightPalette.setColor(QPalette::WindowText, Qt::black);

    QGuiApplication::setPalette(lightPalette);
    QCoreApplication::processEvents();
    QVERIFY(!c.dark());
    QSignalSpy darkChanged(&c, &ThemeController::darkChanged);
    QGuiApplication::setPalette(darkPalette);
    QTRY_VERIFY(c.dark());
    QVERIFY(c.systemDark());
    QCOMPARE(darkChanged.count(), 1);
    // A fixed choice does not follow.
    c.overrideMode(u"light"_qs);
    QVERIFY(!c.dark());
    QGuiApplication::setPalette(lightPalette);
    QCoreApplication::processEvents();
    QVERIFY(!c.systemDark());
    QVERIFY(!c.dark());
    QGuiApplication::setPalette(original);
}

void TestTheme::environmentDecidesForSystem()
{
    qputenv("ATRIUM_THEME", "dark");
    {
        ThemeController c;
        c.overrideMode(u"system"_qs);
        QVERIFY(c.dark());
        c.overrideMode(u"light"_qs);
        QVERIFY(!c.dark());
    }
    qputenv("ATRIUM_THEME", "light");
    {
        ThemeController c;
        c.overrideMode(u"system"_qs);
        QVERIFY(!c.dark());
    }
    qunsetenv("ATRIUM_THEME");
}

void TestTheme::fontScale()
{
    ThemeController *c = controller();
    c->overrideFontScale(1.0);
    QVariant size, row;
    QMetaObject::invokeMethod(m_probe.get(), "fontSize", Q_RETURN_ARG(QVariant, size));
    QMetaObject::invokeMethod(m_probe.get(), "rowHeight", Q_RETURN_ARG(QVariant, row));
    QCOMPARE(size.toInt(), 13);
    QCOMPARE(row.toInt(), 34);
    QVariant grown;
    QMetaObject::invokeMethod(m_probe.get(), "grown", Q_RETURN_ARG(QVariant, grown));
    QCOMPARE(grown.toList().value(0).toInt(), 32);
    QCOMPARE(grown.toList().value(1).toInt(), 64);
    c->overrideFontScale(2.0);
    QMetaObject::invokeMethod(m_probe.get(), "fontSize", Q_RETURN_ARG(QVariant, size));
    QMetaObject::invokeMethod(m_probe.get(), "rowHeight", Q_RETURN_ARG(QVariant, row));
    QCOMPARE(size.toInt(), 26);
    QVERIFY(row.toInt() >= 2 * 26);
    QMetaObject::invokeMethod(m_probe.get(), "grown", Q_RETURN_ARG(QVariant, grown));
    QCOMPARE(grown.toList().value(0).toInt(), 32 + 21); // one more line of 13 px, with its leading
    QCOMPARE(grown.toList().value(1).toInt(), 64 + 52);
    c->overrideFontScale(7.0); // clamped
    QCOMPARE(c->fontScale(), 2.0);
    c->overrideFontScale(1.0);

    ThemeController saved;
    saved.setFontScale(1.5);
    QCOMPARE(ThemeController().fontScale(), 1.5);
    saved.setFontScale(1.0);
}

void TestTheme::kindTextColourReads()
{
    // On any light or dark background, not only the theme's.
    for (const QColor &bg : {QColor(Qt::white), QColor(0xf4f6f9), QColor(0x1b1f27), QColor(Qt::black)}) {
        for (const auto *k : {u"component", u"resource", u"system", u"user", u"nothing"}) {
            const QColor base = atrium::KindPalette::colorOf(k);
            QColor tint = base;
            tint.setAlphaF(float(atrium::KindPalette::kChipTint));
            const QColor fg = atrium::KindPalette::textColorOf(k, bg);
            QVERIFY2(contrastRatio(fg, over(tint, bg)) >= 4.5, qPrintable(QStringLiteral("%1 on %2").arg(QString::fromUtf16(k), bg.name())));
            QVERIFY(std::abs(atrium::KindPalette::contrastRatio(fg, over(tint, bg)) - contrastRatio(fg, over(tint, bg))) < 0.01);
        }
    }
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
