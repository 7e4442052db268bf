// SPDX-License-Identifier: Apache-2.0
#pragma once

// A local stand-in for a Backstage backend, on loopback, with the shapes of
// the real APIs: the catalog (by-query with opaque cursors, the older
// /entities with offsets, by-refs, by-name, filters, fields, uid and etag),
// the scaffolder's v2 tasks (created tasks run their template's steps on a
// clock, with a text/event-stream, /events?after=, cancel, the task list
// and the dry run), TechDocs' metadata and static files, and Backstage's
// errors ({error: {name, message}, request, response: {statusCode}}) for
// 401, 403 and 404. Served on its own thread.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QThread;

namespace atrium::fake {

struct FakeBackstageState;
class FakeBackstageServer;

struct FakeBackstageRequest {
    QByteArray method;
    QString path;
    QString query;       ///< decoded
    QByteArray authorization;
    QJsonObject body;
    int status = 0;
};

class FakeBackstage : public QObject
{
    Q_OBJECT
public:
    explicit FakeBackstage(QObject *parent = nullptr);
    ~FakeBackstage() override;

    bool listen();
    QUrl baseUrl() const; ///< http://127.0.0.1:PORT

    /** The bearer token it accepts; empty: any request (guest access). */
    void setToken(const QByteArray &token);
    /** Behave like a backend from before Backstage 1.12: no by-query (and,
     *  with @p alsoNoByRefs, no by-refs), no task cancel, no task list. */
    void setOldBackend(bool old, bool alsoNoByRefs = false);
    /** Requests whose "METHOD path" contains @p match get 403 NotAllowedError. */
    void denyPermission(const QString &match);
    void clearDenials();
    /** Whether the task event stream is served (else 404: clients poll). */
    void setEventStream(bool on);
    /** Milliseconds each scaffolder step takes. */
    void setStepMs(int ms);

    /** An entity as the catalog API gives it (relations and status as
     *  given); uid and etag are set here. Replaces one with the same ref. */
    void putEntity(QJsonObject entity);
    /** @p count generated entities (components, systems, groups) with
     *  relations, for benchmarks. */
    void generateEntities(int count);
    /** Changes an entity (its description), so its etag changes. */
    void touchEntity(const QString &ref);
    void removeEntity(const QString &ref);
    int entityCount() const;

    /** A built TechDocs site: @p files by path (index.html, img/x.png, ...). */
    void putTechDocs(const QString &entityRef, const QJsonObject &metadata, const QHash<QString, QByteArray> &files);

    QList<FakeBackstageRequest> requests() const;
    /** Requests whose "METHOD path" contains @p match. */
    int requestCount(const QString &match = {}) const;
    void clearRequests();
    /** Tasks as the backend holds them: id -> {templateRef, values, status, createdBy}. */
    QList<QJsonObject> tasks() const;
    /** Bodies POSTed to /v2/dry-run. */
    QList<QJsonObject> dryRuns() const;

private:
    std::shared_ptr<FakeBackstageState> m_state;
    QThread *m_thread = nullptr;
    FakeBackstageServer *m_server = nullptr;
};

} // namespace atrium::fake
