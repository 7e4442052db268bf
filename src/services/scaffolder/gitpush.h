// SPDX-License-Identifier: Apache-2.0
#pragma once

// Git for publish:github and publish:github:pull-request, through libgit2.
// Commits are built straight into a scratch repository's object database
// (an in-memory index over the files), so the workspace never gets a .git
// folder and file modes come from the files as they are.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace atrium::scaffolder::detail {

struct GitCommitSpec {
    QString gitDir;        ///< scratch folder for the repository (made fresh)
    QString remoteUrl;     ///< https://... or file://...
    QByteArray token;      ///< sent through the credential callback as x-access-token
    QString authorName;
    QString authorEmail;
    QString message;
    QDateTime when;
    std::function<bool()> cancelled;
};

struct GitResult {
    bool ok = false;
    QString error;      ///< for the user; never holds the token
    QString commitHash;
};

/** A first commit of every file under @p sourceDir, pushed to @p branch. */
GitResult pushInitialCommit(const GitCommitSpec &spec, const QString &sourceDir, const QString &branch);

/** Clones the remote, commits the files of @p sourceDir under @p targetPath
 *  (`""` for the root) on top of @p baseBranch, deleting @p filesToDelete,
 *  and pushes the commit as @p newBranch. */
GitResult pushBranchCommit(const GitCommitSpec &spec, const QString &sourceDir, const QString &targetPath,
                           const QString &baseBranch, const QString &newBranch, const QStringList &filesToDelete = {});

} // namespace atrium::scaffolder::detail
