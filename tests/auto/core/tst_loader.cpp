// SPDX-License-Identifier: Apache-2.0
#include "catalogloader.h"
#include "contentsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {
const QString kData = QStringLiteral(ATRIUM_TEST_DATA "/core");
const QString kCompat = QStringLiteral(ATRIUM_COMPAT_DIR);

QStringList refs(const LoadResult &r)
{
    QStringList l;
    for (const auto &e : r.entities)
        l << e.ref();
    l.sort();
    return l;
}

const Entity *find(const LoadResult &r, const QString &ref)
{
    for (const auto &e : r.entities)
        if (e.ref() == ref)
            return &e;
    return nullptr;
}

QStringList messages(const LoadResult &r, Severity s)
{
    QStringList l;
    for (const auto &d : r.diagnostics)
        if (d.severity == s)
            l << QStringLiteral("%1:%2:%3 %4").arg(QFileInfo(d.file).fileName()).arg(d.line).arg(d.column).arg(d.message);
    return l;
}
} // namespace

class TestLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compatCatalogLoadsAsBackstageWould()
    {
        if (!QFileInfo::exists(kCompat))
            QSKIP("the shared compatibility corpus is not beside this checkout");
        const LoadResult r = CatalogLoader().load({kCompat + QStringLiteral("/catalog/all.yaml"), kCompat + QStringLiteral("/catalog/acme-corp.yaml")});
        QCOMPARE(messages(r, Severity::Error), QStringList());
        QHash<QString, int> byKind;
        for (const auto &e : r.entities)
            byKind[e.kind]++;
        QCOMPARE(byKind.value(QStringLiteral("Group")), 9);
        QCOMPARE(byKind.value(QStringLiteral("User")), 17);
        QCOMPARE(byKind.value(QStringLiteral("Domain")), 3);
        QCOMPARE(byKind.value(QStringLiteral("System")), 3);
        QCOMPARE(byKind.value(QStringLiteral("Component")), 13);
        QVERIFY(find(r, QStringLiteral("user:development/guest")));
        // The corpus's own dangling references (README "negative cases") and
        // the three $text placeholders that point at other repositories.
        const QStringList warnings = messages(r, Severity::Warning);
        QCOMPARE(warnings.filter(u"not in the catalog").size(), 2);
        QVERIFY(warnings.filter(u"api:default/hello-world").size() == 1);
        QVERIFY(warnings.filter(u"group:default/guest").size() == 1);
        QCOMPARE(warnings.filter(u"remote files are read during sync").size(), 3);
        // $text relative to the entity file was substituted.
        const Entity *webhook = find(r, QStringLiteral("api:default/petstore-webhook"));
        QVERIFY(webhook);
        QVERIFY(webhook->data.value(u"spec").toObject().value(u"definition").toString().contains(u"webhooks"));
    }
    void everyCompatFileValidatesAlone()
    {
        if (!QFileInfo::exists(kCompat))
            QSKIP("the shared compatibility corpus is not beside this checkout");
        QStringList dirs{kCompat + QStringLiteral("/catalog"), kCompat + QStringLiteral("/catalog-extra"), kCompat + QStringLiteral("/demo")};
        int files = 0;
        for (const QString &dir : dirs) {
            QDirIterator it(dir, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (f.endsWith(u".oas.yaml") || f.endsWith(u"app-config.yaml"))
                    continue; // an OpenAPI document read through $text; Backstage's own config
                LoadOptions opt;
                opt.checkReferences = false;
                opt.followLocations = false;
                const LoadResult r = CatalogLoader(opt).load({f});
                QVERIFY2(r.errorCount() == 0, qPrintable(f + QStringLiteral(": ") + messages(r, Severity::Error).join(u"; ")));
                QVERIFY2(!r.entities.isEmpty(), qPrintable(f));
                ++files;
            }
        }
        QVERIFY(files >= 45);
    }
    void compatTemplatesLoadWithoutTheirSkeletons()
    {
        if (!QFileInfo::exists(kCompat))
            QSKIP("the shared compatibility corpus is not beside this checkout");
        LoadOptions opt;
        opt.checkReferences = false;
        const LoadResult r = CatalogLoader(opt).load({kCompat + QStringLiteral("/templates")});
        QCOMPARE(messages(r, Severity::Error), QStringList());
        int templates = 0;
        for (const auto &e : r.entities)
            templates += e.kind == u"Template";
        QCOMPARE(templates, 11);
    }
    void demoOrgIsClean()
    {
        const LoadResult r = CatalogLoader().load({QStringLiteral(ATRIUM_DEMO_DIR "/catalog-info.yaml")});
        QCOMPARE(messages(r, Severity::Error) + messages(r, Severity::Warning), QStringList());
        QVERIFY(r.entities.size() >= 40);
        QVERIFY(find(r, QStringLiteral("component:default/order-service")));
        QVERIFY(find(r, QStringLiteral("template:default/spring-boot-service")));
    }
    void locationsTargetsGlobsAndPresence()
    {
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/locations/root.yaml")});
        QCOMPARE(refs(r), (QStringList{QStringLiteral("api:default/nested-api"), QStringLiteral("component:default/service-one"),
                                        QStringLiteral("group:default/team-a"), QStringLiteral("location:default/optional-things"),
                                        QStringLiteral("location:default/root")}));
        const QStringList errors = messages(r, Severity::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith(u"root.yaml:10:7 Location target ./missing-required.yaml does not exist"), qPrintable(errors[0]));
        QCOMPARE(messages(r, Severity::Warning), QStringList()); // optional target: silent
    }
    void eachFileReadOnce()
    {
        // The folder scan and the Location both reach team.yaml.
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/locations/root.yaml"), kData + QStringLiteral("/locations/team.yaml")});
        QCOMPARE(r.files.count(QDir::cleanPath(kData + QStringLiteral("/locations/team.yaml"))), 1);
        QCOMPARE(messages(r, Severity::Error).filter(u"conflicting").size(), 0);
    }
    void substitutions()
    {
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/subst/api.yaml")});
        const Entity *text = find(r, QStringLiteral("api:default/text-api"));
        QVERIFY(text);
        QCOMPARE(text->data.value(u"spec").toObject().value(u"definition").toString(), QStringLiteral("openapi: 3.0.0\ninfo:\n  title: Text API\n"));
        const Entity *jy = find(r, QStringLiteral("component:default/json-yaml"));
        QVERIFY(jy);
        QCOMPARE(jy->data.value(u"metadata").toObject().value(u"annotations").toObject().value(u"example.com/tier").toString(), QStringLiteral("1"));
        const QJsonObject spec = jy->data.value(u"spec").toObject();
        QCOMPARE(spec.value(u"extra").toObject().value(u"replicas").toInt(), 3);
        // An object with a $ key and other keys is not a placeholder.
        QCOMPARE(spec.value(u"notPlaceholder").toObject().value(u"other").toString(), QStringLiteral("kept"));
        QVERIFY(spec.value(u"notPlaceholder").toObject().contains(u"$text"));
        const QStringList errors = messages(r, Severity::Error);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors[0].startsWith(u"api.yaml:37:5 placeholder $text could not read ./does-not-exist.yaml"));
        QVERIFY(errors[1].contains(u"exactly one document"));
        QVERIFY(!find(r, QStringLiteral("api:default/broken-placeholder")));
    }
    void duplicatesKeepTheFirstAndNameBoth()
    {
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/dupes")});
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.entities[0].type, QStringLiteral("service")); // one.yaml's
        const QStringList errors = messages(r, Severity::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].startsWith(u"two.yaml:2:1 conflicting entity component:default/same-name"));
        QVERIFY(errors[0].contains(u"one.yaml:1:1"));
    }
    void bomCrlfAndEmptyDocuments()
    {
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/bom-crlf.yaml")});
        QCOMPARE(r.diagnostics.size(), 0);
        QCOMPARE(refs(r), QStringList{QStringLiteral("group:default/crlf-group")});
        QCOMPARE(r.entities[0].line, 5);
    }
    void badFilesDoNotStopOthers()
    {
        // Named files: every document must be an entity (a folder scan
        // would skip the one that is a list).
        QStringList files;
        for (const QString &f : QDir(kData + QStringLiteral("/bad")).entryList({QStringLiteral("*.yaml")}))
            files << kData + QStringLiteral("/bad/") + f;
        const LoadResult r = CatalogLoader().load(files);
        QVERIFY(find(r, QStringLiteral("group:default/still-loaded")));
        QVERIFY(find(r, QStringLiteral("widget:default/custom-kind"))); // unknown kind kept
        const QStringList errors = messages(r, Severity::Error);
        auto has = [&](const QString &prefix) {
            return std::any_of(errors.begin(), errors.end(), [&](const QString &e) { return e.startsWith(prefix); });
        };
        QVERIFY2(has(QStringLiteral("alias-bomb.yaml:")), qPrintable(errors.join(u'\n')));
        QVERIFY(has(QStringLiteral("duplicate-key.yaml:5:3 duplicate mapping key")));
        QVERIFY(has(QStringLiteral("syntax.yaml:")));
        QVERIFY(has(QStringLiteral("tabs.yaml:4:1 tab character")));
        QVERIFY(has(QStringLiteral("invalid-fields.yaml:4:9 \"metadata.name\"")));
        QVERIFY(has(QStringLiteral("invalid-fields.yaml:11:27 annotation \"example.com/replicas\" must have a string value")));
        QVERIFY(has(QStringLiteral("invalid-fields.yaml:22:7 \"dependsOn\" entry \"payment-service\" must name its kind")));
        QVERIFY(has(QStringLiteral("invalid-fields.yaml:30:3 \"spec\" is missing the required field \"definition\"")));
        QVERIFY(has(QStringLiteral("invalid-fields.yaml:48:1 a catalog document must be a map")));
        for (const auto &d : r.diagnostics) {
            QVERIFY2(d.line > 0 && d.column > 0, qPrintable(d.toString()));
        }
    }
    void folderScanSkipsNonEntitiesAndSkeletons()
    {
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/scan")});
        QCOMPARE(r.errorCount(), 0);
        QCOMPARE(refs(r), (QStringList{QStringLiteral("component:default/scanned"), QStringLiteral("template:default/skel-template")}));
        QCOMPARE(r.stats.skippedFiles, 2); // mkdocs.yml and the OpenAPI file
    }
    void missingAndUnreadableInput()
    {
        const LoadResult r = CatalogLoader().load({kData + QStringLiteral("/nope.yaml")});
        QCOMPARE(r.errorCount(), 1);
        QVERIFY(r.diagnostics[0].message.contains(u"not found"));
    }
    void fileSizeLimitIsNamed()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, '#'));
        f.close();
        LoadOptions opt;
        opt.limits.maxFileBytes = 4096;
        const LoadResult r = CatalogLoader(opt).load({f.fileName()});
        QCOMPARE(r.errorCount(), 1);
        QVERIFY(r.diagnostics[0].message.contains(u"4096"));
    }
    void cancellationStops()
    {
        LoadOptions opt;
        opt.cancelled = [] { return true; };
        const LoadResult r = CatalogLoader(opt).load({QStringLiteral(ATRIUM_DEMO_DIR)});
        QVERIFY(r.cancelled);
    }
    void fetchedContentLoadsLikeLocalFiles()
    {
        // What sync hands the loader: files fetched from a repository, by URL.
        auto mem = std::make_shared<MemoryContentSource>();
        const QString base = QStringLiteral("https://github.com/acme/shop/blob/main/");
        mem->insert(base + QStringLiteral("catalog-info.yaml"),
                    "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: shop}\n"
                    "spec: {targets: [./services/cart.yaml, ./services/missing.yaml]}\n");
        mem->insert(base + QStringLiteral("services/cart.yaml"),
                    "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: cart-api}\n"
                    "spec: {type: openapi, lifecycle: production, owner: team-a, definition: {$text: ../openapi/cart.yaml}}\n");
        mem->insert(base + QStringLiteral("openapi/cart.yaml"), "openapi: 3.0.0\n");
        mem->setMissingReason(QStringLiteral("not in the repository"));
        LoadOptions opt;
        opt.source = mem;
        opt.checkReferences = false;
        const LoadResult r = CatalogLoader(opt).load({base + QStringLiteral("catalog-info.yaml")});
        QCOMPARE(refs(r), (QStringList{QStringLiteral("api:default/cart-api"), QStringLiteral("location:default/shop")}));
        QCOMPARE(find(r, QStringLiteral("api:default/cart-api"))->data.value(u"spec").toObject().value(u"definition").toString(),
                 QStringLiteral("openapi: 3.0.0\n"));
        QCOMPARE(find(r, QStringLiteral("api:default/cart-api"))->file, base + QStringLiteral("services/cart.yaml"));
        QCOMPARE(r.errorCount(), 1);
        QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("./services/missing.yaml does not exist")));
        QCOMPARE(MemoryContentSource::resolveUrl(base + QStringLiteral("a/b.yaml"), QStringLiteral("../c.yaml")), base + QStringLiteral("c.yaml"));
        QCOMPARE(MemoryContentSource::resolveUrl(base + QStringLiteral("b.yaml"), QStringLiteral("file:///etc/passwd")), QString());
    }
    void sourceAndPositionsAreStamped()
    {
        LoadOptions opt;
        opt.sourceId = QStringLiteral("file:test");
        const LoadResult r = CatalogLoader(opt).load({kData + QStringLiteral("/locations/root.yaml")});
        const Entity *opt2 = find(r, QStringLiteral("location:default/optional-things"));
        QVERIFY(opt2);
        QCOMPARE(opt2->source, QStringLiteral("file:test"));
        QCOMPARE(opt2->line, 12);
        QCOMPARE(opt2->document, 1);
        QVERIFY(opt2->file.endsWith(u"root.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
