// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** Light or dark, and how large the text is: the two appearance choices
 *  that Theme.qml reads. `mode` is "system" (the default: follows the
 *  platform's palette, or ATRIUM_THEME=dark|light), "light" or "dark";
 *  `fontScale` is 1.0 to 2.0. Both are kept across restarts (QSettings)
 *  when set through their properties; the composition root's command-line
 *  choices (--theme, --font-scale) hold for the session only. */
class ThemeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)
    /** Whether the platform is dark now (what "system" follows). */
    Q_PROPERTY(bool systemDark READ systemDark NOTIFY systemDarkChanged)
    Q_PROPERTY(qreal fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)

public:
    explicit ThemeController(QObject *parent = nullptr);

    static constexpr qreal kMinFontScale = 1.0;
    static constexpr qreal kMaxFontScale = 2.0;

    QString mode() const { return m_mode; }
    /** Sets and saves the mode; unknown values are ignored. */
    void setMode(const QString &mode);
    bool dark() const;
    bool systemDark() const { return m_systemDark; }
    qreal fontScale() const { return m_fontScale; }
    /** Sets and saves the scale, clamped to 1.0–2.0. */
    void setFontScale(qreal scale);

    /** For the session only, not saved: --theme and --font-scale. */
    bool overrideMode(const QString &mode);
    void overrideFontScale(qreal scale);

    /** Whether @p mode is one of system, light, dark. */
    static bool isMode(const QString &mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void modeChanged();
    void darkChanged();
    void systemDarkChanged();
    void fontScaleChanged();

private:
    void applyMode(const QString &mode);
    void applyFontScale(qreal scale);
    void updateSystemDark();
    static bool platformIsDark();

    QString m_mode = QStringLiteral("system");
    bool m_systemDark = false;
    qreal m_fontScale = 1.0;
};

} // namespace atrium
