// SPDX-License-Identifier: Apache-2.0
#include "viewstate.h"

#include "appcontroller.h"
#include "catalogfiltermodel.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>

namespace atrium {

namespace {
const QString kSection = QStringLiteral("view/section");
const QString kSelected = QStringLiteral("view/selectedRef");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMaximized = QStringLiteral("window/maximized");
const QString kKind = QStringLiteral("filters/kind");
const QString kSearch = QStringLiteral("filters/search");
const QString kMine = QStringLiteral("filters/mine");
const QString kStarred = QStringLiteral("filters/starred");
const QString kFields = QStringLiteral("filters/fields");

/** The field filters by a stable name, not the enum's number. */
QString fieldKey(CatalogFilterModel::Field field)
{
    switch (field) {
    case CatalogFilterModel::TypeField:
        return QStringLiteral("type");
    case CatalogFilterModel::OwnerField:
        return QStringLiteral("owner");
    case CatalogFilterModel::LifecycleField:
        return QStringLiteral("lifecycle");
    case CatalogFilterModel::TagField:
        return QStringLiteral("tag");
    case CatalogFilterModel::SystemField:
        return QStringLiteral("system");
    case CatalogFilterModel::NamespaceField:
        return QStringLiteral("namespace");
    }
    return {};
}
} // namespace

ViewState::ViewState(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

ViewState::~ViewState() = default;

bool ViewState::isSection(const QString &name)
{
    static const QStringList sections{QStringLiteral("catalog"), QStringLiteral("graph"),    QStringLiteral("create"),
                                      QStringLiteral("docs"),    QStringLiteral("insights"), QStringLiteral("sync"),
                                      QStringLiteral("settings")};
    return sections.contains(name);
}

QString ViewState::section() const
{
    const QString s = m_settings->value(kSection).toString();
    return isSection(s) ? s : QString();
}

QString ViewState::selectedRef() const
{
    return m_settings->value(kSelected).toString();
}

void ViewState::saveView(const QString &section, const QString &selectedRef)
{
    m_settings->setValue(kSection, isSection(section) ? section : QString());
    m_settings->setValue(kSelected, selectedRef);
}

void ViewState::saveFilters(const CatalogFilterModel &filters)
{
    m_settings->setValue(kKind, filters.kind());
    m_settings->setValue(kSearch, filters.searchText());
    m_settings->setValue(kMine, filters.mineOnly());
    m_settings->setValue(kStarred, filters.starredOnly());
    // In the order added: the chips come back in the same order.
    QStringList fields;
    for (const QVariant &v : filters.fieldFilters()) {
        const QVariantMap m = v.toMap();
        const auto field = CatalogFilterModel::Field(m.value(QStringLiteral("field")).toInt());
        fields << fieldKey(field) + u'=' + m.value(QStringLiteral("value")).toString();
    }
    m_settings->setValue(kFields, fields);
}

QString ViewState::searchText() const
{
    return m_settings->value(kSearch).toString();
}

void ViewState::restoreFilters(CatalogFilterModel &filters, bool withSearch) const
{
    filters.setKind(m_settings->value(kKind).toString());
    if (withSearch)
        filters.setSearchText(searchText());
    filters.setMineOnly(m_settings->value(kMine).toBool());
    filters.setStarredOnly(m_settings->value(kStarred).toBool());
    filters.clearFieldFilters();
    const QStringList fields = m_settings->value(kFields).toStringList();
    for (const QString &entry : fields) {
        const QString key = entry.section(u'=', 0, 0);
        const QString value = entry.section(u'=', 1);
        for (int f = 0; f < CatalogFilterModel::fieldCount; ++f) {
            if (fieldKey(CatalogFilterModel::Field(f)) == key && !value.isEmpty())
                filters.setFieldFilter(CatalogFilterModel::Field(f), value);
        }
    }
}

ViewState::Geometry ViewState::geometry() const
{
    return {m_settings->value(kGeometry).toRect(), m_settings->value(kMaximized).toBool()};
}

void ViewState::saveGeometry(const Geometry &geometry)
{
    if (!geometry.isValid())
        return;
    m_settings->setValue(kGeometry, geometry.rect);
    m_settings->setValue(kMaximized, geometry.maximized);
}

void ViewState::sync()
{
    m_settings->sync();
}

QRect ViewState::placeOnScreens(const QRect &saved, const QList<QRect> &screens, const QRect &primary)
{
    // "On a screen": its title bar area can be grabbed there, i.e. a good
    // part of the window's top edge is on one screen. A monitor unplugged
    // since leaves none.
    const QRect top(saved.x(), saved.y(), saved.width(), std::min(saved.height(), 40));
    for (const QRect &s : screens) {
        const QRect on = s.intersected(top);
        if (on.width() >= std::min(120, saved.width() / 2) && on.height() >= std::min(20, top.height()))
            return saved;
    }
    QSize size = saved.size().boundedTo(primary.size());
    QRect r(QPoint(), size);
    r.moveCenter(primary.center());
    return r;
}

void ViewState::attach(QQuickWindow *window, AppController *app, bool restoreView)
{
    m_window = window;
    m_app = app;
    m_restoreView = restoreView;
    if (!window)
        return;

    const Geometry saved = geometry();
    if (saved.isValid()) {
        QList<QRect> screens;
        for (QScreen *s : QGuiApplication::screens())
            screens << s->availableGeometry();
        QScreen *primary = QGuiApplication::primaryScreen();
        const QRect placed = placeOnScreens(saved.rect, screens, primary ? primary->availableGeometry() : QRect());
        window->setGeometry(placed);
        if (saved.maximized)
            window->setWindowStates(Qt::WindowMaximized);
    }
    m_current = {window->geometry(), saved.maximized};
    connect(window, &QWindow::xChanged, this, &ViewState::track);
    connect(window, &QWindow::yChanged, this, &ViewState::track);
    connect(window, &QWindow::widthChanged, this, &ViewState::track);
    connect(window, &QWindow::heightChanged, this, &ViewState::track);
    connect(window, &QWindow::windowStateChanged, this, &ViewState::track);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ViewState::saveWindow);

    if (!restoreView)
        return;
    const QString s = section();
    if (!s.isEmpty())
        window->setProperty("section", s);
    if (!app)
        return;
    if (app->loaded())
        restoreAfterLoad();
    else
        connect(app, &AppController::loadFinished, this, [this](bool ok) {
            if (ok)
                restoreAfterLoad();
        });
}

void ViewState::track()
{
    if (!m_window)
        return;
    // The normal geometry is what comes back; while maximized (or on the
    // way out, hidden) the window's geometry is not it.
    const Qt::WindowStates states = m_window->windowStates();
    if (!m_window->isVisible() || states & Qt::WindowMinimized)
        return;
    m_current.maximized = states & Qt::WindowMaximized;
    if (!(states & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_current.rect = m_window->geometry();
}

void ViewState::restoreAfterLoad()
{
    if (m_restored || !m_window || !m_app)
        return;
    m_restored = true;
    // The filters once the catalog is in: the kind box lists the kinds
    // present, and only then can show the saved one.
    if (auto *filters = m_window->findChild<CatalogFilterModel *>(QStringLiteral("catalogFilter"))) {
        restoreFilters(*filters, false);
        // The search goes through its field, which the filter follows.
        if (QObject *field = m_window->findChild<QObject *>(QStringLiteral("searchField")))
            field->setProperty("text", searchText());
        else
            filters->setSearchText(searchText());
    }
    const QString ref = selectedRef();
    if (!ref.isEmpty() && m_app->selectedRef().isEmpty() && m_app->hasEntity(ref)) {
        const QString shown = m_window->property("section").toString();
        m_app->setSelectedRef(ref);
        // Selecting an entity shows the catalog; the saved section wins.
        if (shown != m_window->property("section").toString())
            m_window->setProperty("section", shown);
    }
}

void ViewState::saveWindow()
{
    if (!m_window)
        return;
    saveGeometry(m_current);
    if (m_restoreView) {
        const QString shown = m_window->property("section").toString();
        if (m_restored) {
            saveView(shown, m_app ? m_app->selectedRef() : QString());
            if (auto *filters = m_window->findChild<CatalogFilterModel *>(QStringLiteral("catalogFilter")))
                saveFilters(*filters);
        } else if (isSection(shown)) {
            // Closed before the catalog loaded: the saved filters and
            // entity were never applied, and stay for the next start.
            m_settings->setValue(kSection, shown);
        }
    }
    m_settings->sync();
}

} // namespace atrium
