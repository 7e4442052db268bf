// SPDX-License-Identifier: Apache-2.0
#include "insightsdata.h"

#include "metrics/period.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace atrium {

namespace {

QJsonValue t(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(metrics::timestampString(d)) : QJsonValue();
}

QDateTime readTime(const QJsonValue &v)
{
    return metrics::parseTimestamp(v.toString()).value_or(QDateTime());
}

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject RepoSnapshot::toJson() const
{
    QJsonArray wf, del, com, iss, pul;
    for (const auto &w : workflows)
        wf.append(QJsonObject{{QStringLiteral("path"), w.path}, {QStringLiteral("text"), QString::fromUtf8(w.text)}});
    for (const auto &d : deliveries)
        del.append(QJsonObject{{QStringLiteral("id"), d.id},
                               {QStringLiteral("sha"), d.sha},
                               {QStringLiteral("createdAt"), t(d.createdAt)},
                               {QStringLiteral("finishedAt"), t(d.finishedAt)},
                               {QStringLiteral("state"), d.state}});
    for (const auto &c : commits)
        com.append(QJsonObject{{QStringLiteral("sha"), c.sha},
                               {QStringLiteral("authoredAt"), t(c.authoredAt)},
                               {QStringLiteral("committedAt"), t(c.committedAt)}});
    for (const auto &i : issues)
        iss.append(QJsonObject{{QStringLiteral("number"), i.number},
                               {QStringLiteral("title"), i.title},
                               {QStringLiteral("labels"), QJsonArray::fromStringList(i.labels)},
                               {QStringLiteral("createdAt"), t(i.createdAt)},
                               {QStringLiteral("closedAt"), t(i.closedAt)},
                               {QStringLiteral("url"), i.url}});
    for (const auto &p : pulls)
        pul.append(QJsonObject{{QStringLiteral("number"), p.number},
                               {QStringLiteral("author"), p.author},
                               {QStringLiteral("createdAt"), t(p.createdAt)},
                               {QStringLiteral("mergedAt"), t(p.mergedAt)}});
    QJsonObject o{{QStringLiteral("fullName"), fullName},
                  {QStringLiteral("archived"), archived},
                  {QStringLiteral("defaultBranch"), defaultBranch},
                  {QStringLiteral("workflows"), wf},
                  {QStringLiteral("deliveries"), del},
                  {QStringLiteral("commits"), com},
                  {QStringLiteral("issues"), iss},
                  {QStringLiteral("pulls"), pul}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

RepoSnapshot RepoSnapshot::fromJson(const QJsonObject &o)
{
    RepoSnapshot r;
    r.fullName = s(o, "fullName");
    r.archived = o.value(QLatin1String("archived")).toBool();
    r.defaultBranch = s(o, "defaultBranch");
    r.error = s(o, "error");
    for (const QJsonValue v : o.value(QLatin1String("workflows")).toArray()) {
        const QJsonObject w = v.toObject();
        r.workflows << metrics::WorkflowFile{s(w, "path"), s(w, "text").toUtf8()};
    }
    for (const QJsonValue v : o.value(QLatin1String("deliveries")).toArray()) {
        const QJsonObject d = v.toObject();
        r.deliveries << DeliveryRecord{s(d, "id"), s(d, "sha"), readTime(d.value(QLatin1String("createdAt"))),
                                       readTime(d.value(QLatin1String("finishedAt"))), s(d, "state")};
    }
    for (const QJsonValue v : o.value(QLatin1String("commits")).toArray()) {
        const QJsonObject c = v.toObject();
        r.commits << metrics::Commit{s(c, "sha"), readTime(c.value(QLatin1String("authoredAt"))),
                                     readTime(c.value(QLatin1String("committedAt")))};
    }
    for (const QJsonValue v : o.value(QLatin1String("issues")).toArray()) {
        const QJsonObject i = v.toObject();
        QStringList labels;
        for (const QJsonValue l : i.value(QLatin1String("labels")).toArray())
            labels << l.toString();
        r.issues << IssueRecord{i.value(QLatin1String("number")).toInt(), s(i, "title"), labels,
                                readTime(i.value(QLatin1String("createdAt"))), readTime(i.value(QLatin1String("closedAt"))),
                                s(i, "url")};
    }
    for (const QJsonValue v : o.value(QLatin1String("pulls")).toArray()) {
        const QJsonObject p = v.toObject();
        r.pulls << PullRecord{p.value(QLatin1String("number")).toInt(), s(p, "author"),
                              readTime(p.value(QLatin1String("createdAt"))), readTime(p.value(QLatin1String("mergedAt")))};
    }
    return r;
}

const RepoSnapshot *GitHubSnapshot::repo(const QString &fullName) const
{
    for (const auto &r : repos)
        if (r.fullName.compare(fullName, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QJsonObject GitHubSnapshot::toJson() const
{
    QJsonArray list;
    for (const auto &r : repos)
        list.append(r.toJson());
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("atrium-insights-github/1")},
                  {QStringLiteral("origin"), origin},
                  {QStringLiteral("fetchedAt"), t(fetchedAt)},
                  {QStringLiteral("deploymentSource"), deploymentSource},
                  {QStringLiteral("repositories"), list}};
    if (!history.isEmpty())
        o.insert(QStringLiteral("history"), history);
    return o;
}

std::optional<GitHubSnapshot> GitHubSnapshot::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    const QJsonObject o = doc.object();
    if (err.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toString() != u"atrium-insights-github/1") {
        if (error)
            *error = err.error != QJsonParseError::NoError
                         ? QCoreApplication::translate("atrium::GitHubSnapshot", "The GitHub data is not JSON (%1).")
                               .arg(err.errorString())
                         : QCoreApplication::translate("atrium::GitHubSnapshot",
                                                       "The GitHub data is not in Atrium's format "
                                                       "(\"format\": \"atrium-insights-github/1\").");
        return std::nullopt;
    }
    GitHubSnapshot s;
    s.origin = o.value(QLatin1String("origin")).toString();
    s.fetchedAt = readTime(o.value(QLatin1String("fetchedAt")));
    s.deploymentSource = o.value(QLatin1String("deploymentSource")).toString();
    s.history = o.value(QLatin1String("history")).toObject();
    for (const QJsonValue v : o.value(QLatin1String("repositories")).toArray())
        s.repos << RepoSnapshot::fromJson(v.toObject());
    return s;
}

} // namespace atrium
