// SPDX-License-Identifier: Apache-2.0
#include "catalogstore.h"

#include "entityref.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <stop_token>
#include <thread>
#include <vector>

namespace atrium {

namespace {

Q_LOGGING_CATEGORY(lcCache, "atrium.cache")

/** The schema, one step per version: step i takes user_version from i to
 *  i + 1. Append new steps; never edit a step that has shipped, since caches
 *  already at that version will not run it again. */
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the first schema.
        {
            QStringLiteral(R"(CREATE TABLE sources (
                id TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL DEFAULT 'file',
                location TEXT NOT NULL DEFAULT '',
                updated_at TEXT,
                entity_count INTEGER NOT NULL DEFAULT 0,
                error_count INTEGER NOT NULL DEFAULT 0,
                warning_count INTEGER NOT NULL DEFAULT 0))"),
            // ref is the canonical lower-case `kind:namespace/name`, so
            // lookups are exact; kind and name are NOCASE for filters and
            // ordering, which match Backstage's case-insensitive identity.
            QStringLiteral(R"(CREATE TABLE entities (
                ref TEXT PRIMARY KEY NOT NULL,
                source_id TEXT NOT NULL REFERENCES sources(id),
                api_version TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL COLLATE NOCASE,
                namespace TEXT NOT NULL COLLATE NOCASE,
                name TEXT NOT NULL COLLATE NOCASE,
                title TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                type TEXT NOT NULL DEFAULT '',
                lifecycle TEXT NOT NULL DEFAULT '',
                owner TEXT NOT NULL DEFAULT '',
                system TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '[]',
                file TEXT NOT NULL DEFAULT '',
                line INTEGER NOT NULL DEFAULT 0,
                "column" INTEGER NOT NULL DEFAULT 0,
                document INTEGER NOT NULL DEFAULT 0,
                data TEXT NOT NULL DEFAULT '{}'))"),
            QStringLiteral("CREATE INDEX entities_source ON entities(source_id)"),
            QStringLiteral("CREATE INDEX entities_kind_name ON entities(kind, name)"),
            // The rowid keeps each entity's relations in the order written.
            // A relation lives and dies with its source entity (source_ref),
            // so source_id is informative only: no index or foreign key to
            // keep up on the hottest insert.
            QStringLiteral(R"(CREATE TABLE relations (
                source_ref TEXT NOT NULL,
                type TEXT NOT NULL,
                target_ref TEXT NOT NULL,
                source_id TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX relations_source_ref ON relations(source_ref)"),
            QStringLiteral("CREATE INDEX relations_target_ref ON relations(target_ref)"),
            // id keeps diagnostics in load order.
            QStringLiteral(R"(CREATE TABLE diagnostics (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL REFERENCES sources(id),
                severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
                file TEXT NOT NULL DEFAULT '',
                line INTEGER NOT NULL DEFAULT 0,
                "column" INTEGER NOT NULL DEFAULT 0,
                message TEXT NOT NULL,
                entity_ref TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX diagnostics_source ON diagnostics(source_id)"),
            QStringLiteral("CREATE INDEX diagnostics_entity ON diagnostics(entity_ref)"),
        },
        // 2: each relation once, in its canonical direction (ownedBy, not
        // ownerOf); readers derive the inverse from the target_ref index.
        // Half the rows of schema 1, and an inverse shows even when the two
        // entities come from different sources. Rows belong to the source
        // that declared them.
        {
            QStringLiteral(R"(CREATE TABLE relations_v2 (
                source_ref TEXT NOT NULL,
                type TEXT NOT NULL,
                target_ref TEXT NOT NULL,
                source_id TEXT NOT NULL,
                PRIMARY KEY (source_ref, type, target_ref, source_id)) WITHOUT ROWID)"),
            QStringLiteral(R"(INSERT OR IGNORE INTO relations_v2
                SELECT CASE WHEN type IN ('ownerOf','dependencyOf','apiProvidedBy','apiConsumedBy','hasPart','hasMember','parentOf')
                            THEN target_ref ELSE source_ref END,
                       CASE type WHEN 'ownerOf' THEN 'ownedBy' WHEN 'dependencyOf' THEN 'dependsOn'
                                 WHEN 'apiProvidedBy' THEN 'providesApi' WHEN 'apiConsumedBy' THEN 'consumesApi'
                                 WHEN 'hasPart' THEN 'partOf' WHEN 'hasMember' THEN 'memberOf'
                                 WHEN 'parentOf' THEN 'childOf' ELSE type END,
                       CASE WHEN type IN ('ownerOf','dependencyOf','apiProvidedBy','apiConsumedBy','hasPart','hasMember','parentOf')
                            THEN source_ref ELSE target_ref END,
                       source_id
                FROM relations)"),
            QStringLiteral("DROP TABLE relations"),
            QStringLiteral("ALTER TABLE relations_v2 RENAME TO relations"),
            QStringLiteral("CREATE INDEX relations_target_ref ON relations(target_ref)"),
        },
        // 3: what sync needs to read only what changed, and to say how each
        // repository went.
        {
            QStringLiteral("ALTER TABLE sources ADD COLUMN revision TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN parent TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN status TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX sources_parent ON sources(parent)"),
        },
        // 4: the files a repository source was read from, with their ETags,
        // so that re-checking one costs a conditional request (a 304 is free
        // against GitHub's rate limit) and an unchanged file is not fetched.
        {
            QStringLiteral(R"(CREATE TABLE source_files (
                source_id TEXT NOT NULL,
                url TEXT NOT NULL,
                etag TEXT NOT NULL DEFAULT '',
                content BLOB NOT NULL,
                PRIMARY KEY (source_id, url)) WITHOUT ROWID)"),
        },
        // 5: TechDocs stored for offline reading, and full-text search over
        // docs pages and entities (FTS5, in Debian's SQLite 3.40).
        {
            // One row per entity with docs: the site (name, nav, pages) as
            // Site::toJson(), and where it was read from.
            QStringLiteral(R"(CREATE TABLE docs_sites (
                entity_ref TEXT PRIMARY KEY NOT NULL,
                site_name TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL DEFAULT '',
                nav TEXT NOT NULL DEFAULT '{}',
                problems TEXT NOT NULL DEFAULT '[]',
                updated_at TEXT))"),
            // The Markdown as written (rendered again on reading: cheaper
            // than storing blocks, see bench/README.md) and what search
            // needs: title, headings (one per line, with their anchors in
            // `anchors`) and the text without markup.
            QStringLiteral(R"(CREATE TABLE docs_pages (
                id INTEGER PRIMARY KEY,
                entity_ref TEXT NOT NULL,
                page_path TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                headings TEXT NOT NULL DEFAULT '',
                anchors TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL DEFAULT '',
                markdown TEXT NOT NULL DEFAULT '',
                UNIQUE (entity_ref, page_path)))"),
            // Images and other files pages show, so that docs open offline.
            QStringLiteral(R"(CREATE TABLE docs_assets (
                entity_ref TEXT NOT NULL,
                path TEXT NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (entity_ref, path)) WITHOUT ROWID)"),
            // External-content FTS5 tables: the text lives once, in
            // docs_pages and entities; the index refers to their rowids.
            // docs_fts follows docs_pages through triggers (pages are written
            // a site at a time). entity_fts has no triggers: a per-row
            // trigger would slow the catalog import, so the index is rebuilt
            // in one statement after an import or sync (SearchIndex). It
            // refers to entities' implicit rowids, which a VACUUM may
            // renumber: rebuild it after one.
            QStringLiteral(R"(CREATE VIRTUAL TABLE docs_fts USING fts5(
                title, headings, body,
                content='docs_pages', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3'))"),
            QStringLiteral(R"(CREATE TRIGGER docs_pages_ai AFTER INSERT ON docs_pages BEGIN
                INSERT INTO docs_fts(rowid, title, headings, body) VALUES (new.id, new.title, new.headings, new.body);
                END)"),
            QStringLiteral(R"(CREATE TRIGGER docs_pages_ad AFTER DELETE ON docs_pages BEGIN
                INSERT INTO docs_fts(docs_fts, rowid, title, headings, body) VALUES ('delete', old.id, old.title, old.headings, old.body);
                END)"),
            QStringLiteral(R"(CREATE TRIGGER docs_pages_au AFTER UPDATE ON docs_pages BEGIN
                INSERT INTO docs_fts(docs_fts, rowid, title, headings, body) VALUES ('delete', old.id, old.title, old.headings, old.body);
                INSERT INTO docs_fts(rowid, title, headings, body) VALUES (new.id, new.title, new.headings, new.body);
                END)"),
            QStringLiteral(R"(CREATE VIRTUAL TABLE entity_fts USING fts5(
                name, title, description, tags, kind, owner,
                content='entities', content_rowid='rowid',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3'))"),
            // Whether entity_fts is up to date: every write of a source
            // bumps `generation` (a trigger on the few source rows, not on
            // entities), and a rebuild records the generation it indexed.
            QStringLiteral(R"(CREATE TABLE search_state (
                key TEXT PRIMARY KEY NOT NULL,
                value INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("INSERT INTO search_state (key, value) VALUES ('generation', 0), ('indexed', 0)"),
            QStringLiteral(R"(CREATE TRIGGER sources_ai_search AFTER INSERT ON sources BEGIN
                UPDATE search_state SET value = value + 1 WHERE key = 'generation';
                END)"),
            QStringLiteral(R"(CREATE TRIGGER sources_au_search AFTER UPDATE ON sources BEGIN
                UPDATE search_state SET value = value + 1 WHERE key = 'generation';
                END)"),
            QStringLiteral(R"(CREATE TRIGGER sources_ad_search AFTER DELETE ON sources BEGIN
                UPDATE search_state SET value = value + 1 WHERE key = 'generation';
                END)"),
            QStringLiteral("INSERT INTO entity_fts(entity_fts) VALUES ('rebuild')"),
        },
    };
    return steps;
}

constexpr auto kEntityColumns =
    "ref, source_id, api_version, kind, namespace, name, title, description, type, lifecycle, "
    "owner, system, tags, file, line, \"column\", document, data";
// data read as a BLOB comes back as the stored UTF-8 bytes, ready for the
// JSON parser, instead of a QString converted there and back.
constexpr auto kEntitySelect =
    "SELECT ref, source_id, api_version, kind, namespace, name, title, description, type, lifecycle, "
    "owner, system, tags, file, line, \"column\", document, CAST(data AS BLOB) FROM entities";

/** @p s, never null: QSQLITE binds a null QString as SQL NULL, and the text
 *  columns are NOT NULL so that `owner = ''` means "no owner". */
const QString &nonNull(const QString &s)
{
    static const QString empty = QString::fromLatin1("", 0);
    return s.isNull() ? empty : s;
}


QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

/** Runs @p sql; on failure fills @p error with @p what and the database's reason. */
bool run(QSqlDatabase db, const QString &sql, const QString &what, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, sqlError(q));
    qCWarning(lcCache) << what << sql << q.lastError().text();
    return false;
}

/** An open write transaction that rolls back unless committed, so that an
 *  error or an exception (from a caller's callback) leaves the file as it was. */
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcCache) << "rollback failed:" << q.lastError().text();
        }
    }
    // IMMEDIATE takes the write lock now: a deferred transaction that starts
    // by reading can fail to upgrade when another connection writes first.
    bool begin(QString *error)
    {
        m_active = run(m_db, QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("Could not start writing the catalog cache"), error);
        return m_active;
    }
    bool commit(QString *error)
    {
        if (!run(m_db, QStringLiteral("COMMIT"), QStringLiteral("Could not save the catalog cache"), error))
            return false; // the destructor rolls back
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/** Relations are stored once, in the direction of the forward type of each
 *  pair (ownedBy, dependsOn, providesApi, consumesApi, partOf, memberOf,
 *  childOf); `knownRelationTypes()` lists forward types at even positions. */
bool isInverseType(const QString &type)
{
    const qsizetype i = knownRelationTypes().indexOf(type);
    return i >= 0 && (i % 2) == 1;
}

/** Adds `from --type--> to` and, for a known type, its inverse on the target
 *  to @p add(entityRef, relation). */
template<typename Add>
void expandRow(const QString &from, const QString &type, const QString &to, Add add)
{
    add(from, Relation{type, to});
    const QString inv = inverseRelation(type);
    if (!inv.isEmpty())
        add(to, Relation{inv, from});
}

/** One order for every reader: by relation type, then target. */
void sortUnique(QList<Relation> &rels)
{
    std::sort(rels.begin(), rels.end(), [](const Relation &a, const Relation &b) {
        return a.type != b.type ? a.type < b.type : a.targetRef < b.targetRef;
    });
    rels.erase(std::unique(rels.begin(), rels.end()), rels.end());
}

/** A prepared statement on SQLite's own handle, for the bulk inserts of
 *  replaceSource: Qt SQL's per-execution cost (QVariant binding, named
 *  placeholders) was as large as SQLite's own cost of inserting a row.
 *  Safe because Debian's Qt SQLite driver uses the system libsqlite3, the
 *  library linked here. */
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    /** Binds UTF-16 text without copying: @p s must outlive step(). */
    void text(int i, const QString &s)
    {
        sqlite3_bind_text16(m_stmt, i, s.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(s.utf16()),
                            int(s.size() * 2), SQLITE_STATIC);
    }
    void utf8(int i, const QByteArray &s) { sqlite3_bind_text(m_stmt, i, s.constData(), int(s.size()), SQLITE_STATIC); }
    void integer(int i, int v) { sqlite3_bind_int(m_stmt, i, v); }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

/** Canonical form of a ref given in full or short (`name`, `ns/name`). */
QString normalizeRef(const QString &text, QStringView defaultKind)
{
    if (auto r = EntityRef::parse(text, defaultKind, u"default"))
        return r->toString();
    return text.trimmed().toLower();
}

/** A JSON array of strings, written by hand: QJsonDocument costs more than
 *  the row insert for a two-tag list. */
QString tagsToJson(const QStringList &tags)
{
    QString out;
    out.reserve(16 * tags.size() + 2);
    out += u'[';
    for (const QString &t : tags) {
        if (out.size() > 1)
            out += u',';
        out += u'"';
        for (const QChar c : t) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += u'"';
    }
    out += u']';
    return out;
}

QStringList tagsFromJson(const QString &text)
{
    QStringList out;
    if (text.size() <= 2)
        return out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QString severityText(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/** Reads one entities row selected with kEntityColumns. */
Entity entityFromRow(const QSqlQuery &q, bool withData = true)
{
    Entity e;
    e.source = q.value(1).toString();
    e.apiVersion = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.ns = q.value(4).toString();
    e.name = q.value(5).toString();
    e.title = q.value(6).toString();
    e.description = q.value(7).toString();
    e.type = q.value(8).toString();
    e.lifecycle = q.value(9).toString();
    e.owner = q.value(10).toString();
    e.system = q.value(11).toString();
    e.tags = tagsFromJson(q.value(12).toString());
    e.file = q.value(13).toString();
    e.line = q.value(14).toInt();
    e.column = q.value(15).toInt();
    e.document = q.value(16).toInt();
    if (withData)
        e.data = QJsonDocument::fromJson(q.value(17).toByteArray()).object();
    return e;
}

/** Fills the relations of @p entities, whose refs are indexed in @p index.
 *  Few entities: an indexed lookup per chunk of refs. Many: one pass over
 *  the whole table, which beats thousands of index probes. */
void fillRelations(QSqlDatabase db, QList<Entity> &entities, const QHash<QString, qsizetype> &index)
{
    if (entities.isEmpty())
        return;
    auto add = [&](const QString &ref, Relation r) {
        const auto it = index.constFind(ref);
        if (it != index.cend())
            entities[*it].relations.append(std::move(r));
    };
    auto consume = [&](QSqlQuery &q) {
        while (q.next())
            expandRow(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), add);
    };
    constexpr qsizetype kChunk = 400;
    if (entities.size() > 4 * kChunk) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT source_ref, type, target_ref FROM relations")))
            qCWarning(lcCache) << "reading relations failed:" << q.lastError().text();
        consume(q);
    } else {
        for (qsizetype start = 0; start < entities.size(); start += kChunk) {
            const qsizetype n = std::min(kChunk, entities.size() - start);
            QString in;
            for (qsizetype i = 0; i < n; ++i)
                in += i ? QStringLiteral(",?") : QStringLiteral("?");
            // Rows the entities declared, and rows that point at them.
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT source_ref, type, target_ref FROM relations WHERE source_ref IN (%1) "
                                     "UNION SELECT source_ref, type, target_ref FROM relations WHERE target_ref IN (%1)").arg(in));
            for (int pass = 0; pass < 2; ++pass)
                for (qsizetype i = 0; i < n; ++i)
                    q.bindValue(int(pass * n + i), entities[start + i].ref());
            if (!q.exec())
                qCWarning(lcCache) << "reading relations failed:" << q.lastError().text();
            consume(q);
        }
    }
    for (Entity &e : entities)
        sortUnique(e.relations);
}

/** Deletes the rows @p sourceId owns, relations first (they are found
 *  through their entities). On failure @p q holds the error. */
bool deleteSourceRows(QSqlQuery &q, const QString &sourceId)
{
    static const char *const statements[] = {
        "DELETE FROM relations WHERE source_id = ?",
        "DELETE FROM entities WHERE source_id = ?",
        "DELETE FROM diagnostics WHERE source_id = ?",
        "DELETE FROM source_files WHERE source_id = ?",
    };
    for (const char *sql : statements) {
        q.prepare(QLatin1String(sql));
        q.bindValue(0, sourceId);
        if (!q.exec())
            return false;
    }
    return true;
}

/** Encodes entity documents to compact JSON on a second core while the
 *  writing thread inserts rows, which takes encoding off the critical path.
 *  The two threads meet once per block of documents, not per document: a
 *  wake-up per row would cost more than the encoding saves. The encoder
 *  stays at most a few blocks ahead so that memory does not grow with the
 *  catalog. */
class DocumentEncoder
{
public:
    explicit DocumentEncoder(const QList<Entity> &entities) : m_entities(entities)
    {
        if (entities.size() < 2 * kBlock || QThread::idealThreadCount() < 2)
            return;
        m_docs.resize(entities.size());
        m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
    }
    ~DocumentEncoder()
    {
        if (!m_thread.joinable())
            return;
        // Unblock an encoder waiting for room; the jthread then joins.
        m_thread.request_stop();
        m_taken.store(std::numeric_limits<int>::max(), std::memory_order_release);
        m_taken.notify_one();
    }
    DocumentEncoder(const DocumentEncoder &) = delete;
    DocumentEncoder &operator=(const DocumentEncoder &) = delete;

    /** The document of entity @p i; called once per entity, in order. */
    QByteArray take(int i)
    {
        if (!m_thread.joinable())
            return encode(m_entities[i]);
        if (i >= m_ready) {
            int done = m_done.load(std::memory_order_acquire);
            while (done <= i) {
                m_done.wait(done, std::memory_order_acquire);
                done = m_done.load(std::memory_order_acquire);
            }
            m_ready = done;
        }
        if (i % kBlock == 0) {
            m_taken.store(i, std::memory_order_release);
            m_taken.notify_one();
        }
        return std::move(m_docs[i]);
    }

private:
    static constexpr int kBlock = 256;
    static constexpr int kMaxAhead = 16 * kBlock;

    static QByteArray encode(const Entity &e)
    {
        return e.json.isEmpty() ? QJsonDocument(e.data).toJson(QJsonDocument::Compact) : e.json;
    }

    void run(const std::stop_token &stop)
    {
        const int n = int(m_entities.size());
        for (int i = 0; i < n; ++i) {
            if (i % kBlock == 0) {
                if (i > 0) {
                    m_done.store(i, std::memory_order_release);
                    m_done.notify_one();
                }
                int taken = m_taken.load(std::memory_order_acquire);
                while (i - taken >= kMaxAhead) {
                    m_taken.wait(taken, std::memory_order_acquire);
                    taken = m_taken.load(std::memory_order_acquire);
                }
                if (stop.stop_requested())
                    return;
            }
            m_docs[i] = encode(m_entities[i]);
        }
        m_done.store(n, std::memory_order_release);
        m_done.notify_one();
    }

    const QList<Entity> &m_entities;
    std::vector<QByteArray> m_docs;
    int m_ready = 0;             ///< documents known to be encoded (writer only)
    std::atomic<int> m_done{0};  ///< documents encoded, published per block
    std::atomic<int> m_taken{0}; ///< documents handed to the writer, per block
    std::jthread m_thread;       ///< last member: joined before the others go
};

std::atomic<quint64> s_connectionCounter{0};

} // namespace

CatalogStore::CatalogStore() = default;

CatalogStore::~CatalogStore()
{
    close();
}

QString CatalogStore::defaultPath()
{
    const QString env = qEnvironmentVariable("ATRIUM_CACHE");
    if (!env.isEmpty())
        return env;
    // GenericDataLocation rather than AppDataLocation: the latter depends on
    // the organisation and application names, which the CLI and the GUI may
    // set differently, and both must find the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/atrium/catalog.sqlite");
}

int CatalogStore::schemaVersion()
{
    return int(migrations().size());
}

bool CatalogStore::open(const QString &path, QString *error)
{
    close();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        qCWarning(lcCache).noquote() << why;
        close();
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("No catalog cache file was given."));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("Could not create the folder %1 for the catalog cache.").arg(info.absolutePath()));

    m_path = path;
    m_connection = QStringLiteral("atrium.catalogstore.%1").arg(++s_connectionCounter);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(path);
        if (!d.open())
            return fail(QStringLiteral("Could not open the catalog cache %1: %2").arg(path, d.lastError().text()));
    }

    QString why;
    // WAL lets readers (the GUI) go on while a sync writes, and makes a
    // killed writer harmless: uncommitted frames are ignored on recovery.
    // NORMAL is safe with WAL; a power cut can lose the last commit, never
    // the file. The busy timeout covers a CLI and a GUI sharing the file.
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
            return fail(QStringLiteral("%1 is not a usable catalog cache: %2").arg(path, sqlError(q)));
        if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            qCWarning(lcCache) << "write-ahead log not available for" << path << "- journal mode is" << q.value(0).toString();
    }
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!run(db(), QString::fromLatin1(pragma), QStringLiteral("Could not configure the catalog cache"), &why))
            return fail(why);
    }
    if (!migrate(&why))
        return fail(why);
    return true;
}

bool CatalogStore::isOpen() const
{
    return !m_connection.isEmpty() && db().isOpen();
}

void CatalogStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        d.close();
    }
    // Only after the last handle to the connection is gone.
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

QSqlDatabase CatalogStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlDatabase CatalogStore::database() const
{
    return db();
}

bool CatalogStore::migrate(QString *error)
{
    const QSqlDatabase d = db();
    int version = 0;
    {
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            if (error)
                *error = QStringLiteral("%1 is not a usable catalog cache: %2").arg(m_path, sqlError(q));
            return false;
        }
        version = q.value(0).toInt();
    }
    const auto &steps = migrations();
    if (version > steps.size()) {
        if (error)
            *error = QStringLiteral("The catalog cache %1 was written by a newer version of Atrium (schema %2; this "
                                    "version knows schema %3 at most). Use a newer Atrium, or another cache file "
                                    "(--cache or ATRIUM_CACHE).")
                         .arg(m_path)
                         .arg(version)
                         .arg(steps.size());
        return false;
    }
    // One transaction per step, user_version bumped inside it: a failed or
    // killed migration leaves the file at the previous version, whole.
    for (int v = version; v < steps.size(); ++v) {
        WriteTransaction tx(d);
        if (!tx.begin(error))
            return false;
        const QString what = QStringLiteral("Could not upgrade the catalog cache %1 to schema %2").arg(m_path).arg(v + 1);
        for (const QString &sql : steps[v])
            if (!run(d, sql, what, error))
                return false;
        if (!run(d, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), what, error) || !tx.commit(error))
            return false;
        qCInfo(lcCache) << "catalog cache" << m_path << "migrated to schema" << v + 1;
    }
    return true;
}

bool CatalogStore::replaceSource(const SourceInfo &source, const QList<Entity> &entities,
                                 const Diagnostics &diagnostics, QString *error,
                                 const std::function<void(int)> &afterEachEntity)
{
    return replaceSources({SourceUpdate{source, entities, diagnostics, {}, false}}, {}, error, afterEachEntity);
}

bool CatalogStore::replaceSources(const QList<SourceUpdate> &updates, const QStringList &removeIds, QString *error,
                                  const std::function<void(int)> &afterEachEntity)
{
    if (!isOpen()) {
        if (error)
            *error = QStringLiteral("The catalog cache is not open.");
        return false;
    }
    for (const SourceUpdate &u : updates)
        if (u.info.id.isEmpty()) {
            if (error)
                *error = QStringLiteral("A catalog source needs an id.");
            return false;
        }
    const QSqlDatabase d = db();
    // Declared before the queries so that they are finished before it rolls back.
    WriteTransaction tx(d);
    if (!tx.begin(error))
        return false;
    // Children before the source row, which they refer to.
    for (const QString &id : removeIds) {
        QSqlQuery q(d);
        bool ok = deleteSourceRows(q, id);
        if (ok) {
            q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
            q.bindValue(0, id);
            ok = q.exec();
        }
        if (!ok) {
            if (error)
                *error = QStringLiteral("Could not remove source %1 from the catalog cache: %2").arg(id, sqlError(q));
            return false;
        }
    }
    for (const SourceUpdate &u : updates) {
        DocumentEncoder documents(u.entities);
        qsizetype next = 0;
        const EntityFeed feed = [&]() -> const Entity * {
            return next < u.entities.size() ? &u.entities[next++] : nullptr;
        };
        const auto encode = [&](const Entity &, int i) { return documents.take(i); };
        if (!writeSource(u.info, u.keepEntities, feed, encode, [&] { return u.diagnostics; }, error, afterEachEntity))
            return false;
        if (u.keepEntities || u.files.isEmpty())
            continue;
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO source_files (source_id, url, etag, content) VALUES (?, ?, ?, ?)"));
        for (const SourceFile &f : u.files) {
            q.bindValue(0, u.info.id);
            q.bindValue(1, f.url);
            q.bindValue(2, QString::fromLatin1(f.etag));
            q.bindValue(3, f.content);
            if (!q.exec()) {
                if (error)
                    *error = QStringLiteral("Could not record the files of source %1: %2").arg(u.info.id, sqlError(q));
                return false;
            }
        }
    }
    return tx.commit(error);
}

bool CatalogStore::replaceSourceStreaming(const SourceInfo &source, const EntityFeed &next,
                                          const std::function<Diagnostics()> &diagnostics, QString *error)
{
    if (!isOpen() || source.id.isEmpty()) {
        if (error)
            *error = isOpen() ? QStringLiteral("A catalog source needs an id.") : QStringLiteral("The catalog cache is not open.");
        return false;
    }
    WriteTransaction tx(db());
    if (!tx.begin(error))
        return false;
    const auto encode = [](const Entity &e, int) {
        return e.json.isEmpty() ? QJsonDocument(e.data).toJson(QJsonDocument::Compact) : e.json;
    };
    if (!writeSource(source, false, next, encode, diagnostics, error, {}))
        return false;
    return tx.commit(error);
}

bool CatalogStore::patchSource(const SourceInfo &source, const QList<Entity> &changed, const QStringList &removedRefs,
                               const Diagnostics &diagnostics, QString *error)
{
    if (!isOpen() || source.id.isEmpty()) {
        if (error)
            *error = isOpen() ? QStringLiteral("A catalog source needs an id.") : QStringLiteral("The catalog cache is not open.");
        return false;
    }
    QStringList refs = removedRefs;
    for (const Entity &e : changed)
        refs << e.ref();
    WriteTransaction tx(db());
    if (!tx.begin(error))
        return false;
    qsizetype next = 0;
    const EntityFeed feed = [&]() -> const Entity * { return next < changed.size() ? &changed[next++] : nullptr; };
    const auto encode = [](const Entity &e, int) {
        return e.json.isEmpty() ? QJsonDocument(e.data).toJson(QJsonDocument::Compact) : e.json;
    };
    if (!writeSource(source, false, feed, encode, [&] { return diagnostics; }, error, {}, &refs))
        return false;
    return tx.commit(error);
}

bool CatalogStore::writeSource(const SourceInfo &source, bool keepEntities, const EntityFeed &nextEntity,
                               const std::function<QByteArray(const Entity &, int)> &encode,
                               const std::function<Diagnostics()> &diagnosticsFn, QString *error,
                               const std::function<void(int)> &afterEachEntity, const QStringList *patchRefs)
{
    const QSqlDatabase d = db();
    const QString writeFailed = QStringLiteral("Could not write source %1 to the catalog cache").arg(source.id);
    auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(writeFailed, sqlError(q));
        qCWarning(lcCache) << writeFailed << q.lastQuery() << q.lastError().text();
        return false;
    };

    // The source row first: the other tables refer to it. Its counts are
    // set once the rows are in.
    const QString updated = timeText(source.updatedAt.isValid() ? source.updatedAt : QDateTime::currentDateTimeUtc());
    {
        QSqlQuery q(d);
        if (keepEntities) {
            // A failed read: say so, keep what was there (and its time).
            q.prepare(QStringLiteral("INSERT INTO sources (id, kind, location, updated_at, revision, parent, status, duration_ms) "
                                     "VALUES (?, ?, ?, NULL, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                     "status = excluded.status, duration_ms = excluded.duration_ms"));
            q.bindValue(0, source.id);
            q.bindValue(1, source.kind.isEmpty() ? QStringLiteral("file") : source.kind);
            q.bindValue(2, nonNull(source.location));
            q.bindValue(3, nonNull(source.revision));
            q.bindValue(4, nonNull(source.parent));
            q.bindValue(5, nonNull(source.status));
            q.bindValue(6, source.durationMs);
            return q.exec() || failed(q);
        }
        q.prepare(QStringLiteral("INSERT INTO sources (id, kind, location, updated_at, revision, parent, status, duration_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, location = excluded.location, "
                                 "updated_at = excluded.updated_at, revision = excluded.revision, parent = excluded.parent, "
                                 "status = excluded.status, duration_ms = excluded.duration_ms"));
        q.bindValue(0, source.id);
        q.bindValue(1, source.kind.isEmpty() ? QStringLiteral("file") : source.kind);
        q.bindValue(2, nonNull(source.location));
        q.bindValue(3, updated);
        q.bindValue(4, nonNull(source.revision));
        q.bindValue(5, nonNull(source.parent));
        q.bindValue(6, nonNull(source.status));
        q.bindValue(7, source.durationMs);
        if (!q.exec())
            return failed(q);
    }
    if (!patchRefs) {
        if (QSqlQuery q(d); !deleteSourceRows(q, source.id))
            return failed(q);
    } else {
        // A patch: only the named entities' rows go, and the source's own problems.
        QSqlQuery q(d);
        // Each statement takes the source id, then the ref @c refs times.
        static const struct {
            const char *sql;
            int refs;
        } perRef[] = {
            {"DELETE FROM relations WHERE source_id = ? AND (source_ref = ? OR target_ref = ?)", 2},
            {"DELETE FROM entities WHERE source_id = ? AND ref = ?", 1},
            {"DELETE FROM diagnostics WHERE source_id = ? AND entity_ref = ?", 1},
        };
        for (const auto &st : perRef) {
            if (!q.prepare(QLatin1String(st.sql)))
                return failed(q);
            for (const QString &ref : *patchRefs) {
                q.bindValue(0, source.id);
                for (int k = 1; k <= st.refs; ++k)
                    q.bindValue(k, ref);
                if (!q.exec())
                    return failed(q);
            }
        }
        q.prepare(QStringLiteral("DELETE FROM diagnostics WHERE source_id = ? AND entity_ref = ''"));
        q.bindValue(0, source.id);
        if (!q.exec())
            return failed(q);
    }

    sqlite3 *h = rawHandle(d);
    if (!h) {
        if (error)
            *error = QStringLiteral("%1: the SQLite driver gives no handle").arg(writeFailed);
        return false;
    }
    // DO NOTHING on a ref that is already there: after the deletes above it
    // belongs to another source (or comes twice in this list), and the first
    // provider wins, as in Backstage.
    Stmt insertEntity(h, "INSERT INTO entities (ref, source_id, api_version, kind, namespace, name, title, description, "
                         "type, lifecycle, owner, system, tags, file, line, \"column\", document, data) "
                         "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18) ON CONFLICT(ref) DO NOTHING");
    // A relation declared by two entities of this source (A dependsOn B, B
    // dependencyOf A) is one row.
    Stmt insertRelation(h, "INSERT OR IGNORE INTO relations (source_ref, type, target_ref, source_id) VALUES (?1,?2,?3,?4)");
    Stmt owner(h, "SELECT source_id FROM entities WHERE ref = ?1");
    auto rawFailed = [&](const Stmt &st) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(writeFailed, st.error());
        qCWarning(lcCache) << writeFailed << st.error();
        return false;
    };
    if (!insertEntity.ok())
        return rawFailed(insertEntity);
    if (!insertRelation.ok())
        return rawFailed(insertRelation);
    if (!owner.ok())
        return rawFailed(owner);
    // Bound values stay between executions: what is the same for every row
    // is bound once.
    insertEntity.text(2, source.id);
    insertRelation.text(4, source.id);

    Diagnostics conflicts;
    int written = 0;
    int i = 0;
    for (const Entity *next = nextEntity(); next; next = nextEntity(), ++i) {
        const Entity &e = *next;
        const QString ref = e.ref();
        const QString tags = tagsToJson(e.tags);
        const QByteArray doc = encode(e, i);
        insertEntity.text(1, ref);
        insertEntity.text(3, e.apiVersion);
        insertEntity.text(4, e.kind);
        insertEntity.text(5, e.ns);
        insertEntity.text(6, e.name);
        insertEntity.text(7, e.title);
        insertEntity.text(8, e.description);
        insertEntity.text(9, e.type);
        insertEntity.text(10, e.lifecycle);
        insertEntity.text(11, e.owner);
        insertEntity.text(12, e.system);
        insertEntity.text(13, tags);
        insertEntity.text(14, e.file);
        insertEntity.integer(15, e.line);
        insertEntity.integer(16, e.column);
        insertEntity.integer(17, e.document);
        insertEntity.utf8(18, doc);
        if (!insertEntity.step())
            return rawFailed(insertEntity);

        if (sqlite3_changes(h) == 0) {
            owner.text(1, ref);
            const int rc = sqlite3_step(owner.handle());
            const QString other = rc == SQLITE_ROW
                ? QString::fromUtf16(static_cast<const char16_t *>(sqlite3_column_text16(owner.handle(), 0)))
                : QString();
            sqlite3_reset(owner.handle());
            const QString message = other == source.id
                ? QStringLiteral("conflicting entity %1: already provided earlier in source %2").arg(ref, other)
                : QStringLiteral("conflicting entity %1: already provided by source %2").arg(ref, other);
            conflicts.append(Diagnostic{Severity::Error, e.file, e.line, e.column, message, ref});
        } else {
            ++written;
            // Only what the entity declares, when that is known: the rest
            // are inverses that the declaring side writes.
            const qsizetype own = e.declaredRelations >= 0 ? std::min<qsizetype>(e.declaredRelations, e.relations.size())
                                                           : e.relations.size();
            for (qsizetype k = 0; k < own; ++k) {
                const Relation &r = e.relations[k];
                // Each relation in its canonical direction. An inverse
                // (A dependencyOf B, from B's dependsOn) is the row B writes
                // too: the primary key keeps one.
                if (isInverseType(r.type)) {
                    const QString forward = inverseRelation(r.type);
                    insertRelation.text(1, r.targetRef);
                    insertRelation.text(2, forward);
                    insertRelation.text(3, ref);
                    if (!insertRelation.step())
                        return rawFailed(insertRelation);
                } else {
                    insertRelation.text(1, ref);
                    insertRelation.text(2, r.type);
                    insertRelation.text(3, r.targetRef);
                    if (!insertRelation.step())
                        return rawFailed(insertRelation);
                }
            }
        }
        if (afterEachEntity)
            afterEachEntity(i);
    }

    QSqlQuery insertDiagnostic(d);
    if (!insertDiagnostic.prepare(QStringLiteral("INSERT INTO diagnostics (source_id, severity, file, line, \"column\", "
                                                 "message, entity_ref) VALUES (?,?,?,?,?,?,?)")))
        return failed(insertDiagnostic);
    int errors = 0;
    int warnings = 0;
    const Diagnostics diagnostics = diagnosticsFn();
    for (const Diagnostics *list : std::initializer_list<const Diagnostics *>{&diagnostics, &conflicts}) {
        for (const Diagnostic &x : *list) {
            (x.isError() ? errors : warnings) += 1;
            insertDiagnostic.bindValue(0, source.id);
            insertDiagnostic.bindValue(1, severityText(x.severity));
            insertDiagnostic.bindValue(2, nonNull(x.file));
            insertDiagnostic.bindValue(3, x.line);
            insertDiagnostic.bindValue(4, x.column);
            insertDiagnostic.bindValue(5, nonNull(x.message));
            insertDiagnostic.bindValue(6, nonNull(x.entityRef));
            if (!insertDiagnostic.exec())
                return failed(insertDiagnostic);
        }
    }

    if (patchRefs) {
        // The counts of the whole source, not of this patch.
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM entities WHERE source_id = ?), "
                                 "(SELECT COUNT(*) FROM diagnostics WHERE source_id = ? AND severity = 'error'), "
                                 "(SELECT COUNT(*) FROM diagnostics WHERE source_id = ? AND severity = 'warning')"));
        for (int k = 0; k < 3; ++k)
            q.bindValue(k, source.id);
        if (!q.exec() || !q.next())
            return failed(q);
        written = q.value(0).toInt();
        errors = q.value(1).toInt();
        warnings = q.value(2).toInt();
    }
    {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("UPDATE sources SET entity_count = ?, error_count = ?, warning_count = ? WHERE id = ?"));
        q.bindValue(0, written);
        q.bindValue(1, errors);
        q.bindValue(2, warnings);
        q.bindValue(3, source.id);
        if (!q.exec())
            return failed(q);
    }
    insertDiagnostic.finish();
    return true;
}

bool CatalogStore::removeSource(const QString &sourceId, QString *error)
{
    return replaceSources({}, {sourceId}, error);
}

QList<SourceInfo> CatalogStore::sources() const
{
    QList<SourceInfo> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, location, updated_at, entity_count, error_count, warning_count, "
                               "revision, parent, status, duration_ms FROM sources ORDER BY id"))) {
        qCWarning(lcCache) << "reading sources failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        SourceInfo s;
        s.id = q.value(0).toString();
        s.kind = q.value(1).toString();
        s.location = q.value(2).toString();
        s.updatedAt = timeFromText(q.value(3).toString());
        s.entities = q.value(4).toInt();
        s.errors = q.value(5).toInt();
        s.warnings = q.value(6).toInt();
        s.revision = q.value(7).toString();
        s.parent = q.value(8).toString();
        s.status = q.value(9).toString();
        s.durationMs = q.value(10).toLongLong();
        out.append(s);
    }
    return out;
}

int CatalogStore::entityCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM entities")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<Entity> CatalogStore::entities(const EntityQuery &query) const
{
    QList<Entity> out;
    if (!isOpen())
        return out;
    QStringList where;
    QVariantList values;
    if (!query.kind.isEmpty()) {
        where << QStringLiteral("kind = ?"); // the column is NOCASE
        values << query.kind;
    }
    if (!query.owner.isEmpty()) {
        where << QStringLiteral("owner = ?");
        values << normalizeRef(query.owner, u"group");
    }
    if (!query.ns.isEmpty()) {
        where << QStringLiteral("namespace = ?");
        values << query.ns;
    }
    if (!query.text.isEmpty()) {
        // The user's text is a substring, not a pattern: escape LIKE's
        // wildcards. LIKE is case-insensitive for ASCII.
        QString pattern = query.text;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        where << QStringLiteral("(name LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern;
    }
    QString sql = QLatin1String(kEntitySelect);
    if (query.summaryOnly)
        sql.replace(QStringLiteral(", CAST(data AS BLOB)"), QString());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY kind, name, namespace");
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);

    const QSqlDatabase d = db();
    QHash<QString, qsizetype> index;
    {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            qCWarning(lcCache) << "reading entities failed:" << q.lastError().text();
            return out;
        }
        while (q.next()) {
            if (!query.summaryOnly)
                index.insert(q.value(0).toString(), out.size());
            out.append(entityFromRow(q, !query.summaryOnly));
        }
    }
    if (!query.summaryOnly)
        fillRelations(d, out, index);
    return out;
}

std::optional<Entity> CatalogStore::entity(const QString &ref) const
{
    if (!isOpen())
        return std::nullopt;
    const QString key = normalizeRef(ref, u"component");
    const QSqlDatabase d = db();
    QList<Entity> found;
    {
        QSqlQuery q(d);
        q.prepare(QLatin1String(kEntitySelect) + QStringLiteral(" WHERE ref = ?"));
        q.bindValue(0, key);
        if (!q.exec() || !q.next())
            return std::nullopt;
        found.append(entityFromRow(q));
    }
    fillRelations(d, found, {{key, 0}});
    return found.first();
}

QList<Relation> CatalogStore::relations(const QString &ref) const
{
    QList<Relation> out;
    if (!isOpen())
        return out;
    const QString key = normalizeRef(ref, u"component");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_ref, type, target_ref FROM relations WHERE source_ref = ? "
                             "UNION SELECT source_ref, type, target_ref FROM relations WHERE target_ref = ?"));
    q.bindValue(0, key);
    q.bindValue(1, key);
    if (!q.exec())
        return out;
    while (q.next())
        expandRow(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), [&](const QString &at, Relation r) {
            if (at == key)
                out.append(std::move(r));
        });
    sortUnique(out);
    return out;
}

void CatalogStore::forEachRelation(const std::function<void(const QString &, const QString &, const QString &)> &fn) const
{
    if (!isOpen() || !fn)
        return;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT source_ref, type, target_ref FROM relations"))) {
        qCWarning(lcCache) << "reading relations failed:" << q.lastError().text();
        return;
    }
    while (q.next())
        expandRow(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  [&](const QString &from, const Relation &r) { fn(from, r.type, r.targetRef); });
}

Diagnostics CatalogStore::diagnostics(const QString &sourceId, const QString &entityRef) const
{
    Diagnostics out;
    if (!isOpen())
        return out;
    QString sql = QStringLiteral("SELECT severity, file, line, \"column\", message, entity_ref FROM diagnostics");
    QStringList where;
    QVariantList values;
    if (!sourceId.isEmpty()) {
        where << QStringLiteral("source_id = ?");
        values << sourceId;
    }
    if (!entityRef.isEmpty()) {
        where << QStringLiteral("entity_ref = ?");
        values << normalizeRef(entityRef, u"component");
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        qCWarning(lcCache) << "reading diagnostics failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        Diagnostic x;
        x.severity = q.value(0).toString() == u"warning" ? Severity::Warning : Severity::Error;
        x.file = q.value(1).toString();
        x.line = q.value(2).toInt();
        x.column = q.value(3).toInt();
        x.message = q.value(4).toString();
        x.entityRef = q.value(5).toString();
        out.append(x);
    }
    return out;
}

QDateTime CatalogStore::lastUpdated() const
{
    if (!isOpen())
        return {};
    QSqlQuery q(db());
    // ISO 8601 in UTC with a fixed width sorts as text.
    if (!q.exec(QStringLiteral("SELECT MAX(updated_at) FROM sources")) || !q.next())
        return {};
    return timeFromText(q.value(0).toString());
}

QList<SourceFile> CatalogStore::sourceFiles(const QString &sourceId) const
{
    QList<SourceFile> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT url, etag, content FROM source_files WHERE source_id = ? ORDER BY url"));
    q.bindValue(0, sourceId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(SourceFile{q.value(0).toString(), q.value(1).toString().toLatin1(), q.value(2).toByteArray()});
    return out;
}

} // namespace atrium
