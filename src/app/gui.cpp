// SPDX-License-Identifier: Apache-2.0
// The desktop app's composition root: parses the GUI options, installs the
// translation, creates the controllers, wires the services into them and
// hands them to Main.qml. Also the two non-interactive modes the tests
// drive: --screenshot and --self-test.
#include "gui.h"

#include "about/libraryversions.h"
#include "appcontroller.h"
#include "createcontroller.h"
#include "backstagetaskjob.h"
#include "runnertaskjob.h"
#include "scaffolderconfig.h"
#include "graphcontroller.h"
#include "insightscontroller.h"
#include "auth/tokenstore.h"
#include "catalogfiltermodel.h"
#include "catalogstore.h"
#include "docsimageprovider.h"
#include "docsmodels.h"
#include "entityref.h"
#include "settingscontroller.h"
#include "synccontroller.h"
#include "toastmodel.h"
#include "taskhistorymodel.h"
#include "welcomecontroller.h"
#include "viewstate.h"
#include "themecontroller.h"
#include "syncconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextDocumentFragment>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)
Q_IMPORT_QML_PLUGIN(Atrium_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(AtriumStylePlugin)

namespace atrium {

Q_LOGGING_CATEGORY(lcGui, "atrium.gui")

namespace {

const QString kMainQml = QStringLiteral("qrc:/qt/qml/Atrium/Main.qml");
const QString kQmlRoot = QStringLiteral(":/qt/qml/Atrium");

void printErr(const QString &s)
{
    std::fprintf(stderr, "%s\n", qPrintable(s));
}

/** Hands the sync (and the welcome) its token source and sink: the system keychain through
 *  TokenStore (after ATRIUM_GITHUB_TOKEN, which wins), and the OAuth app for
 *  "Sign in with GitHub". */
template<typename Controller>
void wireTokens(Controller &sync)
{
#ifdef ATRIUM_HAVE_TOKENSTORE
    auto store = std::make_shared<TokenStore>();
    sync.setTokenProvider([store](const QString &host) { return store->tokenFor(host); });
    sync.setTokenWriter([store](const QString &host, const QByteArray &token) { return store->write(host, token); });
#else
    // Built without the keychain: the environment only, and a sign-in has
    // nowhere to keep its token (the controller says so).
    sync.setTokenProvider([](const QString &) {
        TokenStore::Result r;
        r.token = qgetenv("ATRIUM_GITHUB_TOKEN");
        r.ok = !r.token.isEmpty();
        return r;
    });
#endif
    // The OAuth app is the organisation's (device flow enabled); a build may
    // carry one, the environment overrides it.
    sync.setOAuthClientId(qEnvironmentVariable("ATRIUM_GITHUB_CLIENT_ID", QStringLiteral(ATRIUM_GITHUB_CLIENT_ID)));
}

/** The controllers of one window, created and wired the same way for the
 *  app, its screenshots and its self-test. */
struct Controllers {
    std::unique_ptr<SettingsController> settings;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<InsightsController> insights;
    std::unique_ptr<ToastModel> toasts;
    std::unique_ptr<WelcomeController> welcome;

    enum class Schedule { Run, Show, Off };

    Controllers(AppController &app, const QString &configPath, const QString &cachePath, Schedule schedule)
    {
        // The window's toasts: sync and template ends, undo of unstar and
        // of a removed source.
        toasts = std::make_unique<ToastModel>();
        app.setToasts(toasts.get());
        settings = std::make_unique<SettingsController>(configPath);
        settings->setToasts(toasts.get());
        sync = std::make_unique<SyncController>(&app);
        sync->setCachePath(cachePath);
        sync->setScheduleEnabled(schedule != Schedule::Off);
        sync->setScheduleFrozen(schedule == Schedule::Show);
        wireTokens(*sync);
        sync->setConfigPath(configPath);
        // Insights follows the open catalog; its GitHub refresh reads the
        // same configuration file and tokens as the sync.
        insights = std::make_unique<InsightsController>(&app);
        insights->setConfigPath(configPath);
#ifdef ATRIUM_HAVE_TOKENSTORE
        insights->setTokenProvider([store = std::make_shared<TokenStore>()](const QString &host) { return store->tokenFor(host); });
#else
        insights->setTokenProvider([](const QString &) {
            TokenStore::Result r;
            r.token = qgetenv("ATRIUM_GITHUB_TOKEN");
            r.ok = !r.token.isEmpty();
            return r;
        });
#endif
        // The Create wizard runs templates with the scaffolder, on the open
        // cache, with the configured GitHub hosts, tokens and Argo CD
        // instances (read again at each run: Settings may have changed them).
        // Templates that came from a Backstage backend run there instead.
        auto backstageToken = [](const QUrl &baseUrl) {
#ifdef ATRIUM_HAVE_TOKENSTORE
            return TokenStore().backstageTokenFor(baseUrl).token;
#else
            Q_UNUSED(baseUrl);
            return qgetenv("ATRIUM_BACKSTAGE_TOKEN").trimmed();
#endif
        };
        app.setTaskLister(backstageTaskLister([configPath] { return configPath; }, backstageToken));
        app.setCreateTaskFactory(backstageTaskFactory([configPath] { return configPath; }, [&app] { return app.cachePath(); }, backstageToken,
                                                      runnerTaskFactory([configPath, &app] {
                                                          return scaffolder::actionContextFromConfig(configPath, app.cachePath());
                                                      })));
        // Saved settings take effect at once: sources, schedule, sign-in.
        QObject::connect(settings.get(), &SettingsController::saved, sync.get(), &SyncController::reloadConfig);
        // The first run's way to a catalog: it writes through Settings and
        // syncs with the Sync page's controller.
        welcome = std::make_unique<WelcomeController>(&app, settings.get(), sync.get());
        welcome->setCachePath(cachePath);
        wireTokens(*welcome);
#ifdef ATRIUM_HAVE_TOKENSTORE
        welcome->setBackstageTokenWriter([](const QUrl &baseUrl, const QByteArray &token) {
            return TokenStore().write(TokenStore::backstageKey(baseUrl), token);
        });
#endif
    }

    QVariantMap properties(AppController &app) const
    {
        return {{QStringLiteral("controller"), QVariant::fromValue(&app)},
                {QStringLiteral("sync"), QVariant::fromValue(sync.get())},
                {QStringLiteral("settings"), QVariant::fromValue(settings.get())},
                {QStringLiteral("insights"), QVariant::fromValue(insights.get())},
                {QStringLiteral("welcome"), QVariant::fromValue(welcome.get())}};
    }
};

/** Installs Atrium's translation for @p lang (`ko`, `en`; empty: the
 *  system's UI language). English has a catalog too, for its plural forms. */
void installTranslations(QApplication &app, QString lang)
{
    const bool explicitLang = !lang.isEmpty();
    if (lang.isEmpty()) {
        const QStringList ui = QLocale::system().uiLanguages();
        lang = !ui.isEmpty() && ui.first().startsWith(u"ko") ? QStringLiteral("ko") : QStringLiteral("en");
    }
    lang = lang.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    if (lang != u"ko" && lang != u"en") {
        printErr(QStringLiteral("atrium: no translation for '%1', using English").arg(lang));
        lang = QStringLiteral("en");
    }
    if (explicitLang)
        QLocale::setDefault(lang == u"ko" ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                          : QLocale(QLocale::English, QLocale::UnitedStates));

    auto *atrium = new QTranslator(&app);
    if (atrium->load(QStringLiteral(":/i18n/atrium_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(atrium);
    else
        qCWarning(lcGui) << "no translation found for" << lang;
    // Qt's own strings (text field context menus); absent on some systems.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/** Waits until @p window has drawn a few frames (or @p maxMs passed), so a
 *  grab shows the settled layout rather than the first pass. */
void waitForFrames(QQuickWindow *window, int frames, int maxMs)
{
    QEventLoop loop;
    int seen = 0;
    auto conn = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (++seen >= frames)
            loop.quit();
        else
            window->update();
    });
    QTimer::singleShot(maxMs, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(conn);
}

int takeScreenshot(QQmlApplicationEngine &engine, AppController &controller, SyncController &sync,
                   const QString &view, const QString &file)
{
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        printErr(QStringLiteral("atrium: the main window did not load"));
        return 1;
    }
    int rc = 0;
    if (!controller.waitForLoaded(120000)) {
        printErr(QStringLiteral("atrium: the catalog did not load: %1").arg(controller.error()));
        rc = 1;
    }
    if (view.startsWith(u"entity:")) {
        // entity:REF#TAB opens a tab of the entity page (overview, relations, api, problems, yaml).
        const QString tab = view.section(u'#', 1);
        if (!tab.isEmpty())
            if (auto *panel = window->findChild<QObject *>(QStringLiteral("entityPanel")))
                panel->setProperty("tab", tab);
        QString why;
        const auto ref = EntityRef::parse(view.mid(7).section(u'#', 0, 0), u"component", u"default", &why);
        if (!ref) {
            printErr(QStringLiteral("atrium: bad entity reference in --view %1: %2").arg(view, why));
            return 2;
        }
        if (!controller.hasEntity(ref->toString())) {
            printErr(QStringLiteral("atrium: no entity %1 in the catalog").arg(ref->toString()));
            rc = 1;
        }
        controller.navigateTo(ref->toString());
    } else if (view.startsWith(u"palette:") || view == u"palette") {
        auto *page = window->findChild<QObject *>(QStringLiteral("catalogPage"));
        if (!page || !QMetaObject::invokeMethod(page, "openPalette", Q_ARG(QVariant, QVariant(view.mid(8))))) {
            printErr(QStringLiteral("atrium: cannot open the command palette"));
            return 1;
        }
        // The full-text hits come from the search thread.
        if (auto *search = window->findChild<SearchModel *>(QStringLiteral("paletteSearch")))
            search->waitForResults(5000);
    } else if (view == u"docs" || view.startsWith(u"docs:")) {
        // docs: the documentation home; docs:REF[/PAGE.md][#ANCHOR] a site, at a page.
        QString target = view.mid(5);
        const QString anchor = target.section(u'#', 1);
        target = target.section(u'#', 0, 0);
        QString refText = target, pagePath;
        const QStringList parts = target.split(u'/');
        if (parts.size() >= 3 || (parts.size() == 2 && parts[1].endsWith(u".md"))) {
            const int refParts = parts.size() >= 3 && parts[0].contains(u':') ? 2 : 1;
            refText = parts.mid(0, refParts).join(u'/');
            pagePath = parts.mid(refParts).join(u'/');
        }
        window->setProperty("section", QStringLiteral("docs"));
        if (!refText.isEmpty()) {
            QString why;
            const auto ref = EntityRef::parse(refText, u"component", u"default", &why);
            if (!ref) {
                printErr(QStringLiteral("atrium: bad entity reference in --view %1: %2").arg(view, why));
                return 2;
            }
            // Typed QML functions take QString in the meta-object; untyped ones QVariant.
            const bool typed = window->metaObject()->indexOfMethod("showDocs(QString,QString,QString)") >= 0;
            const bool ok = typed ? QMetaObject::invokeMethod(window, "showDocs", Q_ARG(QString, ref->toString()),
                                                              Q_ARG(QString, pagePath), Q_ARG(QString, anchor))
                                  : QMetaObject::invokeMethod(window, "showDocs", Q_ARG(QVariant, ref->toString()),
                                                              Q_ARG(QVariant, pagePath), Q_ARG(QVariant, anchor));
            if (!ok) {
                printErr(QStringLiteral("atrium: cannot open the Docs section"));
                return 1;
            }
        }
    } else if (view.startsWith(u"filters:")) {
        // filters:owner=team-a,tag=java — the chips, and the "Add filter" menu open.
        auto *filter = window->findChild<CatalogFilterModel *>(QStringLiteral("catalogFilter"));
        auto *menu = window->findChild<QObject *>(QStringLiteral("addFilterMenu"));
        if (!filter || !menu) {
            printErr(QStringLiteral("atrium: cannot find the catalog filters"));
            return 1;
        }
        const QMetaEnum fields = QMetaEnum::fromType<CatalogFilterModel::Field>();
        for (const QString &pair : view.mid(8).split(u',', Qt::SkipEmptyParts)) {
            const QString name = pair.section(u'=', 0, 0).trimmed();
            bool ok = false;
            QString key = name.toLower();
            if (!key.isEmpty())
                key[0] = key[0].toUpper();
            const int field = fields.keyToValue(QStringLiteral("%1Field").arg(key).toLatin1().constData(), &ok);
            if (!ok) {
                printErr(QStringLiteral("atrium: unknown filter field '%1' (type, owner, lifecycle, tag, system, "
                                        "namespace)")
                             .arg(name));
                return 2;
            }
            filter->setFieldFilter(CatalogFilterModel::Field(field), pair.section(u'=', 1));
        }
        QMetaObject::invokeMethod(menu, "open");
    } else if (view.startsWith(u"graph:") || view.startsWith(u"blast:")) {
        const bool blast = view.startsWith(u"blast:");
        const QString ref = EntityRef::canonical(view.mid(6), u"component");
        if (!controller.hasEntity(ref)) {
            printErr(QStringLiteral("atrium: no entity %1 in the catalog").arg(view.mid(6)));
            return 2;
        }
        // The graph is built after the catalog shows.
        QEventLoop wait;
        QObject::connect(&controller, &AppController::graphChanged, &wait, &QEventLoop::quit);
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        if (!controller.graphReady())
            wait.exec();
        QMetaObject::invokeMethod(window, "showGraph", Q_ARG(QString, ref), Q_ARG(bool, blast));
        if (auto *graph = window->findChild<GraphController *>(QStringLiteral("graphController")))
            graph->waitForLayout(30000);
        waitForFrames(window, 3, 2000);
    } else if (view == u"problems") {
        window->setProperty("problemsOpen", true);
    } else if (view == u"tasks") {
        // The Create section's recent tasks, once read.
        window->setProperty("section", QStringLiteral("create"));
        auto *page = window->findChild<QObject *>(QStringLiteral("createPage"));
        if (!page || !page->setProperty("historyOpen", true)) {
            printErr(QStringLiteral("atrium: cannot open the recent tasks"));
            return 1;
        }
        if (auto *history = window->findChild<TaskHistoryModel *>(QStringLiteral("taskHistoryModel")))
            history->waitForLoaded(30000);
    } else if (view == u"create" || view.startsWith(u"create:")) {
        // create: the template gallery; create:REF[#PAGE] a template's wizard
        // at a page (1-based, `review`, or `dryrun`: a dry run of its defaults).
        window->setProperty("section", QStringLiteral("create"));
        if (view.startsWith(u"create:")) {
            const QString ref = EntityRef::canonical(view.mid(7).section(u'#', 0, 0), u"template");
            if (!controller.hasEntity(ref)) {
                printErr(QStringLiteral("atrium: no template %1 in the catalog").arg(view.mid(7)));
                return 1;
            }
            const QString pageArg = view.section(u'#', 1);
            const bool dryRun = pageArg == u"dryrun";
            const int step = pageArg == u"review" || dryRun ? 1000 : std::max(0, pageArg.toInt() - 1);
            auto *page = window->findChild<QObject *>(QStringLiteral("createPage"));
            const bool typed = page && page->metaObject()->indexOfMethod("openTemplate(QString,int)") >= 0;
            const bool ok = page
                && (typed ? QMetaObject::invokeMethod(page, "openTemplate", Q_ARG(QString, ref), Q_ARG(int, step))
                          : QMetaObject::invokeMethod(page, "openTemplate", Q_ARG(QVariant, ref), Q_ARG(QVariant, step)));
            if (!ok) {
                printErr(QStringLiteral("atrium: cannot open the Create section"));
                return 1;
            }
            // #dryrun: a dry run of the template with its defaults, once finished.
            if (auto *create = dryRun ? window->findChild<CreateController *>(QStringLiteral("createController")) : nullptr) {
                create->startDryRun();
                QEventLoop wait;
                QObject::connect(create, &CreateController::stateChanged, &wait, [&] {
                    if (!create->running())
                        wait.quit();
                });
                QTimer::singleShot(60000, &wait, &QEventLoop::quit);
                if (create->running())
                    wait.exec();
            }
        }
    } else if (view == u"insights" || view.startsWith(u"insights:")) {
        // insights: the overview; insights:KPI_ID one KPI with its chart and table.
        auto *insights = window->property("insights").value<InsightsController *>();
        if (!insights) {
            printErr(QStringLiteral("atrium: the Insights section is not available"));
            return 1;
        }
        insights->waitForIdle(60000);
        const QString kpi = view.mid(9);
        if (!kpi.isEmpty() && !metrics::findKpi(kpi)) {
            QStringList ids;
            for (const auto &k : metrics::kpiCatalogue())
                ids << QString(k.id);
            printErr(QStringLiteral("atrium: unknown KPI '%1' (%2)").arg(kpi, ids.join(QStringLiteral(", "))));
            return 2;
        }
        window->setProperty("section", QStringLiteral("insights"));
        insights->setSelectedKpi(kpi);
        // The chart lays out over a few frames.
        waitForFrames(window, 6, 3000);
    } else if (view == u"about") {
        // The About page, which the Settings page opens over itself.
        sync.waitForIdle(30000);
        window->setProperty("section", QStringLiteral("settings"));
        auto *loader = window->findChild<QObject *>(QStringLiteral("settingsLoader"));
        auto *settingsPage = loader ? loader->property("item").value<QObject *>() : nullptr;
        if (!settingsPage || !settingsPage->setProperty("aboutOpen", true)) {
            printErr(QStringLiteral("atrium: cannot open the About page"));
            return 1;
        }
    } else if (view == u"toast") {
        // The toast a sync that ended away from the Sync page leaves, over
        // the catalog; and the undo toast of an unstarred entity.
        if (auto *toasts = controller.toasts()) {
            toasts->setClock([] { return qint64(0); }); // stays for the grab
            toasts->showRequest(SyncController::finishedText(controller.catalog()->rowCount(), 2),
                                QCoreApplication::translate("atrium::SyncController", "Show problems"),
                                QStringLiteral("showSync"));
            // As AppController::setStarred says it, without touching the
            // user's saved stars.
            const Entity *e = controller.catalog()->find(QStringLiteral("component:default/psp-connector"));
            const QString name = e ? (e->title.isEmpty() ? e->name : e->title) : QStringLiteral("psp-connector");
            toasts->show(QCoreApplication::translate("atrium::AppController", "Removed %1 from starred").arg(name),
                         QCoreApplication::translate("atrium::AppController", "Undo"), [] {});
        }
    } else if (view == u"welcome" || view.startsWith(u"welcome:")) {
        // The first run's welcome at its first step, or at the Enterprise
        // host or Backstage step (welcome:host, welcome:backstage).
        auto *welcome = window->property("welcome").value<WelcomeController *>();
        const QString step = view.section(u':', 1);
        if (!welcome || (!step.isEmpty() && step != u"host" && step != u"backstage")) {
            printErr(QStringLiteral("atrium: no welcome step '%1' (welcome, welcome:host, welcome:backstage)").arg(step));
            return 2;
        }
        welcome->start();
        if (step == u"host")
            welcome->choose(QStringLiteral("enterprise"));
        else if (step == u"backstage")
            welcome->choose(QStringLiteral("backstage"));
    } else if (view == u"sync" || view == u"settings") {
        // The token check runs on a worker; its answer decides the page.
        sync.waitForIdle(30000);
        window->setProperty("section", view);
    } else if (view != u"catalog") {
        printErr(QStringLiteral("atrium: unknown view '%1' (catalog, problems, toast, welcome[:host|:backstage], tasks, sync, settings, about, insights, insights:KPI, create, create:TEMPLATE[#PAGE], docs, docs:REF[/PAGE], entity:REF, graph:REF, blast:REF, palette:QUERY or filters:FIELD=VALUE,...)").arg(view));
        return 2;
    }
    waitForFrames(window, 3, 2000);
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(file)) {
        printErr(QStringLiteral("atrium: cannot write the screenshot to %1").arg(file));
        return 1;
    }
    std::printf("%s\n", qPrintable(QFileInfo(file).absoluteFilePath()));
    return rc;
}

/** The appearance the command line asks for (--theme, --font-scale), for
 *  this run only: the saved choice is left alone. False when the theme
 *  singleton is not registered yet (before the first QML import). */
bool applyAppearance(QQmlEngine &engine, const QString &theme, qreal fontScale)
{
    const int typeId = qmlTypeId("Atrium.Models", 1, 0, "ThemeController");
    auto *controller = typeId < 0 ? nullptr : engine.singletonInstance<ThemeController *>(typeId);
    if (!controller)
        return false;
    if (!theme.isEmpty())
        controller->overrideMode(theme);
    if (fontScale > 0)
        controller->overrideFontScale(fontScale);
    return true;
}

/** Collects the text of every visible item of @p item's tree that shows
 *  some inside @p window: what a reader of a screenshot sees, as words. */
void collectVisibleTexts(QQuickItem *item, QQuickWindow *window, QStringList &out)
{
    if (!item || !item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF onWindow = item->mapRectToScene(item->boundingRect());
    const QVariant text = item->property("text");
    if (text.typeId() == QMetaType::QString && onWindow.width() > 0 && onWindow.height() > 0
        && onWindow.intersects(QRectF(QPointF(0, 0), window->size()))) {
        QString s = text.toString();
        if (Qt::mightBeRichText(s))
            s = QTextDocumentFragment::fromHtml(s).toPlainText();
        s = s.simplified();
        if (!s.isEmpty())
            out << s;
    }
    // A clipping item hides what lies outside it.
    for (QQuickItem *child : item->childItems()) {
        if (item->clip() && !child->mapRectToItem(item, child->boundingRect()).intersects(item->boundingRect()))
            continue;
        collectVisibleTexts(child, window, out);
    }
}

/** --texts FILE: the visible texts of the window (after --screenshot), one
 *  a line, for the tests that look for untranslated strings. */
bool writeVisibleTexts(QQmlApplicationEngine &engine, const QString &file)
{
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return false;
    QStringList texts;
    collectVisibleTexts(window->contentItem(), window, texts);
    // Popups (menus, dialogs) live in the overlay, a sibling of the content.
    for (QQuickItem *child : window->contentItem()->parentItem() ? window->contentItem()->parentItem()->childItems()
                                                                  : QList<QQuickItem *>{})
        if (child != window->contentItem())
            collectVisibleTexts(child, window, texts);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(texts.join(u'\n').toUtf8());
    f.write("\n");
    return true;
}

// --self-test collects every QML warning; this is where qWarning()s of the
// `qml` and `js` categories (console.warn, some engine messages) land.
QStringList *g_selfTestMessages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void selfTestMessageHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const QLatin1String category(ctx.category ? ctx.category : "");
    const bool fromQml = category == u"qml" || category == u"js" || msg.startsWith(u"qrc:/");
    if (g_selfTestMessages && fromQml && type != QtDebugMsg && type != QtInfoMsg)
        g_selfTestMessages->append(msg);
    if (g_previousHandler)
        g_previousHandler(type, ctx, msg);
}

/** Compiles every QML file of the app and instantiates each page (Main.qml,
 *  `*Page.qml`, `*Panel.qml`) on the demo catalog with an entity selected,
 *  so that bindings run. Any QML error or warning fails. */
int runSelfTest(const QString &configPath)
{
    QStringList problems;
    g_selfTestMessages = &problems;
    g_previousHandler = qInstallMessageHandler(selfTestMessageHandler);

    QTemporaryDir demoParent;
    AppController controller(nullptr, demoParent.path());
    controller.setLinksEnabled(false);
    controller.openDemo();
    if (!controller.waitForLoaded(120000))
        problems << QStringLiteral("demo catalog did not load: %1").arg(controller.error());
    // An entity with relations, links and annotations exercises most bindings.
    const QString sample = QStringLiteral("component:default/order-service");
    controller.navigateTo(controller.hasEntity(sample) || controller.catalog()->count() == 0
                              ? sample
                              : controller.catalog()->keysAt(0).ref);
    // Sync and Settings on a configuration of their own (none by default:
    // the pages' "nothing configured" state), never on the schedule.
    const Controllers controllers(controller,
                                  configPath.isEmpty() ? demoParent.filePath(QStringLiteral("config.yaml")) : configPath,
                                  controller.cachePath(), Controllers::Schedule::Off);
    controllers.sync->setLinksEnabled(false);
    controllers.sync->waitForIdle(30000);
    controllers.insights->reload();
    controllers.insights->waitForIdle(60000);
    const QVariantMap properties = controllers.properties(controller);

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QLatin1String(DocsImageProvider::name), new DocsImageProvider(&controller));
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            problems << w.toString();
    });

    QStringList files;
    QDirIterator it(kQmlRoot, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    int pages = 0;
    for (const QString &path : std::as_const(files)) {
        const QUrl url(QStringLiteral("qrc") + path);
        const int before = int(problems.size());
        QQmlComponent component(&engine, url, QQmlComponent::PreferSynchronous);
        if (component.isError()) {
            for (const QQmlError &e : component.errors())
                problems << e.toString();
            continue;
        }
        const QString name = QFileInfo(path).fileName();
        const bool page = name == u"Main.qml" || name.endsWith(u"Page.qml") || name.endsWith(u"Panel.qml");
        if (page) {
            ++pages;
            // Each page gets the controllers it declares.
            std::unique_ptr<QObject> obj(component.beginCreate(engine.rootContext()));
            if (obj) {
                QVariantMap own;
                for (auto it = properties.begin(); it != properties.end(); ++it)
                    if (obj->metaObject()->indexOfProperty(it.key().toUtf8().constData()) >= 0)
                        own.insert(it.key(), it.value());
                component.setInitialProperties(obj.get(), own);
                component.completeCreate();
                if (component.isError())
                    obj.reset();
            }
            if (!obj) {
                for (const QQmlError &e : component.errors())
                    problems << e.toString();
            } else {
                // Let deferred bindings, layouts and a first frame happen.
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 300)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
        }
        std::printf("%s %s\n", problems.size() == before ? "ok  " : "FAIL", qPrintable(url.toString()));
    }
    qInstallMessageHandler(g_previousHandler);
    g_selfTestMessages = nullptr;

    for (const QString &p : std::as_const(problems))
        printErr(p);
    std::printf("self-test: %d QML files, %d pages instantiated, %d problems\n", int(files.size()), pages,
                int(problems.size()));
    std::fflush(stdout);
    return problems.isEmpty() && !files.isEmpty() ? 0 : 1;
}

/** Resident memory of this process now and at its peak, in MB (Linux). */
std::pair<double, double> residentMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return {rss, hwm};
}

/** For bench/: prints when the window first draws, and when it first draws
 *  with the catalog loaded, then exits. Times are from the start of runGui;
 *  the benchmark adds process start-up by timing the whole run. */
void reportFirstFrames(QQmlApplicationEngine &engine, AppController &controller, const QElapsedTimer &sinceStart)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    auto state = std::make_shared<int>(0);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&controller, &sinceStart, window, state] {
        if (*state == 0) {
            std::printf("first-frame %lld ms\n", qlonglong(sinceStart.elapsed()));
            *state = 1;
        }
        if (*state == 1 && controller.loaded()) {
            const auto mem = residentMemoryMb();
            std::printf("catalog-frame %lld ms entities %d rss %.1f MB peak %.1f MB\n", qlonglong(sinceStart.elapsed()),
                        controller.catalog()->rowCount(), mem.first, mem.second);
            std::fflush(stdout);
            *state = 2;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        } else {
            window->update(); // keep drawing until the catalog is in
        }
    });
}

} // namespace

int runGui(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // QApplication, not QGuiApplication: QtCharts views need the widgets one.
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium"));
    QCoreApplication::setOrganizationName(QStringLiteral("atrium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Atrium"));
    // The desktop file's name: Wayland compositors find the app's name and
    // icon through it. The icon theme's copy when installed, else the bundled one.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(about::kAppId));
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(about::kAppId), QIcon(QStringLiteral(":/icons/atrium.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Atrium, a desktop developer portal for Backstage catalogs."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the bundled demo organisation."));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Open the catalog cache FILE."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: ko or en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the view to FILE once loaded, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("The view to render: catalog, problems, welcome[:host|:backstage], tasks, sync, settings, about, insights, insights:KPI, docs, docs:REF[/PAGE], entity:REF, graph:REF, blast:REF, palette:QUERY or "
                                                 "filters:FIELD=VALUE,..."),
                                  QStringLiteral("VIEW"), QStringLiteral("catalog"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Read and save the sync configuration FILE (default: %1).")
                                        .arg(QDir::toNativeSeparators(SyncConfig::defaultPath())),
                                    QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 1360x840."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every QML page; exit non-zero on any QML error or warning."));
    const QCommandLineOption firstFrame(QStringLiteral("report-first-frame"),
                                        QStringLiteral("Print the time to the first frame and to the first frame with the catalog, then exit (for bench/)."));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Colours for this run: light, dark or system."),
                                   QStringLiteral("MODE"));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"),
                                       QStringLiteral("Text size for this run, from 1 to 2 (2: 200 %)."), QStringLiteral("FACTOR"));
    const QCommandLineOption texts(QStringLiteral("texts"),
                                   QStringLiteral("With --screenshot: also write the visible texts to FILE, one a line."),
                                   QStringLiteral("FILE"));
    parser.addOptions({demo, cache, lang, screenshot, view, size, selfTest, firstFrame, config, theme, fontScale, texts});
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(QStringLiteral("atrium: %1\nTry 'atrium help'.").arg(parser.errorText()));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("atrium: unknown command '%1'\nTry 'atrium help'.").arg(parser.positionalArguments().first()));
        return 2;
    }

    // Before any QML loads: qsTr() bindings are evaluated as views build.
    installTranslations(app, parser.value(lang));
    // Fusion, with control outlines that show on the dark theme (qml/AtriumStyle).
    QQuickStyle::setStyle(QStringLiteral("AtriumStyle"));

    if (parser.isSet(theme) && !ThemeController::isMode(parser.value(theme))) {
        printErr(QStringLiteral("atrium: bad --theme '%1' (light, dark or system)").arg(parser.value(theme)));
        return 2;
    }
    qreal scale = 0;
    if (parser.isSet(fontScale)) {
        bool ok = false;
        scale = parser.value(fontScale).toDouble(&ok);
        if (!ok || scale < ThemeController::kMinFontScale || scale > ThemeController::kMaxFontScale) {
            printErr(QStringLiteral("atrium: bad --font-scale '%1' (1 to 2)").arg(parser.value(fontScale)));
            return 2;
        }
    }

    if (parser.isSet(selfTest))
        return runSelfTest(parser.value(config));

    AppController controller;
    if (parser.isSet(screenshot))
        controller.setLinksEnabled(false);
    const QString cachePath = parser.isSet(cache) ? parser.value(cache) : CatalogStore::defaultPath();
    // No sync on a timer for the demo (it would pull the user's real
    // organisation into a throwaway catalog) or for the one-shot modes; a
    // screenshot shows when the next run would be.
    const auto schedule = parser.isSet(demo) || parser.isSet(firstFrame) ? Controllers::Schedule::Off
        : parser.isSet(screenshot)                                       ? Controllers::Schedule::Show
                                                                         : Controllers::Schedule::Run;
    const Controllers controllers(controller, parser.isSet(config) ? parser.value(config) : SyncConfig::defaultPath(),
                                  cachePath, schedule);
    if (parser.isSet(screenshot))
        controllers.sync->setLinksEnabled(false);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // TechDocs images, from the cache (qml/Docs).
    engine.addImageProvider(QLatin1String(DocsImageProvider::name), new DocsImageProvider(&controller));
    engine.setInitialProperties(controllers.properties(controller));
    const bool appearanceSet = applyAppearance(engine, parser.value(theme), scale);
    engine.load(QUrl(kMainQml));
    if (engine.rootObjects().isEmpty()) {
        printErr(QStringLiteral("atrium: the main window failed to load"));
        return 1;
    }
    if (!appearanceSet)
        applyAppearance(engine, parser.value(theme), scale);
    if (parser.isSet(firstFrame))
        reportFirstFrames(engine, controller, sinceStart);

    // The cache first, with no network: a sync comes later, on the schedule.
    if (parser.isSet(demo)) {
        controller.openDemo();
    } else {
        // A first run (no configuration, an empty cache) opens on the
        // welcome; not in the one-shot modes.
        if (!parser.isSet(screenshot) && !parser.isSet(firstFrame))
            controllers.welcome->offerOnFirstRun();
        controller.openCache(cachePath);
    }

    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (wh.size() != 2 || wh[0].toInt() <= 0 || wh[1].toInt() <= 0 || !window) {
            printErr(QStringLiteral("atrium: bad --size '%1' (expected WxH)").arg(parser.value(size)));
            return 2;
        }
        window->resize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(screenshot)) {
        const int rc = takeScreenshot(engine, controller, *controllers.sync, parser.value(view), parser.value(screenshot));
        if (parser.isSet(texts) && !writeVisibleTexts(engine, parser.value(texts))) {
            printErr(QStringLiteral("atrium: cannot write the visible texts to %1").arg(parser.value(texts)));
            return 1;
        }
        return rc;
    }
    // Back where the user left: the window's size and place, the section,
    // entity and filters (not in the one-shot modes above, and not the
    // view when the command line names one).
    ViewState viewState;
    if (!parser.isSet(firstFrame))
        viewState.attach(qobject_cast<QQuickWindow *>(engine.rootObjects().first()), &controller, !parser.isSet(view));
    return QCoreApplication::exec();
}

} // namespace atrium
