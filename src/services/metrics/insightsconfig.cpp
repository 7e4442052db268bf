// SPDX-License-Identifier: Apache-2.0
#include "insightsconfig.h"

#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace atrium {

namespace {

/** Reads values of the section and reports problems at their place. */
class Reader
{
public:
    Reader(const QByteArray &yaml, const QString &file, int document, Diagnostics *problems)
        : m_locator(yaml), m_file(file), m_document(document), m_problems(problems)
    {
    }

    void error(const QStringList &path, const QString &message) { add(Severity::Error, path, message); }
    void warning(const QStringList &path, const QString &message) { add(Severity::Warning, path, message); }

    QString string(const QJsonObject &o, const QStringList &base, const QString &key, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must be text").arg(key));
            return fallback;
        }
        return v.toString().trimmed();
    }

    QStringList stringList(const QJsonObject &o, const QStringList &base, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return v.toString().trimmed().isEmpty() ? QStringList() : QStringList{v.toString().trimmed()};
        if (!v.isArray()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must be text or a list of text").arg(key));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isString() && !a[i].toString().trimmed().isEmpty())
                out << a[i].toString().trimmed();
            else if (!a[i].isString())
                error(base + QStringList{key, QString::number(i)}, QStringLiteral("\"%1\" entries must be text").arg(key));
        }
        return out;
    }

    QJsonObject section(const QJsonObject &o, const QStringList &base, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must be a map").arg(key));
            return {};
        }
        return v.toObject();
    }

    /** `owner/name` entries; others are reported and dropped. */
    QStringList repositories(const QJsonObject &o, const QStringList &base, const QString &key)
    {
        static const QRegularExpression slug(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
        QStringList out;
        const QStringList list = stringList(o, base, key);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (slug.match(list[i]).hasMatch())
                out << list[i];
            else
                error(base + QStringList{key, QString::number(i)},
                      QStringLiteral("\"%1\" is not a repository; write owner/name").arg(list[i]));
        }
        return out;
    }

private:
    void add(Severity s, const QStringList &path, const QString &message)
    {
        if (!m_problems)
            return;
        const auto pos = m_locator.locate(m_document, QStringList{QStringLiteral("insights")} + path);
        m_problems->append({s, m_file, pos.first, pos.second, message, {}});
    }

    YamlLocator m_locator;
    QString m_file;
    int m_document = 0;
    Diagnostics *m_problems;
};

void checkKeys(Reader &r, const QJsonObject &o, const QStringList &base, const QStringList &known)
{
    // A typo ("lables") would otherwise silently leave a KPI unconfigured.
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            r.warning(base + QStringList{it.key()},
                      QStringLiteral("unknown key \"%1\" (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
}

} // namespace

QString InsightsConfig::deploymentSourceId(DeploymentSource source)
{
    switch (source) {
    case DeploymentSource::Deployments: return QStringLiteral("deployments");
    case DeploymentSource::Releases: return QStringLiteral("releases");
    case DeploymentSource::WorkflowRuns: return QStringLiteral("workflow-runs");
    }
    return {};
}

InsightsConfig InsightsConfig::load(const QString &path, Diagnostics *problems)
{
    InsightsConfig c;
    c.file = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append({Severity::Error, path, 0, 0,
                              QStringLiteral("cannot read the configuration: %1").arg(f.errorString()), {}});
        return c;
    }
    return parse(f.readAll(), path, problems);
}

InsightsConfig InsightsConfig::parse(const QByteArray &yaml, const QString &path, Diagnostics *problems)
{
    InsightsConfig c;
    c.file = path;
    const YamlParseResult pr = parseYaml(yaml, path);
    // Syntax errors are the sync configuration's to report; reporting them
    // twice would say nothing new.
    if (!pr.diagnostics.isEmpty() || pr.documents.isEmpty() || !pr.documents.first().root.isObject())
        return c;
    const QJsonValue v = pr.documents.first().root.toObject().value(QStringLiteral("insights"));
    Reader r(yaml, path, pr.documents.first().rawIndex, problems);
    if (v.isUndefined() || v.isNull())
        return c;
    if (!v.isObject()) {
        r.error({}, QStringLiteral("\"insights\" must be a map"));
        return c;
    }
    const QJsonObject o = v.toObject();
    checkKeys(r, o, {},
              {QStringLiteral("host"), QStringLiteral("repositories"), QStringLiteral("goldenPath"),
               QStringLiteral("costAttribution"), QStringLiteral("deployments"), QStringLiteral("tickets"),
               QStringLiteral("incidents"), QStringLiteral("onboarding"), QStringLiteral("maxPages")});
    c.host = r.string(o, {}, QStringLiteral("host"), c.host);
    c.repositories = r.repositories(o, {}, QStringLiteral("repositories"));
    if (o.contains(QStringLiteral("maxPages"))) {
        const double n = o.value(QStringLiteral("maxPages")).toDouble(-1);
        if (n < 1 || n > 1000 || n != int(n))
            r.error({QStringLiteral("maxPages")}, QStringLiteral("maxPages must be a whole number from 1 to 1000"));
        else
            c.maxPages = int(n);
    }

    const QStringList gpBase{QStringLiteral("goldenPath")};
    const QJsonObject gp = r.section(o, {}, QStringLiteral("goldenPath"));
    checkKeys(r, gp, gpBase, {QStringLiteral("uses"), QStringLiteral("templateAnnotation")});
    c.goldenWorkflows = r.stringList(gp, gpBase, QStringLiteral("uses"));
    c.templateAnnotation = r.string(gp, gpBase, QStringLiteral("templateAnnotation"), c.templateAnnotation);

    const QStringList costBase{QStringLiteral("costAttribution")};
    const QJsonObject cost = r.section(o, {}, QStringLiteral("costAttribution"));
    checkKeys(r, cost, costBase, {QStringLiteral("key")});
    c.costKey = r.string(cost, costBase, QStringLiteral("key"));

    const QStringList depBase{QStringLiteral("deployments")};
    const QJsonObject dep = r.section(o, {}, QStringLiteral("deployments"));
    checkKeys(r, dep, depBase, {QStringLiteral("source"), QStringLiteral("environment"), QStringLiteral("workflow")});
    const QString source = r.string(dep, depBase, QStringLiteral("source"), QStringLiteral("deployments"));
    if (source == u"deployments")
        c.deploymentSource = DeploymentSource::Deployments;
    else if (source == u"releases")
        c.deploymentSource = DeploymentSource::Releases;
    else if (source == u"workflow-runs" || source == u"workflow_runs" || source == u"workflowRuns")
        c.deploymentSource = DeploymentSource::WorkflowRuns;
    else
        r.error(depBase + QStringList{QStringLiteral("source")},
                QStringLiteral("deployments.source \"%1\" is not one of deployments, releases, workflow-runs").arg(source));
    c.environment = r.string(dep, depBase, QStringLiteral("environment"), c.environment);
    c.deployWorkflow = r.string(dep, depBase, QStringLiteral("workflow"));
    if (c.deployWorkflow.contains(u'/'))
        c.deployWorkflow = c.deployWorkflow.section(u'/', -1); // GitHub names a workflow by its file name

    const QStringList tBase{QStringLiteral("tickets")};
    const QJsonObject t = r.section(o, {}, QStringLiteral("tickets"));
    checkKeys(r, t, tBase, {QStringLiteral("labels"), QStringLiteral("repositories")});
    c.ticketLabels = r.stringList(t, tBase, QStringLiteral("labels"));
    c.ticketRepositories = r.repositories(t, tBase, QStringLiteral("repositories"));

    const QStringList iBase{QStringLiteral("incidents")};
    const QJsonObject inc = r.section(o, {}, QStringLiteral("incidents"));
    checkKeys(r, inc, iBase, {QStringLiteral("label"), QStringLiteral("repositories")});
    c.incidentLabel = r.string(inc, iBase, QStringLiteral("label"), c.incidentLabel);
    c.incidentRepositories = r.repositories(inc, iBase, QStringLiteral("repositories"));

    const QStringList oBase{QStringLiteral("onboarding")};
    const QJsonObject onb = r.section(o, {}, QStringLiteral("onboarding"));
    checkKeys(r, onb, oBase, {QStringLiteral("joinDates")});
    c.joinDatesCsv = r.string(onb, oBase, QStringLiteral("joinDates"));
    if (!c.joinDatesCsv.isEmpty() && QFileInfo(c.joinDatesCsv).isRelative() && !path.isEmpty())
        c.joinDatesCsv = QFileInfo(path).absoluteDir().filePath(c.joinDatesCsv); // relative to the config file
    return c;
}

} // namespace atrium
