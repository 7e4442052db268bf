// SPDX-License-Identifier: Apache-2.0
// The fake's delivery data and the REST routes that list it, shaped and
// paged as GitHub's: newest first unless asked otherwise, `per_page` up to
// 100 (30 by default), Link headers with next/last/prev/first. ETags and
// 304s come from the common GET path in fakegithub.cpp.
#include "fakegithub.h"
#include "fakeinsights.h"
#include "fakestate_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QUrlQuery>

#include <algorithm>

namespace atrium::fake {

namespace {

QString key(const QString &org, const QString &repo)
{
    return (org + QLatin1Char('/') + repo).toLower();
}

QJsonValue isoTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject user(const QString &login)
{
    return {{QStringLiteral("login"), login}, {QStringLiteral("type"), login.endsWith(QLatin1String("[bot]"))
                                                                           ? QStringLiteral("Bot")
                                                                           : QStringLiteral("User")}};
}

/** One page of @p items into @p r, with GitHub's Link header. */
void page(const QList<QJsonObject> &items, const HttpRequest &req, const QString &baseUrl, const QString &path,
          HttpResponse &r, const QString &wrapKey = {})
{
    const QUrlQuery q(req.query);
    const int perPage = qBound(1, q.hasQueryItem(QStringLiteral("per_page")) ? q.queryItemValue(QStringLiteral("per_page")).toInt() : 30, 100);
    const int pageNo = qMax(1, q.hasQueryItem(QStringLiteral("page")) ? q.queryItemValue(QStringLiteral("page")).toInt() : 1);
    const int lastPage = qMax(1, int((items.size() + perPage - 1) / perPage));
    QJsonArray out;
    for (int i = (pageNo - 1) * perPage; i < qMin(int(items.size()), pageNo * perPage); ++i)
        out.append(items.at(i));
    auto link = [&](int p) {
        QUrlQuery lq(req.query);
        lq.removeAllQueryItems(QStringLiteral("page"));
        lq.addQueryItem(QStringLiteral("page"), QString::number(p));
        return QStringLiteral("<%1/api/v3%2?%3>").arg(baseUrl, path, lq.toString(QUrl::FullyEncoded));
    };
    QStringList links;
    if (pageNo > 1)
        links << link(pageNo - 1) + QStringLiteral("; rel=\"prev\"") << link(1) + QStringLiteral("; rel=\"first\"");
    if (pageNo < lastPage)
        links << link(pageNo + 1) + QStringLiteral("; rel=\"next\"") << link(lastPage) + QStringLiteral("; rel=\"last\"");
    if (!links.isEmpty())
        r.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    if (wrapKey.isEmpty())
        r.body = QJsonDocument(out).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("total_count"), int(items.size())}, {wrapKey, out}})
                     .toJson(QJsonDocument::Compact);
}

void notFound(HttpResponse &r, const QString &docs)
{
    r.status = 404;
    r.body = jsonBody(messageJson(QStringLiteral("Not Found"), docs));
}

/** GitHub's `created` filter of workflow runs: `>=DATE`, `<=DATE`, `A..B` or a date. */
bool createdMatches(const QString &filter, const QDateTime &t)
{
    if (filter.isEmpty())
        return true;
    const auto day = [](const QString &s) { return QDateTime(QDate::fromString(s.left(10), Qt::ISODate), QTime(0, 0), Qt::UTC); };
    if (filter.startsWith(QLatin1String(">=")))
        return t >= day(filter.mid(2));
    if (filter.startsWith(QLatin1String("<=")))
        return t < day(filter.mid(2)).addDays(1);
    if (filter.contains(QLatin1String(".."))) {
        const QString a = filter.section(QStringLiteral(".."), 0, 0), b = filter.section(QStringLiteral(".."), 1);
        return (a == QLatin1String("*") || t >= day(a)) && (b == QLatin1String("*") || t < day(b).addDays(1));
    }
    return t >= day(filter) && t < day(filter).addDays(1);
}

} // namespace

bool FakeGitHubState::handleInsightsRest(const HttpRequest &req, const QStringList &parts, const OrgState &o,
                                         const RepoState &repo, HttpResponse &r)
{
    if (req.method != "GET" || parts.size() < 4)
        return false;
    const FakeRepoInsights data = insights.value(key(o.login, repo.meta.name));
    const QUrlQuery q(req.query);
    const QString path = QLatin1Char('/') + parts.join(QLatin1Char('/'));
    const QString what = parts[3];

    if (what == QLatin1String("deployments") && parts.size() == 4) {
        QList<FakeDeployment> list = data.deployments;
        std::stable_sort(list.begin(), list.end(), [](const FakeDeployment &a, const FakeDeployment &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
        QList<QJsonObject> items;
        for (const FakeDeployment &d : std::as_const(list)) {
            const QString env = q.queryItemValue(QStringLiteral("environment"), QUrl::FullyDecoded);
            const QString sha = q.queryItemValue(QStringLiteral("sha"));
            const QString ref = q.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded);
            if ((!env.isEmpty() && env != d.environment) || (!sha.isEmpty() && sha != d.sha) || (!ref.isEmpty() && ref != d.ref))
                continue;
            const QDateTime updated = d.statuses.isEmpty() ? d.createdAt : d.statuses.last().second;
            items << QJsonObject{{QStringLiteral("id"), d.id},
                                 {QStringLiteral("sha"), d.sha},
                                 {QStringLiteral("ref"), d.ref},
                                 {QStringLiteral("task"), QStringLiteral("deploy")},
                                 {QStringLiteral("environment"), d.environment},
                                 {QStringLiteral("production_environment"), d.environment == QLatin1String("production")},
                                 {QStringLiteral("creator"), user(QStringLiteral("deploy-bot[bot]"))},
                                 {QStringLiteral("created_at"), isoTime(d.createdAt)},
                                 {QStringLiteral("updated_at"), isoTime(updated)},
                                 {QStringLiteral("statuses_url"), QStringLiteral("%1/api/v3/repos/%2/%3/deployments/%4/statuses")
                                                                       .arg(baseUrl, o.login, repo.meta.name).arg(d.id)}};
        }
        page(items, req, baseUrl, path, r);
        return true;
    }
    if (what == QLatin1String("deployments") && parts.size() == 6 && parts[5] == QLatin1String("statuses")) {
        const qint64 id = parts[4].toLongLong();
        const auto d = std::find_if(data.deployments.cbegin(), data.deployments.cend(), [id](const FakeDeployment &x) { return x.id == id; });
        if (d == data.deployments.cend()) {
            notFound(r, QStringLiteral("https://docs.github.com/rest/deployments/statuses#list-deployment-statuses"));
            return true;
        }
        QList<QJsonObject> items;
        for (qsizetype i = d->statuses.size() - 1; i >= 0; --i) // newest first
            items << QJsonObject{{QStringLiteral("id"), d->id * 100 + i},
                                 {QStringLiteral("state"), d->statuses[i].first},
                                 {QStringLiteral("environment"), d->environment},
                                 {QStringLiteral("created_at"), isoTime(d->statuses[i].second)},
                                 {QStringLiteral("updated_at"), isoTime(d->statuses[i].second)}};
        page(items, req, baseUrl, path, r);
        return true;
    }
    if (what == QLatin1String("issues") && parts.size() == 4) {
        const QString state = q.queryItemValue(QStringLiteral("state")).isEmpty() ? QStringLiteral("open") : q.queryItemValue(QStringLiteral("state"));
        const QStringList labels = q.queryItemValue(QStringLiteral("labels"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QDateTime since;
        if (q.hasQueryItem(QStringLiteral("since")))
            since = QDateTime::fromString(q.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODate);
        const bool asc = q.queryItemValue(QStringLiteral("direction")) == QLatin1String("asc");
        QList<FakeIssue> list = data.issues;
        std::stable_sort(list.begin(), list.end(), [asc](const FakeIssue &a, const FakeIssue &b) {
            return asc ? a.createdAt < b.createdAt : a.createdAt > b.createdAt;
        });
        QList<QJsonObject> items;
        for (const FakeIssue &i : std::as_const(list)) {
            const bool open = !i.closedAt.isValid();
            if ((state == QLatin1String("open") && !open) || (state == QLatin1String("closed") && open))
                continue;
            const bool all = std::all_of(labels.begin(), labels.end(), [&](const QString &l) {
                return i.labels.contains(l.trimmed(), Qt::CaseInsensitive);
            });
            if (!all)
                continue;
            const QDateTime updated = open ? i.createdAt : i.closedAt;
            if (since.isValid() && updated < since)
                continue;
            QJsonArray labelList;
            for (const QString &l : i.labels)
                labelList.append(QJsonObject{{QStringLiteral("name"), l}});
            QJsonObject e{{QStringLiteral("number"), i.number},
                          {QStringLiteral("title"), i.title},
                          {QStringLiteral("state"), open ? QStringLiteral("open") : QStringLiteral("closed")},
                          {QStringLiteral("labels"), labelList},
                          {QStringLiteral("user"), user(i.author)},
                          {QStringLiteral("created_at"), isoTime(i.createdAt)},
                          {QStringLiteral("updated_at"), isoTime(updated)},
                          {QStringLiteral("closed_at"), isoTime(i.closedAt)},
                          {QStringLiteral("html_url"), QStringLiteral("%1/%2/%3/issues/%4").arg(baseUrl, o.login, repo.meta.name).arg(i.number)}};
            if (i.pullRequest)
                e.insert(QStringLiteral("pull_request"), QJsonObject{{QStringLiteral("url"), QStringLiteral("%1/api/v3/repos/%2/%3/pulls/%4")
                                                                                                 .arg(baseUrl, o.login, repo.meta.name).arg(i.number)}});
            items << e;
        }
        page(items, req, baseUrl, path, r);
        return true;
    }
    if (what == QLatin1String("pulls") && parts.size() == 4) {
        const QString state = q.queryItemValue(QStringLiteral("state")).isEmpty() ? QStringLiteral("open") : q.queryItemValue(QStringLiteral("state"));
        const bool asc = q.queryItemValue(QStringLiteral("direction")) == QLatin1String("asc");
        QList<FakePull> list = data.pulls;
        std::stable_sort(list.begin(), list.end(), [asc](const FakePull &a, const FakePull &b) {
            return asc ? a.createdAt < b.createdAt : a.createdAt > b.createdAt;
        });
        QList<QJsonObject> items;
        for (const FakePull &p : std::as_const(list)) {
            const bool open = !p.closedAt.isValid() && !p.mergedAt.isValid();
            if ((state == QLatin1String("open") && !open) || (state == QLatin1String("closed") && open))
                continue;
            items << QJsonObject{{QStringLiteral("number"), p.number},
                                 {QStringLiteral("title"), p.title},
                                 {QStringLiteral("state"), open ? QStringLiteral("open") : QStringLiteral("closed")},
                                 {QStringLiteral("user"), user(p.author)},
                                 {QStringLiteral("created_at"), isoTime(p.createdAt)},
                                 {QStringLiteral("closed_at"), isoTime(p.closedAt.isValid() ? p.closedAt : p.mergedAt)},
                                 {QStringLiteral("merged_at"), isoTime(p.mergedAt)},
                                 {QStringLiteral("base"), QJsonObject{{QStringLiteral("ref"), p.baseRef}}},
                                 {QStringLiteral("html_url"), QStringLiteral("%1/%2/%3/pull/%4").arg(baseUrl, o.login, repo.meta.name).arg(p.number)}};
        }
        page(items, req, baseUrl, path, r);
        return true;
    }
    if (what == QLatin1String("commits") && parts.size() == 5) {
        const QString sha = parts[4];
        FakeCommitInfo info = data.commits.value(sha.toLower());
        if (info.sha.isEmpty()) {
            if (const CommitState *c = repo.resolveRev(sha))
                info = FakeCommitInfo{c->oid, c->time, c->time, c->message};
        }
        if (info.sha.isEmpty()) {
            r.status = 422;
            r.body = jsonBody(messageJson(QStringLiteral("No commit found for SHA: %1").arg(sha),
                                          QStringLiteral("https://docs.github.com/rest/commits/commits#get-a-commit")));
            return true;
        }
        r.body = jsonBody(QJsonObject{
            {QStringLiteral("sha"), info.sha},
            {QStringLiteral("commit"), QJsonObject{{QStringLiteral("message"), info.message},
                                                   {QStringLiteral("author"), QJsonObject{{QStringLiteral("date"), isoTime(info.authoredAt)}}},
                                                   {QStringLiteral("committer"), QJsonObject{{QStringLiteral("date"), isoTime(info.committedAt)}}}}},
            {QStringLiteral("html_url"), QStringLiteral("%1/%2/%3/commit/%4").arg(baseUrl, o.login, repo.meta.name, info.sha)}});
        return true;
    }
    if (what == QLatin1String("releases") && parts.size() == 4) {
        QList<FakeRelease> list = data.releases;
        std::stable_sort(list.begin(), list.end(), [](const FakeRelease &a, const FakeRelease &b) { return a.createdAt > b.createdAt; });
        QList<QJsonObject> items;
        for (const FakeRelease &rel : std::as_const(list))
            items << QJsonObject{{QStringLiteral("id"), rel.id},
                                 {QStringLiteral("tag_name"), rel.tag},
                                 {QStringLiteral("target_commitish"), rel.targetCommitish},
                                 {QStringLiteral("draft"), rel.draft},
                                 {QStringLiteral("prerelease"), rel.prerelease},
                                 {QStringLiteral("created_at"), isoTime(rel.createdAt)},
                                 {QStringLiteral("published_at"), isoTime(rel.publishedAt)}};
        page(items, req, baseUrl, path, r);
        return true;
    }
    // actions/runs and actions/workflows/{file}/runs
    const bool allRuns = parts.size() == 6 && what == QLatin1String("actions") && parts[4] == QLatin1String("runs");
    const bool oneWorkflow = parts.size() == 7 && what == QLatin1String("actions") && parts[4] == QLatin1String("workflows")
                             && parts[6] == QLatin1String("runs");
    if (allRuns || oneWorkflow) {
        QList<FakeWorkflowRun> list = data.runs;
        std::stable_sort(list.begin(), list.end(), [](const FakeWorkflowRun &a, const FakeWorkflowRun &b) { return a.createdAt > b.createdAt; });
        const QString branch = q.queryItemValue(QStringLiteral("branch"), QUrl::FullyDecoded);
        const QString event = q.queryItemValue(QStringLiteral("event"));
        const QString status = q.queryItemValue(QStringLiteral("status"));
        const QString created = q.queryItemValue(QStringLiteral("created"), QUrl::FullyDecoded);
        QList<QJsonObject> items;
        for (const FakeWorkflowRun &run : std::as_const(list)) {
            if (oneWorkflow && run.path.section(QLatin1Char('/'), -1) != parts[5])
                continue;
            if ((!branch.isEmpty() && branch != run.headBranch) || (!event.isEmpty() && event != run.event)
                || (!status.isEmpty() && status != run.status && status != run.conclusion) || !createdMatches(created, run.createdAt))
                continue;
            items << QJsonObject{{QStringLiteral("id"), run.id},
                                 {QStringLiteral("name"), run.name},
                                 {QStringLiteral("path"), run.path},
                                 {QStringLiteral("head_branch"), run.headBranch},
                                 {QStringLiteral("head_sha"), run.headSha},
                                 {QStringLiteral("event"), run.event},
                                 {QStringLiteral("status"), run.status},
                                 {QStringLiteral("conclusion"), run.status == QLatin1String("completed") ? QJsonValue(run.conclusion) : QJsonValue()},
                                 {QStringLiteral("created_at"), isoTime(run.createdAt)},
                                 {QStringLiteral("updated_at"), isoTime(run.updatedAt)},
                                 {QStringLiteral("run_started_at"), isoTime(run.createdAt)},
                                 {QStringLiteral("head_commit"), QJsonObject{{QStringLiteral("id"), run.headSha},
                                                                             {QStringLiteral("timestamp"), isoTime(run.headCommitAt)}}}};
        }
        page(items, req, baseUrl, path, r, QStringLiteral("workflow_runs"));
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------
// FakeGitHub: the delivery data

qint64 FakeGitHub::addDeployment(const QString &org, const QString &repo, const FakeDeployment &deployment)
{
    QMutexLocker lock(&m_state->mutex);
    FakeDeployment d = deployment;
    if (d.id == 0)
        d.id = ++m_state->nextId;
    m_state->insights[key(org, repo)].deployments << d;
    return d.id;
}

void FakeGitHub::addDeploymentStatus(const QString &org, const QString &repo, qint64 id, const QString &state,
                                     const QDateTime &at)
{
    QMutexLocker lock(&m_state->mutex);
    for (FakeDeployment &d : m_state->insights[key(org, repo)].deployments)
        if (d.id == id)
            d.statuses << qMakePair(state, at);
}

int FakeGitHub::addIssue(const QString &org, const QString &repo, const FakeIssue &issue)
{
    QMutexLocker lock(&m_state->mutex);
    FakeRepoInsights &data = m_state->insights[key(org, repo)];
    FakeIssue i = issue;
    if (i.number == 0)
        i.number = data.nextNumber++;
    data.issues << i;
    return i.number;
}

int FakeGitHub::addPull(const QString &org, const QString &repo, const FakePull &pull)
{
    QMutexLocker lock(&m_state->mutex);
    FakeRepoInsights &data = m_state->insights[key(org, repo)];
    FakePull p = pull;
    if (p.number == 0)
        p.number = data.nextNumber++;
    data.pulls << p;
    // GitHub numbers issues and pull requests together and lists both as issues.
    FakeIssue asIssue;
    asIssue.number = p.number;
    asIssue.title = p.title;
    asIssue.createdAt = p.createdAt;
    asIssue.closedAt = p.closedAt.isValid() ? p.closedAt : p.mergedAt;
    asIssue.author = p.author;
    asIssue.pullRequest = true;
    data.issues << asIssue;
    return p.number;
}

void FakeGitHub::addCommitInfo(const QString &org, const QString &repo, const FakeCommitInfo &commit)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->insights[key(org, repo)].commits.insert(commit.sha.toLower(), commit);
}

qint64 FakeGitHub::addRelease(const QString &org, const QString &repo, const FakeRelease &release)
{
    QMutexLocker lock(&m_state->mutex);
    FakeRelease r = release;
    if (r.id == 0)
        r.id = ++m_state->nextId;
    m_state->insights[key(org, repo)].releases << r;
    return r.id;
}

qint64 FakeGitHub::addWorkflowRun(const QString &org, const QString &repo, const FakeWorkflowRun &run)
{
    QMutexLocker lock(&m_state->mutex);
    FakeWorkflowRun r = run;
    if (r.id == 0)
        r.id = ++m_state->nextId;
    m_state->insights[key(org, repo)].runs << r;
    return r.id;
}

} // namespace atrium::fake
