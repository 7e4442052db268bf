// SPDX-License-Identifier: Apache-2.0
#include "insightsgithub.h"

#include "insightsstore.h"
#include "metrics/period.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace atrium {

namespace {

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QDateTime ts(const QJsonValue &v)
{
    return metrics::parseTimestamp(v.toString()).value_or(QDateTime());
}

bool fatalKind(GitHubError::Kind k)
{
    // Whatever would fail for every other repository too stops the refresh.
    switch (k) {
    case GitHubError::Network:
    case GitHubError::Tls:
    case GitHubError::Timeout:
    case GitHubError::Unauthorized:
    case GitHubError::RateLimited:
    case GitHubError::SecondaryRateLimited:
    case GitHubError::Cancelled:
        return true;
    default:
        return false;
    }
}

bool decided(const QString &state)
{
    return state == u"success" || state == u"failure";
}

QStringList sortedUnique(QStringList list)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &s : std::as_const(list))
        if (!seen.contains(s.toLower())) {
            seen.insert(s.toLower());
            out << s;
        }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

bool containsCi(const QStringList &list, const QString &s)
{
    return list.contains(s, Qt::CaseInsensitive);
}

} // namespace

QStringList InsightsRepoPlan::all() const
{
    return sortedUnique(code + tickets + incidents);
}

InsightsRepoPlan InsightsRepoPlan::make(const QStringList &catalogRepositories, const InsightsConfig &config)
{
    InsightsRepoPlan p;
    p.code = sortedUnique(catalogRepositories + config.repositories);
    if (!config.ticketLabels.isEmpty())
        p.tickets = config.ticketRepositories.isEmpty() ? p.code : sortedUnique(config.ticketRepositories);
    if (!config.incidentLabel.isEmpty())
        p.incidents = config.incidentRepositories.isEmpty() ? p.code : sortedUnique(config.incidentRepositories);
    return p;
}

InsightsGitHubService::InsightsGitHubService(GitHubClient &client, InsightsStore *cache, InsightsConfig config)
    : m_client(client), m_cache(cache), m_config(std::move(config))
{
}

InsightsGitHubService::Page InsightsGitHubService::get(const QString &pathOrUrl)
{
    const QString url = m_client.resolve(pathOrUrl).toString(QUrl::FullyEncoded);
    const auto cached = m_cache ? m_cache->cachedResponse(url) : std::nullopt;
    Page p;
    p.response = m_client.get(pathOrUrl, cached ? cached->etag : QByteArray());
    GitHubResponse &r = p.response;
    if (r.ok() && r.notModified && cached) {
        r.body = cached->body;
        r.json = QJsonDocument::fromJson(r.body);
        p.next = cached->nextPage;
    } else if (r.ok()) {
        p.next = r.nextPageUrl().toString(QUrl::FullyEncoded);
        if (m_cache && !r.etag.isEmpty())
            m_cache->putResponse(url, CachedResponse{r.etag, r.body, m_now, p.next});
    }
    return p;
}

QJsonArray InsightsGitHubService::list(const QString &path, const QString &arrayKey,
                                       const std::function<bool(const QJsonArray &)> &more, GitHubError *error,
                                       bool *truncated)
{
    QJsonArray all;
    QString next = path;
    for (int page = 0; !next.isEmpty(); ++page) {
        if (page >= m_config.maxPages) {
            if (truncated)
                *truncated = true;
            break;
        }
        const Page p = get(next);
        if (!p.response.ok()) {
            *error = p.response.error;
            return all;
        }
        const QJsonArray items = arrayKey.isEmpty() ? p.response.json.array()
                                                    : p.response.json.object().value(arrayKey).toArray();
        for (const QJsonValue &v : items)
            all.append(v);
        if (more && !more(items))
            break;
        next = p.next;
    }
    return all;
}

InsightsFetchResult InsightsGitHubService::fetch(const InsightsRepoPlan &plan, const std::optional<GitHubSnapshot> &previous,
                                                 const InsightsFetchOptions &options)
{
    InsightsFetchResult result;
    m_now = options.now.isValid() ? options.now : m_client.now();
    const QDateTime since = options.since.isValid() ? options.since : m_now.addYears(-2);
    m_client.resetStats();
    result.snapshot.origin = m_config.host;
    result.snapshot.fetchedAt = m_now;
    result.snapshot.deploymentSource = InsightsConfig::deploymentSourceId(m_config.deploymentSource);
    // Deliveries of another source mean something else: nothing to reuse.
    const bool reuse = previous && previous->deploymentSource == result.snapshot.deploymentSource;

    const QStringList repos = plan.all();
    for (qsizetype i = 0; i < repos.size(); ++i) {
        if (options.cancelled && options.cancelled()) {
            result.cancelled = true;
            break;
        }
        if (options.progress)
            options.progress(int(i), int(repos.size()), repos[i]);
        RepoSnapshot repo;
        repo.fullName = repos[i];
        GitHubError fatal;
        readRepository(repo, plan, reuse ? previous->repo(repos[i]) : nullptr, since, result.problems, &fatal);
        if (fatal.isError()) {
            if (fatal.kind == GitHubError::Cancelled)
                result.cancelled = true;
            else
                result.fatal = fatal.message;
            qCWarning(lcInsights).noquote() << "refresh stopped at" << repos[i] << m_client.redact(fatal.detail);
            break;
        }
        result.snapshot.repos << repo;
    }
    if (options.progress && result.ok())
        options.progress(int(repos.size()), int(repos.size()), {});
    result.stats = m_client.stats();
    result.coreLimit = m_client.rateLimit(QStringLiteral("core"));
    return result;
}

void InsightsGitHubService::readRepository(RepoSnapshot &repo, const InsightsRepoPlan &plan, const RepoSnapshot *previous,
                                           const QDateTime &since, QStringList &problems, GitHubError *fatal)
{
    const QString base = QStringLiteral("repos/") + repo.fullName;
    // Records one problem of this repository; says whether to go on with it.
    const auto failed = [&](const GitHubError &e, const QString &what) {
        if (fatalKind(e.kind)) {
            *fatal = e;
            return true;
        }
        const QString line = QStringLiteral("%1: %2 (%3)").arg(repo.fullName, what, e.message);
        repo.error = repo.error.isEmpty() ? line : repo.error + QLatin1Char('\n') + line;
        problems << line;
        return false;
    };
    const bool code = containsCi(plan.code, repo.fullName);

    if (code) {
        const Page meta = get(base);
        if (!meta.response.ok()) {
            failed(meta.response.error, tr("the repository could not be read"));
            return;
        }
        const QJsonObject o = meta.response.json.object();
        repo.archived = o.value(QLatin1String("archived")).toBool();
        repo.defaultBranch = o.value(QLatin1String("default_branch")).toString(QStringLiteral("main"));

        // Workflows at the default branch. No folder (404) means no workflows.
        const QString ref = QStringLiteral("?ref=") + enc(repo.defaultBranch);
        const Page folder = get(base + QStringLiteral("/contents/.github/workflows") + ref);
        if (folder.response.ok()) {
            for (const QJsonValue v : folder.response.json.array()) {
                const QJsonObject e = v.toObject();
                const QString path = e.value(QLatin1String("path")).toString();
                if (e.value(QLatin1String("type")).toString() != u"file"
                    || !(path.endsWith(QLatin1String(".yml")) || path.endsWith(QLatin1String(".yaml"))))
                    continue;
                const Page file = get(base + QStringLiteral("/contents/") + path + ref);
                if (!file.response.ok()) {
                    if (failed(file.response.error, tr("a workflow file could not be read")))
                        return;
                    continue;
                }
                const QByteArray b64 = file.response.json.object().value(QLatin1String("content")).toString().toLatin1();
                repo.workflows << metrics::WorkflowFile{path, QByteArray::fromBase64(b64)};
            }
        } else if (folder.response.error.kind != GitHubError::NotFound) {
            if (failed(folder.response.error, tr("the workflows could not be listed")))
                return;
        }

        // Deliveries, newest first; pages stop at the first record older than `since`.
        const auto newer = [&](const char *field) {
            return [&since, field](const QJsonArray &page) {
                return !page.isEmpty() && ts(page.last().toObject().value(QLatin1String(field))) >= since;
            };
        };
        QHash<QString, DeliveryRecord> known;
        QHash<QString, metrics::Commit> knownCommits;
        if (previous) {
            for (const auto &d : previous->deliveries)
                known.insert(d.id, d);
            for (const auto &c : previous->commits)
                knownCommits.insert(c.sha.toLower(), c);
        }
        GitHubError err;
        switch (m_config.deploymentSource) {
        case DeploymentSource::Deployments: {
            const QJsonArray list = this->list(base + QStringLiteral("/deployments?environment=%1&per_page=100").arg(enc(m_config.environment)),
                                               {}, newer("created_at"), &err);
            if (err.isError() && failed(err, tr("the deployments could not be listed")))
                return;
            for (const QJsonValue v : list) {
                const QJsonObject d = v.toObject();
                DeliveryRecord rec;
                rec.id = QString::number(d.value(QLatin1String("id")).toInteger());
                rec.sha = d.value(QLatin1String("sha")).toString();
                rec.createdAt = ts(d.value(QLatin1String("created_at")));
                if (rec.createdAt < since)
                    continue;
                if (const auto k = known.constFind(rec.id); k != known.cend() && decided(k->state)) {
                    repo.deliveries << *k;
                    continue;
                }
                GitHubError serr;
                const QJsonArray statuses = this->list(base + QStringLiteral("/deployments/%1/statuses?per_page=100").arg(rec.id),
                                                       {}, {}, &serr);
                if (serr.isError()) {
                    if (failed(serr, tr("a deployment's statuses could not be read")))
                        return;
                    continue;
                }
                // Newest first. A successful deployment later turns inactive
                // when a newer one replaces it: its first decisive status counts.
                rec.state = statuses.isEmpty() ? QStringLiteral("pending")
                                               : statuses.first().toObject().value(QLatin1String("state")).toString();
                for (qsizetype s = statuses.size() - 1; s >= 0; --s) {
                    const QJsonObject st = statuses[s].toObject();
                    const QString state = st.value(QLatin1String("state")).toString();
                    if (state == u"success" || state == u"failure" || state == u"error") {
                        rec.state = state == u"success" ? QStringLiteral("success") : QStringLiteral("failure");
                        rec.finishedAt = ts(st.value(QLatin1String("created_at")));
                        break;
                    }
                }
                repo.deliveries << rec;
            }
            break;
        }
        case DeploymentSource::Releases: {
            const QJsonArray list = this->list(base + QStringLiteral("/releases?per_page=100"), {}, newer("created_at"), &err);
            if (err.isError() && failed(err, tr("the releases could not be listed")))
                return;
            static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{40}$"));
            for (const QJsonValue v : list) {
                const QJsonObject r = v.toObject();
                const QDateTime published = ts(r.value(QLatin1String("published_at")));
                if (r.value(QLatin1String("draft")).toBool() || r.value(QLatin1String("prerelease")).toBool()
                    || !published.isValid() || published < since)
                    continue;
                // target_commitish is usually a branch name; only a commit id gives a lead time.
                const QString target = r.value(QLatin1String("target_commitish")).toString();
                repo.deliveries << DeliveryRecord{QString::number(r.value(QLatin1String("id")).toInteger()),
                                                  sha.match(target).hasMatch() ? target : QString(), published, published,
                                                  QStringLiteral("success")};
            }
            break;
        }
        case DeploymentSource::WorkflowRuns: {
            const QString path = m_config.deployWorkflow.isEmpty()
                                     ? base + QStringLiteral("/actions/runs")
                                     : base + QStringLiteral("/actions/workflows/%1/runs").arg(enc(m_config.deployWorkflow));
            const QJsonArray list = this->list(path + QStringLiteral("?branch=%1&status=completed&per_page=100&created=%2")
                                                          .arg(enc(repo.defaultBranch),
                                                               enc(QStringLiteral(">=") + since.toUTC().date().toString(Qt::ISODate))),
                                               QStringLiteral("workflow_runs"), newer("created_at"), &err);
            if (err.isError() && failed(err, tr("the workflow runs could not be listed")))
                return;
            for (const QJsonValue v : list) {
                const QJsonObject r = v.toObject();
                const QString conclusion = r.value(QLatin1String("conclusion")).toString();
                const QString state = conclusion == u"success" ? QStringLiteral("success")
                                      : (conclusion == u"failure" || conclusion == u"timed_out" || conclusion == u"startup_failure")
                                          ? QStringLiteral("failure")
                                          : conclusion; // cancelled, skipped: not a deployment
                DeliveryRecord rec{QString::number(r.value(QLatin1String("id")).toInteger()),
                                   r.value(QLatin1String("head_sha")).toString(), ts(r.value(QLatin1String("created_at"))),
                                   ts(r.value(QLatin1String("updated_at"))), state};
                if (rec.createdAt < since)
                    continue;
                repo.deliveries << rec;
                // The run carries its commit's time: no request per commit.
                const QDateTime at = ts(r.value(QLatin1String("head_commit")).toObject().value(QLatin1String("timestamp")));
                if (at.isValid() && !knownCommits.contains(rec.sha.toLower()))
                    knownCommits.insert(rec.sha.toLower(), metrics::Commit{rec.sha, at, at});
            }
            break;
        }
        }

        // The commits successful deliveries shipped, for lead time.
        QSet<QString> shas;
        for (const auto &d : std::as_const(repo.deliveries))
            if (d.state == u"success" && !d.sha.isEmpty())
                shas.insert(d.sha.toLower());
        QStringList ordered(shas.begin(), shas.end());
        ordered.sort();
        for (const QString &sha : std::as_const(ordered)) {
            if (const auto k = knownCommits.constFind(sha); k != knownCommits.cend()) {
                repo.commits << *k;
                continue;
            }
            const Page c = get(base + QStringLiteral("/commits/") + sha);
            if (!c.response.ok()) {
                if (failed(c.response.error, tr("a deployed commit could not be read")))
                    return;
                continue;
            }
            const QJsonObject commit = c.response.json.object().value(QLatin1String("commit")).toObject();
            repo.commits << metrics::Commit{sha, ts(commit.value(QLatin1String("author")).toObject().value(QLatin1String("date"))),
                                            ts(commit.value(QLatin1String("committer")).toObject().value(QLatin1String("date")))};
        }

        // Pull requests, oldest first: each author's first one is what onboarding needs.
        bool truncated = false;
        const QJsonArray pulls = this->list(base + QStringLiteral("/pulls?state=all&sort=created&direction=asc&per_page=100"),
                                            {}, {}, &err, &truncated);
        if (err.isError() && failed(err, tr("the pull requests could not be listed")))
            return;
        if (truncated)
            problems << QStringLiteral("%1: %2").arg(repo.fullName, tr("only the oldest pull requests were read "
                                                                       "(insights.maxPages)"));
        for (const QJsonValue v : pulls) {
            const QJsonObject p = v.toObject();
            repo.pulls << PullRecord{p.value(QLatin1String("number")).toInt(),
                                     p.value(QLatin1String("user")).toObject().value(QLatin1String("login")).toString(),
                                     ts(p.value(QLatin1String("created_at"))), ts(p.value(QLatin1String("merged_at")))};
        }
    }

    // Issues with a ticket or the incident label. GitHub's `labels` filter
    // wants all the labels given, so each label is a list of its own.
    QStringList labels;
    if (containsCi(plan.tickets, repo.fullName))
        labels << m_config.ticketLabels;
    if (containsCi(plan.incidents, repo.fullName) && !m_config.incidentLabel.isEmpty())
        labels << m_config.incidentLabel;
    QMap<int, IssueRecord> issues;
    for (const QString &label : std::as_const(labels)) {
        GitHubError err;
        const QJsonArray list = this->list(base + QStringLiteral("/issues?state=all&labels=%1&since=%2&per_page=100")
                                                      .arg(enc(label), enc(metrics::timestampString(since))),
                                           {}, {}, &err);
        if (err.isError()) {
            if (failed(err, tr("the issues could not be listed")))
                return;
            continue;
        }
        for (const QJsonValue v : list) {
            const QJsonObject i = v.toObject();
            if (i.contains(QLatin1String("pull_request")))
                continue; // the issues list holds pull requests too
            IssueRecord rec;
            rec.number = i.value(QLatin1String("number")).toInt();
            rec.title = i.value(QLatin1String("title")).toString();
            for (const QJsonValue l : i.value(QLatin1String("labels")).toArray())
                rec.labels << (l.isObject() ? l.toObject().value(QLatin1String("name")).toString() : l.toString());
            rec.createdAt = ts(i.value(QLatin1String("created_at")));
            rec.closedAt = ts(i.value(QLatin1String("closed_at")));
            rec.url = i.value(QLatin1String("html_url")).toString();
            issues.insert(rec.number, rec);
        }
    }
    repo.issues = issues.values();
}

} // namespace atrium
