// SPDX-License-Identifier: Apache-2.0
// `atrium catalog import` killed with SIGKILL half-way through writing a
// large organisation: the cache must open, pass SQLite's integrity check and
// hold the previous complete catalog, and take the next import.
#include "catalogstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace atrium;

namespace {

constexpr int kFiles = 1000;
constexpr int kPerFile = 10; // 10,000 components

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

QByteArray component(const QString &name, const QString &owner, const QString &system, const QString &dependsOn = {})
{
    QString s = QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n"
                               "  description: Generated service %1 for the import kill test, with some text to make rows realistic.\n"
                               "  tags: [java, generated]\n  annotations:\n    github.com/project-slug: acme/%1\n"
                               "spec:\n  type: service\n  lifecycle: production\n  owner: %2\n  system: %3\n")
                    .arg(name, owner, system);
    if (!dependsOn.isEmpty())
        s += QStringLiteral("  dependsOn: [component:%1]\n").arg(dependsOn);
    return s.toUtf8();
}

QString cli()
{
    return QStringLiteral(ATRIUM_BINARY);
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int import(const QString &cache, const QString &folder, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(cli(), {QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--cache"), cache,
                        QStringLiteral("--source"), QStringLiteral("org"), folder});
        if (!p.waitForFinished(60000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The previous catalog: a team and two services.
        const QString small = m_dir.filePath(QStringLiteral("small"));
        writeFile(small + QStringLiteral("/team.yaml"),
                  "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: team-small}\nspec: {type: team, children: []}\n");
        writeFile(small + QStringLiteral("/services.yaml"),
                  component(QStringLiteral("small-one"), QStringLiteral("team-small"), QStringLiteral("small-system")) + "---\n"
                      + component(QStringLiteral("small-two"), QStringLiteral("team-small"), QStringLiteral("small-system"), QStringLiteral("small-one")));
        // The large organisation: 50 teams, 100 systems, 10,000 services in
        // 1,000 files, each depending on the one before it.
        const QString big = m_dir.filePath(QStringLiteral("big"));
        QByteArray org;
        for (int t = 0; t < 50; ++t)
            org += QStringLiteral("---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: team-%1}\nspec: {type: team, children: []}\n").arg(t).toUtf8();
        for (int s = 0; s < 100; ++s)
            org += QStringLiteral("---\napiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: {name: system-%1}\nspec: {owner: team-%2}\n").arg(s).arg(s % 50).toUtf8();
        writeFile(big + QStringLiteral("/org.yaml"), org);
        for (int f = 0; f < kFiles; ++f) {
            QByteArray data;
            for (int i = 0; i < kPerFile; ++i) {
                const int n = f * kPerFile + i;
                data += "---\n" + component(QStringLiteral("svc-%1").arg(n), QStringLiteral("team-%1").arg(n % 50), QStringLiteral("system-%1").arg(n % 100),
                                            n > 0 ? QStringLiteral("svc-%1").arg(n - 1) : QString());
            }
            writeFile(big + QStringLiteral("/services/part-%1/catalog-info.yaml").arg(f), data);
        }
    }

    void killedImportKeepsThePreviousCatalog()
    {
        const QString cache = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        QString out;
        QCOMPARE(import(cache, m_dir.filePath(QStringLiteral("small")), &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Imported 3 entities")), qPrintable(out));

        // The same source again, now the large organisation: killed once the
        // write is provably under way, that is once the uncommitted
        // transaction has spilled pages into the WAL.
        const QString wal = cache + QStringLiteral("-wal");
        const qint64 walBefore = QFileInfo(wal).exists() ? QFileInfo(wal).size() : 0;
        constexpr qint64 spilled = 1024 * 1024;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(cli(), {QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--cache"), cache,
                        QStringLiteral("--source"), QStringLiteral("org"), m_dir.filePath(QStringLiteral("big"))});
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        qint64 walAtKill = -1;
        while (t.elapsed() < 60000 && p.state() == QProcess::Running) {
            const QFileInfo info(wal);
            if (info.exists() && info.size() > walBefore + spilled) {
                walAtKill = info.size();
                ::kill(pid_t(p.processId()), SIGKILL);
                break;
            }
            QTest::qSleep(2);
        }
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(walAtKill > 0, qPrintable(QStringLiteral("the import ended (%1) before its write could be seen: %2")
                                               .arg(p.exitCode())
                                               .arg(QString::fromUtf8(p.readAll()))));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        qInfo("killed after %lld ms with %lld bytes in the WAL", qint64(t.elapsed()), walAtKill);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(cache);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!q.next());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        {
            CatalogStore store;
            QString error;
            QVERIFY2(store.open(cache, &error), qPrintable(error));
            QCOMPARE(store.entityCount(), 3);
            QVERIFY(store.entity(QStringLiteral("component:default/small-one")));
            QVERIFY(store.entity(QStringLiteral("component:default/small-two")));
            QVERIFY(store.entity(QStringLiteral("group:default/team-small")));
            QVERIFY(!store.entity(QStringLiteral("component:default/svc-0")));
            QVERIFY(!store.entity(QStringLiteral("component:default/small-two"))->relations.isEmpty());
        }

        // And the cache takes the next import.
        QCOMPARE(import(cache, m_dir.filePath(QStringLiteral("small")), &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Imported 3 entities")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
