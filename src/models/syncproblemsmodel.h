// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogstore.h"
#include "syncjob.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** One repository that needs attention after a sync. */
struct SyncProblem {
    enum Kind {
        Failed,  ///< could not be read; its previous entities stay
        Invalid, ///< read, but its catalog files have errors
        Slow,    ///< read, but slowly ("refresh took 45 s", as Backstage says)
        Warning, ///< read, with warnings only
    };
    Kind kind = Failed;
    QString repository; ///< ORG/REPO
    QString message;    ///< for the user
    QString url;        ///< the catalog file on GitHub
};

/** The per-repository problems of the last sync, worst first: repositories
 *  that failed, then those whose files have errors, then slow ones. */
class SyncProblemsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SyncController.problems")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RepositoryRole = Qt::UserRole + 1,
        MessageRole,
        UrlRole,
        SlowRole,     ///< true for a slow repository (not a failure)
        SeverityRole, ///< `error`, `warning` or `slow`
        FileRole,     ///< the file's path in the repository, for the link's text
    };
    Q_ENUM(Role)

    explicit SyncProblemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProblems(QList<SyncProblem> problems);
    int count() const { return int(m_items.size()); }
    const SyncProblem &problemAt(int row) const { return m_items.at(row); }

    /** The problems the cache records for GitHub repositories (a failed
     *  read's status, error and warning counts, slow reads), merged with
     *  the ones a sync reported for repositories the cache has no row for
     *  (a first read that failed). A read slower than @p slowMs is flagged. */
    static QList<SyncProblem> collect(const QList<SourceInfo> &sources, const QList<RepoProblem> &reported,
                                      qint64 slowMs);
    /** The path in the repository of a GitHub file URL
     *  (`https://HOST/ORG/REPO/blob/BRANCH/PATH`), else the URL. */
    static QString fileOf(const QString &url);
    /** `ORG/REPO` of a source id `github:HOST/ORG/REPO`; empty for others. */
    static QString repositoryOf(const QString &sourceId);

Q_SIGNALS:
    void countChanged();

private:
    QList<SyncProblem> m_items;
};

} // namespace atrium
