// SPDX-License-Identifier: Apache-2.0
#include "syncjob.h"

#include "catalogloader.h"
#include "catalogstore.h"
#include "contentsource.h"
#include "docsimport.h"
#include "docsstore.h"
#include "markdownrenderer.h"
#include "mkdocssite.h"
#include "searchindex.h"
#include "tokenstore.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace atrium {

Q_LOGGING_CATEGORY(lcSync, "atrium.sync")

namespace {

struct Repo {
    QString name;
    bool archived = false;
    QString visibility;
    QStringList topics;
    QString branch;
    QString oid;
    QString url;
    // filled while reading
    QString sourceId;
    QString catalogUrl;
    bool hasCatalog = true;
    QString failure;
    qint64 loadMs = 0;
    QList<SourceFile> files;
};

/** A GraphQL string literal (its escapes are JSON's). */
QString literal(const QString &s)
{
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString stripSlash(QString path)
{
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

/** `$text`/`$json`/`$yaml` targets and Location targets in a parsed file. */
void collectTargets(const QJsonValue &v, QStringList &out)
{
    if (v.isArray()) {
        for (const auto &x : v.toArray())
            collectTargets(x, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.size() == 1) {
        const QString k = o.begin().key();
        if ((k == u"$text" || k == u"$json" || k == u"$yaml") && o.begin().value().isString()) {
            out << o.begin().value().toString();
            return;
        }
    }
    if (o.value(u"kind").toString().compare(u"location", Qt::CaseInsensitive) == 0) {
        const QJsonObject spec = o.value(u"spec").toObject();
        if (spec.value(u"target").isString())
            out << spec.value(u"target").toString();
        for (const auto &t : spec.value(u"targets").toArray())
            if (t.isString())
                out << t.toString();
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collectTargets(it.value(), out);
}

/** A file's address on GitHub; also the key sync reads it under. */
QString blobUrl(const QString &host, const QString &org, const QString &repo, const QString &branch, const QString &path = {})
{
    return QStringLiteral("https://%1/%2/%3/blob/%4/%5").arg(host, org, repo, branch, path);
}

bool fatalKind(GitHubError::Kind k)
{
    switch (k) {
    case GitHubError::Unauthorized:
    case GitHubError::SsoRequired:
    case GitHubError::Permission:
    case GitHubError::Forbidden:
    case GitHubError::RateLimited:
    case GitHubError::Tls:
    case GitHubError::Cancelled:
        return true;
    default:
        return false;
    }
}

void addStats(GitHubStats &a, const GitHubStats &b)
{
    a.graphqlRequests += b.graphqlRequests;
    a.restRequests += b.restRequests;
    a.webRequests += b.webRequests;
    a.notModified += b.notModified;
    a.retries += b.retries;
    a.rateLimitWaits += b.rateLimitWaits;
    a.secondaryWaits += b.secondaryWaits;
    a.waitedMs += b.waitedMs;
    a.failures += b.failures;
}

/** The TechDocs site of one synced entity, read during sync. */
struct DocSite {
    QString entityRef;
    QString repository;          ///< org/repo whose entity it is, for problems
    QString owner, repo, branch; ///< where the site lives (a url: ref may name another repository)
    QString dir;                 ///< repository-relative folder of mkdocs.yml, with a trailing '/', or empty
    QString mkdocsUrl;
    QStringList known;           ///< blob URLs of the files listed under the docs folder
    QSet<QString> listed;        ///< folders listed already
    bool hasConfig = false;
    docs::Site site;
};

/** One alias of a batched docs read: a file's text or a folder's entries. */
struct DocRead {
    int site = -1;
    QString path; ///< repository-relative
    bool tree = false;
};

/** Stores the docs read by a sync, after its catalog was written: each
 *  site in its own transaction, so that docs never cost the catalog.
 *  Entities read again without docs lose theirs; local folders' entities
 *  are stored as a local import stores them. Then the search index follows. */
void storeDocs(CatalogStore &store, const QList<SourceUpdate> &updates, const QList<DocSite> &sites,
               const MemoryContentSource &mem, const QSet<QString> &docsRead, SyncReport &report)
{
    docs::DocsStore docsStore(store);
    QSet<QString> withDocs;
    for (const DocSite &d : sites) {
        withDocs.insert(d.entityRef);
        if (!d.hasConfig) {
            report.problems << RepoProblem{d.repository, d.mkdocsUrl,
                                           QCoreApplication::translate("SyncJob", "The docs of %1 have no mkdocs.yml at %2")
                                               .arg(d.entityRef, d.mkdocsUrl),
                                           false};
            continue;
        }
        QString why;
        if (!docsStore.storeSite(d.entityRef, d.site, mem, &why))
            report.problems << RepoProblem{d.repository, d.mkdocsUrl, why, false};
    }
    const QStringList storedList = docsStore.entityRefs();
    const QSet<QString> stored(storedList.cbegin(), storedList.cend());
    QList<Entity> local;
    for (const SourceUpdate &u : updates) {
        if (u.info.kind == u"file") {
            local += u.entities;
            continue;
        }
        if (!docsRead.contains(u.info.id))
            continue;
        for (const Entity &e : u.entities)
            if (stored.contains(e.ref()) && !withDocs.contains(e.ref()))
                docsStore.removeSite(e.ref());
    }
    QString why;
    const bool ok = local.isEmpty() ? docs::SearchIndex(store).rebuildEntities(&why)
                                    : docs::storeLocalDocs(store, local, LocalContentSource(), nullptr, &why);
    if (!ok)
        qCWarning(lcSync) << "docs or search index not updated:" << why;
    qCInfo(lcSync) << "docs stored:" << sites.size() << "sites";
}

/** The TechDocs sites of @p entities, read from @p org/@p repo at @p branch:
 *  `dir:` refs in this repository, `url:` refs in another one on the same
 *  host. Other hosts and broken refs become problems. */
QList<DocSite> collectDocSites(const QList<Entity> &entities, const ContentSource &mem, const QString &host,
                               const QString &org, const QString &repo, const QString &branch,
                               QList<RepoProblem> &problems)
{
    QList<DocSite> out;
    const QString repoName = org + u'/' + repo;
    for (const Entity &e : entities) {
        const docs::TechDocsRef where = docs::resolveTechDocsRef(e, mem);
        if (where.kind == docs::TechDocsRef::Kind::None)
            continue;
        if (where.kind == docs::TechDocsRef::Kind::Invalid) {
            problems << RepoProblem{repoName, e.file, where.error, false};
            continue;
        }
        DocSite d;
        d.entityRef = e.ref();
        d.repository = repoName;
        if (where.kind == docs::TechDocsRef::Kind::Dir) {
            const QString repoPrefix = blobUrl(host, org, repo, branch);
            if (!where.mkdocsLocation.startsWith(repoPrefix))
                continue;
            d.owner = org;
            d.repo = repo;
            d.branch = branch;
            d.mkdocsUrl = where.mkdocsLocation;
            d.dir = where.mkdocsLocation.mid(repoPrefix.size()).section(u'/', 0, -2);
        } else if (where.host.compare(host, Qt::CaseInsensitive) == 0) {
            d.owner = where.owner;
            d.repo = where.repo;
            d.branch = where.ref;
            d.dir = stripSlash(where.path);
            while (d.dir.endsWith(u'/'))
                d.dir.chop(1);
            d.mkdocsUrl = blobUrl(host, d.owner, d.repo, d.branch,
                                  d.dir.isEmpty() ? QStringLiteral("mkdocs.yml") : d.dir + QStringLiteral("/mkdocs.yml"));
        } else {
            problems << RepoProblem{repoName, e.file,
                                    QCoreApplication::translate("SyncJob", "The docs of %1 are on %2, which this sync does not read (%3)")
                                        .arg(d.entityRef, where.host, where.annotation),
                                    false};
            continue;
        }
        if (!d.dir.isEmpty() && !d.dir.endsWith(u'/'))
            d.dir += u'/';
        out << d;
    }
    return out;
}

/** Reads TechDocs sites from GitHub into a MemoryContentSource: mkdocs.yml
 *  and the docs folder's listing, then subfolders, then the pages, each
 *  round batched in GraphQL like the catalog files; then the pages' images
 *  one REST read each, because GraphQL returns no binary content. */
struct DocsReader {
    GitHubClient &client;
    QString host;
    int filesPerRequest = 50;
    int maxRounds = 8;
    std::function<bool()> cancelled;
    MemoryContentSource &mem;
    /** Images read per sync at most: each costs a request of the core budget. */
    int maxImages = 300;
    /** GitHub's contents API returns content only for files up to 1 MB. */
    qint64 maxImageBytes = 1024 * 1024;

    bool readBatch(QList<DocSite> &sites, const QList<DocRead> &wants)
    {
        for (qsizetype start = 0; start < wants.size(); start += filesPerRequest) {
            if (cancelled())
                return false;
            const QList<DocRead> chunk = wants.mid(start, filesPerRequest);
            QString q = QStringLiteral("query AtriumDocs {");
            for (int k = 0; k < chunk.size(); ++k) {
                const DocSite &d = sites[chunk[k].site];
                q += QStringLiteral(" f%1: repository(owner: %2, name: %3) { object(expression: %4) { ... on Blob { text byteSize isBinary } ... on Tree { entries { path type } } } }")
                         .arg(k)
                         .arg(literal(d.owner), literal(d.repo), literal(d.branch + u':' + chunk[k].path));
            }
            q += QStringLiteral(" }");
            const GitHubResponse resp = client.graphql(q, {}, QStringLiteral("AtriumDocs"));
            if (!resp.ok() && fatalKind(resp.error.kind))
                return false;
            const QJsonObject data = resp.data();
            for (int k = 0; k < chunk.size(); ++k) {
                DocSite &d = sites[chunk[k].site];
                const QJsonObject object = data.value(QStringLiteral("f%1").arg(k)).toObject().value(u"object").toObject();
                if (object.isEmpty())
                    continue; // missing: Site::load and DocsStore say where
                if (chunk[k].tree) {
                    for (const auto &entry : object.value(u"entries").toArray()) {
                        const QJsonObject en = entry.toObject();
                        const QString path = en.value(u"path").toString();
                        if (en.value(u"type").toString() == u"tree")
                            d.listed.insert(QStringLiteral("?") + path); // to list next round
                        else
                            d.known << blobUrl(host, d.owner, d.repo, d.branch, path);
                    }
                    continue;
                }
                if (object.value(u"isBinary").toBool() || object.value(u"text").isNull())
                    continue;
                mem.insert(blobUrl(host, d.owner, d.repo, d.branch, chunk[k].path), object.value(u"text").toString().toUtf8());
                if (chunk[k].path == d.dir + QStringLiteral("mkdocs.yml"))
                    d.hasConfig = true;
            }
        }
        return true;
    }

    /** The images the pages of sites[first..] show, from their repository. */
    bool readImages(QList<DocSite> &sites, int first)
    {
        int budget = maxImages;
        for (int i = first; i < sites.size(); ++i) {
            DocSite &d = sites[i];
            if (!d.hasConfig)
                continue;
            const QString prefix = blobUrl(host, d.owner, d.repo, d.branch);
            const QSet<QString> known(d.known.cbegin(), d.known.cend());
            QStringList wanted;
            for (const QString &page : d.site.pages()) {
                QByteArray markdown;
                if (!mem.read(d.site.pageLocation(page), 8 * 1024 * 1024, &markdown, nullptr))
                    continue;
                for (const QString &asset : docs::renderPage(QString::fromUtf8(markdown), page, d.site).assets) {
                    const QString url = d.site.assetLocation(asset);
                    // Only files the docs folder's listing showed: no requests for guesses.
                    if (url.startsWith(prefix) && known.contains(url) && !mem.contains(url) && !wanted.contains(url))
                        wanted << url;
                }
            }
            for (const QString &url : std::as_const(wanted)) {
                if (cancelled())
                    return false;
                if (budget-- <= 0)
                    return true; // the rest are reported missing by DocsStore
                const QString path = url.mid(prefix.size());
                const GitHubResponse resp = client.get(QStringLiteral("repos/%1/%2/contents/%3?ref=%4")
                                                           .arg(d.owner, d.repo, path, d.branch));
                if (!resp.ok()) {
                    if (fatalKind(resp.error.kind))
                        return false;
                    continue; // DocsStore names the image it could not keep
                }
                const QJsonObject file = resp.json.object();
                if (file.value(u"encoding").toString() != u"base64" || file.value(u"size").toInteger() > maxImageBytes)
                    continue;
                mem.insert(url, QByteArray::fromBase64(file.value(u"content").toString().toLatin1()));
            }
        }
        return true;
    }

    /** Reads sites[first..]; false when GitHub failed for good or the sync was cancelled. */
    bool read(QList<DocSite> &sites, int first)
    {
        // Round 1: each site's mkdocs.yml and its docs folder (the usual `docs`).
        QList<DocRead> wants;
        for (int i = first; i < sites.size(); ++i) {
            DocSite &d = sites[i];
            wants << DocRead{i, d.dir + QStringLiteral("mkdocs.yml"), false} << DocRead{i, d.dir + QStringLiteral("docs"), true};
            d.listed.insert(d.dir + QStringLiteral("docs"));
        }
        bool ok = readBatch(sites, wants);
        // Then subfolders (and a docs_dir other than `docs`), a level a round.
        for (int round = 0; ok && round < maxRounds; ++round) {
            wants.clear();
            for (int i = first; i < sites.size(); ++i) {
                DocSite &d = sites[i];
                if (!d.hasConfig)
                    continue;
                QStringList folders;
                if (round == 0) {
                    const docs::Site config = docs::Site::load(mem, d.mkdocsUrl, d.known);
                    const QString docsDir = config.docsDir() == u"." ? d.dir.chopped(d.dir.isEmpty() ? 0 : 1) : d.dir + config.docsDir();
                    if (!d.listed.contains(docsDir))
                        folders << docsDir;
                }
                for (const QString &l : QStringList(d.listed.cbegin(), d.listed.cend()))
                    if (l.startsWith(u'?')) {
                        d.listed.remove(l);
                        folders << l.mid(1);
                    }
                for (const QString &f : std::as_const(folders)) {
                    if (d.listed.contains(f) && round > 0)
                        continue;
                    d.listed.insert(f);
                    wants << DocRead{i, f, true};
                }
            }
            if (wants.isEmpty())
                break;
            ok = readBatch(sites, wants);
        }
        // The pages.
        wants.clear();
        for (int i = first; ok && i < sites.size(); ++i) {
            DocSite &d = sites[i];
            if (!d.hasConfig)
                continue;
            const docs::Site site = docs::Site::load(mem, d.mkdocsUrl, d.known);
            const QString prefix = blobUrl(host, d.owner, d.repo, d.branch);
            for (const QString &page : site.pages()) {
                const QString url = site.pageLocation(page);
                if (url.startsWith(prefix) && !mem.contains(url))
                    wants << DocRead{i, url.mid(prefix.size()), false};
            }
        }
        if (ok)
            ok = readBatch(sites, wants);
        if (!ok)
            return false;
        for (int i = first; i < sites.size(); ++i)
            sites[i].site = docs::Site::load(mem, sites[i].mkdocsUrl, sites[i].known);
        return readImages(sites, first);
    }
};

} // namespace

SyncJob::SyncJob(SyncConfig config, Options options) : m_config(std::move(config)), m_options(std::move(options)) {}

std::unique_ptr<GitHubClient> SyncJob::makeClient(const QString &host) const
{
    const GitHubIntegration integration = m_config.integrationFor(host);
    GitHubEndpoint endpoint = GitHubEndpoint::forHost(host, integration.apiBaseUrl);
    endpoint.caBundlePath = integration.caBundle;
    const QByteArray token = tokenFor(host);
    std::unique_ptr<GitHubClient> client = m_options.clientFactory ? m_options.clientFactory(endpoint, token)
                                                                   : std::make_unique<GitHubClient>(endpoint, token);
    if (m_options.cancelled)
        client->setCancelCheck(m_options.cancelled);
    if (m_options.waiting)
        QObject::connect(client.get(), &GitHubClient::waiting, client.get(), m_options.waiting, Qt::DirectConnection);
    return client;
}

QByteArray SyncJob::tokenFor(const QString &host) const
{
    if (m_options.tokenForHost) {
        const QByteArray t = m_options.tokenForHost(host);
        if (!t.isEmpty())
            return t;
    }
    return m_options.token;
}

QString SyncJob::listQuery(bool allowArchived, int pageSize)
{
    // Checked against GitHub's published schema: Organization.repositories
    // takes first/after/orderBy/isArchived; Repository has the fields below.
    // A page of 100 with 20 topics each costs one point and stays far from
    // the 10-second limit, as no file content is asked for here.
    return QStringLiteral(
               "query AtriumRepos($org: String!, $cursor: String) {"
               " rateLimit { limit cost remaining resetAt }"
               " viewer { login }"
               " organization(login: $org) {"
               "  repositories(first: %1, after: $cursor, orderBy: {field: NAME, direction: ASC}%2) {"
               "   totalCount pageInfo { hasNextPage endCursor }"
               "   nodes { name isArchived visibility url"
               "    repositoryTopics(first: 20) { nodes { topic { name } } }"
               "    defaultBranchRef { name target { ... on Commit { oid } } } } } } }")
        .arg(pageSize)
        .arg(allowArchived ? QString() : QStringLiteral(", isArchived: false"));
}

SyncReport SyncJob::run(CatalogStore &store)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    auto cancelled = [this] { return m_options.cancelled && m_options.cancelled(); };
    auto progress = [this](int done, int total, const QString &what) {
        if (m_options.progress)
            m_options.progress(done, total, what);
    };

    QHash<QString, SourceInfo> existing;
    for (const SourceInfo &s : store.sources())
        existing.insert(s.id, s);

    QList<SourceUpdate> updates;
    QStringList removals;
    QList<QPair<QString, QString>> registered; ///< scaffolder source → the repository source that covers it
    // TechDocs read during this sync, stored after the catalog.
    QList<DocSite> docSites;
    int docsFetchedFrom = 0;
    QSet<QString> docsRead; ///< sources whose entities' docs were looked at
    auto docsMem = std::make_shared<MemoryContentSource>();
    docsMem->setMissingReason(QStringLiteral("not in the repository"));

    for (const GitHubProvider &provider : m_config.providers) {
        std::unique_ptr<GitHubClient> client = makeClient(provider.host);
        const QString providerKey = QStringLiteral("github:%1/%2").arg(provider.host, provider.organization);
        auto finishClient = [&] {
            addStats(report.requests, client->stats());
            report.graphqlLimit = client->rateLimit(QStringLiteral("graphql"));
            report.coreLimit = client->rateLimit(QStringLiteral("core"));
        };
        auto fail = [&](const GitHubError &e, const QString &what) {
            report.fatal = e.kind == GitHubError::NotFound || e.graphqlType == u"NOT_FOUND"
                ? QCoreApplication::translate("SyncJob", "The organisation %1 was not found on %2, or the token cannot see it (it needs the read:org scope).")
                      .arg(provider.organization, provider.host)
                : QStringLiteral("%1: %2").arg(what, e.message);
            report.cancelled = e.kind == GitHubError::Cancelled;
            finishClient();
            report.elapsedMs = timer.elapsed();
            return report;
        };

        // 1. List the repositories (no file content: cheap).
        progress(0, 0, QCoreApplication::translate("SyncJob", "Listing the repositories of %1").arg(provider.organization));
        QList<Repo> repos;
        QString cursor;
        int pageSize = m_options.pageSize;
        for (;;) {
            QJsonObject vars{{QStringLiteral("org"), provider.organization}};
            vars.insert(QStringLiteral("cursor"), cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor));
            const GitHubResponse resp = client->graphql(listQuery(provider.allowArchived, pageSize), vars,
                                                        QStringLiteral("AtriumRepos"));
            const QJsonObject org = resp.data().value(u"organization").toObject();
            // GitHub answers a query that runs past its 10 s limit with a
            // 502: ask for smaller pages rather than give up.
            if (!resp.ok() && (resp.error.kind == GitHubError::Server || resp.error.kind == GitHubError::Timeout) && pageSize > 10) {
                pageSize /= 2;
                qCInfo(lcSync) << "listing timed out; retrying with pages of" << pageSize;
                continue;
            }
            if (!resp.ok() || org.isEmpty())
                return fail(resp.error, QCoreApplication::translate("SyncJob", "Listing the repositories of %1 failed").arg(provider.organization));
            // Who the token belongs to: "owned by me" in the app starts from it.
            if (const QString login = resp.data().value(u"viewer").toObject().value(u"login").toString(); !login.isEmpty())
                report.viewerLogins.insert(provider.host, login);
            const QJsonObject conn = org.value(u"repositories").toObject();
            for (const auto &n : conn.value(u"nodes").toArray()) {
                const QJsonObject o = n.toObject();
                Repo r;
                r.name = o.value(u"name").toString();
                r.archived = o.value(u"isArchived").toBool();
                r.visibility = o.value(u"visibility").toString().toLower();
                r.url = o.value(u"url").toString();
                for (const auto &t : o.value(u"repositoryTopics").toObject().value(u"nodes").toArray())
                    r.topics << t.toObject().value(u"topic").toObject().value(u"name").toString();
                const QJsonObject branch = o.value(u"defaultBranchRef").toObject();
                r.branch = branch.value(u"name").toString();
                r.oid = branch.value(u"target").toObject().value(u"oid").toString();
                repos << r;
            }
            const QJsonObject page = conn.value(u"pageInfo").toObject();
            if (!page.value(u"hasNextPage").toBool())
                break;
            cursor = page.value(u"endCursor").toString();
            if (cancelled()) {
                report.cancelled = true;
                return report;
            }
        }
        report.reposSeen += int(repos.size());

        // 2. Filter, and keep what has not changed.
        QList<Repo> toRead;
        QSet<QString> matchedIds;
        int matched = 0;
        for (Repo &r : repos) {
            if (r.branch.isEmpty())
                continue; // an empty repository
            if (!provider.matches(r.name, r.topics, r.visibility, r.archived))
                continue;
            ++matched;
            r.sourceId = QStringLiteral("%1/%2").arg(providerKey, r.name);
            matchedIds.insert(r.sourceId);
            const QString branch = provider.branch.isEmpty() ? r.branch : provider.branch;
            r.catalogUrl = blobUrl(provider.host, provider.organization, r.name, branch, stripSlash(provider.catalogPath));
            // A named branch has no commit in the listing: always read it.
            const QString revision = provider.branch.isEmpty() ? r.oid : QString();
            const auto prev = existing.constFind(r.sourceId);
            if (!revision.isEmpty() && prev != existing.constEnd() && prev->revision == revision && prev->status.isEmpty()
                && prev->location == r.catalogUrl) {
                ++report.reposUnchanged;
                continue;
            }
            r.branch = branch;
            toRead << r;
        }
        report.reposMatched += matched;
        // What a template registered (catalog:register) in a repository this
        // provider covers: once the repository's own catalog is in, the copy
        // taken at creation time is dropped (below), so it is not listed twice.
        for (const SourceInfo &s : std::as_const(existing)) {
            if (s.kind != u"scaffolder")
                continue;
            for (const Repo &r : std::as_const(repos))
                if (!r.sourceId.isEmpty()
                    && s.location.startsWith(blobUrl(provider.host, provider.organization, r.name, {}).chopped(1), Qt::CaseInsensitive))
                    registered << qMakePair(s.id, r.sourceId);
        }
        // Repositories gone, or no longer matching: their entities go.
        for (const SourceInfo &s : std::as_const(existing))
            if (s.parent == providerKey && !matchedIds.contains(s.id)) {
                removals << s.id;
                ++report.reposRemoved;
            }
        int done = report.reposUnchanged;
        progress(done, matched, QCoreApplication::translate("SyncJob", "%1 of %2 repositories unchanged").arg(report.reposUnchanged).arg(matched));

        // 3. Read the catalog files, then what they point at, in batches.
        auto mem = std::make_shared<MemoryContentSource>();
        mem->setMissingReason(QStringLiteral("not in the repository"));
        struct Want {
            int repo;
            QString path; // repository-relative
        };
        QList<Want> pending;
        for (int i = 0; i < toRead.size(); ++i)
            pending << Want{i, stripSlash(provider.catalogPath)};
        QSet<QString> requested;
        for (int round = 0; round < m_options.maxRounds && !pending.isEmpty(); ++round) {
            QList<Want> next;
            for (qsizetype start = 0; start < pending.size(); start += m_options.filesPerRequest) {
                if (cancelled()) {
                    report.cancelled = true;
                    return report;
                }
                const QList<Want> chunk = pending.mid(start, m_options.filesPerRequest);
                QString q = QStringLiteral("query AtriumFiles {");
                for (int k = 0; k < chunk.size(); ++k) {
                    const Repo &r = toRead[chunk[k].repo];
                    q += QStringLiteral(" f%1: repository(owner: %2, name: %3) { object(expression: %4) { ... on Blob { text byteSize isBinary } } }")
                             .arg(k)
                             .arg(literal(provider.organization), literal(r.name), literal(r.branch + u':' + chunk[k].path));
                }
                q += QStringLiteral(" }");
                const GitHubResponse resp = client->graphql(q, {}, QStringLiteral("AtriumFiles"));
                if (!resp.ok() && fatalKind(resp.error.kind))
                    return fail(resp.error, QCoreApplication::translate("SyncJob", "Reading catalog files from %1 failed").arg(provider.organization));
                const QJsonObject data = resp.data();
                for (int k = 0; k < chunk.size(); ++k) {
                    Repo &r = toRead[chunk[k].repo];
                    const QString url = blobUrl(provider.host, provider.organization, r.name, r.branch, chunk[k].path);
                    const QJsonValue repoValue = data.value(QStringLiteral("f%1").arg(k));
                    if (!resp.ok() && (repoValue.isUndefined() || repoValue.isNull())) {
                        r.failure = resp.error.message;
                        continue;
                    }
                    const QJsonValue object = repoValue.toObject().value(u"object");
                    const bool isCatalog = url == r.catalogUrl;
                    if (object.isNull() || object.isUndefined()) {
                        if (isCatalog)
                            r.hasCatalog = false;
                        continue; // a missing target: the loader names it
                    }
                    const QJsonObject blob = object.toObject();
                    if (blob.value(u"isBinary").toBool() || blob.value(u"text").isNull()) {
                        r.failure = QCoreApplication::translate("SyncJob", "%1 is binary or too large to read (%2 bytes)")
                                        .arg(chunk[k].path)
                                        .arg(blob.value(u"byteSize").toInteger());
                        continue;
                    }
                    const QByteArray text = blob.value(u"text").toString().toUtf8();
                    mem->insert(url, text);
                    r.files << SourceFile{url, {}, text};
                    // What this file points at, within the same repository.
                    const YamlParseResult parsed = parseYaml(text, url);
                    QStringList targets;
                    for (const auto &d : parsed.documents)
                        collectTargets(d.root, targets);
                    const QString repoPrefix = blobUrl(provider.host, provider.organization, r.name, r.branch);
                    for (const QString &t : targets) {
                        const QString resolved = MemoryContentSource::resolveUrl(url, t);
                        if (!resolved.startsWith(repoPrefix) || resolved.contains(u'*'))
                            continue; // other repositories and globs are not followed
                        if (requested.contains(resolved) || mem->contains(resolved))
                            continue;
                        requested.insert(resolved);
                        next << Want{chunk[k].repo, resolved.mid(repoPrefix.size())};
                    }
                }
            }
            pending = next;
        }

        // 4. Load each repository read, with the local import's rules.
        for (Repo &r : toRead) {
            if (cancelled()) {
                report.cancelled = true;
                return report;
            }
            SourceUpdate u;
            u.info.id = r.sourceId;
            u.info.kind = QStringLiteral("github");
            u.info.location = r.catalogUrl;
            u.info.revision = provider.branch.isEmpty() ? r.oid : QString();
            u.info.parent = providerKey;
            if (!r.failure.isEmpty()) {
                ++report.reposFailed;
                report.problems << RepoProblem{provider.organization + u'/' + r.name, r.catalogUrl, r.failure, false};
                u.info.status = r.failure;
                u.keepEntities = existing.contains(r.sourceId);
                if (u.keepEntities)
                    updates << u;
                progress(++done, matched, r.name);
                continue;
            }
            if (!r.hasCatalog) {
                // Kept as an empty source with its commit, so the next sync
                // does not read it again until it changes.
                ++report.reposWithoutCatalog;
                updates << u;
                progress(++done, matched, r.name);
                continue;
            }
            QElapsedTimer repoTimer;
            repoTimer.start();
            LoadOptions opt;
            opt.source = mem;
            opt.sourceId = r.sourceId;
            opt.checkReferences = false; // other repositories hold the rest of the catalog
            opt.threads = 1;
            const LoadResult loaded = CatalogLoader(opt).load({r.catalogUrl});
            r.loadMs = repoTimer.elapsed();
            ++report.reposRead;
            report.entities += int(loaded.entities.size());
            report.errors += loaded.errorCount();
            report.warnings += loaded.warningCount();
            u.info.durationMs = r.loadMs;
            u.entities = loaded.entities;
            u.diagnostics = loaded.diagnostics;
            u.files = r.files;
            if (r.loadMs > m_options.slowRepoMs)
                report.problems << RepoProblem{provider.organization + u'/' + r.name, r.catalogUrl,
                                               QCoreApplication::translate("SyncJob", "refresh took %1 s").arg(r.loadMs / 1000), true};
            // The entities' docs, read below: `dir:` refs in this
            // repository, `url:` refs in another one on the same host.
            docSites << collectDocSites(loaded.entities, *mem, provider.host, provider.organization, r.name, r.branch,
                                        report.problems);
            docsRead << r.sourceId;
            updates << u;
            progress(++done, matched, r.name);
        }

        // 5. TechDocs, then their images.
        if (!docSites.isEmpty() && docsFetchedFrom < docSites.size()) {
            progress(done, matched, QCoreApplication::translate("SyncJob", "Reading the docs of %n entities", nullptr, int(docSites.size() - docsFetchedFrom)));
            const int first = docsFetchedFrom;
            docsFetchedFrom = int(docSites.size());
            DocsReader reader{*client, provider.host, m_options.filesPerRequest, m_options.maxRounds, cancelled, *docsMem};
            if (!reader.read(docSites, first)) {
                if (cancelled()) {
                    report.cancelled = true;
                    return report;
                }
                // Docs are not worth failing the catalog for: report and go on without them.
                report.problems << RepoProblem{provider.organization, {},
                                               QCoreApplication::translate("SyncJob", "Reading docs from %1 failed; the docs stored before are kept").arg(provider.organization),
                                               false};
                docSites.resize(first);
                docsFetchedFrom = first;
            }
        }
        finishClient();
    }

    // Local folders, as `atrium catalog import` reads them.
    for (const QString &path : m_config.localPaths) {
        const QString abs = QDir::isAbsolutePath(path) || m_config.file.isEmpty()
            ? QDir::cleanPath(path)
            : QDir::cleanPath(QFileInfo(m_config.file).absoluteDir().absoluteFilePath(path));
        LoadOptions opt;
        opt.sourceId = QStringLiteral("file:") + abs;
        const LoadResult loaded = CatalogLoader(opt).load({abs});
        SourceUpdate u;
        u.info.id = opt.sourceId;
        u.info.kind = QStringLiteral("file");
        u.info.location = abs;
        u.entities = loaded.entities;
        u.diagnostics = loaded.diagnostics;
        report.entities += int(loaded.entities.size());
        report.errors += loaded.errorCount();
        report.warnings += loaded.warningCount();
        ++report.localSources;
        updates << u;
    }

    if (cancelled()) {
        report.cancelled = true;
        report.elapsedMs = timer.elapsed();
        return report;
    }
    // A registered copy goes once its repository was read, or is in the
    // cache unchanged; while the repository fails to read, the copy stays.
    for (const auto &[scaffolderId, repoId] : std::as_const(registered)) {
        bool covered = existing.contains(repoId) && existing.value(repoId).status.isEmpty();
        for (const SourceUpdate &u : std::as_const(updates))
            if (u.info.id == repoId)
                covered = !u.keepEntities && u.info.status.isEmpty();
        if (covered && !removals.contains(scaffolderId))
            removals << scaffolderId;
    }
    QString error;
    if (!store.replaceSources(updates, removals, &error)) {
        report.fatal = QCoreApplication::translate("SyncJob", "Writing the catalog cache failed; the previous catalog is unchanged: %1").arg(error);
    } else {
        storeDocs(store, updates, docSites, *docsMem, docsRead, report);
        // Backstage backends after: each is its own source, written in its
        // own transaction; one that fails keeps its previous entities.
        for (const BackstageSource &b : m_config.backstage) {
            if (cancelled())
                break;
            BackstageCatalogSync::Options o;
            // The caller's tokens; else ATRIUM_BACKSTAGE_TOKEN or the keychain.
            o.token = m_options.backstageToken ? m_options.backstageToken(b.baseUrl) : TokenStore().backstageTokenFor(b.baseUrl).token;
            o.cancelled = m_options.cancelled;
            o.progress = m_options.progress;
            const BackstageSyncReport r = BackstageCatalogSync(b, o).run(store);
            report.entities += r.written;
            if (!r.ok())
                report.problems << RepoProblem{b.sourceId(), b.baseUrl.toString(), r.error.message, false};
            report.backstage << r;
        }
    }
    report.elapsedMs = timer.elapsed();
    qCInfo(lcSync) << "sync done:" << report.reposRead << "read," << report.reposUnchanged << "unchanged,"
                   << report.entities << "entities in" << report.elapsedMs << "ms";
    return report;
}

SyncReport SyncJob::refreshRepository(CatalogStore &store, const QString &repository)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    const QString org = repository.section(u'/', 0, 0);
    const QString name = repository.section(u'/', 1);
    const auto provider = std::find_if(m_config.providers.cbegin(), m_config.providers.cend(), [&](const GitHubProvider &p) {
        return p.organization.compare(org, Qt::CaseInsensitive) == 0;
    });
    if (org.isEmpty() || name.isEmpty() || provider == m_config.providers.cend()) {
        report.fatal = QCoreApplication::translate("SyncJob", "%1 is not a repository of a configured organisation (give it as org/name)").arg(repository);
        return report;
    }
    const QString sourceId = QStringLiteral("github:%1/%2/%3").arg(provider->host, provider->organization, name);
    SourceInfo info;
    for (const SourceInfo &s : store.sources())
        if (s.id.compare(sourceId, Qt::CaseInsensitive) == 0)
            info = s;
    if (info.id.isEmpty() || info.location.isEmpty()) {
        report.fatal = QCoreApplication::translate("SyncJob", "%1 has not been synced yet: run atrium sync first").arg(repository);
        return report;
    }
    // https://HOST/ORG/REPO/blob/BRANCH/PATH
    const QString repoBase = blobUrl(provider->host, provider->organization, name, {}).chopped(1); // ".../blob/"
    if (!info.location.startsWith(repoBase, Qt::CaseInsensitive)) {
        report.fatal = QCoreApplication::translate("SyncJob", "%1 was not read from GitHub").arg(repository);
        return report;
    }
    const QString branch = info.location.mid(repoBase.size()).section(u'/', 0, 0);
    const QString prefix = repoBase + branch + u'/';

    std::unique_ptr<GitHubClient> client = makeClient(provider->host);

    QHash<QString, SourceFile> cached;
    for (const SourceFile &f : store.sourceFiles(info.id))
        cached.insert(f.url, f);
    auto mem = std::make_shared<MemoryContentSource>();
    mem->setMissingReason(QStringLiteral("not in the repository"));
    QList<SourceFile> files;
    bool changed = false;
    QStringList queue{info.location};
    QSet<QString> seen{info.location};
    while (!queue.isEmpty()) {
        const QString url = queue.takeFirst();
        const QString path = url.mid(prefix.size());
        const auto old = cached.constFind(url);
        const GitHubResponse resp = client->get(QStringLiteral("repos/%1/%2/contents/%3?ref=%4")
                                                    .arg(provider->organization, name, path, branch),
                                                old != cached.constEnd() ? old->etag : QByteArray());
        QByteArray content;
        QByteArray etag;
        if (resp.notModified && old != cached.constEnd()) {
            content = old->content;
            etag = old->etag;
        } else if (resp.ok()) {
            content = QByteArray::fromBase64(resp.json.object().value(u"content").toString().toLatin1());
            etag = resp.etag;
            changed = changed || old == cached.constEnd() || old->content != content;
        } else if (resp.error.kind == GitHubError::NotFound) {
            changed = changed || old != cached.constEnd();
            continue; // a missing target: the loader names it
        } else {
            report.fatal = QCoreApplication::translate("SyncJob", "Re-checking %1 failed: %2").arg(path, resp.error.message);
            addStats(report.requests, client->stats());
            return report;
        }
        mem->insert(url, content);
        files << SourceFile{url, etag, content};
        QStringList targets;
        for (const auto &d : parseYaml(content, url).documents)
            collectTargets(d.root, targets);
        for (const QString &t : targets) {
            const QString resolved = MemoryContentSource::resolveUrl(url, t);
            if (resolved.startsWith(prefix) && !resolved.contains(u'*') && !seen.contains(resolved)) {
                seen.insert(resolved);
                queue << resolved;
            }
        }
    }
    // A file the repository no longer points at is a change too.
    changed = changed || files.size() != cached.size();
    report.reposSeen = report.reposMatched = 1;
    bool newEtags = false;
    for (const SourceFile &f : files)
        newEtags = newEtags || cached.value(f.url).etag != f.etag;
    LoadOptions opt;
    opt.source = mem;
    opt.sourceId = info.id;
    opt.checkReferences = false;
    opt.threads = 1;
    const LoadResult loaded = CatalogLoader(opt).load({info.location});

    // The docs: a change under docs/ leaves the catalog file as it was, so
    // they are read whatever the catalog's ETags say (through GraphQL, which
    // leaves the core budget alone, then the images through REST).
    QList<DocSite> docSites = collectDocSites(loaded.entities, *mem, provider->host, provider->organization, name, branch,
                                              report.problems);
    auto docsMem = std::make_shared<MemoryContentSource>();
    docsMem->setMissingReason(QStringLiteral("not in the repository"));
    bool docsOk = true;
    if (!docSites.isEmpty()) {
        DocsReader reader{*client, provider->host, m_options.filesPerRequest, m_options.maxRounds,
                          [this] { return m_options.cancelled && m_options.cancelled(); }, *docsMem};
        docsOk = reader.read(docSites, 0);
        if (!docsOk) {
            report.problems << RepoProblem{repository, {},
                                           QCoreApplication::translate("SyncJob", "Reading docs from %1 failed; the docs stored before are kept").arg(repository),
                                           false};
            docSites.clear();
        }
    }
    addStats(report.requests, client->stats());
    report.coreLimit = client->rateLimit(QStringLiteral("core"));
    report.graphqlLimit = client->rateLimit(QStringLiteral("graphql"));

    SourceUpdate u;
    u.info = info;
    u.info.status.clear();
    u.info.updatedAt = QDateTime();
    u.entities = loaded.entities;
    u.diagnostics = loaded.diagnostics;
    u.files = files;
    if (changed) {
        report.reposRead = 1;
        report.entities = int(loaded.entities.size());
        report.errors = loaded.errorCount();
        report.warnings = loaded.warningCount();
    } else {
        report.reposUnchanged = 1;
    }
    // Nothing changed: record the ETags if they are new, write nothing else.
    if (changed || newEtags) {
        QString error;
        if (!store.replaceSources({u}, {}, &error)) {
            report.fatal = QCoreApplication::translate("SyncJob", "Writing the catalog cache failed; the previous catalog is unchanged: %1").arg(error);
            report.elapsedMs = timer.elapsed();
            return report;
        }
    }
    if (docsOk)
        storeDocs(store, {u}, docSites, *docsMem, {info.id}, report);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace atrium
