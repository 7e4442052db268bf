// SPDX-License-Identifier: Apache-2.0
// ViewState: the window's geometry, section, selected entity and catalog
// filters saved on quit and restored on the next start, through an INI file
// in a temporary folder; where a window saved off every screen goes; and
// that the application's settings are a test location in test mode.
#include "appcontroller.h"
#include "catalogfiltermodel.h"
#include "viewstate.h"

#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace atrium;

class TestViewState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;

    QString iniFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void testModeSettingsAreNotTheUsers()
    {
        // The app's ViewState uses QSettings(); in test mode Qt puts it
        // under ~/.qttest, away from the user's real settings.
        ViewState state;
        QVERIFY2(QSettings().fileName().contains(QStringLiteral(".qttest")), qPrintable(QSettings().fileName()));
    }

    void filtersRoundTrip()
    {
        const QString file = iniFile(QStringLiteral("filters"));
        {
            CatalogFilterModel f;
            f.setKind(QStringLiteral("API"));
            f.setSearchText(QStringLiteral("payments gateway"));
            f.setMineOnly(true);
            f.setStarredOnly(true);
            f.setFieldFilter(CatalogFilterModel::OwnerField, QStringLiteral("team-payments"));
            f.setFieldFilter(CatalogFilterModel::TypeField, QStringLiteral("grpc"));
            f.setFieldFilter(CatalogFilterModel::LifecycleField, QStringLiteral("production"));
            f.setFieldFilter(CatalogFilterModel::TagField, QStringLiteral("pci=yes"));
            f.setFieldFilter(CatalogFilterModel::SystemField, QStringLiteral("payments"));
            f.setFieldFilter(CatalogFilterModel::NamespaceField, QStringLiteral("default"));
            ViewState state(file);
            state.saveFilters(f);
            state.sync();
        }
        CatalogFilterModel g;
        g.setFieldFilter(CatalogFilterModel::TagField, QStringLiteral("left-over"));
        ViewState(file).restoreFilters(g);
        QCOMPARE(g.kind(), QStringLiteral("api"));
        QCOMPARE(g.searchText(), QStringLiteral("payments gateway"));
        QVERIFY(g.mineOnly());
        QVERIFY(g.starredOnly());
        QCOMPARE(g.fieldFilter(CatalogFilterModel::OwnerField), QStringLiteral("team-payments"));
        QCOMPARE(g.fieldFilter(CatalogFilterModel::TypeField), QStringLiteral("grpc"));
        QCOMPARE(g.fieldFilter(CatalogFilterModel::LifecycleField), QStringLiteral("production"));
        QCOMPARE(g.fieldFilter(CatalogFilterModel::TagField), QStringLiteral("pci=yes")); // '=' in a value
        QCOMPARE(g.fieldFilter(CatalogFilterModel::SystemField), QStringLiteral("payments"));
        QCOMPARE(g.fieldFilter(CatalogFilterModel::NamespaceField), QStringLiteral("default"));
        // In the order they were added: the chips come back the same way.
        QCOMPARE(g.fieldFilters().first().toMap().value(QStringLiteral("field")).toInt(), int(CatalogFilterModel::OwnerField));

        // Nothing saved: no filters, and withSearch=false leaves the search.
        CatalogFilterModel h;
        h.setSearchText(QStringLiteral("kept"));
        h.setKind(QStringLiteral("system"));
        ViewState(iniFile(QStringLiteral("empty"))).restoreFilters(h, false);
        QCOMPARE(h.kind(), QString());
        QCOMPARE(h.searchText(), QStringLiteral("kept"));
        QVERIFY(h.fieldFilters().isEmpty());
    }

    void viewAndGeometryRoundTrip()
    {
        const QString file = iniFile(QStringLiteral("view"));
        {
            ViewState state(file);
            QCOMPARE(state.section(), QString());
            QVERIFY(!state.geometry().isValid());
            state.saveView(QStringLiteral("graph"), QStringLiteral("component:default/order-service"));
            state.saveGeometry({QRect(40, 60, 1200, 800), true});
            state.sync();
        }
        ViewState state(file);
        QCOMPARE(state.section(), QStringLiteral("graph"));
        QCOMPARE(state.selectedRef(), QStringLiteral("component:default/order-service"));
        QCOMPARE(state.geometry().rect, QRect(40, 60, 1200, 800));
        QVERIFY(state.geometry().maximized);
        // A section this version does not know is not restored.
        state.saveView(QStringLiteral("nonsense"), {});
        QCOMPARE(state.section(), QString());
    }

    void offScreenFallsBackToCentred()
    {
        const QRect primary(0, 0, 1920, 1080);
        const QList<QRect> screens{primary, QRect(1920, 0, 1280, 1024)};
        // On the primary, on the second screen, half off an edge: kept.
        QCOMPARE(ViewState::placeOnScreens(QRect(100, 100, 1200, 800), screens, primary), QRect(100, 100, 1200, 800));
        QCOMPARE(ViewState::placeOnScreens(QRect(2000, 50, 1000, 700), screens, primary), QRect(2000, 50, 1000, 700));
        QCOMPARE(ViewState::placeOnScreens(QRect(-600, 100, 1200, 800), screens, primary), QRect(-600, 100, 1200, 800));
        // On a screen unplugged since: centred on the primary.
        const QRect gone = ViewState::placeOnScreens(QRect(3400, 200, 1200, 800), screens, primary);
        QCOMPARE(gone.size(), QSize(1200, 800));
        QCOMPARE(gone.center(), primary.center());
        // Above every screen (title bar out of reach): centred too.
        QCOMPARE(ViewState::placeOnScreens(QRect(100, -900, 1200, 800), screens, primary).center(), primary.center());
        // Larger than the primary: shrunk to it.
        const QRect big = ViewState::placeOnScreens(QRect(9000, 9000, 4000, 3000), screens, primary);
        QCOMPARE(big, primary);
    }

    /** The app's path: a window restored from what an earlier one saved. */
    void attachRestoresWhatTheLastWindowSaved()
    {
        m_app = std::make_unique<AppController>(nullptr, m_dir.path());
        m_app->setLinksEnabled(false);
        m_app->openDemo();
        QVERIFY(m_app->waitForLoaded(60000));
        const QString file = iniFile(QStringLiteral("attach"));
        const QString ref = QStringLiteral("component:default/order-service");
        QVERIFY(m_app->hasEntity(ref));
        {
            QQuickWindow window;
            window.setProperty("section", QStringLiteral("catalog"));
            auto *filters = new CatalogFilterModel(&window);
            filters->setObjectName(QStringLiteral("catalogFilter"));
            filters->setSourceModel(m_app->catalog());
            window.setGeometry(50, 70, 1000, 700);
            window.show();
            ViewState state(file);
            state.attach(&window, m_app.get(), true);
            filters->setKind(QStringLiteral("component"));
            filters->setFieldFilter(CatalogFilterModel::LifecycleField, QStringLiteral("production"));
            filters->setSearchText(QStringLiteral("order"));
            m_app->setSelectedRef(ref);
            window.setProperty("section", QStringLiteral("docs"));
            state.saveWindow();
        }
        m_app->clearSelection();
        QQuickWindow window;
        window.setProperty("section", QStringLiteral("catalog"));
        auto *filters = new CatalogFilterModel(&window);
        filters->setObjectName(QStringLiteral("catalogFilter"));
        filters->setSourceModel(m_app->catalog());
        ViewState state(file);
        state.attach(&window, m_app.get(), true);
        QCOMPARE(window.property("section").toString(), QStringLiteral("docs"));
        QCOMPARE(m_app->selectedRef(), ref);
        QCOMPARE(filters->kind(), QStringLiteral("component"));
        QCOMPARE(filters->fieldFilter(CatalogFilterModel::LifecycleField), QStringLiteral("production"));
        QCOMPARE(filters->searchText(), QStringLiteral("order"));
        QVERIFY(filters->count() > 0);
        QCOMPARE(state.geometry().rect, QRect(50, 70, 1000, 700));

        // A command line that names a view: the geometry comes back, the
        // view does not.
        m_app->clearSelection();
        QQuickWindow other;
        other.setProperty("section", QStringLiteral("catalog"));
        ViewState(file).attach(&other, m_app.get(), false);
        QCOMPARE(other.property("section").toString(), QStringLiteral("catalog"));
        QCOMPARE(m_app->selectedRef(), QString());
        QCOMPARE(other.size(), QSize(1000, 700));
    }
};

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
