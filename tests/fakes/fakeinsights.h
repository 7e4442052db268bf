// SPDX-License-Identifier: Apache-2.0
#pragma once

// Delivery data of the fake's repositories, as the Insights page reads it
// from GitHub's REST API: deployments and their statuses, issues, pull
// requests, commits, releases and workflow runs.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace atrium::fake {

/** A deployment; @c statuses oldest first, as they were created. */
struct FakeDeployment {
    qint64 id = 0; ///< assigned when 0
    QString sha;
    QString ref = QStringLiteral("main");
    QString environment = QStringLiteral("production");
    QDateTime createdAt;
    QList<QPair<QString, QDateTime>> statuses; ///< state (success, failure, error, in_progress…), time
};

/** An issue (or, with @c pullRequest, a pull request as the issues list shows it). */
struct FakeIssue {
    int number = 0; ///< assigned when 0
    QString title;
    QStringList labels;
    QDateTime createdAt;
    QDateTime closedAt; ///< invalid while open
    QString author = QStringLiteral("octocat");
    bool pullRequest = false;
};

struct FakePull {
    int number = 0; ///< assigned when 0
    QString title;
    QString author;
    QDateTime createdAt;
    QDateTime closedAt;
    QDateTime mergedAt; ///< invalid: not merged
    QString baseRef = QStringLiteral("main");
};

/** A commit's times for `GET /repos/{o}/{r}/commits/{sha}`. */
struct FakeCommitInfo {
    QString sha;
    QDateTime authoredAt;
    QDateTime committedAt;
    QString message;
};

struct FakeRelease {
    qint64 id = 0; ///< assigned when 0
    QString tag;
    QString targetCommitish = QStringLiteral("main");
    QDateTime createdAt;
    QDateTime publishedAt;
    bool draft = false;
    bool prerelease = false;
};

struct FakeWorkflowRun {
    qint64 id = 0; ///< assigned when 0
    QString name = QStringLiteral("Deploy");
    QString path = QStringLiteral(".github/workflows/deploy.yml");
    QString headBranch = QStringLiteral("main");
    QString headSha;
    QString event = QStringLiteral("push");
    QString status = QStringLiteral("completed");
    QString conclusion = QStringLiteral("success");
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime headCommitAt;
};

/** Everything above for one repository. */
struct FakeRepoInsights {
    QList<FakeDeployment> deployments;
    QList<FakeIssue> issues; ///< pull requests included, as GitHub numbers them together
    QList<FakePull> pulls;
    QHash<QString, FakeCommitInfo> commits;
    QList<FakeRelease> releases;
    QList<FakeWorkflowRun> runs;
    int nextNumber = 1;
};

} // namespace atrium::fake
