// SPDX-License-Identifier: Apache-2.0
#include "appcontroller.h"
#include "catalogfiltermodel.h"
#include "catalogloader.h"
#include "catalogmodel.h"
#include "entitydetails.h"
#include "fieldvaluesmodel.h"
#include "kindcountsmodel.h"
#include "palettemodel.h"
#include "problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {
using Tester = QAbstractItemModelTester;

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(role).toString();
    return out;
}

int countKind(const QList<Entity> &entities, QStringView kind)
{
    return int(std::count_if(entities.begin(), entities.end(),
                             [&](const Entity &e) { return e.kind.compare(kind, Qt::CaseInsensitive) == 0; }));
}

QVariantMap findMap(const QVariantList &list, const QString &key, const QString &value)
{
    for (const QVariant &v : list) {
        if (v.toMap().value(key).toString() == value)
            return v.toMap();
    }
    return {};
}

Entity makeEntity(const QString &kind, const QString &name, const QString &owner, const QString &description,
                  const QStringList &tags = {})
{
    Entity e;
    e.kind = kind;
    e.ns = QStringLiteral("default");
    e.name = name;
    e.owner = owner;
    e.description = description;
    e.tags = tags;
    e.lifecycle = QStringLiteral("production");
    return e;
}
} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogModel();
    void filterByKind();
    void kindCounts();
    void search();
    void sort();
    void sortKeepsEmptyLast();
    void rowOfRefAndRefAt();
    void entityDetails();
    void entityDetailsNotFound();
    void entityDetailsFollowsCatalog();
    void problemsModel();
    void problemsFromLoader();
    void ageText();
    void navigation();
    void navigationForward();
    void paletteMatch();
    void paletteRanking();
    void paletteFollowsCatalog();
    void paletteFiftyThousand();
    void starredFilter();
    void starredPersist();
    void fieldFilters();
    void fieldValues();
    void openLinkRefusesOtherSchemes();
    void appControllerDemo();
    void appControllerMissingCache();
    void fiftyThousandEntities();

private:
    LoadResult m_demo;
};

void TestCatalogModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LoadOptions o;
    o.sourceId = QStringLiteral("demo");
    m_demo = CatalogLoader(o).load({QStringLiteral(ATRIUM_DEMO_DIR "/catalog-info.yaml")});
    QVERIFY2(m_demo.entities.size() > 40, qPrintable(QString::number(m_demo.entities.size())));
    QCOMPARE(m_demo.errorCount(), 0);
}

void TestCatalogModel::catalogModel()
{
    CatalogModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &CatalogModel::countChanged);
    model.setEntities(m_demo.entities);
    QCOMPARE(model.rowCount(), m_demo.entities.size());
    QCOMPARE(model.count(), m_demo.entities.size());
    QCOMPARE(count.size(), 1);

    const QHash<int, QByteArray> roles = model.roleNames();
    for (const char *name : {"ref", "kind", "name", "title", "namespace", "owner", "type", "lifecycle", "system",
                             "description", "tags"})
        QVERIFY2(std::find(roles.begin(), roles.end(), QByteArray(name)) != roles.end(), name);

    const int row = model.rowOf(QStringLiteral("Component:default/Order-Service"));
    QVERIFY(row >= 0);
    const QModelIndex idx = model.index(row);
    QCOMPARE(idx.data(CatalogModel::RefRole).toString(), QStringLiteral("component:default/order-service"));
    QCOMPARE(idx.data(CatalogModel::KindRole).toString(), QStringLiteral("Component"));
    QCOMPARE(idx.data(CatalogModel::NameRole).toString(), QStringLiteral("order-service"));
    QCOMPARE(idx.data(CatalogModel::TitleRole).toString(), QStringLiteral("Order Service"));
    QCOMPARE(idx.data(CatalogModel::NamespaceRole).toString(), QStringLiteral("default"));
    QCOMPARE(idx.data(CatalogModel::OwnerRole).toString(), QStringLiteral("team-commerce"));
    QCOMPARE(idx.data(CatalogModel::OwnerRefRole).toString(), QStringLiteral("group:default/team-commerce"));
    QCOMPARE(idx.data(CatalogModel::TypeRole).toString(), QStringLiteral("service"));
    QCOMPARE(idx.data(CatalogModel::LifecycleRole).toString(), QStringLiteral("production"));
    QCOMPARE(idx.data(CatalogModel::SystemRole).toString(), QStringLiteral("commerce-platform"));
    QVERIFY(idx.data(CatalogModel::DescriptionRole).toString().startsWith(u"Order processing"));
    QVERIFY(idx.data(CatalogModel::TagsRole).toStringList().contains(u"java"));
    QVERIFY(model.keysAt(row).haystack.contains(u"spring-boot"));

    // Kinds in Backstage's order: components first.
    const QStringList kinds = model.kinds();
    QCOMPARE(kinds.first(), QStringLiteral("Component"));
    QVERIFY(kinds.indexOf(u"API") < kinds.indexOf(u"Group"));
    QVERIFY(kinds.contains(u"Location"));

    // A system shows its domain in the system column, with the kind.
    const int sys = model.rowOf(QStringLiteral("system:default/commerce-platform"));
    QVERIFY(sys >= 0);
    QVERIFY(model.index(sys).data(CatalogModel::SystemRole).toString().isEmpty()
            || !model.index(sys).data(CatalogModel::SystemRole).toString().startsWith(u"system:"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("component:default/order-service")), -1);
}

void TestCatalogModel::filterByKind()
{
    CatalogModel model;
    model.setEntities(m_demo.entities);
    CatalogFilterModel filter;
    Tester tester(&filter, Tester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.count(), model.count());

    QSignalSpy countSpy(&filter, &CatalogFilterModel::countChanged);
    filter.setKind(QStringLiteral("Component"));
    QCOMPARE(filter.kind(), QStringLiteral("component"));
    QCOMPARE(filter.count(), countKind(m_demo.entities, u"component"));
    QVERIFY(countSpy.size() > 0);
    for (const QString &k : column(filter, CatalogModel::KindRole))
        QCOMPARE(k, QStringLiteral("Component"));

    filter.setKind(QStringLiteral("api"));
    QCOMPARE(filter.count(), countKind(m_demo.entities, u"api"));
    QVERIFY(filter.count() > 0);

    filter.setKind(QStringLiteral("no-such-kind"));
    QCOMPARE(filter.count(), 0);
    filter.setKind({});
    QCOMPARE(filter.count(), model.count());
}

void TestCatalogModel::kindCounts()
{
    CatalogModel model;
    model.setEntities(m_demo.entities);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    KindCountsModel *kinds = filter.kinds();
    Tester tester(kinds, Tester::FailureReportingMode::QtTest);
    QCOMPARE(kinds->rowCount(), model.kinds().size() + 1);
    QCOMPARE(kinds->index(0).data(KindCountsModel::KindRole).toString(), QString());
    QCOMPARE(kinds->index(0).data(KindCountsModel::CountRole).toInt(), model.count());
    const int comp = kinds->indexOfKind(QStringLiteral("COMPONENT"));
    QCOMPARE(comp, 1);
    QCOMPARE(kinds->index(comp).data(KindCountsModel::LabelRole).toString(), QStringLiteral("Component"));
    QCOMPARE(kinds->index(comp).data(KindCountsModel::CountRole).toInt(), countKind(m_demo.entities, u"component"));
    QCOMPARE(kinds->index(comp).data(KindCountsModel::TextRole).toString(),
             QStringLiteral("Component (%1)").arg(countKind(m_demo.entities, u"component")));

    // Counts follow the search, rows do not change.
    QSignalSpy reset(kinds, &QAbstractItemModel::modelReset);
    QSignalSpy changed(kinds, &QAbstractItemModel::dataChanged);
    filter.setSearchText(QStringLiteral("order"));
    QCOMPARE(reset.size(), 0);
    QVERIFY(changed.size() > 0);
    int sum = 0;
    for (int r = 1; r < kinds->rowCount(); ++r)
        sum += kinds->index(r).data(KindCountsModel::CountRole).toInt();
    QCOMPARE(kinds->index(0).data(KindCountsModel::CountRole).toInt(), sum);
    QCOMPARE(sum, filter.count());
    QVERIFY(sum < model.count());
}

void TestCatalogModel::search()
{
    CatalogModel model;
    model.setEntities(m_demo.entities);
    CatalogFilterModel filter;
    Tester tester(&filter, Tester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);

    filter.setSearchText(QStringLiteral("ORDER"));
    const QStringList names = column(filter, CatalogModel::NameRole);
    QVERIFY(names.contains(u"order-service"));
    QVERIFY(names.contains(u"order-api"));
    QVERIFY(!names.contains(u"payment-api"));

    // Title, description and tags count too.
    filter.setSearchText(QStringLiteral("transactional outbox"));
    QVERIFY(column(filter, CatalogModel::NameRole).contains(u"order-service"));
    filter.setSearchText(QStringLiteral("spring-boot"));
    QVERIFY(column(filter, CatalogModel::NameRole).contains(u"order-service"));

    // Every word must match, in any order.
    filter.setSearchText(QStringLiteral("  java   order "));
    QVERIFY(column(filter, CatalogModel::NameRole).contains(u"order-service"));
    QVERIFY(!column(filter, CatalogModel::NameRole).contains(u"payment-api"));

    // Search and kind combine.
    filter.setSearchText(QStringLiteral("order"));
    filter.setKind(QStringLiteral("api"));
    for (const QString &k : column(filter, CatalogModel::KindRole))
        QCOMPARE(k, QStringLiteral("API"));
    QVERIFY(column(filter, CatalogModel::NameRole).contains(u"order-api"));

    filter.setSearchText(QStringLiteral("zzz-nothing-matches"));
    QCOMPARE(filter.count(), 0);
    filter.setSearchText({});
    filter.setKind({});
    QCOMPARE(filter.count(), model.count());
}

void TestCatalogModel::sort()
{
    CatalogModel model;
    model.setEntities(m_demo.entities);
    CatalogFilterModel filter;
    Tester tester(&filter, Tester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);

    // Default: by kind (Backstage's order), then name.
    QCOMPARE(filter.sortColumn(), CatalogFilterModel::KindColumn);
    QCOMPARE(filter.index(0, 0).data(CatalogModel::KindRole).toString(), QStringLiteral("Component"));
    QCOMPARE(filter.index(filter.count() - 1, 0).data(CatalogModel::KindRole).toString(), model.kinds().last());

    QSignalSpy sortSpy(&filter, &CatalogFilterModel::sortChanged);
    filter.toggleSort(CatalogFilterModel::NameColumn);
    QCOMPARE(sortSpy.size(), 1);
    QCOMPARE(filter.sortOrder(), Qt::AscendingOrder);
    QStringList names = column(filter, CatalogModel::NameRole);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(names, sorted);

    filter.toggleSort(CatalogFilterModel::NameColumn);
    QCOMPARE(filter.sortOrder(), Qt::DescendingOrder);
    names = column(filter, CatalogModel::NameRole);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);

    // A new column starts ascending.
    filter.toggleSort(CatalogFilterModel::OwnerColumn);
    QCOMPARE(filter.sortColumn(), CatalogFilterModel::OwnerColumn);
    QCOMPARE(filter.sortOrder(), Qt::AscendingOrder);
    const QStringList owners = column(filter, CatalogModel::OwnerRole);
    QStringList nonEmpty;
    for (const QString &o : owners) {
        if (!o.isEmpty())
            nonEmpty << o;
    }
    QVERIFY(!nonEmpty.isEmpty());
    QVERIFY(std::is_sorted(nonEmpty.begin(), nonEmpty.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    }));

    // Sorting survives filtering.
    filter.setSortColumn(CatalogFilterModel::NameColumn);
    filter.setSortOrder(Qt::AscendingOrder);
    filter.setKind(QStringLiteral("component"));
    names = column(filter, CatalogModel::NameRole);
    QVERIFY(std::is_sorted(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    }));
}

void TestCatalogModel::sortKeepsEmptyLast()
{
    CatalogModel model;
    model.setEntities({makeEntity(QStringLiteral("Component"), QStringLiteral("a"), {}, QStringLiteral("x")),
                       makeEntity(QStringLiteral("Component"), QStringLiteral("b"), QStringLiteral("group:default/zeta"), {}),
                       makeEntity(QStringLiteral("Component"), QStringLiteral("c"), QStringLiteral("group:default/alpha"), {})});
    CatalogFilterModel filter;
    Tester tester(&filter, Tester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setSortColumn(CatalogFilterModel::OwnerColumn);
    QCOMPARE(column(filter, CatalogModel::NameRole), (QStringList{u"c"_qs, u"b"_qs, u"a"_qs}));
    filter.setSortOrder(Qt::DescendingOrder);
    QCOMPARE(column(filter, CatalogModel::NameRole), (QStringList{u"b"_qs, u"c"_qs, u"a"_qs}));
}

void TestCatalogModel::rowOfRefAndRefAt()
{
    CatalogModel model;
    model.setEntities(m_demo.entities);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    const QString ref = QStringLiteral("component:default/order-service");
    const int row = filter.rowOfRef(ref);
    QVERIFY(row >= 0);
    QCOMPARE(filter.refAt(row), ref);
    filter.setKind(QStringLiteral("api"));
    QCOMPARE(filter.rowOfRef(ref), -1);
    QCOMPARE(filter.refAt(-1), QString());
    QCOMPARE(filter.refAt(filter.count()), QString());
}

void TestCatalogModel::entityDetails()
{
    CatalogModel model;
    model.setSourceFolders({QStringLiteral(ATRIUM_DEMO_DIR)});
    model.setEntities(m_demo.entities);
    ProblemsModel problems;
    problems.setDiagnostics({Diagnostic{Severity::Warning, QStringLiteral(ATRIUM_DEMO_DIR "/components/order-service/catalog-info.yaml"),
                                        3, 5, QStringLiteral("something odd"),
                                        QStringLiteral("component:default/order-service")}},
                            {QStringLiteral(ATRIUM_DEMO_DIR)});
    EntityDetails d;
    QSignalSpy changed(&d, &EntityDetails::detailsChanged);
    d.setCatalog(&model);
    d.setProblemsModel(&problems);
    d.setRef(QStringLiteral("component:default/order-service"));
    QVERIFY(changed.size() > 0);

    QVERIFY(d.found());
    QCOMPARE(d.kind(), QStringLiteral("Component"));
    QCOMPARE(d.name(), QStringLiteral("order-service"));
    QCOMPARE(d.title(), QStringLiteral("Order Service"));
    QCOMPARE(d.displayName(), QStringLiteral("Order Service"));
    QCOMPARE(d.ns(), QStringLiteral("default"));
    QCOMPARE(d.type(), QStringLiteral("service"));
    QCOMPARE(d.lifecycle(), QStringLiteral("production"));
    QCOMPARE(d.owner(), QStringLiteral("team-commerce"));
    QCOMPARE(d.ownerRef(), QStringLiteral("group:default/team-commerce"));
    QVERIFY(d.ownerFound());
    QCOMPARE(d.system(), QStringLiteral("commerce-platform"));
    QVERIFY(d.systemFound());
    QVERIFY(!d.systemIsDomain());
    QCOMPARE(d.tags(), (QStringList{u"java"_qs, u"spring-boot"_qs, u"tier-1"_qs}));
    QCOMPARE(d.location(), QStringLiteral("components/order-service/catalog-info.yaml:1"));

    QCOMPARE(d.links().size(), 3);
    QCOMPARE(d.links().first().toMap().value(u"title"_qs).toString(), QStringLiteral("Production URL"));
    QCOMPARE(d.links().first().toMap().value(u"url"_qs).toString(), QStringLiteral("https://order.internal.acme-commerce.example"));

    const QVariantMap slug = findMap(d.annotations(), QStringLiteral("key"), QStringLiteral("github.com/project-slug"));
    QCOMPARE(slug.value(u"value"_qs).toString(), QStringLiteral("acme-commerce/order-service"));
    QCOMPARE(slug.value(u"isUrl"_qs).toBool(), false);
    const QVariantMap dash = findMap(d.annotations(), QStringLiteral("key"), QStringLiteral("datadoghq.com/dashboard-url"));
    QCOMPARE(dash.value(u"isUrl"_qs).toBool(), true);

    // Header fields are not repeated among spec fields; the rest are there.
    QVERIFY(findMap(d.specFields(), QStringLiteral("key"), QStringLiteral("type")).isEmpty());
    QVERIFY(findMap(d.specFields(), QStringLiteral("key"), QStringLiteral("owner")).isEmpty());
    QCOMPARE(findMap(d.specFields(), QStringLiteral("key"), QStringLiteral("providesApis")).value(u"value"_qs).toString(),
             QStringLiteral("order-api, order-events"));

    // Relations grouped by type, ownedBy first, targets resolved.
    const QVariantList groups = d.relationGroups();
    QVERIFY(!groups.isEmpty());
    QCOMPARE(groups.first().toMap().value(u"type"_qs).toString(), QStringLiteral("ownedBy"));
    QCOMPARE(groups.first().toMap().value(u"label"_qs).toString(), QStringLiteral("Owned by"));
    const QVariantMap dependsOn = findMap(groups, QStringLiteral("type"), QStringLiteral("dependsOn"));
    QCOMPARE(dependsOn.value(u"label"_qs).toString(), QStringLiteral("Depends on"));
    const QVariantList targets = dependsOn.value(u"targets"_qs).toList();
    QCOMPARE(targets.size(), 5);
    const QVariantMap payment = findMap(targets, QStringLiteral("ref"), QStringLiteral("component:default/payment-service"));
    QCOMPARE(payment.value(u"found"_qs).toBool(), true);
    QCOMPARE(payment.value(u"kind"_qs).toString(), QStringLiteral("Component"));
    QCOMPARE(payment.value(u"name"_qs).toString(), QStringLiteral("payment-service"));
    QVERIFY(!findMap(groups, QStringLiteral("type"), QStringLiteral("providesApi")).isEmpty());

    QCOMPARE(d.problems().size(), 1);
    QCOMPARE(d.problems().first().toMap().value(u"location"_qs).toString(),
             QStringLiteral("components/order-service/catalog-info.yaml:3:5"));

    // A system: its "system" is its domain.
    d.setRef(QStringLiteral("system:default/commerce-platform"));
    QVERIFY(d.found());
    QVERIFY(d.systemIsDomain());
    QVERIFY(findMap(d.specFields(), QStringLiteral("key"), QStringLiteral("domain")).isEmpty());
}

void TestCatalogModel::entityDetailsNotFound()
{
    CatalogModel model;
    model.setEntities(m_demo.entities);
    EntityDetails d;
    d.setCatalog(&model);
    d.setRef(QStringLiteral("component:default/nope"));
    QVERIFY(!d.found());
    QCOMPARE(d.name(), QStringLiteral("nope"));
    QVERIFY(d.relationGroups().isEmpty());
    QVERIFY(d.links().isEmpty());
    d.setRef({});
    QVERIFY(!d.found());
}

void TestCatalogModel::entityDetailsFollowsCatalog()
{
    CatalogModel model;
    EntityDetails d;
    d.setCatalog(&model);
    d.setRef(QStringLiteral("component:default/order-service"));
    QVERIFY(!d.found());
    QSignalSpy changed(&d, &EntityDetails::detailsChanged);
    model.setEntities(m_demo.entities);
    QCOMPARE(changed.size(), 1);
    QVERIFY(d.found());
    model.clear();
    QVERIFY(!d.found());
}

void TestCatalogModel::problemsModel()
{
    ProblemsModel problems;
    Tester tester(&problems, Tester::FailureReportingMode::QtTest);
    QSignalSpy counts(&problems, &ProblemsModel::countsChanged);
    const Diagnostics diags{
        {Severity::Warning, QStringLiteral("/base/a.yaml"), 4, 2, QStringLiteral("w1"), QStringLiteral("component:default/a")},
        {Severity::Error, QStringLiteral("/base/sub/b.yaml"), 7, 0, QStringLiteral("e1"), {}},
        {Severity::Warning, QStringLiteral("/elsewhere/c.yaml"), 0, 0, QStringLiteral("w2"), {}},
        {Severity::Error, QStringLiteral("/base/a.yaml"), 9, 3, QStringLiteral("e2"), QStringLiteral("component:default/a")},
    };
    problems.setDiagnostics(diags, {QStringLiteral("/base/")});
    QCOMPARE(counts.size(), 1);
    QCOMPARE(problems.count(), 4);
    QCOMPARE(problems.errorCount(), 2);
    QCOMPARE(problems.warningCount(), 2);
    // Errors first, otherwise in load order.
    QCOMPARE(column(problems, ProblemsModel::MessageRole), (QStringList{u"e1"_qs, u"e2"_qs, u"w1"_qs, u"w2"_qs}));
    QCOMPARE(column(problems, ProblemsModel::SeverityRole),
             (QStringList{u"error"_qs, u"error"_qs, u"warning"_qs, u"warning"_qs}));
    QCOMPARE(column(problems, ProblemsModel::LocationRole),
             (QStringList{u"sub/b.yaml:7"_qs, u"a.yaml:9:3"_qs, u"a.yaml:4:2"_qs, u"/elsewhere/c.yaml"_qs}));
    QCOMPARE(problems.index(1).data(ProblemsModel::TextRole).toString(), QStringLiteral("/base/a.yaml:9:3: error: e2"));
    QCOMPARE(problems.index(1).data(ProblemsModel::LineRole).toInt(), 9);
    QCOMPARE(problems.index(1).data(ProblemsModel::ColumnRole).toInt(), 3);
    QCOMPARE(problems.index(1).data(ProblemsModel::FileRole).toString(), QStringLiteral("/base/a.yaml"));
    QCOMPARE(problems.rowsFor(QStringLiteral("Component:default/A")), (QList<int>{1, 2}));
    const QHash<int, QByteArray> roles = problems.roleNames();
    for (const char *name : {"severity", "file", "line", "column", "location", "message", "entityRef", "text"})
        QVERIFY2(std::find(roles.begin(), roles.end(), QByteArray(name)) != roles.end(), name);
    problems.setDiagnostics({});
    QCOMPARE(problems.count(), 0);
}

void TestCatalogModel::problemsFromLoader()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("catalog-info.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: backstage.io/v1alpha1\n"
            "kind: Component\n"
            "metadata:\n"
            "  name: good\n"
            "spec:\n"
            "  type: service\n"
            "  lifecycle: production\n"
            "  owner: team-x\n"
            "---\n"
            "apiVersion: backstage.io/v1alpha1\n"
            "kind: Component\n"
            "metadata:\n"
            "  name: Not A Valid Name!\n"
            "spec:\n"
            "  type: service\n"
            "  lifecycle: production\n"
            "  owner: team-x\n");
    f.close();
    const LoadResult r = CatalogLoader().load({dir.path()});
    QVERIFY(r.errorCount() > 0);
    ProblemsModel problems;
    Tester tester(&problems, Tester::FailureReportingMode::QtTest);
    problems.setDiagnostics(r.diagnostics, {dir.path()});
    QCOMPARE(problems.errorCount(), r.errorCount());
    QCOMPARE(problems.index(0).data(ProblemsModel::SeverityRole).toString(), QStringLiteral("error"));
    QVERIFY2(problems.index(0).data(ProblemsModel::LocationRole).toString().startsWith(u"catalog-info.yaml:1"),
             qPrintable(problems.index(0).data(ProblemsModel::LocationRole).toString()));
}

void TestCatalogModel::ageText()
{
    const QDateTime now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
    QCOMPARE(AppController::ageText({}, now), QString());
    QCOMPARE(AppController::ageText(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(AppController::ageText(now.addSecs(-5 * 60), now), QStringLiteral("5 min ago"));
    QCOMPARE(AppController::ageText(now.addSecs(-3 * 3600), now), QStringLiteral("3 h ago"));
    QCOMPARE(AppController::ageText(now.addDays(-2), now), QStringLiteral("2 d ago"));
    QVERIFY(!AppController::ageText(now.addDays(-30), now).contains(u"ago"));
}

void TestCatalogModel::navigation()
{
    AppController c;
    QSignalSpy spy(&c, &AppController::selectedRefChanged);
    QVERIFY(!c.canGoBack());
    c.setSelectedRef(QStringLiteral("Component:default/A"));
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/a"));
    c.navigateTo(QStringLiteral("component:default/b"));
    c.navigateTo(QStringLiteral("component:default/c"));
    QVERIFY(c.canGoBack());
    c.back();
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/b"));
    c.back();
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/a"));
    QVERIFY(!c.canGoBack());
    c.navigateTo(QStringLiteral("component:default/b"));
    // Picking from the table starts a new trail.
    c.setSelectedRef(QStringLiteral("component:default/d"));
    QVERIFY(!c.canGoBack());
    c.clearSelection();
    QCOMPARE(c.selectedRef(), QString());
    QVERIFY(spy.size() >= 6);
}

void TestCatalogModel::navigationForward()
{
    AppController c;
    QVERIFY(!c.canGoForward());
    c.setSelectedRef(QStringLiteral("component:default/a"));
    c.navigateTo(QStringLiteral("component:default/b"));
    c.navigateTo(QStringLiteral("component:default/c"));
    c.back();
    c.back();
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/a"));
    QVERIFY(c.canGoForward());
    c.goForward();
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/b"));
    QVERIFY(c.canGoBack());
    c.goForward();
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/c"));
    QVERIFY(!c.canGoForward());
    c.goForward(); // nothing to do
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/c"));
    // Going somewhere new after back() forgets the forward trail.
    c.back();
    QVERIFY(c.canGoForward());
    c.navigateTo(QStringLiteral("component:default/d"));
    QVERIFY(!c.canGoForward());
    c.back();
    QCOMPARE(c.selectedRef(), QStringLiteral("component:default/b"));
    QVERIFY(c.canGoForward());
    // Picking from the table starts a new trail both ways.
    c.setSelectedRef(QStringLiteral("component:default/e"));
    QVERIFY(!c.canGoForward());
    QVERIFY(!c.canGoBack());
}

void TestCatalogModel::paletteMatch()
{
    using P = PaletteModel;
    QCOMPARE(P::match(u"orders", u"orders"), P::ExactMatch);
    QCOMPARE(P::match(u"ord", u"orders"), P::PrefixMatch);
    QCOMPARE(P::match(u"serv", u"orders-service"), P::WordStartMatch);
    QCOMPARE(P::match(u"os", u"orders-service"), P::WordStartMatch); // initials
    QCOMPARE(P::match(u"dsv", u"orders-service"), P::SubsequenceMatch);
    QCOMPARE(P::match(u"rdr", u"orders"), P::SubsequenceMatch);
    QCOMPARE(P::match(u"xyz", u"orders"), P::NoMatch);
    QCOMPARE(P::match(u"ordersx", u"orders"), P::NoMatch);
    QCOMPARE(P::match(u"", u"orders"), P::NoMatch);
}

void TestCatalogModel::paletteRanking()
{
    QList<Entity> list{
        makeEntity(u"Component"_qs, u"cart-orders"_qs, {}, {}),     // word start
        makeEntity(u"Component"_qs, u"orders-service"_qs, {}, {}),  // prefix, longer
        makeEntity(u"Component"_qs, u"orders"_qs, {}, {}),          // exact
        makeEntity(u"Component"_qs, u"ordersapi"_qs, {}, {}),       // prefix, shorter
        makeEntity(u"Component"_qs, u"warehouse"_qs, {}, {}),       // no match by name...
        makeEntity(u"Component"_qs, u"oxrders"_qs, {}, {}),         // subsequence
        makeEntity(u"Component"_qs, u"billing"_qs, {}, {}),         // no match
    };
    list[4].title = u"Orders Warehouse"_qs; // ...but its title starts with the query
    CatalogModel catalog;
    catalog.setEntities(list);
    PaletteModel palette;
    Tester tester(&palette, Tester::FailureReportingMode::QtTest);
    palette.setCatalog(&catalog);
    QCOMPARE(palette.count(), 0); // nothing before typing
    QSignalSpy countSpy(&palette, &PaletteModel::countChanged);
    palette.setQuery(u"  Orders "_qs);
    QCOMPARE(column(palette, PaletteModel::NameRole),
             (QStringList{u"orders"_qs, u"ordersapi"_qs, u"warehouse"_qs, u"orders-service"_qs, u"cart-orders"_qs,
                          u"oxrders"_qs}));
    QCOMPARE(palette.index(0).data(PaletteModel::MatchRole).toInt(), int(PaletteModel::ExactMatch));
    QCOMPARE(palette.index(5).data(PaletteModel::MatchRole).toInt(), int(PaletteModel::SubsequenceMatch));
    QCOMPARE(palette.refAt(0), u"component:default/orders"_qs);
    QCOMPARE(palette.refAt(99), QString());
    QCOMPARE(countSpy.size(), 1);
    // Typing on narrows the last matches; deleting widens again: the same
    // results as a fresh query either way.
    const QStringList all = column(palette, PaletteModel::NameRole);
    for (const QString &q : {u"o"_qs, u"or"_qs, u"ord"_qs, u"orders"_qs, u"ord"_qs, u"orders"_qs}) {
        palette.setQuery(q);
        PaletteModel fresh;
        fresh.setCatalog(&catalog);
        fresh.setQuery(q);
        QCOMPARE(column(palette, PaletteModel::RefRole), column(fresh, PaletteModel::RefRole));
    }
    QCOMPARE(column(palette, PaletteModel::NameRole), all);
    palette.setQuery(u"zzz"_qs);
    QCOMPARE(palette.count(), 0);
    palette.setQuery({});
    QCOMPARE(palette.count(), 0);
}

void TestCatalogModel::paletteFollowsCatalog()
{
    CatalogModel catalog;
    catalog.setEntities({makeEntity(u"Component"_qs, u"alpha"_qs, {}, {})});
    PaletteModel palette;
    Tester tester(&palette, Tester::FailureReportingMode::QtTest);
    palette.setCatalog(&catalog);
    palette.setQuery(u"a"_qs);
    QCOMPARE(palette.count(), 1);
    catalog.setEntities({makeEntity(u"Component"_qs, u"alpha"_qs, {}, {}),
                         makeEntity(u"API"_qs, u"beta"_qs, {}, {})});
    QCOMPARE(palette.count(), 2);
    QCOMPARE(palette.refAt(0), u"component:default/alpha"_qs);
    catalog.clear();
    QCOMPARE(palette.count(), 0);
    palette.setCatalog(nullptr);
    QCOMPARE(palette.count(), 0);
}

void TestCatalogModel::paletteFiftyThousand()
{
    QList<Entity> many;
    many.reserve(50000);
    for (int i = 0; i < 50000; ++i) {
        Entity e = makeEntity(u"Component"_qs, QStringLiteral("service-%1-backend").arg(i, 5, 10, QChar(u'0')), {}, {});
        e.title = QStringLiteral("Service number %1 of the payments platform").arg(i);
        many << e;
    }
    CatalogModel catalog;
    catalog.setEntities(many);
    PaletteModel palette;
    QElapsedTimer t;
    t.start();
    palette.setCatalog(&catalog);
    const qint64 keysMs = t.restart();
    // Each keystroke of a query that matches everything, then a narrow one.
    qint64 worstNs = 0;
    QString query;
    QStringList perKey;
    for (const QChar c : u"svbknd"_qs) {
        query += c;
        t.restart();
        palette.setQuery(query);
        const qint64 ns = t.nsecsElapsed();
        perKey << QString::number(double(ns) / 1e6, 'f', 2);
        worstNs = std::max(worstNs, ns);
    }
    QCOMPARE(palette.count(), PaletteModel::limit);
    t.restart();
    palette.setQuery(u"service-49999-backend"_qs);
    const qint64 exactNs = t.nsecsElapsed();
    QCOMPARE(palette.count(), 1);
    QCOMPARE(palette.index(0).data(PaletteModel::MatchRole).toInt(), int(PaletteModel::ExactMatch));
    qInfo("palette at 50k entities: keys %lld ms, worst keystroke %.2f ms (typing \"svbknd\": %s ms), "
          "exact query %.2f ms",
          keysMs, double(worstNs) / 1e6, qPrintable(perKey.join(u", ")), double(exactNs) / 1e6);
}

namespace {
QList<Entity> filterFixture()
{
    auto e = [](const QString &kind, const QString &name, const QString &owner, const QString &type,
                const QString &lifecycle, const QStringList &tags, const QString &system = {}) {
        Entity x = makeEntity(kind, name, owner, {}, tags);
        x.type = type;
        x.lifecycle = lifecycle;
        x.system = system;
        return x;
    };
    QList<Entity> list{
        e(u"Component"_qs, u"orders"_qs, u"group:default/team-a"_qs, u"service"_qs, u"production"_qs,
          {u"java"_qs, u"payments"_qs}, u"system:default/shop"_qs),
        e(u"Component"_qs, u"cart"_qs, u"group:default/team-a"_qs, u"service"_qs, u"experimental"_qs,
          {u"go"_qs}, u"system:default/shop"_qs),
        e(u"Component"_qs, u"web"_qs, u"group:default/team-b"_qs, u"website"_qs, u"production"_qs,
          {u"java"_qs}),
        e(u"API"_qs, u"orders-api"_qs, u"group:default/team-a"_qs, u"openapi"_qs, u"production"_qs,
          {u"payments"_qs}, u"system:default/shop"_qs),
        e(u"Resource"_qs, u"orders-db"_qs, u"group:default/team-b"_qs, u"database"_qs, {}, {}),
    };
    list[4].ns = u"ops"_qs;
    return list;
}
} // namespace

void TestCatalogModel::starredFilter()
{
    CatalogModel catalog;
    catalog.setEntities(filterFixture());
    CatalogFilterModel filter;
    Tester tester(&filter, Tester::FailureReportingMode::QtTest);
    filter.setSourceModel(&catalog);
    filter.setStarred({u"component:default/orders"_qs, u"api:default/orders-api"_qs});
    QCOMPARE(filter.count(), 5); // starring alone filters nothing
    QSignalSpy spy(&filter, &CatalogFilterModel::starredOnlyChanged);
    filter.setStarredOnly(true);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(filter.count(), 2);
    QCOMPARE(filter.kinds()->index(0).data(KindCountsModel::CountRole).toInt(), 2);
    filter.setKind(u"api"_qs);
    QCOMPARE(filter.count(), 1);
    filter.setKind({});
    // Unstarring while the filter is on hides the row at once.
    filter.setStarred({u"component:default/orders"_qs});
    QCOMPARE(filter.count(), 1);
    QCOMPARE(filter.refAt(0), u"component:default/orders"_qs);
    filter.setSearchText(u"cart"_qs);
    QCOMPARE(filter.count(), 0);
    filter.setSearchText({});
    filter.setStarredOnly(false);
    QCOMPARE(filter.count(), 5);
}

void TestCatalogModel::starredPersist()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"atrium-test"_qs);
    QCoreApplication::setApplicationName(u"tst_catalogmodel"_qs);
    QSettings().remove(u"catalog/starred"_qs);
    QTemporaryDir dir;
    const QString ref = u"component:default/order-service"_qs;
    {
        AppController c(nullptr, dir.path());
        c.openDemo();
        QVERIFY(c.waitForLoaded(60000));
        QVERIFY(c.starred().isEmpty());
        QVERIFY(c.hasEntity(ref));
        QSignalSpy spy(&c, &AppController::starredChanged);
        c.toggleStarred(u"Component:default/Order-Service"_qs);
        QCOMPARE(spy.size(), 1);
        QVERIFY(c.isStarred(ref));
        c.setStarred(u"api:default/orders-api"_qs, true);
        c.setStarred(ref, true); // already
        QCOMPARE(spy.size(), 2);
        QCOMPARE(c.starred(), (QStringList{u"api:default/orders-api"_qs, ref}));
    }
    {
        // Another run of the demo: a new folder, the same stars.
        AppController c(nullptr, dir.path());
        c.openDemo();
        QVERIFY(c.waitForLoaded(60000));
        QCOMPARE(c.starred(), (QStringList{u"api:default/orders-api"_qs, ref}));
        c.setStarred(u"api:default/orders-api"_qs, false);
        QCOMPARE(c.starred(), QStringList{ref});
    }
    AppController c(nullptr, dir.path());
    c.openDemo();
    QVERIFY(c.waitForLoaded(60000));
    QCOMPARE(c.starred(), QStringList{ref});
    // Without a catalog there is nothing to star.
    AppController empty;
    empty.setStarred(ref, true);
    QVERIFY(!empty.isStarred(ref));
    QSettings().remove(u"catalog/starred"_qs);
}

void TestCatalogModel::fieldFilters()
{
    CatalogModel catalog;
    catalog.setEntities(filterFixture());
    CatalogFilterModel filter;
    Tester tester(&filter, Tester::FailureReportingMode::QtTest);
    filter.setSourceModel(&catalog);
    QSignalSpy spy(&filter, &CatalogFilterModel::fieldFiltersChanged);
    filter.setFieldFilter(CatalogFilterModel::OwnerField, u"team-a"_qs);
    QCOMPARE(filter.count(), 3);
    filter.setFieldFilter(CatalogFilterModel::TagField, u"payments"_qs);
    QCOMPARE(filter.count(), 2);
    // Kind counts count what the other filters leave.
    QCOMPARE(filter.kinds()->index(0).data(KindCountsModel::CountRole).toInt(), 2);
    filter.setKind(u"component"_qs);
    QCOMPARE(filter.count(), 1);
    QCOMPARE(filter.refAt(0), u"component:default/orders"_qs);
    filter.setKind({});
    filter.setSearchText(u"api"_qs);
    QCOMPARE(filter.count(), 1);
    filter.setSearchText({});
    // A second value of a field replaces the first.
    filter.setFieldFilter(CatalogFilterModel::TagField, u"go"_qs);
    QCOMPARE(filter.count(), 1);
    QCOMPARE(filter.fieldFilter(CatalogFilterModel::TagField), u"go"_qs);
    const QVariantList chips = filter.fieldFilters();
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.at(0).toMap().value(u"field"_qs).toInt(), int(CatalogFilterModel::OwnerField));
    QCOMPARE(chips.at(0).toMap().value(u"label"_qs).toString(), u"Owner"_qs);
    QCOMPARE(chips.at(1).toMap().value(u"value"_qs).toString(), u"go"_qs);
    filter.removeFieldFilter(CatalogFilterModel::TagField);
    QCOMPARE(filter.count(), 3);
    filter.setFieldFilter(CatalogFilterModel::SystemField, u"shop"_qs);
    filter.setFieldFilter(CatalogFilterModel::LifecycleField, u"production"_qs);
    filter.setFieldFilter(CatalogFilterModel::TypeField, u"openapi"_qs);
    QCOMPARE(filter.count(), 1);
    filter.clearFieldFilters();
    filter.setFieldFilter(CatalogFilterModel::NamespaceField, u"ops"_qs);
    QCOMPARE(filter.count(), 1);
    QCOMPARE(filter.refAt(0), u"resource:ops/orders-db"_qs);
    filter.clearFieldFilters();
    QCOMPARE(filter.count(), 5);
    filter.removeFieldFilter(CatalogFilterModel::TypeField); // none: no signal
    QCOMPARE(spy.size(), 10);
}

void TestCatalogModel::fieldValues()
{
    CatalogModel catalog;
    catalog.setEntities(filterFixture());
    CatalogFilterModel filter;
    filter.setSourceModel(&catalog);
    FieldValuesModel values;
    Tester tester(&values, Tester::FailureReportingMode::QtTest);
    values.setFilter(&filter);
    values.setField(CatalogFilterModel::TagField);
    QCOMPARE(column(values, FieldValuesModel::ValueRole), (QStringList{u"java"_qs, u"payments"_qs, u"go"_qs}));
    QCOMPARE(column(values, FieldValuesModel::CountRole), (QStringList{u"2"_qs, u"2"_qs, u"1"_qs}));
    QCOMPARE(values.index(0).data(FieldValuesModel::TextRole).toString(), u"java (2)"_qs);
    // Counts are over the visible rows, and follow them.
    filter.setKind(u"component"_qs);
    QTRY_COMPARE(column(values, FieldValuesModel::CountRole), (QStringList{u"2"_qs, u"1"_qs, u"1"_qs}));
    QCOMPARE(column(values, FieldValuesModel::ValueRole), (QStringList{u"java"_qs, u"go"_qs, u"payments"_qs}));
    values.setField(CatalogFilterModel::OwnerField);
    QCOMPARE(column(values, FieldValuesModel::ValueRole), (QStringList{u"team-a"_qs, u"team-b"_qs}));
    filter.setFieldFilter(CatalogFilterModel::OwnerField, u"team-b"_qs);
    values.refresh();
    QCOMPARE(column(values, FieldValuesModel::ValueRole), QStringList{u"team-b"_qs});
    filter.setKind({});
    values.setField(CatalogFilterModel::LifecycleField);
    // Empty values are not offered.
    QCOMPARE(column(values, FieldValuesModel::ValueRole), QStringList{u"production"_qs});
    values.setLimit(1);
    values.setField(CatalogFilterModel::NamespaceField);
    QCOMPARE(column(values, FieldValuesModel::ValueRole), QStringList{u"default"_qs});
    values.setFilter(nullptr);
    QCOMPARE(values.count(), 0);
}

void TestCatalogModel::openLinkRefusesOtherSchemes()
{
    AppController c;
    c.setLinksEnabled(false);
    QSignalSpy refused(&c, &AppController::linkRefused);
    QVERIFY(c.openLink(QStringLiteral("https://example.com/x")));
    QVERIFY(c.openLink(QStringLiteral("mailto:team@example.com")));
    QVERIFY(!c.openLink(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!c.openLink(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!c.openLink(QStringLiteral("/usr/bin/xterm")));
    QCOMPARE(refused.size(), 3);
}

void TestCatalogModel::appControllerDemo()
{
    QTemporaryDir parent;
    QString demoFolder;
    {
        AppController c(nullptr, parent.path());
        QSignalSpy loading(&c, &AppController::loadingChanged);
        c.openDemo();
        QVERIFY(c.loading());
        QVERIFY2(c.waitForLoaded(60000), qPrintable(c.error()));
        QVERIFY(!c.loading());
        QVERIFY(c.loaded());
        QCOMPARE(loading.size(), 2);
        QVERIFY(c.isDemo());
        QCOMPARE(c.error(), QString());
        QCOMPARE(c.catalog()->count(), m_demo.entities.size());
        QCOMPARE(c.problems()->count(), m_demo.diagnostics.size());
        QVERIFY(c.cachePath().startsWith(parent.path()));
        QVERIFY(QFile::exists(c.cachePath()));
        QVERIFY(c.lastUpdated().isValid());
        const QDateTime later = c.lastUpdated().addSecs(10 * 60);
        QSignalSpy age(&c, &AppController::cacheAgeChanged);
        c.setClock([later] { return later; });
        QCOMPARE(age.size(), 1);
        QCOMPARE(c.cacheAge(), QStringLiteral("10 min ago"));
        QVERIFY(c.hasEntity(QStringLiteral("component:default/order-service")));
        // Files are shown relative to the demo folder.
        const Entity *e = c.catalog()->find(QStringLiteral("component:default/order-service"));
        QVERIFY(e);
        QCOMPARE(c.catalog()->displayPath(e->file), QStringLiteral("components/order-service/catalog-info.yaml"));
        demoFolder = QFileInfo(c.cachePath()).absolutePath();

        // Reading the same cache again gives the same catalog.
        c.reload();
        QVERIFY(c.waitForLoaded(60000));
        QVERIFY(c.isDemo());
        QCOMPARE(c.catalog()->count(), m_demo.entities.size());
    }
    // The demo folder goes with the controller.
    QVERIFY(!QFile::exists(demoFolder));
}

void TestCatalogModel::appControllerMissingCache()
{
    QTemporaryDir dir;
    AppController c;
    c.openCache(dir.filePath(QStringLiteral("sub/new.sqlite")));
    QVERIFY2(c.waitForLoaded(60000), qPrintable(c.error()));
    QCOMPARE(c.catalog()->count(), 0);
    QVERIFY(!c.isDemo());
    QCOMPARE(c.cacheAge(), QString());

    // A cache that cannot be opened is an error the user can read.
    QFile notADir(dir.filePath(QStringLiteral("file")));
    QVERIFY(notADir.open(QIODevice::WriteOnly));
    notADir.close();
    c.openCache(dir.filePath(QStringLiteral("file/cache.sqlite")));
    QVERIFY(!c.waitForLoaded(60000));
    QVERIFY(!c.error().isEmpty());
    QVERIFY(!c.loaded());
}

void TestCatalogModel::fiftyThousandEntities()
{
    QList<Entity> many;
    many.reserve(50000);
    const QStringList kinds{u"Component"_qs, u"API"_qs, u"Resource"_qs, u"System"_qs, u"Group"_qs};
    for (int i = 0; i < 50000; ++i) {
        Entity e = makeEntity(kinds.at(i % kinds.size()), QStringLiteral("entity-%1").arg(i, 5, 10, QChar(u'0')),
                              QStringLiteral("group:default/team-%1").arg(i % 97),
                              QStringLiteral("Generated entity number %1 for the scale test").arg(i),
                              {QStringLiteral("tag-%1").arg(i % 13)});
        e.title = QStringLiteral("Entity %1").arg(i);
        many << e;
    }
    CatalogModel model;
    QElapsedTimer t;
    t.start();
    model.setEntities(many);
    const qint64 setMs = t.restart();
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.count(), 50000);
    const qint64 firstSortMs = t.restart();
    filter.setSearchText(QStringLiteral("entity-4"));
    QCOMPARE(filter.count(), 10000);
    const qint64 searchMs = t.restart();
    filter.setSearchText(QStringLiteral("entity-49999"));
    QCOMPARE(filter.count(), 1);
    filter.setSearchText(QStringLiteral("tag-7"));
    const qint64 search2Ms = t.restart();
    filter.setKind(QStringLiteral("api"));
    const qint64 kindMs = t.restart();
    filter.setSearchText({});
    filter.toggleSort(CatalogFilterModel::OwnerColumn);
    QCOMPARE(filter.count(), 10000);
    const qint64 sortMs = t.restart();
    qInfo("50k entities: set %lld ms, first sort %lld ms, search %lld ms, two searches %lld ms, kind %lld ms, "
          "sort by owner %lld ms",
          setMs, firstSortMs, searchMs, search2Ms, kindMs, sortMs);
    // Loose bounds: this catches an accidental quadratic or per-row
    // allocation storm, not a slow CI machine.
    QVERIFY(searchMs < 2000);
    QVERIFY(kindMs < 2000);
    QVERIFY(sortMs < 3000);
}

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
