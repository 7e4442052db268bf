// SPDX-License-Identifier: Apache-2.0
#pragma once

// A local stand-in for what the scaffolder's actions call: GitHub's REST
// routes for creating repositories, topics, branch protection, pull requests
// and workflow dispatches (under /api/v3, Enterprise style), and Argo CD's
// /api/v1/applications (under /argocd). Git itself is not served here: a
// test hands out clone URLs of its own (file:// bare repositories).

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace atrium::fake {

struct FakeScaffolderState;
class FakeScaffolderHttp;

struct FakeScaffolderRequest {
    QByteArray method;
    QString path;
    QByteArray authorization;
    QJsonObject body;
    int status = 0;
};

class FakeScaffolder : public QObject
{
    Q_OBJECT
public:
    explicit FakeScaffolder(QObject *parent = nullptr);
    ~FakeScaffolder() override;

    bool listen();
    QUrl apiUrl() const;   ///< GitHub REST base: http://127.0.0.1:PORT/api/v3
    QUrl argoUrl() const;  ///< Argo CD base: http://127.0.0.1:PORT/argocd

    void setToken(const QByteArray &token);           ///< GitHub's accepted token (any when empty)
    void setArgoToken(const QByteArray &token);
    void addOrg(const QString &login);                ///< others are users
    /** An existing repository (for pull requests); @p cloneUrl is what the fake hands out. */
    void addRepo(const QString &owner, const QString &name, const QString &cloneUrl, const QString &defaultBranch = QStringLiteral("main"));
    /** Files of @p ref for the git trees and blobs API (templates read from GitHub);
     *  a path ending in "*" is executable. */
    void addTree(const QString &owner, const QString &name, const QString &ref, const QHash<QString, QByteArray> &files);
    /** Serves the bare repositories under @p projectRoot over git's smart
     *  HTTP at /git/ (through `git http-backend`), asking for Basic
     *  authentication with the password @p token. False when git is not
     *  installed. */
    bool serveGit(const QString &projectRoot, const QByteArray &token);
    /** http://127.0.0.1:PORT/git/@p relativePath */
    QString gitUrl(const QString &relativePath) const;
    /** Gives the clone URL of a repository being created (the test makes the bare repository). */
    void setCloneUrlProvider(std::function<QString(const QString &owner, const QString &name)> provider);
    /** The next @p count requests whose method+path contains @p match fail with @p status and a GitHub-style body. */
    void failNext(const QString &match, int status, const QString &message, int count = 1);

    QList<FakeScaffolderRequest> requests() const;
    /** Created repositories: `owner/name` -> the creation body. */
    QHash<QString, QJsonObject> createdRepos() const;
    QList<QJsonObject> pullRequests() const;
    QList<QJsonObject> argoProjects() const; ///< AppProjects created, as posted
    QList<QJsonObject> argoApplications() const;
    QHash<QString, QStringList> topics() const;

private:
    std::shared_ptr<FakeScaffolderState> m_state;
    QThread *m_thread = nullptr;
    FakeScaffolderHttp *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace atrium::fake
