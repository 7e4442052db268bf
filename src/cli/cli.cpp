// SPDX-License-Identifier: Apache-2.0
#include "cli.h"
#include "cliargs.h"

#include "about/libraryversions.h"
#include "authcommands.h"
#include "backstagecommands.h"
#include "templatecommand.h"
#include "catalogloader.h"
#include "catalogstore.h"
#include "entityref.h"
#include "graph.h"
#include "importer.h"
#include "insightscommand.h"
#include "syncconfig.h"
#include "syncjob.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace atrium {

namespace {

const char *const kUsage =
    "Usage: atrium [COMMAND] [OPTIONS]\n"
    "\n"
    "Without a command, opens the desktop app:\n"
    "  atrium [--demo] [--cache FILE] [--lang CODE]\n"
    "  atrium --screenshot FILE [--view catalog|entity:REF] [--demo]\n"
    "  atrium --self-test\n"
    "\n"
    "Commands:\n"
    "  validate [--json] [--refs] PATH...        check Backstage descriptor files or folders\n"
    "  catalog import [--cache FILE] PATH...      load files or folders into the cache\n"
    "  catalog list [--cache FILE] [--kind K] [--owner REF] [--json]\n"
    "  catalog show [--cache FILE] REF [--json]\n"
    "  catalog deps [--cache FILE] REF [--reverse] [--depth N] [--owners] [--json|--dot]\n"
    "                                             --reverse: the blast radius; --owners: who to notify\n"
    "  sync [--config FILE] [--cache FILE] [--token-env VAR] [--repo ORG/NAME] [--quiet]\n"
    "                                             read the configured GitHub organisations, folders and\n"
    "                                             Backstage backends (atrium.backstage);\n"
    "                                             --repo re-checks one repository with conditional requests\n"
    "  auth login [--host H] [--api-base-url URL] [--client-id ID] [--scopes repo,read:org,workflow] [--with-token]\n"
    "                                             sign in to GitHub (device flow, or a token on standard input);\n"
    "                                             the token is kept in the system keychain\n"
    "  auth status [--host H] [--api-base-url URL] [--token-env VAR]\n"
    "  auth logout [--host H]\n"
    "  auth login|status|logout --backstage URL [--with-token]\n"
    "                                             a Backstage backend's token (from standard input)\n"
    "  insights [--json] [--from DATE] [--to DATE] [--import-tasks FILE] [--import-survey FILE --score-column C] [--refresh]\n"
    "                                             platform KPIs and DORA metrics against their targets\n"
    "  template list [--cache FILE]                the Software Templates in the cache\n"
    "  template run REF|PATH --values FILE.json|yaml [--dry-run] [--cache FILE] [--config FILE]\n"
    "               [--token-env VAR] [--workspace DIR]\n"
    "                                             run a template; --dry-run shows the files it would create;\n"
    "                                             a template from a Backstage backend runs there\n"
    "  template tasks [--config FILE] [--backstage NAME] [--created-by REF | --all]\n"
    "                                             your past tasks on the configured Backstage backends\n"
    "  version, --version                         print the version and those of the libraries\n"
    "\n"
    "validate exits 0 when there is no error, 1 when there is one, 2 on a usage error.\n"
    "The cache is $ATRIUM_CACHE, else the file under your XDG data folder.\n";


QString displayPath(const QString &path)
{
    if (path.contains(u"://"))
        return path;
    const QString cwd = QDir::currentPath();
    if (path.startsWith(cwd + u'/'))
        return path.mid(cwd.size() + 1);
    return path;
}

/** Messages name other files too ("already defined at ..."): show those
 *  relative to the current folder as well, so output is the same on every
 *  checkout. */
QString displayMessage(const QString &message)
{
    QString m = message;
    return m.replace(QDir::currentPath() + u'/', QString());
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    QJsonObject o{{QStringLiteral("file"), displayPath(d.file)},
                  {QStringLiteral("line"), d.line},
                  {QStringLiteral("column"), d.column},
                  {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                  {QStringLiteral("message"), displayMessage(d.message)}};
    if (!d.entityRef.isEmpty())
        o.insert(QStringLiteral("entityRef"), d.entityRef);
    return o;
}

void printDiagnostics(const Diagnostics &diags, QTextStream &out)
{
    for (const auto &d : diags) {
        Diagnostic shown = d;
        shown.file = displayPath(d.file);
        shown.message = displayMessage(d.message);
        out << shown.toString() << '\n';
    }
}

int usageError(QTextStream &err, const QString &msg)
{
    err << "atrium: " << msg << "\n" << "Try 'atrium help' for usage.\n";
    return 2;
}

bool openStore(CatalogStore &store, const Args &a, QTextStream &err, bool mustExist)
{
    const QString path = a.values.value(QStringLiteral("--cache"), CatalogStore::defaultPath());
    if (mustExist && !QFileInfo::exists(path)) {
        err << "atrium: no catalog cache at " << path << "; run 'atrium catalog import PATH' or 'atrium sync' first\n";
        return false;
    }
    QString error;
    if (!store.open(path, &error)) {
        err << "atrium: cannot open the cache " << path << ": " << error << '\n';
        return false;
    }
    return true;
}

void writeJson(QTextStream &out, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int cmdValidate(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--json"), QStringLiteral("--refs")}, {});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (a.positional.isEmpty())
        return usageError(err, QStringLiteral("validate needs at least one file or folder"));
    for (const QString &p : a.positional)
        if (!QFileInfo::exists(p))
            return usageError(err, QStringLiteral("%1: no such file or folder").arg(p));
    LoadOptions opt;
    opt.checkReferences = a.flags.contains(QStringLiteral("--refs"));
    const LoadResult r = CatalogLoader(opt).load(a.positional);
    if (a.flags.contains(QStringLiteral("--json"))) {
        QJsonArray problems;
        for (const auto &d : r.diagnostics)
            problems.append(diagnosticJson(d));
        writeJson(out, QJsonObject{{QStringLiteral("files"), r.stats.files},
                                   {QStringLiteral("entities"), int(r.entities.size())},
                                   {QStringLiteral("errors"), r.errorCount()},
                                   {QStringLiteral("warnings"), r.warningCount()},
                                   {QStringLiteral("problems"), problems}});
    } else {
        printDiagnostics(r.diagnostics, out);
        err << QStringLiteral("%1 file(s), %2 valid entit%3: %4 error(s), %5 warning(s)\n")
                   .arg(r.stats.files)
                   .arg(r.entities.size())
                   .arg(r.entities.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                   .arg(r.errorCount())
                   .arg(r.warningCount());
    }
    return r.errorCount() > 0 ? 1 : 0;
}

int cmdImport(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--quiet")}, {QStringLiteral("--cache"), QStringLiteral("--source")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (a.positional.isEmpty())
        return usageError(err, QStringLiteral("catalog import needs at least one file or folder"));
    QStringList roots;
    for (const QString &p : a.positional) {
        if (!QFileInfo::exists(p))
            return usageError(err, QStringLiteral("%1: no such file or folder").arg(p));
        roots << QFileInfo(p).absoluteFilePath();
    }
    QElapsedTimer timer;
    timer.start();
    SourceInfo src;
    // The same paths imported again replace what they imported before.
    src.id = a.values.value(QStringLiteral("--source"), QStringLiteral("file:") + roots.join(u';'));
    src.kind = QStringLiteral("file");
    src.location = roots.join(u';');
    CatalogStore store;
    if (!openStore(store, a, err, false))
        return 1;
    LoadResult r;
    QString error;
    if (!importIntoStore(store, src, roots, LoadOptions{}, &r, &error)) {
        err << "atrium: writing the cache failed, the previous catalog is unchanged: " << error << '\n';
        return 1;
    }
    const qint64 loadMs = r.stats.elapsedMs;
    const qint64 totalMs = timer.elapsed();
    if (!a.flags.contains(QStringLiteral("--quiet")))
        printDiagnostics(r.diagnostics, err);
    const double secs = std::max<qint64>(totalMs, 1) / 1000.0;
    out << QStringLiteral("Imported %1 entities from %2 files into %3\n")
               .arg(r.entities.size())
               .arg(r.stats.files)
               .arg(store.path());
    out << QStringLiteral("%1 errors, %2 warnings; %3 s (files read and checked in %4 ms, the cache written alongside), %5 entities/s\n")
               .arg(r.errorCount())
               .arg(r.warningCount())
               .arg(secs, 0, 'f', 2)
               .arg(loadMs)
               .arg(qint64(r.entities.size() / secs));
    return r.errorCount() > 0 ? 1 : 0;
}

QString column(const QString &s, int width)
{
    return s.leftJustified(width, u' ', false);
}

int cmdList(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--json")},
                               {QStringLiteral("--cache"), QStringLiteral("--kind"), QStringLiteral("--owner")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, QStringLiteral("catalog list takes no arguments, only options"));
    CatalogStore store;
    if (!openStore(store, a, err, true))
        return 1;
    EntityQuery q;
    q.kind = a.values.value(QStringLiteral("--kind"));
    if (a.values.contains(QStringLiteral("--owner"))) {
        QString e;
        const auto ref = EntityRef::parse(a.values.value(QStringLiteral("--owner")), u"group", u"default", &e);
        if (!ref)
            return usageError(err, QStringLiteral("--owner: %1").arg(e));
        q.owner = ref->toString();
    }
    const QList<Entity> list = store.entities(q);
    if (a.flags.contains(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const auto &e : list)
            arr.append(e.toJson());
        writeJson(out, arr);
        return 0;
    }
    int w = 3, wo = 5, wt = 4;
    for (const auto &e : list) {
        w = std::max(w, int(e.ref().size()));
        wo = std::max(wo, int(e.owner.size()));
        wt = std::max(wt, int(e.type.size()));
    }
    w = std::min(w, 70);
    wo = std::min(wo, 50);
    wt = std::min(wt, 20);
    out << column(QStringLiteral("REF"), w) << "  " << column(QStringLiteral("OWNER"), wo) << "  "
        << column(QStringLiteral("TYPE"), wt) << "  " << QStringLiteral("LIFECYCLE") << '\n';
    for (const auto &e : list)
        out << column(e.ref(), w) << "  " << column(e.owner, wo) << "  " << column(e.type, wt) << "  " << e.lifecycle << '\n';
    err << list.size() << " entities\n";
    return 0;
}

std::optional<Entity> findEntity(CatalogStore &store, const QString &text, QTextStream &err)
{
    QString e;
    if (!EntityRef::parse(text, u"component", u"default", &e)) {
        usageError(err, e);
        return std::nullopt;
    }
    auto found = store.entity(text);
    if (!found)
        err << "atrium: no entity " << EntityRef::parse(text, u"component", u"default")->toString() << " in the cache\n";
    return found;
}

int cmdShow(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--json")}, {QStringLiteral("--cache")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (a.positional.size() != 1)
        return usageError(err, QStringLiteral("catalog show needs one entity reference"));
    CatalogStore store;
    if (!openStore(store, a, err, true))
        return 1;
    const auto e = findEntity(store, a.positional.first(), err);
    if (!e)
        return 1;
    if (a.flags.contains(QStringLiteral("--json"))) {
        writeJson(out, e->toJson());
        return 0;
    }
    out << e->ref() << '\n';
    if (!e->title.isEmpty())
        out << "  title:       " << e->title << '\n';
    if (!e->description.isEmpty())
        out << "  description: " << e->description << '\n';
    if (!e->type.isEmpty())
        out << "  type:        " << e->type << '\n';
    if (!e->lifecycle.isEmpty())
        out << "  lifecycle:   " << e->lifecycle << '\n';
    if (!e->owner.isEmpty())
        out << "  owner:       " << e->owner << '\n';
    if (!e->system.isEmpty())
        out << "  system:      " << e->system << '\n';
    if (!e->tags.isEmpty())
        out << "  tags:        " << e->tags.join(QStringLiteral(", ")) << '\n';
    out << "  file:        " << displayPath(e->file) << ':' << e->line << '\n';
    if (!e->relations.isEmpty()) {
        out << "relations:\n";
        QList<Relation> rels = e->relations;
        std::sort(rels.begin(), rels.end(), [](const Relation &x, const Relation &y) {
            return x.type != y.type ? x.type < y.type : x.targetRef < y.targetRef;
        });
        for (const auto &r : rels)
            out << "  " << column(r.type, 14) << ' ' << r.targetRef << '\n';
    }
    const Diagnostics problems = store.diagnostics({}, e->ref());
    if (!problems.isEmpty()) {
        out << "problems:\n";
        for (const auto &d : problems)
            out << "  " << Diagnostic::severityName(d.severity) << ": " << d.message << '\n';
    }
    return 0;
}

int cmdDeps(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--json"), QStringLiteral("--dot"), QStringLiteral("--reverse"),
                                      QStringLiteral("--owners")},
                               {QStringLiteral("--cache"), QStringLiteral("--depth")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (a.positional.size() != 1)
        return usageError(err, QStringLiteral("catalog deps needs one entity reference"));
    if (a.flags.contains(QStringLiteral("--json")) && a.flags.contains(QStringLiteral("--dot")))
        return usageError(err, QStringLiteral("--json and --dot cannot be combined"));
    int depth = -1;
    if (a.values.contains(QStringLiteral("--depth"))) {
        bool ok = false;
        depth = a.values.value(QStringLiteral("--depth")).toInt(&ok);
        if (!ok || depth < 1)
            return usageError(err, QStringLiteral("--depth needs a whole number of at least 1"));
    }
    CatalogStore store;
    if (!openStore(store, a, err, true))
        return 1;
    const auto e = findEntity(store, a.positional.first(), err);
    if (!e)
        return 1;
    CatalogGraph graph;
    store.forEachRelation([&](const QString &f, const QString &t, const QString &to) { graph.addRelation(f, t, to); });
    graph.finish();
    const bool reverse = a.flags.contains(QStringLiteral("--reverse"));
    const QList<GraphHit> hits = graph.walk(e->ref(), reverse ? CatalogGraph::Direction::Dependents
                                                              : CatalogGraph::Direction::Dependencies, depth);
    if (a.flags.contains(QStringLiteral("--owners"))) {
        if (a.flags.contains(QStringLiteral("--dot")))
            return usageError(err, QStringLiteral("--owners and --dot cannot be combined"));
        const QList<OwnerImpact> owners = groupByOwner(hits, [&](const QString &ref) { return store.entity(ref); });
        if (a.flags.contains(QStringLiteral("--json"))) {
            QJsonArray arr;
            for (const OwnerImpact &o : owners)
                arr.append(QJsonObject{{QStringLiteral("owner"), o.owner},
                                       {QStringLiteral("count"), int(o.entities.size())},
                                       {QStringLiteral("entities"), QJsonArray::fromStringList(o.entities)},
                                       {QStringLiteral("displayName"), o.displayName},
                                       {QStringLiteral("email"), o.email},
                                       {QStringLiteral("memberEmails"), QJsonArray::fromStringList(o.memberEmails)}});
            writeJson(out, arr);
            return 0;
        }
        out << QStringLiteral("%1 entities %2 %3; owners to notify:\n")
                   .arg(hits.size())
                   .arg(reverse ? QStringLiteral("depend on") : QStringLiteral("are dependencies of"), e->ref());
        for (const OwnerImpact &o : owners) {
            QString contact = o.email.isEmpty() ? o.memberEmails.join(QStringLiteral(", ")) : o.email;
            if (!o.displayName.isEmpty())
                contact = contact.isEmpty() ? o.displayName : QStringLiteral("%1 <%2>").arg(o.displayName, contact);
            if (!o.owner.isEmpty() && !o.inCatalog)
                contact = QStringLiteral("(not in the catalog)");
            out << QStringLiteral("  %1  %2  %3\n")
                       .arg(column(o.owner.isEmpty() ? QStringLiteral("(no owner)") : o.owner, 34))
                       .arg(o.entities.size(), 4)
                       .arg(contact);
        }
        return 0;
    }
    if (a.flags.contains(QStringLiteral("--json"))) {
        QJsonArray arr;
        for (const auto &h : hits)
            arr.append(QJsonObject{{QStringLiteral("ref"), h.ref},
                                   {QStringLiteral("depth"), h.depth},
                                   {QStringLiteral("via"), h.via},
                                   {QStringLiteral("from"), h.from}});
        writeJson(out, arr);
        return 0;
    }
    if (a.flags.contains(QStringLiteral("--dot"))) {
        out << "digraph \"" << e->ref() << "\" {\n  rankdir=LR;\n  node [shape=box];\n";
        out << "  \"" << e->ref() << "\" [style=bold];\n";
        for (const auto &h : hits)
            out << "  \"" << h.from << "\" -> \"" << h.ref << "\" [label=\"" << h.via << "\"];\n";
        out << "}\n";
        return 0;
    }
    out << e->ref() << '\n';
    for (const auto &h : hits)
        out << QString(h.depth * 2, u' ') << h.ref << "  (" << h.via << " from " << h.from << ")\n";
    err << hits.size() << (reverse ? " dependents" : " dependencies") << '\n';
    return 0;
}

int cmdSync(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--quiet")},
                               {QStringLiteral("--cache"), QStringLiteral("--config"), QStringLiteral("--token-env"),
                                QStringLiteral("--repo")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, QStringLiteral("sync takes no arguments, only options"));
    const QString configPath = a.values.value(QStringLiteral("--config"), SyncConfig::defaultPath());
    if (!QFileInfo::exists(configPath)) {
        err << "atrium: no configuration at " << configPath
            << "; write one (see README.md, the shape of Backstage's integrations.github and catalog.providers.github) or pass --config FILE\n";
        return 2;
    }
    Diagnostics problems;
    const SyncConfig config = SyncConfig::load(configPath, &problems);
    printDiagnostics(problems, err);
    if (countErrors(problems) > 0) {
        err << "atrium: the configuration has errors; nothing was synced\n";
        return 1;
    }
    SyncJob::Options options;
    // Each host's token: --token-env VAR, then ATRIUM_GITHUB_TOKEN, then the
    // keychain (atrium auth login). All are looked up before anything runs.
    QHash<QString, QByteArray> tokens;
    for (const GitHubProvider &p : config.providers) {
        if (tokens.contains(p.host))
            continue;
        const TokenStore::Result t = TokenStore().tokenFor(p.host, a.values.value(QStringLiteral("--token-env")));
        if (!t.ok || t.token.isEmpty()) {
            err << "atrium: no GitHub token for " << p.host << ": "
                << (t.error.isEmpty() ? QStringLiteral("sign in with 'atrium auth login --host %1', or pass --token-env VAR naming an "
                                                       "environment variable that holds one (scopes repo and read:org)").arg(p.host)
                                      : t.error)
                << '\n';
            return 2;
        }
        tokens.insert(p.host, t.token);
    }
    options.tokenForHost = [tokens](const QString &host) { return tokens.value(host); };
    // Backstage backends: ATRIUM_BACKSTAGE_TOKEN, else the keychain (atrium
    // auth login --backstage URL --with-token), else none (guest access).
    QHash<QString, QByteArray> backstageTokens;
    for (const BackstageSource &b : config.backstage) {
        const TokenStore::Result t = TokenStore().backstageTokenFor(b.baseUrl);
        if (!t.ok) {
            err << "atrium: " << QCoreApplication::translate("BackstageCommands", "no token for the Backstage backend %1: %2").arg(b.baseUrl.toString(), t.error) << '\n';
            return 2;
        }
        backstageTokens.insert(b.baseUrl.toString(), t.token);
    }
    options.backstageToken = [backstageTokens](const QUrl &url) { return backstageTokens.value(url.toString()); };
    const bool quiet = a.flags.contains(QStringLiteral("--quiet"));
    int lastPercent = -1;
    options.progress = [&](int done, int total, const QString &what) {
        if (quiet || total <= 0)
            return;
        const int percent = done * 100 / total;
        if (percent / 10 != lastPercent / 10) {
            err << QStringLiteral("  %1/%2 repositories (%3)\n").arg(done).arg(total).arg(what);
            err.flush();
            lastPercent = percent;
        }
    };
    options.waiting = [&](const QString &why, const QDateTime &) {
        err << why << '\n';
        err.flush();
    };
    CatalogStore store;
    if (!openStore(store, a, err, false))
        return 1;
    const bool one = a.values.contains(QStringLiteral("--repo"));
    const SyncReport r = one ? SyncJob(config, options).refreshRepository(store, a.values.value(QStringLiteral("--repo")))
                             : SyncJob(config, options).run(store);
    for (const RepoProblem &p : r.problems)
        err << (p.slow ? "slow: " : "failed: ") << p.repository << ": " << p.message << (p.url.isEmpty() ? QString() : QStringLiteral(" (") + p.url + u')') << '\n';
    if (!r.ok()) {
        err << "atrium: " << (r.cancelled ? QStringLiteral("sync cancelled") : r.fatal) << "\nThe previous catalog is unchanged.\n";
        return 1;
    }
    out << QStringLiteral("Repositories: %1 seen, %2 matched, %3 read, %4 unchanged, %5 without a catalog file, %6 failed, %7 removed\n")
               .arg(r.reposSeen).arg(r.reposMatched).arg(r.reposRead).arg(r.reposUnchanged)
               .arg(r.reposWithoutCatalog).arg(r.reposFailed).arg(r.reposRemoved);
    if (r.localSources)
        out << QStringLiteral("Local folders: %1\n").arg(r.localSources);
    out << QStringLiteral("Entities written: %1; %2 errors, %3 warnings\n").arg(r.entities).arg(r.errors).arg(r.warnings);
    if (one && r.reposUnchanged)
        out << QStringLiteral("Unchanged: every file answered 304 Not Modified\n");
    out << QStringLiteral("Requests: %1 GraphQL, %2 REST, %3 not modified (304), %4 retries\n")
               .arg(r.requests.graphqlRequests).arg(r.requests.restRequests).arg(r.requests.notModified).arg(r.requests.retries);
    if (r.graphqlLimit.isValid())
        out << QStringLiteral("Rate limit left: %1 of %2 GraphQL points, resets %3\n")
                   .arg(r.graphqlLimit.remaining).arg(r.graphqlLimit.limit)
                   .arg(r.graphqlLimit.reset.toUTC().toString(Qt::ISODate));
    printBackstageReports(r.backstage, out, err);
    out << QStringLiteral("Time: %1 s\n").arg(r.elapsedMs / 1000.0, 0, 'f', 2);
    const bool backstageFailed = std::any_of(r.backstage.cbegin(), r.backstage.cend(), [](const BackstageSyncReport &b) { return !b.ok(); });
    return r.reposFailed > 0 || r.errors > 0 || backstageFailed ? 1 : 0;
}

} // namespace

bool isCliCommand(const QStringList &args)
{
    static const QStringList commands{QStringLiteral("validate"), QStringLiteral("catalog"), QStringLiteral("help"),
                                      QStringLiteral("sync"), QStringLiteral("auth"), QStringLiteral("insights"), QStringLiteral("template"), QStringLiteral("--help"),   QStringLiteral("-h"),      QStringLiteral("version"),
                                      QStringLiteral("--version")};
    return !args.isEmpty() && commands.contains(args.first());
}

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usageError(err, QStringLiteral("no command"));
    const QString cmd = args.first();
    const QStringList rest = args.mid(1);
    if (cmd == u"help" || cmd == u"--help" || cmd == u"-h") {
        out << kUsage;
        return 0;
    }
    if (cmd == u"version" || cmd == u"--version") {
        out << about::versionReport();
        return 0;
    }
    if (cmd == u"validate")
        return cmdValidate(rest, out, err);
    if (cmd == u"sync")
        return cmdSync(rest, out, err);
    if (cmd == u"auth")
        return cmdAuth(rest, out, err);
    if (cmd == u"insights")
        return cmdInsights(rest, out, err);
    if (cmd == u"template")
        return cmdTemplate(rest, out, err);
    if (cmd == u"catalog") {
        if (rest.isEmpty())
            return usageError(err, QStringLiteral("catalog needs a subcommand: import, list, show or deps"));
        const QString sub = rest.first();
        const QStringList subArgs = rest.mid(1);
        if (sub == u"import")
            return cmdImport(subArgs, out, err);
        if (sub == u"list")
            return cmdList(subArgs, out, err);
        if (sub == u"show")
            return cmdShow(subArgs, out, err);
        if (sub == u"deps")
            return cmdDeps(subArgs, out, err);
        return usageError(err, QStringLiteral("unknown catalog subcommand \"%1\"").arg(sub));
    }
    return usageError(err, QStringLiteral("unknown command \"%1\"").arg(cmd));
}

} // namespace atrium
