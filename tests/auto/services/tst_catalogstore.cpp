// SPDX-License-Identifier: Apache-2.0
#include "catalogfixtures.h"
#include "catalogstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace atrium;

namespace {

/** A second, plain connection to a cache file, to look under the store. */
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    int rowCount(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return -1;
        int n = 0;
        while (q.next())
            ++n;
        return n;
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

QStringList sortedRefs(const QList<Entity> &list)
{
    QStringList out;
    for (const auto &e : list)
        out << e.ref();
    out.sort();
    return out;
}

const QDateTime kNow = QDateTime(QDate(2024, 5, 17), QTime(9, 30, 15, 250), Qt::UTC);

SourceInfo src(const QString &id, const QDateTime &at = kNow)
{
    SourceInfo s;
    s.id = id;
    s.kind = QStringLiteral("file");
    s.location = QStringLiteral("/catalog/%1").arg(id);
    s.updatedAt = at;
    return s;
}

Entity group(const QString &name)
{
    Entity g = Entity::fromDocument(QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Group")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("team")},
                                             {QStringLiteral("children"), QJsonArray{}}}},
    });
    g.file = QStringLiteral("/catalog/org.yaml");
    g.line = 12;
    g.column = 3;
    g.document = 2;
    return g;
}

} // namespace

class TestCatalogStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultPathHonoursEnvironment();
    void freshFileIsMigrated();
    void newerSchemaIsRefused();
    void notADatabaseIsRefused();
    void closedStoreRefusesWrites();
    void roundTrip();
    void queries();
    void shortRefsAndCase();
    void reopenKeepsData();
    void replaceSourceReplacesOnlyThatSource();
    void conflictAcrossSources();
    void duplicateWithinSource();
    void removeSource();
    void interruptedWriteKeepsPreviousCatalog();
    void killedWriterKeepsPreviousCatalog_data();
    void killedWriterKeepsPreviousCatalog();
    void insertRate();

private:
    QString freshPath(const QString &name = QStringLiteral("catalog.sqlite"))
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
/** What the store returns as the relations of @p ref, given what was
 *  written: the entity's own relations and the inverse of every relation
 *  that points at it, once each, by type and then target. */
QList<Relation> expectedRelations(const QList<Entity> &written, const QString &ref)
{
    QList<Relation> out;
    for (const Entity &e : written)
        for (const Relation &r : e.relations) {
            if (e.ref() == ref)
                out.append(r);
            if (r.targetRef == ref && !inverseRelation(r.type).isEmpty())
                out.append(Relation{inverseRelation(r.type), e.ref()});
        }
    std::sort(out.begin(), out.end(), [](const Relation &a, const Relation &b) {
        return a.type != b.type ? a.type < b.type : a.targetRef < b.targetRef;
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
} // namespace

void TestCatalogStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("ATRIUM_CACHE");
}

void TestCatalogStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalogStore::defaultPathHonoursEnvironment()
{
    qunsetenv("ATRIUM_CACHE");
    QCOMPARE(CatalogStore::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/atrium/catalog.sqlite"));
    // Test mode keeps the default away from the user's real data.
    QVERIFY(CatalogStore::defaultPath().contains(QStringLiteral(".qttest")));

    const QString mine = m_dir->filePath(QStringLiteral("elsewhere.sqlite"));
    qputenv("ATRIUM_CACHE", mine.toLocal8Bit());
    QCOMPARE(CatalogStore::defaultPath(), mine);
    qunsetenv("ATRIUM_CACHE");
}

void TestCatalogStore::freshFileIsMigrated()
{
    // A folder that does not exist yet, as on first start.
    const QString path = m_dir->filePath(QStringLiteral("deep/er/catalog.sqlite"));
    {
        CatalogStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), path);
        QCOMPARE(store.entityCount(), 0);
        QVERIFY(store.sources().isEmpty());
        QVERIFY(!store.lastUpdated().isValid());
    }
    QVERIFY(CatalogStore::schemaVersion() >= 1);
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), CatalogStore::schemaVersion());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char *table : {"sources", "entities", "relations", "diagnostics"})
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                                .arg(QLatin1String(table)))
                     .toInt(),
                 1);

    // Opening again runs no migration and keeps the version.
    CatalogStore again;
    QVERIFY(again.open(path));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), CatalogStore::schemaVersion());
}

void TestCatalogStore::newerSchemaIsRefused()
{
    const QString path = freshPath();
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(CatalogStore::schemaVersion() + 1)));
    }
    CatalogStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QStringLiteral("newer version of Atrium")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    // Refusing must not touch the file.
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), CatalogStore::schemaVersion() + 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'entities'")).toInt(), 0);
}

void TestCatalogStore::notADatabaseIsRefused()
{
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    CatalogStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestCatalogStore::closedStoreRefusesWrites()
{
    CatalogStore store;
    QString error;
    QVERIFY(!store.replaceSource(src(QStringLiteral("a")), fixtures::components(QStringLiteral("c"), 1), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.entities().isEmpty());
    QVERIFY(!store.entity(QStringLiteral("c-0")));
}

void TestCatalogStore::roundTrip()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));

    QList<Entity> in = fixtures::components(QStringLiteral("svc"), 3, QStringLiteral("a"));
    Entity g = group(QStringLiteral("team-0"));
    g.source = QStringLiteral("a");
    g.relations = {{QStringLiteral("ownerOf"), in[0].ref()}, {QStringLiteral("ownerOf"), in[1].ref()}};
    in.append(g);
    in[2].tags.clear(); // no tags at all must round trip too
    in[2].title.clear();

    const Diagnostics diags{
        {Severity::Error, QStringLiteral("/catalog/bad.yaml"), 4, 7, QStringLiteral("bad \"name\": ünïcode"),
         QStringLiteral("component:default/broken")},
        {Severity::Warning, QStringLiteral("/catalog/svc-1/catalog-info.yaml"), 9, 5,
         QStringLiteral("entity reference system:default/payments is not in the catalog"), in[1].ref()},
    };
    QString error;
    QVERIFY2(store.replaceSource(src(QStringLiteral("a")), in, diags, &error), qPrintable(error));

    QCOMPARE(store.entityCount(), 4);
    const QList<Entity> out = store.entities();
    QCOMPARE(out.size(), in.size());
    // Ordered by kind, then name: Component before Group.
    QCOMPARE(out.first().ref(), QStringLiteral("component:default/svc-0"));
    QCOMPARE(out.last().ref(), QStringLiteral("group:default/team-0"));
    for (const Entity &want : in) {
        const auto it = std::find_if(out.cbegin(), out.cend(), [&](const Entity &e) { return e.ref() == want.ref(); });
        QVERIFY2(it != out.cend(), qPrintable(want.ref()));
        const Entity &got = *it;
        QCOMPARE(got.data, want.data);
        QCOMPARE(got.apiVersion, want.apiVersion);
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.ns, want.ns);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.title, want.title);
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.type, want.type);
        QCOMPARE(got.lifecycle, want.lifecycle);
        QCOMPARE(got.owner, want.owner);
        QCOMPARE(got.system, want.system);
        QCOMPARE(got.tags, want.tags);
        QCOMPARE(got.file, want.file);
        QCOMPARE(got.line, want.line);
        QCOMPARE(got.column, want.column);
        QCOMPARE(got.document, want.document);
        QCOMPARE(got.source, QStringLiteral("a"));
        // Inverses come from the other side's rows: svc-1 is ownedBy team-1
        // (its spec) and by team-0 (team-0's ownerOf).
        QCOMPARE(got.relations, expectedRelations(in, want.ref()));
        QCOMPARE(got.data, want.data);
    }
    QCOMPARE(expectedRelations(in, in[1].ref()).size(), 3);

    const auto one = store.entity(QStringLiteral("group:default/team-0"));
    QVERIFY(one);
    QCOMPARE(one->relations, expectedRelations(in, g.ref()));
    QCOMPARE(store.relations(QStringLiteral("group:default/team-0")), expectedRelations(in, g.ref()));

    int count = 0;
    QSet<QString> seen;
    store.forEachRelation([&](const QString &from, const QString &type, const QString &to) {
        ++count;
        seen.insert(from + u' ' + type + u' ' + to);
    });
    // Seven relations are stored (team-0's ownerOf svc-0 is svc-0's own
    // ownedBy), each reported in both directions.
    QCOMPARE(count, 7 * 2);
    QVERIFY(seen.contains(QStringLiteral("component:default/svc-1 ownedBy group:default/team-1")));
    QVERIFY(seen.contains(QStringLiteral("group:default/team-0 ownerOf component:default/svc-1")));

    QCOMPARE(store.diagnostics(), diags);
    QCOMPARE(store.diagnostics(QStringLiteral("a")), diags);
    QCOMPARE(store.diagnostics(QStringLiteral("b")), Diagnostics{});
    QCOMPARE(store.diagnostics({}, in[1].ref()), Diagnostics{diags[1]});
    QCOMPARE(store.diagnostics(QStringLiteral("a"), QStringLiteral("broken")), Diagnostics{diags[0]});

    const QList<SourceInfo> sources = store.sources();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].id, QStringLiteral("a"));
    QCOMPARE(sources[0].kind, QStringLiteral("file"));
    QCOMPARE(sources[0].location, QStringLiteral("/catalog/a"));
    QCOMPARE(sources[0].updatedAt, kNow);
    QCOMPARE(sources[0].updatedAt.timeSpec(), Qt::UTC);
    QCOMPARE(sources[0].entities, 4);
    QCOMPARE(sources[0].errors, 1);
    QCOMPARE(sources[0].warnings, 1);
    QCOMPARE(store.lastUpdated(), kNow);

    // The newest write of any source.
    QVERIFY(store.replaceSource(src(QStringLiteral("b"), kNow.addSecs(60)), {}, {}));
    QVERIFY(store.replaceSource(src(QStringLiteral("c"), kNow.addSecs(-60)), {}, {}));
    QCOMPARE(store.lastUpdated(), kNow.addSecs(60));
}

void TestCatalogStore::queries()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    QList<Entity> in{
        fixtures::component(QStringLiteral("alpha"), QStringLiteral("team-a")),
        fixtures::component(QStringLiteral("beta"), QStringLiteral("team-b")),
        fixtures::component(QStringLiteral("gamma"), QStringLiteral("team-a"), QStringLiteral("ops")),
        fixtures::component(QStringLiteral("100_percent"), QStringLiteral("team-b")),
        group(QStringLiteral("team-a")),
    };
    in[1].title = QStringLiteral("Billing 100% edition");
    QVERIFY(store.replaceSource(src(QStringLiteral("a")), in, {}));

    auto refs = [&](const EntityQuery &q) {
        QStringList out;
        for (const auto &e : store.entities(q))
            out << e.ref();
        return out;
    };
    EntityQuery q;
    q.kind = QStringLiteral("GROUP");
    QCOMPARE(refs(q), QStringList{QStringLiteral("group:default/team-a")});
    q = {};
    q.kind = QStringLiteral("component");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:default/100_percent"), QStringLiteral("component:default/alpha"),
                                   QStringLiteral("component:default/beta"), QStringLiteral("component:ops/gamma")}));
    q.limit = 2;
    QCOMPARE(refs(q).size(), 2);
    q = {};
    q.owner = QStringLiteral("group:default/team-a");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:default/alpha")}));
    q.owner = QStringLiteral("group:ops/team-a");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:ops/gamma")}));
    q = {};
    q.ns = QStringLiteral("OPS");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:ops/gamma")}));

    // Text is a case-insensitive substring, wildcards taken literally.
    q = {};
    q.text = QStringLiteral("ALPH");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:default/alpha")}));
    q.text = QStringLiteral("100%");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:default/beta")}));
    q.text = QStringLiteral("0_p");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:default/100_percent")}));
    q.text = QStringLiteral("a_p");
    QCOMPARE(refs(q), QStringList{});
    q.text = QStringLiteral("every region"); // description
    QCOMPARE(refs(q).size(), 4);
    q.kind = QStringLiteral("component");
    q.ns = QStringLiteral("default");
    q.owner = QStringLiteral("group:default/team-b");
    QCOMPARE(refs(q), (QStringList{QStringLiteral("component:default/100_percent"), QStringLiteral("component:default/beta")}));

    // Relations are filled on query results, large or small; groups get the
    // ownerOf of what they own.
    const QList<Entity> small = store.entities();
    for (const Entity &e : small)
        if (e.kind == u"Group")
            QVERIFY(std::all_of(e.relations.cbegin(), e.relations.cend(), [](const Relation &r) { return r.type == u"ownerOf"; }));
        else
            QCOMPARE(e.relations.size(), 2);
    QVERIFY(store.replaceSource(src(QStringLiteral("big")), fixtures::components(QStringLiteral("many"), 3000), {}));
    const QList<Entity> all = store.entities();
    QCOMPARE(all.size(), 3005);
    for (const Entity &e : all)
        if (e.kind != u"Group")
            QCOMPARE(e.relations.size(), 2);
    QCOMPARE(all[1234].relations, store.relations(all[1234].ref()));
}

void TestCatalogStore::shortRefsAndCase()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    Entity e = fixtures::component(QStringLiteral("Shop-Front"), QStringLiteral("team-a"));
    QVERIFY(store.replaceSource(src(QStringLiteral("a")), {e, group(QStringLiteral("Team-A"))}, {}));
    QCOMPARE(e.ref(), QStringLiteral("component:default/shop-front"));

    for (const char *text : {"component:default/shop-front", "Component:Default/Shop-Front", "shop-front", "SHOP-FRONT",
                             "default/shop-front", "  shop-front  "}) {
        const auto found = store.entity(QString::fromLatin1(text));
        QVERIFY2(found, text);
        QCOMPARE(found->name, QStringLiteral("Shop-Front")); // case as written
        QCOMPARE(found->relations.size(), 2);
    }
    QVERIFY(store.entity(QStringLiteral("group:team-a")));
    QVERIFY(!store.entity(QStringLiteral("team-a"))); // defaults to a component
    QVERIFY(!store.entity(QStringLiteral("api:default/shop-front")));
    QVERIFY(!store.entity(QStringLiteral("")));
    QCOMPARE(store.relations(QStringLiteral("Shop-Front")).size(), 2);
}

void TestCatalogStore::reopenKeepsData()
{
    const QString path = freshPath();
    const QList<Entity> in = fixtures::components(QStringLiteral("svc"), 50);
    const Diagnostics diags{{Severity::Warning, QStringLiteral("f.yaml"), 1, 2, QStringLiteral("w"), {}}};
    {
        CatalogStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.replaceSource(src(QStringLiteral("a")), in, diags));
        store.close();
        QVERIFY(!store.isOpen());
        QCOMPARE(store.entityCount(), 0);
    }
    CatalogStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.entityCount(), 50);
    QCOMPARE(sortedRefs(store.entities()), sortedRefs(in));
    QCOMPARE(store.diagnostics(), diags);
    QCOMPARE(store.sources().value(0).entities, 50);
    QCOMPARE(store.lastUpdated(), kNow);

    // A second open on the same store switches files cleanly.
    QVERIFY(store.open(freshPath(QStringLiteral("other.sqlite"))));
    QCOMPARE(store.entityCount(), 0);
}

void TestCatalogStore::replaceSourceReplacesOnlyThatSource()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    const Diagnostics diagsA{{Severity::Error, QStringLiteral("a.yaml"), 1, 1, QStringLiteral("old a"), {}}};
    const Diagnostics diagsB{{Severity::Warning, QStringLiteral("b.yaml"), 1, 1, QStringLiteral("b"), {}}};
    QVERIFY(store.replaceSource(src(QStringLiteral("a")), fixtures::components(QStringLiteral("old"), 10), diagsA));
    QVERIFY(store.replaceSource(src(QStringLiteral("b")), fixtures::components(QStringLiteral("other"), 5), diagsB));
    QCOMPARE(store.entityCount(), 15);

    const QList<Entity> next = fixtures::components(QStringLiteral("new"), 3);
    const Diagnostics diagsA2{{Severity::Warning, QStringLiteral("a.yaml"), 2, 2, QStringLiteral("new a"), {}}};
    QVERIFY(store.replaceSource(src(QStringLiteral("a"), kNow.addDays(1)), next, diagsA2));

    QCOMPARE(store.entityCount(), 8);
    QVERIFY(!store.entity(QStringLiteral("old-0")));
    QVERIFY(store.entity(QStringLiteral("new-2")));
    QCOMPARE(store.relations(QStringLiteral("old-0")), QList<Relation>{});
    QCOMPARE(store.diagnostics(QStringLiteral("a")), diagsA2);
    QCOMPARE(store.diagnostics(QStringLiteral("b")), diagsB);

    for (const Entity &e : store.entities()) {
        QVERIFY(e.name.startsWith(u"new") || e.name.startsWith(u"other"));
        QCOMPARE(e.source, e.name.startsWith(u"new") ? QStringLiteral("a") : QStringLiteral("b"));
        QCOMPARE(e.relations.size(), 2);
    }
    // Each stored relation is reported both ways.
    int relations = 0;
    store.forEachRelation([&](const QString &, const QString &, const QString &) { ++relations; });
    QCOMPARE(relations, 8 * 2 * 2);

    const QList<SourceInfo> s = store.sources();
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0].id, QStringLiteral("a"));
    QCOMPARE(s[0].entities, 3);
    QCOMPARE(s[0].errors, 0);
    QCOMPARE(s[0].warnings, 1);
    QCOMPARE(s[0].updatedAt, kNow.addDays(1));
    QCOMPARE(s[1].entities, 5);
    QCOMPARE(s[1].updatedAt, kNow);
}

void TestCatalogStore::conflictAcrossSources()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    Entity mine = fixtures::component(QStringLiteral("shared"), QStringLiteral("team-a"));
    QVERIFY(store.replaceSource(src(QStringLiteral("a")), {mine}, {}));

    Entity theirs = fixtures::component(QStringLiteral("SHARED"), QStringLiteral("team-b"));
    theirs.file = QStringLiteral("/b/catalog-info.yaml");
    theirs.line = 7;
    theirs.column = 1;
    const Entity extra = fixtures::component(QStringLiteral("only-b"), QStringLiteral("team-b"));
    QString error;
    QVERIFY2(store.replaceSource(src(QStringLiteral("b")), {theirs, extra}, {}, &error), qPrintable(error));

    // The first provider keeps the entity, with its relations.
    const auto kept = store.entity(QStringLiteral("shared"));
    QVERIFY(kept);
    QCOMPARE(kept->source, QStringLiteral("a"));
    QCOMPARE(kept->owner, QStringLiteral("group:default/team-a"));
    QCOMPARE(kept->relations, mine.relations);
    QVERIFY(store.entity(QStringLiteral("only-b")));
    QCOMPARE(store.entityCount(), 2);

    const Diagnostics d = store.diagnostics(QStringLiteral("b"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].severity, Severity::Error);
    QCOMPARE(d[0].message, QStringLiteral("conflicting entity component:default/shared: already provided by source a"));
    QCOMPARE(d[0].entityRef, QStringLiteral("component:default/shared"));
    QCOMPARE(d[0].file, QStringLiteral("/b/catalog-info.yaml"));
    QCOMPARE(d[0].line, 7);
    QVERIFY(store.diagnostics(QStringLiteral("a")).isEmpty());

    const QList<SourceInfo> s = store.sources();
    QCOMPARE(s[1].id, QStringLiteral("b"));
    QCOMPARE(s[1].entities, 1);
    QCOMPARE(s[1].errors, 1);

    // Once a gives it up, b's next write gets it.
    QVERIFY(store.removeSource(QStringLiteral("a")));
    QVERIFY(store.replaceSource(src(QStringLiteral("b")), {theirs, extra}, {}));
    QCOMPARE(store.entity(QStringLiteral("shared"))->source, QStringLiteral("b"));
    QVERIFY(store.diagnostics(QStringLiteral("b")).isEmpty());
}

void TestCatalogStore::duplicateWithinSource()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    Entity one = fixtures::component(QStringLiteral("twice"));
    Entity two = fixtures::component(QStringLiteral("twice"), QStringLiteral("team-z"));
    QVERIFY(store.replaceSource(src(QStringLiteral("a")), {one, two}, {}));
    QCOMPARE(store.entityCount(), 1);
    QCOMPARE(store.entity(QStringLiteral("twice"))->owner, QStringLiteral("group:default/team-a"));
    QCOMPARE(store.relations(QStringLiteral("twice")), one.relations);
    QCOMPARE(store.diagnostics(QStringLiteral("a")).size(), 1);
}

void TestCatalogStore::removeSource()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    QVERIFY(store.replaceSource(src(QStringLiteral("a")), fixtures::components(QStringLiteral("x"), 4),
                                {{Severity::Error, {}, 0, 0, QStringLiteral("e"), {}}}));
    QVERIFY(store.replaceSource(src(QStringLiteral("b")), fixtures::components(QStringLiteral("y"), 2), {}));
    QString error;
    QVERIFY2(store.removeSource(QStringLiteral("a"), &error), qPrintable(error));
    QCOMPARE(store.entityCount(), 2);
    QCOMPARE(store.sources().size(), 1);
    QCOMPARE(store.sources()[0].id, QStringLiteral("b"));
    QVERIFY(store.diagnostics().isEmpty());
    int relations = 0, fromComponents = 0;
    store.forEachRelation([&](const QString &from, const QString &, const QString &to) {
        ++relations;
        if (from.startsWith(u"component:"))
            QVERIFY(from.startsWith(u"component:default/y-"));
        else
            QVERIFY(to.startsWith(u"component:default/y-")); // the inverse
        fromComponents += from.startsWith(u"component:") ? 1 : 0;
    });
    QCOMPARE(fromComponents, 4);
    QCOMPARE(relations, 8);
    // Removing what is not there is not an error.
    QVERIFY(store.removeSource(QStringLiteral("nope")));
}

void TestCatalogStore::interruptedWriteKeepsPreviousCatalog()
{
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    const QList<Entity> first = fixtures::components(QStringLiteral("first"), 100);
    const Diagnostics diags{{Severity::Warning, QStringLiteral("f"), 1, 1, QStringLiteral("kept"), {}}};
    QVERIFY(store.replaceSource(src(QStringLiteral("s")), first, diags));
    QVERIFY(store.replaceSource(src(QStringLiteral("t")), fixtures::components(QStringLiteral("other"), 10), {}));

    // Enough entities that the write runs its encoder thread, which must
    // stop cleanly when the write is abandoned.
    const QList<Entity> second = fixtures::components(QStringLiteral("second"), 3000);
    int calls = 0;
    bool thrown = false;
    try {
        QString error;
        const bool ok = store.replaceSource(src(QStringLiteral("s"), kNow.addDays(1)), second, {}, &error, [&](int i) {
            ++calls;
            if (i == 1500)
                throw std::runtime_error("simulated crash");
        });
        QVERIFY(!ok);
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(calls, 1501);

    auto check = [&](const CatalogStore &s) {
        QCOMPARE(s.entityCount(), 110);
        EntityQuery q;
        q.text = QStringLiteral("first-");
        QCOMPARE(sortedRefs(s.entities(q)), sortedRefs(first));
        q.text = QStringLiteral("second-");
        QVERIFY(s.entities(q).isEmpty());
        QCOMPARE(s.diagnostics(QStringLiteral("s")), diags);
        QCOMPARE(s.sources().value(0).entities, 100);
        QCOMPARE(s.sources().value(0).updatedAt, kNow);
        int relations = 0;
        s.forEachRelation([&](const QString &, const QString &, const QString &) { ++relations; });
        QCOMPARE(relations, 110 * 2 * 2); // each stored relation, both ways
    };
    check(store);
    if (QTest::currentTestFailed())
        return;

    // The transaction is gone, not left open: the store writes again, and
    // what another connection sees is the old catalog too.
    CatalogStore other;
    QVERIFY(other.open(store.path()));
    check(other);
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(store.replaceSource(src(QStringLiteral("s")), second, {}, &error), qPrintable(error));
    QCOMPARE(other.entityCount(), 3010);
}

void TestCatalogStore::killedWriterKeepsPreviousCatalog_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("_exit") << QStringLiteral("exit");
    QTest::newRow("SIGKILL") << QStringLiteral("kill");
}

void TestCatalogStore::killedWriterKeepsPreviousCatalog()
{
    QFETCH(QString, mode);
    const QString path = freshPath();
    // Enough rows in the second write that SQLite spills uncommitted pages
    // to the WAL before the writer dies.
    constexpr int first = 1000;
    constexpr int second = 40000;
    QProcess killer;
    killer.start(QStringLiteral(ATRIUM_STORE_KILLER),
                 {path, QString::number(first), QString::number(second), mode});
    QVERIFY(killer.waitForFinished(120000));
    QCOMPARE(killer.readAllStandardOutput(), QByteArray("first written\n"));
    if (mode == u"kill") {
        QCOMPARE(killer.exitStatus(), QProcess::CrashExit);
    } else {
        QCOMPARE(killer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(killer.exitCode(), 9);
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    qInfo("WAL left by the killed writer: %lld bytes", wal.exists() ? wal.size() : -1LL);

    {
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.rowCount(QStringLiteral("PRAGMA foreign_key_check")), 0);
    }
    CatalogStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.entityCount(), first);
    const QList<Entity> all = store.entities();
    QCOMPARE(sortedRefs(all), sortedRefs(fixtures::components(QStringLiteral("first"), first)));
    for (const Entity &e : all)
        QCOMPARE(e.relations.size(), 2);
    QCOMPARE(store.sources().value(0).entities, first);
    // And the file takes the next write.
    QVERIFY2(store.replaceSource(src(QStringLiteral("s")), fixtures::components(QStringLiteral("after"), 5), {}, &error),
             qPrintable(error));
    QCOMPARE(store.entityCount(), 5);
}

void TestCatalogStore::insertRate()
{
    // Reported, not asserted: timings on shared CI machines are noise.
    CatalogStore store;
    QVERIFY(store.open(freshPath()));
    constexpr int n = 100000;
    const QList<Entity> in = fixtures::components(QStringLiteral("rate"), n);
    qsizetype relations = 0;
    for (const Entity &e : in)
        relations += e.relations.size();
    auto report = [&](const char *what, qint64 ms) {
        ms = std::max<qint64>(ms, 1);
        qInfo("%s: %d entities + %lld relations in %lld ms = %lld entity rows/s (%lld rows/s in all)", what, n,
              qint64(relations), ms, qint64(n) * 1000 / ms, (n + relations) * 1000 / ms);
    };

    QElapsedTimer t;
    t.start();
    QString error;
    QVERIFY2(store.replaceSource(src(QStringLiteral("s")), in, {}, &error), qPrintable(error));
    report("replaceSource into an empty cache", t.elapsed());

    // The usual case: a sync replacing the same source, deletes included.
    t.restart();
    QVERIFY2(store.replaceSource(src(QStringLiteral("s")), in, {}, &error), qPrintable(error));
    report("replaceSource over the same source", t.elapsed());

    t.restart();
    const QList<Entity> out = store.entities();
    const qint64 readMs = std::max<qint64>(1, t.elapsed());
    QCOMPARE(out.size(), n);
    qInfo("entities(): %d entities with their relations in %lld ms = %lld entities/s", n, readMs,
          qint64(n) * 1000 / readMs);
}

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
