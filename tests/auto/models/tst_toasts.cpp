// SPDX-License-Identifier: Apache-2.0
// ToastModel: at most three toasts, the oldest pushed out; each goes after
// its time (a fixed clock here), not while paused; actions run once. And
// the undo toasts of the controllers: unstarring an entity, removing a
// source in Settings (gone once the settings are saved).
#include "appcontroller.h"
#include "settingscontroller.h"
#include "toastmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace atrium;

class TestToasts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_now = 1000;

    void useClock(ToastModel &m)
    {
        m.setClock([this] { return m_now; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void stacksUpToThree()
    {
        ToastModel m;
        new QAbstractItemModelTester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest, &m);
        useClock(m);
        QSignalSpy count(&m, &ToastModel::countChanged);
        const int first = m.show(QStringLiteral("one"));
        m.show(QStringLiteral("two"));
        m.show(QStringLiteral("three"));
        QCOMPARE(m.count(), 3);
        QVERIFY(m.contains(first));
        m.show(QStringLiteral("four"));
        QCOMPARE(m.count(), ToastModel::maxToasts);
        QVERIFY(!m.contains(first)); // the oldest made room
        QCOMPARE(m.textAt(0), QStringLiteral("two"));
        QCOMPARE(m.textAt(2), QStringLiteral("four"));
        QVERIFY(count.size() >= 4);
        const QModelIndex last = m.index(2);
        QCOMPARE(m.data(last, ToastModel::TextRole).toString(), QStringLiteral("four"));
        QCOMPARE(m.data(last, ToastModel::ActionTextRole).toString(), QString());
        QCOMPARE(m.roleNames().value(ToastModel::IdRole), QByteArray("toastId"));
        m.clear();
        QCOMPARE(m.count(), 0);
    }

    void expiresAfterItsTime()
    {
        ToastModel m;
        new QAbstractItemModelTester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest, &m);
        useClock(m);
        QCOMPARE(m.timeoutMs(), 6000);
        const int a = m.show(QStringLiteral("a"));
        m_now += 2000;
        const int b = m.show(QStringLiteral("b"));
        m_now += 3999;
        m.expire();
        QCOMPARE(m.count(), 2);
        m_now += 1;
        m.expire();
        QVERIFY(!m.contains(a));
        QVERIFY(m.contains(b));
        // Paused (the pointer over the toasts): nothing goes...
        m.setPaused(true);
        m_now += 60000;
        m.expire();
        QVERIFY(m.contains(b));
        // ...and leaving gives them half the time again.
        m.setPaused(false);
        m.expire();
        QVERIFY(m.contains(b));
        m_now += 3000;
        m.expire();
        QCOMPARE(m.count(), 0);
    }

    void expiresOnItsOwnTimer()
    {
        ToastModel m; // the real clock
        m.setTimeoutMs(100);
        m.show(QStringLiteral("soon gone"));
        QCOMPARE(m.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m.count(), 0, 2000);
    }

    void actionsRunOnce()
    {
        ToastModel m;
        useClock(m);
        int undone = 0;
        const int undo = m.show(QStringLiteral("Removed"), QStringLiteral("Undo"), [&undone] { ++undone; });
        QCOMPARE(m.data(m.index(0), ToastModel::ActionTextRole).toString(), QStringLiteral("Undo"));
        m.trigger(undo);
        m.trigger(undo);
        QCOMPARE(undone, 1);
        QCOMPARE(m.count(), 0);

        QSignalSpy requested(&m, &ToastModel::actionRequested);
        const int open = m.showRequest(QStringLiteral("Template finished"), QStringLiteral("Open"),
                                       QStringLiteral("openEntity"), QStringLiteral("component:default/x"));
        m.trigger(open);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("openEntity"));
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("component:default/x"));

        // Dismissed: the action does not run.
        const int gone = m.show(QStringLiteral("x"), QStringLiteral("Undo"), [&undone] { ++undone; });
        m.dismiss(gone);
        m.trigger(gone);
        QCOMPARE(undone, 1);
        // No action, no button.
        m.showRequest(QStringLiteral("Sync finished"), QStringLiteral("Show"), {});
        QCOMPARE(m.data(m.index(0), ToastModel::ActionTextRole).toString(), QString());
    }

    void unstarCanBeUndone()
    {
        AppController app(nullptr, m_dir.path());
        app.setLinksEnabled(false);
        app.openDemo();
        QVERIFY(app.waitForLoaded(60000));
        ToastModel toasts;
        useClock(toasts);
        app.setToasts(&toasts);
        const QString ref = QStringLiteral("component:default/order-service");
        QVERIFY(app.hasEntity(ref));
        app.setStarred(ref, true);
        QCOMPARE(toasts.count(), 0); // starring says nothing
        app.toggleStarred(ref);
        QVERIFY(!app.isStarred(ref));
        QCOMPARE(toasts.count(), 1);
        QVERIFY2(toasts.textAt(0).startsWith(QStringLiteral("Removed ")), qPrintable(toasts.textAt(0)));
        QVERIFY(toasts.textAt(0).endsWith(QStringLiteral(" from starred")));
        toasts.trigger(toasts.idAt(0));
        QVERIFY(app.isStarred(ref));
        QCOMPARE(toasts.count(), 0);
        app.setStarred(ref, false);
        toasts.clear();
        // The undo outliving the controller does nothing.
        {
            AppController other(nullptr, m_dir.path());
            other.setToasts(&toasts);
            other.openDemo();
            QVERIFY(other.waitForLoaded(60000));
            other.setStarred(ref, true);
            other.setStarred(ref, false);
        }
        QCOMPARE(toasts.count(), 1);
        toasts.trigger(toasts.idAt(0));
    }

    void removedSourceCanBeUndoneUntilSaved()
    {
        const QString config = m_dir.filePath(QStringLiteral("settings/config.yaml"));
        SettingsController s(config);
        ToastModel toasts;
        useClock(toasts);
        s.setToasts(&toasts);
        s.setGithubEnabled(false); // folders only: valid, so it saves
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        const QString c = m_dir.filePath(QStringLiteral("c"));
        QVERIFY(s.addLocalFolder(a));
        QVERIFY(s.addLocalFolder(b));
        QVERIFY(s.addLocalFolder(c));
        QVERIFY(s.save());
        s.removeLocalFolder(1);
        QCOMPARE(s.localFolders(), (QStringList{a, c}));
        QVERIFY(s.dirty());
        QCOMPARE(toasts.count(), 1);
        QCOMPARE(toasts.textAt(0), QStringLiteral("Removed source %1").arg(QDir::toNativeSeparators(b)));
        // Undo puts it back in its place; nothing to save then.
        toasts.trigger(toasts.idAt(0));
        QCOMPARE(s.localFolders(), (QStringList{a, b, c}));
        QVERIFY(!s.dirty());

        // Saved after the removal: the undo toast goes with the chance.
        s.removeLocalFolder(0);
        QCOMPARE(toasts.count(), 1);
        QVERIFY(s.save());
        QCOMPARE(toasts.count(), 0);
        QCOMPARE(s.localFolders(), (QStringList{b, c}));
        // Reverted: the folder is back anyway, and so is the toast gone.
        s.removeLocalFolder(1);
        QCOMPARE(toasts.count(), 1);
        s.revert();
        QCOMPARE(toasts.count(), 0);
        QCOMPARE(s.localFolders(), (QStringList{b, c}));
    }
};

QTEST_MAIN(TestToasts)
#include "tst_toasts.moc"
