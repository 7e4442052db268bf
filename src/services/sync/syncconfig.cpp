// SPDX-License-Identifier: Apache-2.0
#include "syncconfig.h"

#include "http/httptransport.h"
#include "yamlreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace atrium {

namespace {

class Reader
{
public:
    Reader(const QByteArray &yaml, const QString &file, Diagnostics *problems)
        : m_locator(yaml), m_file(file), m_problems(problems)
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
        return v.toString();
    }

    QStringList stringList(const QJsonObject &o, const QStringList &base, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return {v.toString()};
        if (!v.isArray()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must be text or a list of text").arg(key));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isString())
                out << a[i].toString();
            else
                error(base + QStringList{key, QString::number(i)}, QStringLiteral("\"%1\" entries must be text").arg(key));
        }
        return out;
    }

    /** A Backstage duration: `{hours: 1, minutes: 30}`, an ISO 8601 string
     *  (`PT30M`), or a number of seconds. */
    int duration(const QJsonObject &o, const QStringList &base, const QString &key, int fallback)
    {
        const QJsonValue v = o.value(key);
        const QStringList path = base + QStringList{key};
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (v.isDouble() && v.toDouble() > 0)
            return int(v.toDouble());
        if (v.isObject()) {
            const QJsonObject d = v.toObject();
            if (d.contains(u"cron")) {
                warning(path, QStringLiteral("cron schedules are not supported; using every %1 minutes").arg(fallback / 60));
                return fallback;
            }
            static const QList<QPair<QString, int>> units{{QStringLiteral("days"), 86400}, {QStringLiteral("hours"), 3600},
                                                          {QStringLiteral("minutes"), 60}, {QStringLiteral("seconds"), 1},
                                                          {QStringLiteral("milliseconds"), 0}};
            qint64 total = 0;
            for (auto it = d.begin(); it != d.end(); ++it) {
                const auto unit = std::find_if(units.begin(), units.end(), [&](const auto &u) { return u.first == it.key(); });
                if (unit == units.end() || !it.value().isDouble()) {
                    error(path + QStringList{it.key()}, QStringLiteral("unknown duration part \"%1\" (days, hours, minutes, seconds)").arg(it.key()));
                    return fallback;
                }
                total += qint64(it.value().toDouble() * unit->second);
            }
            if (total <= 0) {
                error(path, QStringLiteral("the duration must be longer than zero"));
                return fallback;
            }
            return int(std::min<qint64>(total, 7 * 86400));
        }
        if (v.isString()) {
            static const QRegularExpression iso(QStringLiteral("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
            const auto m = iso.match(v.toString());
            if (m.hasMatch()) {
                const qint64 total = m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600
                    + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
                if (total > 0)
                    return int(std::min<qint64>(total, 7 * 86400));
            }
        }
        error(path, QStringLiteral("\"%1\" must be a duration such as {minutes: 30} or PT30M").arg(key));
        return fallback;
    }

private:
    void add(Severity s, const QStringList &path, const QString &message)
    {
        if (!m_problems)
            return;
        const auto pos = m_locator.locate(m_document, path);
        m_problems->append({s, m_file, pos.first, pos.second, message, {}});
    }

public:
    int m_document = 0;

private:
    YamlLocator m_locator;
    QString m_file;
    Diagnostics *m_problems;
};

} // namespace

bool GitHubProvider::matches(const QString &name, const QStringList &topics, const QString &vis, bool archived) const
{
    if (archived && !allowArchived)
        return false;
    if (!repositoryPattern.isEmpty()) {
        // Backstage anchors the pattern to the whole name.
        const QRegularExpression re(QRegularExpression::anchoredPattern(repositoryPattern));
        if (!re.match(name).hasMatch())
            return false;
    }
    for (const QString &t : topicsExclude)
        if (topics.contains(t, Qt::CaseInsensitive))
            return false;
    if (!topicsInclude.isEmpty()) {
        const bool any = std::any_of(topicsInclude.begin(), topicsInclude.end(),
                                     [&](const QString &t) { return topics.contains(t, Qt::CaseInsensitive); });
        if (!any)
            return false;
    }
    if (!visibility.isEmpty() && !visibility.contains(vis, Qt::CaseInsensitive))
        return false;
    return true;
}

QString SyncConfig::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/atrium/config.yaml");
}

SyncConfig SyncConfig::load(const QString &path, Diagnostics *problems)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SyncConfig c;
        c.file = path;
        if (problems)
            problems->append({Severity::Error, path, 0, 0, QStringLiteral("cannot read the configuration: %1").arg(f.errorString()), {}});
        return c;
    }
    return parse(f.readAll(), path, problems);
}

SyncConfig SyncConfig::parse(const QByteArray &yaml, const QString &path, Diagnostics *problems)
{
    SyncConfig c;
    c.file = path;
    const YamlParseResult pr = parseYaml(yaml, path);
    if (problems)
        *problems += pr.diagnostics;
    if (!pr.diagnostics.isEmpty() || pr.documents.isEmpty())
        return c;
    Reader r(yaml, path, problems);
    r.m_document = pr.documents.first().rawIndex;
    if (!pr.documents.first().root.isObject()) {
        r.error({}, QStringLiteral("the configuration must be a map with integrations and catalog"));
        return c;
    }
    const QJsonObject root = pr.documents.first().root.toObject();

    const QJsonArray gh = root.value(u"integrations").toObject().value(u"github").toArray();
    for (qsizetype i = 0; i < gh.size(); ++i) {
        const QStringList base{QStringLiteral("integrations"), QStringLiteral("github"), QString::number(i)};
        const QJsonObject o = gh[i].toObject();
        GitHubIntegration in;
        in.host = r.string(o, base, QStringLiteral("host"), QStringLiteral("github.com"));
        const QString api = r.string(o, base, QStringLiteral("apiBaseUrl"));
        if (!api.isEmpty()) {
            in.apiBaseUrl = QUrl(api);
            if (!in.apiBaseUrl.isValid() || !http::isSecureOrLocal(in.apiBaseUrl))
                r.error(base + QStringList{QStringLiteral("apiBaseUrl")}, QStringLiteral("apiBaseUrl must be an https URL such as https://%1/api/v3").arg(in.host));
        }
        in.caBundle = r.string(o, base, QStringLiteral("caBundle"));
        if (o.contains(u"token"))
            r.warning(base + QStringList{QStringLiteral("token")},
                      QStringLiteral("tokens are not read from the configuration file: sign in from the app (kept in the system keychain) or pass --token-env VAR"));
        c.integrations << in;
    }

    const QJsonObject catalog = root.value(u"catalog").toObject();
    const QJsonValue providersValue = catalog.value(u"providers").toObject().value(u"github");
    QJsonObject providers;
    // Older app-configs give one provider object; newer ones a map by id.
    if (providersValue.toObject().contains(u"organization"))
        providers.insert(QStringLiteral("default"), providersValue);
    else
        providers = providersValue.toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QStringList base{QStringLiteral("catalog"), QStringLiteral("providers"), QStringLiteral("github"), it.key()};
        const QJsonObject o = it.value().toObject();
        GitHubProvider p;
        p.id = it.key();
        p.organization = r.string(o, base, QStringLiteral("organization"));
        if (p.organization.isEmpty())
            r.error(base, QStringLiteral("provider \"%1\" needs an organization").arg(p.id));
        p.host = r.string(o, base, QStringLiteral("host"), QStringLiteral("github.com"));
        p.catalogPath = r.string(o, base, QStringLiteral("catalogPath"), QStringLiteral("/catalog-info.yaml"));
        if (p.catalogPath.contains(u'*'))
            r.error(base + QStringList{QStringLiteral("catalogPath")}, QStringLiteral("catalogPath globs are not supported; name one file, e.g. /catalog-info.yaml"));
        const QJsonObject filters = o.value(u"filters").toObject();
        const QStringList fbase = base + QStringList{QStringLiteral("filters")};
        p.repositoryPattern = r.string(filters, fbase, QStringLiteral("repository"));
        if (!p.repositoryPattern.isEmpty() && !QRegularExpression(p.repositoryPattern).isValid())
            r.error(fbase + QStringList{QStringLiteral("repository")},
                    QStringLiteral("filters.repository is not a valid regular expression: %1").arg(QRegularExpression(p.repositoryPattern).errorString()));
        p.branch = r.string(filters, fbase, QStringLiteral("branch"));
        const QJsonValue topic = filters.value(u"topic");
        if (topic.isString()) {
            p.topicsInclude = {topic.toString()};
        } else if (topic.isObject()) {
            p.topicsInclude = r.stringList(topic.toObject(), fbase + QStringList{QStringLiteral("topic")}, QStringLiteral("include"));
            p.topicsExclude = r.stringList(topic.toObject(), fbase + QStringList{QStringLiteral("topic")}, QStringLiteral("exclude"));
        } else if (!topic.isUndefined() && !topic.isNull()) {
            r.error(fbase + QStringList{QStringLiteral("topic")}, QStringLiteral("filters.topic must be text or {include, exclude}"));
        }
        p.visibility = r.stringList(filters, fbase, QStringLiteral("visibility"));
        for (const QString &v : p.visibility)
            if (v != u"public" && v != u"private" && v != u"internal")
                r.error(fbase + QStringList{QStringLiteral("visibility")}, QStringLiteral("visibility \"%1\" is not one of public, private, internal").arg(v));
        if (filters.contains(u"allowArchived")) {
            if (!filters.value(u"allowArchived").isBool())
                r.error(fbase + QStringList{QStringLiteral("allowArchived")}, QStringLiteral("allowArchived must be true or false"));
            p.allowArchived = filters.value(u"allowArchived").toBool();
        }
        const QJsonObject schedule = o.value(u"schedule").toObject();
        p.frequencySeconds = r.duration(schedule, base + QStringList{QStringLiteral("schedule")}, QStringLiteral("frequency"), 1800);
        p.timeoutSeconds = r.duration(schedule, base + QStringList{QStringLiteral("schedule")}, QStringLiteral("timeout"), 600);
        c.providers << p;
    }

    const QJsonArray locations = catalog.value(u"locations").toArray();
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QStringList base{QStringLiteral("catalog"), QStringLiteral("locations"), QString::number(i)};
        const QJsonObject o = locations[i].toObject();
        const QString type = r.string(o, base, QStringLiteral("type"), QStringLiteral("file"));
        const QString target = r.string(o, base, QStringLiteral("target"));
        if (type != u"file") {
            r.warning(base, QStringLiteral("location type \"%1\" is not read; use a GitHub provider or type: file").arg(type));
            continue;
        }
        if (target.isEmpty())
            r.error(base, QStringLiteral("a file location needs a target"));
        else
            c.localPaths << target;
    }
    // Atrium's own part: Backstage backends whose catalogs are sources.
    const QJsonValue backstageValue = root.value(u"atrium").toObject().value(u"backstage");
    const QJsonArray backstage = backstageValue.isObject() ? QJsonArray{backstageValue} : backstageValue.toArray();
    if (!backstageValue.isUndefined() && !backstageValue.isNull() && !backstageValue.isObject() && !backstageValue.isArray())
        r.error({QStringLiteral("atrium"), QStringLiteral("backstage")}, QStringLiteral("atrium.backstage must be a list of {name, baseUrl}"));
    for (qsizetype i = 0; i < backstage.size(); ++i) {
        const QStringList base = backstageValue.isObject() ? QStringList{QStringLiteral("atrium"), QStringLiteral("backstage")}
                                                           : QStringList{QStringLiteral("atrium"), QStringLiteral("backstage"), QString::number(i)};
        const QJsonObject o = backstage[i].toObject();
        BackstageSource b;
        const QString url = r.string(o, base, QStringLiteral("baseUrl"));
        b.baseUrl = QUrl(url).adjusted(QUrl::StripTrailingSlash);
        if (b.baseUrl.path() == u"/")
            b.baseUrl.setPath(QString());
        b.name = r.string(o, base, QStringLiteral("name"), b.baseUrl.host());
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (url.isEmpty()) {
            r.error(base, QStringLiteral("a Backstage source needs a baseUrl such as https://backstage.example.com"));
        } else {
            if (!b.baseUrl.isValid() || b.baseUrl.host().isEmpty() || !http::isSecureOrLocal(b.baseUrl))
                r.error(base + QStringList{QStringLiteral("baseUrl")}, QStringLiteral("baseUrl must be an https URL such as https://backstage.example.com"));
        }
        if (!b.name.isEmpty() && !nameRe.match(b.name).hasMatch())
            r.error(base + QStringList{QStringLiteral("name")}, QStringLiteral("name may hold letters, digits, '.', '_' and '-' only"));
        for (const BackstageSource &other : std::as_const(c.backstage))
            if (other.name.compare(b.name, Qt::CaseInsensitive) == 0)
                r.error(base + QStringList{QStringLiteral("name")}, QStringLiteral("another Backstage source is named \"%1\"").arg(b.name));
        b.filters = r.stringList(o, base, QStringLiteral("filter"));
        if (o.contains(u"docs")) {
            if (!o.value(u"docs").isBool())
                r.error(base + QStringList{QStringLiteral("docs")}, QStringLiteral("docs must be true or false"));
            b.readDocs = o.value(u"docs").toBool(true);
        }
        b.frequencySeconds = r.duration(o.value(u"schedule").toObject(), base + QStringList{QStringLiteral("schedule")},
                                        QStringLiteral("frequency"), 1800);
        if (o.contains(u"token"))
            r.warning(base + QStringList{QStringLiteral("token")},
                      QStringLiteral("tokens are not read from the configuration file: run atrium auth login --backstage URL --with-token "
                                     "(kept in the system keychain) or set ATRIUM_BACKSTAGE_TOKEN"));
        c.backstage << b;
    }

    if (c.providers.isEmpty() && c.localPaths.isEmpty() && c.backstage.isEmpty())
        r.warning({}, QStringLiteral("no GitHub provider (catalog.providers.github), no local location (catalog.locations) and no Backstage "
                                     "backend (atrium.backstage): nothing to sync"));
    return c;
}

const BackstageSource *SyncConfig::backstageSource(const QString &sourceId) const
{
    for (const BackstageSource &b : backstage)
        if (b.sourceId() == sourceId)
            return &b;
    return nullptr;
}

GitHubIntegration SyncConfig::integrationFor(const QString &host) const
{
    for (const auto &i : integrations)
        if (i.host.compare(host, Qt::CaseInsensitive) == 0)
            return i;
    GitHubIntegration d;
    d.host = host;
    return d;
}

} // namespace atrium
