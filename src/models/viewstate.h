// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

#include <memory>

class QQuickWindow;
class QSettings;

namespace atrium {

class AppController;
class CatalogFilterModel;

/**
 * What the window looked like when the user left it, restored on the next
 * start: its size, position and maximized state; the section shown; the
 * selected entity; and the catalog's filters (kind, field filters, mine,
 * starred, search text).
 *
 * The app creates one in normal runs only: screenshots and the self-test
 * keep their fixed size and view, and a command line that names a view
 * (--view) wins over the saved one. Tests give it an INI file of their own;
 * without one it uses the application's QSettings (which in
 * QStandardPaths test mode lives under ~/.qttest).
 */
class ViewState : public QObject
{
    Q_OBJECT

public:
    struct Geometry {
        QRect rect; ///< the normal (not maximized) geometry, without the frame
        bool maximized = false;
        bool isValid() const { return rect.isValid(); }
    };

    /** @p settingsFile: an INI file to keep the state in; empty: the
     *  application's settings. */
    explicit ViewState(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~ViewState() override;

    // --- The saved state ------------------------------------------------------------
    QString section() const;
    QString selectedRef() const;
    void saveView(const QString &section, const QString &selectedRef);
    /** Saves the filters of @p filters (not its sort, which is the table's). */
    void saveFilters(const CatalogFilterModel &filters);
    /** Applies the saved filters to @p filters; the search text too unless
     *  @p withSearch is false (the window sets it through its search field). */
    void restoreFilters(CatalogFilterModel &filters, bool withSearch = true) const;
    QString searchText() const;
    Geometry geometry() const;
    void saveGeometry(const Geometry &geometry);
    void sync();

    /** Where a window saved at @p saved goes: there if enough of it is on
     *  one of @p screens (available geometries), else its size (at most the
     *  screen's) centred on @p primary. */
    static QRect placeOnScreens(const QRect &saved, const QList<QRect> &screens, const QRect &primary);

    /** The sections a saved state may name. */
    static bool isSection(const QString &name);

    // --- The app's window -----------------------------------------------------------
    /** Restores @p window's geometry now, and (when @p restoreView) its
     *  section at once and the filters and selected entity once @p app's
     *  catalog has loaded; saves all of it when the application quits. */
    void attach(QQuickWindow *window, AppController *app, bool restoreView);
    /** Saves the attached window's state now (the app calls it on quit). */
    void saveWindow();

private:
    void track();
    void restoreAfterLoad();

    std::unique_ptr<QSettings> m_settings;
    QPointer<QQuickWindow> m_window;
    QPointer<AppController> m_app;
    Geometry m_current;
    bool m_restoreView = false;
    bool m_restored = false;
};

} // namespace atrium
