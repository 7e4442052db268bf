// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "taskstore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace atrium {

class AppController;

/**
 * The Create section's "Recent tasks": what Atrium's scaffolder ran from
 * this catalog cache (the task history TaskStore keeps), newest first, with
 * each task's template, outcome, time, duration and output links, so that
 * the repository or pull request a run made is not lost once the wizard is
 * closed.
 *
 * With them, the tasks of the configured Backstage backends (your own, as
 * their "My tasks" lists them), from AppController::taskLister(); a backend
 * that cannot be read is named in `error` and the rest still shows.
 *
 * Read on a worker thread (the history is in the cache file, which a task
 * may be writing; backends answer over the network); reload() after a run
 * or when the list is shown.
 */
class TaskHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TemplateRole,    ///< the template's ref
        TitleRole,       ///< the template's title or name from the catalog, else its ref
        StatusRole,      ///< running, completed, failed, cancelled
        StatusTextRole,  ///< the same, for the user
        DryRunRole,
        WhenRole,        ///< when it started, in the UI's locale
        StartedRole,     ///< QDateTime (UTC)
        DurationRole,    ///< "12 s", "3 min 5 s"; empty while running
        ErrorRole,
        LinksRole,       ///< [{title, url}]
        StepsRole,       ///< "Steps: 3 of 4"
        ParametersRole,  ///< the masked values, one `key: value` a line
        SourceRole,      ///< where it ran: "Atrium", or backstage:NAME
    };
    Q_ENUM(Role)

    explicit TaskHistoryModel(QObject *parent = nullptr);
    ~TaskHistoryModel() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Reads the history of the open cache again. */
    Q_INVOKABLE void reload();
    /** Opens one of a task's output links (http and https only). */
    Q_INVOKABLE bool openLink(const QString &url);

    /** "12 s", "3 min 5 s", "1 h 4 min", in the UI's locale. */
    static QString durationText(qint64 ms);
    /** What the user reads for a task's status. */
    static QString statusText(const QString &status);
    /** Blocks until a reload is done (tests). */
    bool waitForLoaded(int timeoutMs = 10000);

Q_SIGNALS:
    void appChanged();
    void countChanged();
    void loadingChanged();
    /** openLink() was asked for a link it will not open. */
    void linkRefused(const QString &url);

private:
    struct Loaded {
        QList<scaffolder::TaskRecord> tasks;
        QString error;
    };
    void apply(const Loaded &loaded);

    QPointer<AppController> m_app;
    QThreadPool m_pool;
    QFutureWatcher<Loaded> m_watcher;
    QList<scaffolder::TaskRecord> m_tasks;
    bool m_loading = false;
    bool m_again = false;
    QString m_error;
};

} // namespace atrium
