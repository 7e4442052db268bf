// SPDX-License-Identifier: Apache-2.0
#include "fakescaffolder.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

namespace atrium::fake {

struct FakeScaffolderState {
    mutable QMutex mutex;
    QByteArray token, argoToken;
    QStringList orgs;
    struct Repo {
        QString owner, name, cloneUrl, defaultBranch;
        QJsonObject created;
    };
    QHash<QString, Repo> repos; // lower-case owner/name
    std::function<QString(const QString &, const QString &)> cloneUrl;
    struct Failure {
        QString match;
        int status;
        QString message;
        int count;
    };
    QList<Failure> failures;
    QList<FakeScaffolderRequest> log;
    QList<QJsonObject> pulls;
    QHash<QString, QJsonObject> argoApps;
    QHash<QString, QJsonObject> argoProjects;
    QHash<QString, QStringList> topics;
    QString base;
    int nextPull = 1;
    QString gitRoot;
    QByteArray gitToken;
    QHash<QString, QJsonArray> trees;     // owner/repo@ref -> tree entries
    QHash<QString, QByteArray> blobs;     // sha -> content

    QJsonObject repoJson(const Repo &r) const
    {
        return QJsonObject{{QStringLiteral("name"), r.name},
                           {QStringLiteral("full_name"), r.owner + u'/' + r.name},
                           {QStringLiteral("html_url"), QStringLiteral("https://github.com/%1/%2").arg(r.owner, r.name)},
                           {QStringLiteral("clone_url"), r.cloneUrl},
                           {QStringLiteral("default_branch"), r.defaultBranch}};
    }

    std::pair<int, QJsonDocument> handle(const QByteArray &method, const QString &path, const QByteArray &auth, const QJsonObject &body)
    {
        auto message = [](const QString &m) { return QJsonDocument(QJsonObject{{QStringLiteral("message"), m}}); };
        const QString key = QString::fromLatin1(method) + u' ' + path;
        for (Failure &f : failures) {
            if (f.count > 0 && key.contains(f.match)) {
                --f.count;
                return {f.status, message(f.message)};
            }
        }
        if (path.startsWith(QStringLiteral("/argocd/"))) {
            if (!argoToken.isEmpty() && auth != "Bearer " + argoToken)
                return {401, message(QStringLiteral("invalid session"))};
            if (method == "POST" && path == u"/argocd/api/v1/applications") {
                const QString name = body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                if (argoApps.contains(name) && argoApps.value(name) != body)
                    return {400, message(QStringLiteral("existing application spec is different, use upsert flag to force update"))};
                argoApps.insert(name, body);
                return {200, QJsonDocument(body)};
            }
            // As Argo CD: {project: AppProject, upsert}; the same spec again is fine.
            if (method == "POST" && path == u"/argocd/api/v1/projects") {
                const QJsonObject project = body.value(QStringLiteral("project")).toObject();
                const QString name = project.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                if (name.isEmpty())
                    return {400, message(QStringLiteral("project name is empty"))};
                if (argoProjects.contains(name) && argoProjects.value(name) != project)
                    return {400, message(QStringLiteral("existing project spec is different, use upsert flag to force update"))};
                argoProjects.insert(name, project);
                return {200, QJsonDocument(project)};
            }
            return {404, message(QStringLiteral("Not Found"))};
        }
        if (!path.startsWith(QStringLiteral("/api/v3/")))
            return {404, message(QStringLiteral("Not Found"))};
        if (!token.isEmpty() && auth != "Bearer " + token)
            return {401, message(QStringLiteral("Bad credentials"))};
        const QStringList p = path.mid(8).split(u'/');
        if (method == "GET" && p.size() == 2 && p[0] == u"users") {
            const bool org = orgs.contains(p[1], Qt::CaseInsensitive);
            return {200, QJsonDocument(QJsonObject{{QStringLiteral("login"), p[1]},
                                                   {QStringLiteral("type"), org ? QStringLiteral("Organization") : QStringLiteral("User")}})};
        }
        const bool createOrg = method == "POST" && p.size() == 3 && p[0] == u"orgs" && p[2] == u"repos";
        const bool createUser = method == "POST" && p.size() == 2 && p[0] == u"user" && p[1] == u"repos";
        if (createOrg || createUser) {
            const QString owner = createOrg ? p[1] : QStringLiteral("octocat");
            const QString name = body.value(QStringLiteral("name")).toString();
            if (name.isEmpty())
                return {422, message(QStringLiteral("Validation Failed"))};
            const QString k = (owner + u'/' + name).toLower();
            if (repos.contains(k))
                return {422, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Repository creation failed.")},
                                                       {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("name already exists on this account")}}}}})};
            Repo r{owner, name, cloneUrl ? cloneUrl(owner, name) : QString(), QStringLiteral("main"), body};
            repos.insert(k, r);
            return {201, QJsonDocument(repoJson(r))};
        }
        if (method == "GET" && p.size() == 6 && p[0] == u"repos" && p[3] == u"git" && p[4] == u"trees") {
            const QString k = (p[1] + u'/' + p[2]).toLower() + u'@' + p[5];
            if (!trees.contains(k))
                return {404, message(QStringLiteral("Not Found"))};
            return {200, QJsonDocument(QJsonObject{{QStringLiteral("tree"), trees.value(k)}, {QStringLiteral("truncated"), false}})};
        }
        if (method == "GET" && p.size() == 6 && p[0] == u"repos" && p[3] == u"git" && p[4] == u"blobs") {
            if (!blobs.contains(p[5]))
                return {404, message(QStringLiteral("Not Found"))};
            return {200, QJsonDocument(QJsonObject{{QStringLiteral("sha"), p[5]}, {QStringLiteral("encoding"), QStringLiteral("base64")},
                                                   {QStringLiteral("content"), QString::fromLatin1(blobs.value(p[5]).toBase64())}})};
        }
        // PUT /orgs/{org}/teams/{team}/repos/{owner}/{repo}: a team's access.
        if (method == "PUT" && p.size() == 6 && p[0] == u"orgs" && p[2] == u"teams") {
            if (!repos.contains((p[4] + u'/' + p[5]).toLower()))
                return {404, message(QStringLiteral("Not Found"))};
            return {204, QJsonDocument()};
        }
        if (p.size() >= 3 && p[0] == u"repos") {
            const QString k = (p[1] + u'/' + p[2]).toLower();
            if (!repos.contains(k))
                return {404, message(QStringLiteral("Not Found"))};
            Repo &r = repos[k];
            if (method == "GET" && p.size() == 3)
                return {200, QJsonDocument(repoJson(r))};
            if (method == "PUT" && p.size() == 4 && p[3] == u"topics") {
                QStringList names;
                for (const QJsonValue &v : body.value(QStringLiteral("names")).toArray())
                    names << v.toString();
                topics.insert(k, names);
                return {200, QJsonDocument(body)};
            }
            if (method == "PUT" && p.size() == 6 && p[3] == u"branches" && p[5] == u"protection")
                return {200, QJsonDocument(body)};
            if (method == "POST" && p.size() == 4 && p[3] == u"pulls") {
                QJsonObject pr = body;
                const int n = nextPull++;
                pr.insert(QStringLiteral("number"), n);
                pr.insert(QStringLiteral("html_url"), QStringLiteral("https://github.com/%1/%2/pull/%3").arg(r.owner, r.name).arg(n));
                pr.insert(QStringLiteral("repo"), k);
                pulls << pr;
                return {201, QJsonDocument(pr)};
            }
            if (method == "POST" && p.size() == 6 && p[3] == u"pulls" && p[5] == u"requested_reviewers") {
                for (QJsonObject &pr : pulls)
                    if (pr.value(QStringLiteral("number")).toInt() == p[4].toInt() && pr.value(QStringLiteral("repo")).toString() == k)
                        pr.insert(QStringLiteral("requested"), body);
                return {201, QJsonDocument(body)};
            }
            if (method == "PUT" && p.size() == 5 && p[3] == u"collaborators")
                return {201, QJsonDocument(body)};
            if (method == "POST" && p.size() == 6 && p[3] == u"issues" && p[5] == u"assignees") {
                for (QJsonObject &pr : pulls)
                    if (pr.value(QStringLiteral("number")).toInt() == p[4].toInt() && pr.value(QStringLiteral("repo")).toString() == k)
                        pr.insert(QStringLiteral("assignees"), body.value(QStringLiteral("assignees")));
                return {201, QJsonDocument(body)};
            }
            if (method == "POST" && p.size() == 4 && p[3] == u"pages")
                return {201, QJsonDocument(body)};
            if (method == "POST" && p.size() == 7 && p[3] == u"actions" && p[6] == u"dispatches")
                return {204, QJsonDocument()};
        }
        return {404, message(QStringLiteral("Not Found"))};
    }
};

class FakeScaffolderHttp : public QAbstractHttpServer
{
public:
    explicit FakeScaffolderHttp(std::shared_ptr<FakeScaffolderState> s) : m_state(std::move(s)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get: method = "GET"; break;
        case QHttpServerRequest::Method::Post: method = "POST"; break;
        case QHttpServerRequest::Method::Put: method = "PUT"; break;
        case QHttpServerRequest::Method::Patch: method = "PATCH"; break;
        case QHttpServerRequest::Method::Delete: method = "DELETE"; break;
        default: method = "OTHER";
        }
        QByteArray auth;
        for (const auto &h : request.headers())
            if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                auth = h.second;
        const QString path = request.url().path();
        if (path.startsWith(QStringLiteral("/git/"))) {
            serveGit(request, method, auth, socket);
            return true;
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        std::pair<int, QJsonDocument> r;
        {
            QMutexLocker lock(&m_state->mutex);
            r = m_state->handle(method, path, auth, body);
            m_state->log << FakeScaffolderRequest{method, path, auth, body, r.first};
        }
        const QByteArray payload = r.second.isNull() ? QByteArray() : r.second.toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.first) + " Status\r\nContent-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
        socket->write(out);
        return true;
    }
    /** git's smart HTTP through `git http-backend`, as a CGI. */
    void serveGit(const QHttpServerRequest &request, const QByteArray &method, const QByteArray &auth, QTcpSocket *socket)
    {
        QString root;
        QByteArray token;
        {
            QMutexLocker lock(&m_state->mutex);
            root = m_state->gitRoot;
            token = m_state->gitToken;
            m_state->log << FakeScaffolderRequest{method, request.url().path(), auth, {}, 0};
        }
        if (auth != "Basic " + QByteArray("x-access-token:" + token).toBase64()) {
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"fake\"\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        QByteArray contentType;
        for (const auto &h : request.headers())
            if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
                contentType = h.second;
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("GIT_PROJECT_ROOT"), root);
        env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
        env.insert(QStringLiteral("PATH_INFO"), request.url().path().mid(4));
        env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(method));
        env.insert(QStringLiteral("QUERY_STRING"), request.url().query());
        env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(contentType));
        env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(request.body().size()));
        env.insert(QStringLiteral("REMOTE_USER"), QStringLiteral("x-access-token"));
        env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
        p.write(request.body());
        p.closeWriteChannel();
        p.waitForFinished(30000);
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype split = out.indexOf("\r\n\r\n");
        const QByteArray head = split < 0 ? QByteArray() : out.left(split);
        const QByteArray body = split < 0 ? out : out.mid(split + 4);
        QByteArray status = "200 OK";
        QByteArray headers;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.startsWith("Status:"))
                status = l.mid(7).trimmed();
            else if (!l.isEmpty())
                headers += l + "\r\n";
        }
        socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
    }

private:
    std::shared_ptr<FakeScaffolderState> m_state;
};

FakeScaffolder::FakeScaffolder(QObject *parent) : QObject(parent), m_state(std::make_shared<FakeScaffolderState>())
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeScaffolder"));
    m_server = new FakeScaffolderHttp(m_state);
    m_server->moveToThread(m_thread);
    m_thread->start();
}

FakeScaffolder::~FakeScaffolder()
{
    FakeScaffolderHttp *server = m_server;
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool FakeScaffolder::listen()
{
    quint16 port = 0;
    FakeScaffolderHttp *server = m_server;
    QMetaObject::invokeMethod(server, [&] { port = server->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return port != 0;
}

QUrl FakeScaffolder::apiUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v3").arg(m_port));
}

QUrl FakeScaffolder::argoUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/argocd").arg(m_port));
}

void FakeScaffolder::setToken(const QByteArray &token)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->token = token;
}

void FakeScaffolder::setArgoToken(const QByteArray &token)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->argoToken = token;
}

void FakeScaffolder::addOrg(const QString &login)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->orgs << login;
}

void FakeScaffolder::addRepo(const QString &owner, const QString &name, const QString &cloneUrl, const QString &defaultBranch)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->repos.insert((owner + u'/' + name).toLower(), FakeScaffolderState::Repo{owner, name, cloneUrl, defaultBranch, {}});
}

void FakeScaffolder::addTree(const QString &owner, const QString &name, const QString &ref, const QHash<QString, QByteArray> &files)
{
    QMutexLocker lock(&m_state->mutex);
    QJsonArray tree;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const bool exec = it.key().endsWith(u'*');
        const QString path = exec ? it.key().chopped(1) : it.key();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha1).toHex());
        m_state->blobs.insert(sha, it.value());
        tree.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("type"), QStringLiteral("blob")},
                                {QStringLiteral("mode"), exec ? QStringLiteral("100755") : QStringLiteral("100644")}, {QStringLiteral("sha"), sha}});
    }
    m_state->trees.insert((owner + u'/' + name).toLower() + u'@' + ref, tree);
}

bool FakeScaffolder::serveGit(const QString &projectRoot, const QByteArray &token)
{
    QProcess p;
    p.start(QStringLiteral("git"), {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return false;
    QMutexLocker lock(&m_state->mutex);
    m_state->gitRoot = projectRoot;
    m_state->gitToken = token;
    return true;
}

QString FakeScaffolder::gitUrl(const QString &relativePath) const
{
    return QStringLiteral("http://127.0.0.1:%1/git/%2").arg(m_port).arg(relativePath);
}

void FakeScaffolder::setCloneUrlProvider(std::function<QString(const QString &, const QString &)> provider)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->cloneUrl = std::move(provider);
}

void FakeScaffolder::failNext(const QString &match, int status, const QString &message, int count)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->failures << FakeScaffolderState::Failure{match, status, message, count};
}

QList<FakeScaffolderRequest> FakeScaffolder::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

QHash<QString, QJsonObject> FakeScaffolder::createdRepos() const
{
    QMutexLocker lock(&m_state->mutex);
    QHash<QString, QJsonObject> out;
    for (auto it = m_state->repos.begin(); it != m_state->repos.end(); ++it)
        if (!it->created.isEmpty())
            out.insert(it.key(), it->created);
    return out;
}

QList<QJsonObject> FakeScaffolder::pullRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->pulls;
}

QList<QJsonObject> FakeScaffolder::argoProjects() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->argoProjects.values();
}

QList<QJsonObject> FakeScaffolder::argoApplications() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->argoApps.values();
}

QHash<QString, QStringList> FakeScaffolder::topics() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->topics;
}

} // namespace atrium::fake
