// SPDX-License-Identifier: Apache-2.0
#include "themecontroller.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace atrium {

namespace {
const QString kModeKey = QStringLiteral("appearance/theme");
const QString kFontScaleKey = QStringLiteral("appearance/fontScale");

qreal clampScale(qreal scale)
{
    if (!std::isfinite(scale))
        return 1.0;
    // Whole percent steps, so that a saved 1.5 reads back as 1.5.
    return std::round(std::clamp(scale, ThemeController::kMinFontScale, ThemeController::kMaxFontScale) * 100.0) / 100.0;
}
} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    const QString saved = settings.value(kModeKey).toString();
    if (isMode(saved))
        m_mode = saved;
    if (settings.contains(kFontScaleKey))
        m_fontScale = clampScale(settings.value(kFontScaleKey).toDouble());
    m_systemDark = platformIsDark();
    // Qt 6.4 has no QStyleHints::colorScheme: a platform that switches to
    // dark changes the application palette, which arrives here as an event.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool ThemeController::isMode(const QString &mode)
{
    return mode == u"system" || mode == u"light" || mode == u"dark";
}

bool ThemeController::dark() const
{
    return m_mode == u"dark" || (m_mode == u"system" && m_systemDark);
}

void ThemeController::setMode(const QString &mode)
{
    if (!isMode(mode))
        return;
    QSettings().setValue(kModeKey, mode);
    applyMode(mode);
}

bool ThemeController::overrideMode(const QString &mode)
{
    if (!isMode(mode))
        return false;
    applyMode(mode);
    return true;
}

void ThemeController::applyMode(const QString &mode)
{
    if (m_mode == mode)
        return;
    const bool wasDark = dark();
    m_mode = mode;
    Q_EMIT modeChanged();
    if (dark() != wasDark)
        Q_EMIT darkChanged();
}

void ThemeController::setFontScale(qreal scale)
{
    scale = clampScale(scale);
    QSettings().setValue(kFontScaleKey, scale);
    applyFontScale(scale);
}

void ThemeController::overrideFontScale(qreal scale)
{
    applyFontScale(clampScale(scale));
}

void ThemeController::applyFontScale(qreal scale)
{
    if (qFuzzyCompare(m_fontScale, scale))
        return;
    m_fontScale = scale;
    Q_EMIT fontScaleChanged();
}

bool ThemeController::platformIsDark()
{
    // The environment decides when set: a way to pick the theme for one run
    // without touching the saved choice, and for desktops Qt cannot read.
    const QByteArray env = qgetenv("ATRIUM_THEME").trimmed().toLower();
    if (env == "dark")
        return true;
    if (env == "light")
        return false;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void ThemeController::updateSystemDark()
{
    const bool now = platformIsDark();
    if (now == m_systemDark)
        return;
    const bool wasDark = dark();
    m_systemDark = now;
    Q_EMIT systemDarkChanged();
    if (dark() != wasDark)
        Q_EMIT darkChanged();
}

bool ThemeController::eventFilter(QObject *watched, QEvent *event)
{
    // An application-wide filter sees every event: the cheap test first.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance())
        updateSystemDark();
    return QObject::eventFilter(watched, event);
}

} // namespace atrium
