// SPDX-License-Identifier: Apache-2.0
#include "syncproblemsmodel.h"

#include <QSet>
#include <algorithm>

namespace atrium {

SyncProblemsModel::SyncProblemsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SyncProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant SyncProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncProblem &p = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return p.message;
    case RepositoryRole:
        return p.repository;
    case UrlRole:
        return p.url;
    case SlowRole:
        return p.kind == SyncProblem::Slow;
    case FileRole:
        return fileOf(p.url);
    case SeverityRole:
        switch (p.kind) {
        case SyncProblem::Failed:
        case SyncProblem::Invalid:
            return QStringLiteral("error");
        case SyncProblem::Slow:
            return QStringLiteral("slow");
        case SyncProblem::Warning:
            return QStringLiteral("warning");
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncProblemsModel::roleNames() const
{
    return {
        {RepositoryRole, "repository"}, {MessageRole, "message"},   {UrlRole, "url"},
        {SlowRole, "slow"},             {SeverityRole, "severity"}, {FileRole, "file"},
    };
}

void SyncProblemsModel::setProblems(QList<SyncProblem> problems)
{
    // Worst first, then by name so the list does not jump between syncs.
    std::stable_sort(problems.begin(), problems.end(), [](const SyncProblem &a, const SyncProblem &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.repository.compare(b.repository, Qt::CaseInsensitive) < 0;
    });
    const bool countChanges = problems.size() != m_items.size();
    beginResetModel();
    m_items = std::move(problems);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString SyncProblemsModel::fileOf(const QString &url)
{
    const int blob = int(url.indexOf(u"/blob/"));
    if (blob < 0)
        return url;
    // The branch ends at the next slash (a branch with slashes shows part of it).
    const int path = int(url.indexOf(u'/', blob + 6));
    return path < 0 ? url : url.mid(path + 1);
}

QString SyncProblemsModel::repositoryOf(const QString &sourceId)
{
    // github:HOST/ORG/REPO
    if (!sourceId.startsWith(u"github:"))
        return {};
    const QStringList parts = sourceId.mid(7).split(u'/');
    if (parts.size() < 3)
        return {};
    return parts.at(parts.size() - 2) + u'/' + parts.last();
}

QList<SyncProblem> SyncProblemsModel::collect(const QList<SourceInfo> &sources, const QList<RepoProblem> &reported,
                                              qint64 slowMs)
{
    QList<SyncProblem> out;
    QSet<QString> known;
    for (const SourceInfo &s : sources) {
        if (s.kind != u"github")
            continue;
        const QString repo = repositoryOf(s.id);
        if (repo.isEmpty())
            continue;
        known.insert(repo);
        if (!s.status.isEmpty()) {
            out << SyncProblem{SyncProblem::Failed, repo, s.status, s.location};
            continue;
        }
        if (s.errors > 0) {
            const QString message = s.warnings > 0
                ? tr("%n error(s) and %1 in its catalog files; see Problems", "", s.errors)
                      .arg(tr("%n warning(s)", "", s.warnings))
                : tr("%n error(s) in its catalog files; see Problems", "", s.errors);
            out << SyncProblem{SyncProblem::Invalid, repo, message, s.location};
        } else if (s.warnings > 0) {
            out << SyncProblem{SyncProblem::Warning, repo,
                               tr("%n warning(s) in its catalog files; see Problems", "", s.warnings), s.location};
        }
        if (s.durationMs > slowMs)
            out << SyncProblem{SyncProblem::Slow, repo, tr("refresh took %1 s").arg(s.durationMs / 1000), s.location};
    }
    // What the cache cannot say: a repository read for the first time that
    // failed has no row (nothing of it was ever written).
    for (const RepoProblem &p : reported) {
        if (known.contains(p.repository))
            continue;
        out << SyncProblem{p.slow ? SyncProblem::Slow : SyncProblem::Failed, p.repository, p.message, p.url};
    }
    return out;
}

} // namespace atrium
