// SPDX-License-Identifier: Apache-2.0
#include "settingscontroller.h"

#include "http/httptransport.h"
#include "insightsconfig.h"
#include "scaffolderconfig.h"
#include "syncconfig.h"
#include "toastmodel.h"
#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace atrium {

Q_LOGGING_CATEGORY(lcSettings, "atrium.models.settings")

namespace {

const QString kGitHubCom = QStringLiteral("github.com");

// --- JSON paths ------------------------------------------------------------------

QJsonValue valueAt(const QJsonValue &root, const QStringList &path)
{
    QJsonValue v = root;
    for (const QString &key : path) {
        if (v.isArray()) {
            bool ok = false;
            const int i = key.toInt(&ok);
            const QJsonArray a = v.toArray();
            if (!ok || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(i);
        } else if (v.isObject()) {
            v = v.toObject().value(key);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

/** @p root with @p value at @p path (objects made on the way). An undefined
 *  @p value removes the key, and objects left empty by that go too, so
 *  that clearing the last filter leaves no `filters: {}` behind. */
QJsonValue withValue(const QJsonValue &root, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.first();
    const QStringList rest = path.mid(1);
    bool numeric = false;
    key.toInt(&numeric);
    // A missing container is made of the kind the key asks for.
    if (root.isArray() || ((root.isUndefined() || root.isNull()) && numeric)) {
        QJsonArray a = root.toArray();
        bool ok = false;
        const int i = key.toInt(&ok);
        if (!ok || i < 0)
            return root;
        const QJsonValue child = withValue(i < a.size() ? a.at(i) : QJsonValue(), rest, value);
        if (child.isUndefined()) {
            if (i < a.size())
                a.removeAt(i);
        } else if (i < a.size()) {
            a[i] = child;
        } else {
            a.append(child);
        }
        return a;
    }
    QJsonObject o = root.toObject();
    const QJsonValue child = withValue(o.value(key), rest, value);
    if (child.isUndefined()) {
        o.remove(key);
        if (o.isEmpty() && value.isUndefined())
            return QJsonValue(QJsonValue::Undefined);
    } else {
        o.insert(key, child);
    }
    return o;
}

void setAt(QJsonObject &doc, const QStringList &path, const QJsonValue &value)
{
    const QJsonValue v = withValue(doc, path, value);
    doc = v.isObject() ? v.toObject() : QJsonObject();
}

void removeAt(QJsonObject &doc, const QStringList &path)
{
    setAt(doc, path, QJsonValue(QJsonValue::Undefined));
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

/** Comma-separated text (labels may hold spaces). */
QStringList splitCommas(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',')) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

/** A text or list value as the form's text, joined by @p sep. */
QString joined(const QJsonValue &v, const QString &sep)
{
    if (v.isString())
        return v.toString();
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        if (x.isString())
            out << x.toString();
    return out.join(sep);
}

/** The keys of `insights:` the form edits, with where they live. */
struct InsightsKey {
    QString id;
    QStringList path;
    enum Kind { Text, List, Number } kind;
};

const QList<InsightsKey> &insightsKeys()
{
    static const QList<InsightsKey> keys{
        {QStringLiteral("host"), {QStringLiteral("host")}, InsightsKey::Text},
        {QStringLiteral("repositories"), {QStringLiteral("repositories")}, InsightsKey::List},
        {QStringLiteral("goldenPathUses"), {QStringLiteral("goldenPath"), QStringLiteral("uses")}, InsightsKey::List},
        {QStringLiteral("templateAnnotation"), {QStringLiteral("goldenPath"), QStringLiteral("templateAnnotation")}, InsightsKey::Text},
        {QStringLiteral("costKey"), {QStringLiteral("costAttribution"), QStringLiteral("key")}, InsightsKey::Text},
        {QStringLiteral("deploymentSource"), {QStringLiteral("deployments"), QStringLiteral("source")}, InsightsKey::Text},
        {QStringLiteral("environment"), {QStringLiteral("deployments"), QStringLiteral("environment")}, InsightsKey::Text},
        {QStringLiteral("workflow"), {QStringLiteral("deployments"), QStringLiteral("workflow")}, InsightsKey::Text},
        {QStringLiteral("ticketLabels"), {QStringLiteral("tickets"), QStringLiteral("labels")}, InsightsKey::List},
        {QStringLiteral("ticketRepositories"), {QStringLiteral("tickets"), QStringLiteral("repositories")}, InsightsKey::List},
        {QStringLiteral("incidentLabel"), {QStringLiteral("incidents"), QStringLiteral("label")}, InsightsKey::Text},
        {QStringLiteral("incidentRepositories"), {QStringLiteral("incidents"), QStringLiteral("repositories")}, InsightsKey::List},
        {QStringLiteral("joinDates"), {QStringLiteral("onboarding"), QStringLiteral("joinDates")}, InsightsKey::Text},
        {QStringLiteral("maxPages"), {QStringLiteral("maxPages")}, InsightsKey::Number},
    };
    return keys;
}

const InsightsKey *insightsKey(const QString &id)
{
    for (const InsightsKey &k : insightsKeys())
        if (k.id == id)
            return &k;
    return nullptr;
}

QVariantMap insightsDefaults()
{
    return {{QStringLiteral("deploymentSource"), QStringLiteral("deployments")}, {QStringLiteral("maxPages"), 10}};
}

const QString kAtrium = QStringLiteral("atrium");
const QString kBackstage = QStringLiteral("backstage");
const QString kArgo = QStringLiteral("argocd");
const QString kMethods = QStringLiteral("appLocatorMethods");
const QString kInstances = QStringLiteral("instances");
const QString kInsights = QStringLiteral("insights");

// --- YAML out ------------------------------------------------------------------

/** Backstage's documentation order; unknown keys follow, A to Z. */
int keyRank(const QString &key)
{
    static const QStringList order{
        QStringLiteral("app"),          QStringLiteral("backend"),      QStringLiteral("integrations"),
        QStringLiteral("catalog"),      QStringLiteral("github"),       QStringLiteral("host"),
        QStringLiteral("apiBaseUrl"),   QStringLiteral("rawBaseUrl"),   QStringLiteral("caBundle"),
        QStringLiteral("providers"),    QStringLiteral("locations"),    QStringLiteral("organization"),
        QStringLiteral("catalogPath"),  QStringLiteral("filters"),      QStringLiteral("schedule"),
        QStringLiteral("repository"),   QStringLiteral("branch"),       QStringLiteral("topic"),
        QStringLiteral("include"),      QStringLiteral("exclude"),      QStringLiteral("visibility"),
        QStringLiteral("allowArchived"), QStringLiteral("frequency"),   QStringLiteral("timeout"),
        QStringLiteral("initialDelay"), QStringLiteral("days"),         QStringLiteral("hours"),
        QStringLiteral("minutes"),      QStringLiteral("seconds"),      QStringLiteral("type"),
        QStringLiteral("target"),       QStringLiteral("rules"),        QStringLiteral("name"),
        QStringLiteral("baseUrl"),      QStringLiteral("url"),          QStringLiteral("token"),
        QStringLiteral("filter"),       QStringLiteral("docs"),
    };
    const int i = int(order.indexOf(key));
    return i < 0 ? int(order.size()) : i;
}

QStringList orderedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ra = keyRank(a), rb = keyRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return keys;
}

/** A string as YAML: plain when the core schema reads it back as the same
 *  string, else double-quoted (JSON's escapes are YAML's). Always in block
 *  context, where `{`, `}` and `*` inside a plain scalar are just text, so
 *  `${ARGOCD_TOKEN}`, `kind=component` and `golden-*.yml@*` stay readable. */
QString scalarText(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./$][A-Za-z0-9_./:@+ =*${}-]*$"));
    static const QRegularExpression special(QStringLiteral(
        "^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        "|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    if (plain.match(s).hasMatch() && !special.match(s).hasMatch() && !s.endsWith(u':') && !s.endsWith(u' ')
        && !s.contains(QStringLiteral(": ")))
        return s;
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return scalarText(v.toString());
    case QJsonValue::Array:
        if (v.toArray().isEmpty())
            return QStringLiteral("[]");
        break;
    case QJsonValue::Object:
        if (v.toObject().isEmpty())
            return QStringLiteral("{}");
        break;
    default:
        break;
    }
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("null");
}

bool isBlock(const QJsonValue &v)
{
    return (v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty());
}

void writeSeq(QString &out, const QJsonArray &a, int indent);

/** A map whose first line starts with @p first (a `- ` of a sequence item)
 *  and whose other lines are indented by @p indent. */
void writeMap(QString &out, const QJsonObject &o, int indent, const QString &first)
{
    bool isFirst = true;
    for (const QString &key : orderedKeys(o)) {
        out += isFirst ? first : QString(indent, u' ');
        isFirst = false;
        const QJsonValue v = o.value(key);
        out += scalarText(key) + u':';
        if (!isBlock(v)) {
            out += u' ' + scalarText(v) + u'\n';
        } else if (v.isObject()) {
            out += u'\n';
            writeMap(out, v.toObject(), indent + 2, QString(indent + 2, u' '));
        } else {
            out += u'\n';
            writeSeq(out, v.toArray(), indent + 2);
        }
    }
}

void writeSeq(QString &out, const QJsonArray &a, int indent)
{
    for (const QJsonValue &v : a) {
        const QString dash = QString(indent, u' ') + QStringLiteral("- ");
        if (v.isObject() && !v.toObject().isEmpty())
            writeMap(out, v.toObject(), indent + 2, dash);
        else
            out += dash + scalarText(v) + u'\n'; // nested sequences in flow style
    }
}

} // namespace

QString SettingsController::toYaml(const QJsonObject &doc)
{
    QString out = QStringLiteral(
        "# Atrium's sources, shaped like a Backstage app-config:\n"
        "# integrations.github, catalog.providers.github and\n"
        "# catalog.locations (type: file). No tokens here: sign\n"
        "# in from the app, or set ATRIUM_GITHUB_TOKEN.\n");
    writeMap(out, doc, 0, QString());
    return out;
}

// --- The controller ----------------------------------------------------------------

SettingsController::SettingsController(const QString &configPath, QObject *parent)
    : QObject(parent)
    , m_path(configPath)
    , m_problems(new ProblemsModel(this))
{
    load();
}

void SettingsController::load()
{
    dropUndo();
    m_saveError.clear();
    QFile f(m_path);
    m_exists = f.exists();
    if (!m_exists) {
        m_saved.clear();
        reset();
        Q_EMIT savedChanged();
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_saveError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        m_saved.clear();
        reset();
        Q_EMIT savedChanged();
        return;
    }
    m_saved = QString::fromUtf8(f.readAll());
    setText(m_saved, true);
    Q_EMIT savedChanged();
    Q_EMIT dirtyChanged();
}

void SettingsController::reset()
{
    m_doc = {};
    m_form = Form{};
    m_form.insights = insightsDefaults();
    m_providerId = QStringLiteral("default");
    m_singleProvider = false;
    m_otherProviders = 0;
    // Every field written: the document says what the form shows.
    for (Field f : {Field::GitHub, Field::Folders})
        writeField(f);
    m_readable = true;
    m_yaml = toYaml(m_doc);
    Q_EMIT formChanged();
    Q_EMIT yamlTextChanged();
    validate();
    Q_EMIT dirtyChanged();
}

bool SettingsController::save()
{
    m_saveError.clear();
    if (errorCount() > 0) {
        m_saveError = tr("Not saved: fix the errors first.");
        Q_EMIT savedChanged();
        return false;
    }
    const QFileInfo fi(m_path);
    if (!QDir().mkpath(fi.absolutePath())) {
        m_saveError = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(fi.absolutePath()));
        Q_EMIT savedChanged();
        return false;
    }
    // All or nothing: a crash while writing must not leave half a file.
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_yaml.toUtf8()) < 0 || !f.commit()) {
        m_saveError = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        Q_EMIT savedChanged();
        return false;
    }
    qCInfo(lcSettings) << "configuration saved to" << m_path;
    m_saved = m_yaml;
    m_exists = true;
    dropUndo();
    Q_EMIT savedChanged();
    Q_EMIT dirtyChanged();
    Q_EMIT saved(m_path);
    return true;
}

int SettingsController::lineCount() const
{
    return int(m_yaml.count(u'\n')) + (m_yaml.endsWith(u'\n') || m_yaml.isEmpty() ? 0 : 1);
}

int SettingsController::offsetOf(int line, int column) const
{
    int offset = 0;
    for (int l = 1; l < line; ++l) {
        const int next = int(m_yaml.indexOf(u'\n', offset));
        if (next < 0)
            return int(m_yaml.size());
        offset = next + 1;
    }
    return int(qMin<qsizetype>(offset + qMax(0, column - 1), m_yaml.size()));
}

void SettingsController::setYamlText(const QString &text)
{
    if (text == m_yaml)
        return;
    setText(text, true);
}

void SettingsController::setText(const QString &text, bool fromUser)
{
    const bool wasDirty = dirty();
    m_yaml = text;
    if (fromUser) {
        // The form follows the text whenever it parses; a half-typed line
        // leaves the form as it was.
        const YamlParseResult parsed = parseYaml(text.toUtf8(), m_path);
        m_readable = parsed.diagnostics.isEmpty();
        if (m_readable) {
            m_doc = parsed.documents.isEmpty() ? QJsonObject() : parsed.documents.first().root.toObject();
            readForm();
        }
    } else {
        m_readable = true; // written from the document
    }
    Q_EMIT yamlTextChanged();
    validate();
    if (wasDirty != dirty())
        Q_EMIT dirtyChanged();
}

void SettingsController::readForm()
{
    const QJsonValue github = valueAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("providers"), QStringLiteral("github")});
    m_singleProvider = github.toObject().contains(u"organization");
    const SyncConfig c = SyncConfig::parse(QJsonDocument(m_doc).toJson(), m_path, nullptr);
    Form f;
    if (!c.providers.isEmpty()) {
        const GitHubProvider &p = c.providers.first();
        m_providerId = m_singleProvider ? QString() : p.id;
        f.github = true;
        f.host = p.host;
        f.apiBaseUrl = c.integrationFor(p.host).apiBaseUrl.toString();
        f.organization = p.organization;
        f.catalogPath = p.catalogPath;
        f.repositoryFilter = p.repositoryPattern;
        f.topicsInclude = p.topicsInclude.join(QStringLiteral(", "));
        f.topicsExclude = p.topicsExclude.join(QStringLiteral(", "));
        for (const QString &v : p.visibility)
            f.visibility << v.toLower();
        f.allowArchived = p.allowArchived;
        f.scheduleMinutes = qMax(1, p.frequencySeconds / 60);
        f.timeoutMinutes = qMax(1, p.timeoutSeconds / 60);
        f.caBundle = c.integrationFor(p.host).caBundle;
    } else {
        m_providerId = QStringLiteral("default");
        f.github = false;
        if (!c.integrations.isEmpty()) {
            f.host = c.integrations.first().host;
            f.apiBaseUrl = c.integrations.first().apiBaseUrl.toString();
            f.caBundle = c.integrations.first().caBundle;
        }
    }
    f.folders = c.localPaths;
    m_otherProviders = qMax(0, int(c.providers.size()) - 1);
    m_form = f;
    readSections();
    Q_EMIT formChanged();
}

void SettingsController::readSections()
{
    // As written, not as the parsers read them (they make paths absolute
    // and fill in defaults): the form shows the file.
    m_form.backstage.clear();
    const QJsonValue backstage = valueAt(m_doc, {kAtrium, kBackstage});
    for (const QJsonValue &v : backstage.isObject() ? QJsonArray{backstage} : backstage.toArray()) {
        const QJsonObject o = v.toObject();
        BackstageEntry e;
        e.name = o.value(u"name").toString();
        e.baseUrl = o.value(u"baseUrl").toString();
        e.filter = joined(o.value(u"filter"), QStringLiteral("; "));
        e.docs = o.value(u"docs").toBool(true);
        m_form.backstage << e;
    }
    m_form.argo.clear();
    for (const QJsonValue &m : valueAt(m_doc, {kArgo, kMethods}).toArray())
        for (const QJsonValue &i : m.toObject().value(kInstances).toArray()) {
            const QJsonObject o = i.toObject();
            m_form.argo << ArgoEntry{o.value(u"name").toString(), o.value(u"url").toString(), o.value(u"token").toString()};
        }
    m_form.insights = insightsDefaults();
    const QJsonValue insights = m_doc.value(kInsights);
    for (const InsightsKey &k : insightsKeys()) {
        const QJsonValue v = valueAt(insights, k.path);
        if (v.isUndefined() || v.isNull())
            continue;
        if (k.kind == InsightsKey::Number)
            m_form.insights.insert(k.id, v.isDouble() ? QVariant(v.toInt()) : QVariant(v.toVariant().toString()));
        else if (k.kind == InsightsKey::List)
            m_form.insights.insert(k.id, joined(v, QStringLiteral(", ")));
        else
            m_form.insights.insert(k.id, v.isString() ? v.toString() : v.toVariant().toString());
    }
}

QStringList SettingsController::providerPath() const
{
    QStringList path{QStringLiteral("catalog"), QStringLiteral("providers"), QStringLiteral("github")};
    if (!m_singleProvider)
        path << m_providerId;
    return path;
}

int SettingsController::integrationIndex(const QString &host) const
{
    const QJsonArray a = valueAt(m_doc, {QStringLiteral("integrations"), QStringLiteral("github")}).toArray();
    const QString want = host.isEmpty() ? kGitHubCom : host;
    for (int i = 0; i < a.size(); ++i) {
        const QString h = a.at(i).toObject().value(u"host").toString(kGitHubCom);
        if (h.compare(want, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void SettingsController::edit(Field field)
{
    writeField(field);
    setText(toYaml(m_doc), false);
    Q_EMIT formChanged();
}

void SettingsController::writeProvider()
{
    for (Field f : {Field::Organization, Field::Host, Field::ApiBaseUrl, Field::CatalogPath, Field::RepositoryFilter,
                    Field::Topics, Field::Visibility, Field::AllowArchived, Field::Schedule, Field::CaBundle, Field::Timeout})
        writeField(f);
}

void SettingsController::writeField(Field field)
{
    const QStringList provider = providerPath();
    const QStringList filters = provider + QStringList{QStringLiteral("filters")};
    auto integrationPath = [this](const QString &host) {
        int i = integrationIndex(host);
        if (i < 0) {
            i = int(valueAt(m_doc, {QStringLiteral("integrations"), QStringLiteral("github")}).toArray().size());
            setAt(m_doc, {QStringLiteral("integrations"), QStringLiteral("github"), QString::number(i)},
                  QJsonObject{{QStringLiteral("host"), host}});
        }
        return QStringList{QStringLiteral("integrations"), QStringLiteral("github"), QString::number(i)};
    };
    // The form's fields only matter while its provider exists.
    if (field != Field::GitHub && field != Field::Folders && !m_form.github)
        return;

    switch (field) {
    case Field::GitHub:
        if (m_form.github)
            writeProvider();
        else
            removeAt(m_doc, provider);
        break;
    case Field::Host: {
        // The integration of the host the provider had follows it.
        const QString old = valueAt(m_doc, provider + QStringList{QStringLiteral("host")}).toString(kGitHubCom);
        const QStringList in = integrationPath(old);
        setAt(m_doc, in + QStringList{QStringLiteral("host")}, m_form.host);
        if (m_form.host == kGitHubCom)
            removeAt(m_doc, provider + QStringList{QStringLiteral("host")});
        else
            setAt(m_doc, provider + QStringList{QStringLiteral("host")}, m_form.host);
        break;
    }
    case Field::ApiBaseUrl: {
        const QStringList in = integrationPath(m_form.host);
        if (m_form.apiBaseUrl.trimmed().isEmpty())
            removeAt(m_doc, in + QStringList{QStringLiteral("apiBaseUrl")});
        else
            setAt(m_doc, in + QStringList{QStringLiteral("apiBaseUrl")}, m_form.apiBaseUrl.trimmed());
        break;
    }
    case Field::Organization:
        setAt(m_doc, provider + QStringList{QStringLiteral("organization")}, m_form.organization.trimmed());
        break;
    case Field::CatalogPath:
        if (m_form.catalogPath.trimmed().isEmpty())
            removeAt(m_doc, provider + QStringList{QStringLiteral("catalogPath")});
        else
            setAt(m_doc, provider + QStringList{QStringLiteral("catalogPath")}, m_form.catalogPath.trimmed());
        break;
    case Field::RepositoryFilter:
        if (m_form.repositoryFilter.isEmpty())
            removeAt(m_doc, filters + QStringList{QStringLiteral("repository")});
        else
            setAt(m_doc, filters + QStringList{QStringLiteral("repository")}, m_form.repositoryFilter);
        break;
    case Field::Topics: {
        QJsonObject topic;
        if (const QStringList in = splitList(m_form.topicsInclude); !in.isEmpty())
            topic.insert(QStringLiteral("include"), toArray(in));
        if (const QStringList ex = splitList(m_form.topicsExclude); !ex.isEmpty())
            topic.insert(QStringLiteral("exclude"), toArray(ex));
        if (topic.isEmpty())
            removeAt(m_doc, filters + QStringList{QStringLiteral("topic")});
        else
            setAt(m_doc, filters + QStringList{QStringLiteral("topic")}, topic);
        break;
    }
    case Field::Visibility:
        if (m_form.visibility.isEmpty())
            removeAt(m_doc, filters + QStringList{QStringLiteral("visibility")});
        else
            setAt(m_doc, filters + QStringList{QStringLiteral("visibility")}, toArray(m_form.visibility));
        break;
    case Field::AllowArchived:
        if (m_form.allowArchived)
            setAt(m_doc, filters + QStringList{QStringLiteral("allowArchived")}, true);
        else
            removeAt(m_doc, filters + QStringList{QStringLiteral("allowArchived")});
        break;
    case Field::Schedule: {
        const QStringList schedule = provider + QStringList{QStringLiteral("schedule")};
        setAt(m_doc, schedule + QStringList{QStringLiteral("frequency")},
              QJsonObject{{QStringLiteral("minutes"), m_form.scheduleMinutes}});
        // Backstage wants a timeout with every schedule.
        if (valueAt(m_doc, schedule + QStringList{QStringLiteral("timeout")}).isUndefined())
            setAt(m_doc, schedule + QStringList{QStringLiteral("timeout")}, QJsonObject{{QStringLiteral("minutes"), 10}});
        break;
    }
    case Field::CaBundle: {
        const QStringList in = integrationPath(m_form.host);
        if (m_form.caBundle.trimmed().isEmpty())
            removeAt(m_doc, in + QStringList{QStringLiteral("caBundle")});
        else
            setAt(m_doc, in + QStringList{QStringLiteral("caBundle")}, m_form.caBundle.trimmed());
        break;
    }
    case Field::Timeout:
        setAt(m_doc, provider + QStringList{QStringLiteral("schedule"), QStringLiteral("timeout")},
              QJsonObject{{QStringLiteral("minutes"), m_form.timeoutMinutes}});
        break;
    case Field::Folders: {
        // Locations of other types stay, first; the folders follow.
        QJsonArray locations;
        for (const QJsonValue &l : valueAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("locations")}).toArray())
            if (l.toObject().value(u"type").toString(QStringLiteral("file")) != u"file")
                locations.append(l);
        for (const QString &folder : std::as_const(m_form.folders))
            locations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")}, {QStringLiteral("target"), folder}});
        if (locations.isEmpty())
            removeAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("locations")});
        else
            setAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("locations")}, locations);
        break;
    }
    }
}

// --- Setters -------------------------------------------------------------------------

void SettingsController::setGithubEnabled(bool on)
{
    if (on == m_form.github)
        return;
    m_form.github = on;
    edit(Field::GitHub);
}

void SettingsController::setHost(const QString &host)
{
    if (host == m_form.host)
        return;
    // writeField() finds the integration by the host the document still has.
    m_form.host = host;
    edit(Field::Host);
}

void SettingsController::setApiBaseUrl(const QString &url)
{
    if (url == m_form.apiBaseUrl)
        return;
    m_form.apiBaseUrl = url;
    edit(Field::ApiBaseUrl);
}

void SettingsController::setOrganization(const QString &org)
{
    if (org == m_form.organization)
        return;
    m_form.organization = org;
    edit(Field::Organization);
}

void SettingsController::setCatalogPath(const QString &path)
{
    if (path == m_form.catalogPath)
        return;
    m_form.catalogPath = path;
    edit(Field::CatalogPath);
}

void SettingsController::setRepositoryFilter(const QString &regex)
{
    if (regex == m_form.repositoryFilter)
        return;
    m_form.repositoryFilter = regex;
    edit(Field::RepositoryFilter);
}

void SettingsController::setTopicsInclude(const QString &topics)
{
    if (topics == m_form.topicsInclude)
        return;
    m_form.topicsInclude = topics;
    edit(Field::Topics);
}

void SettingsController::setTopicsExclude(const QString &topics)
{
    if (topics == m_form.topicsExclude)
        return;
    m_form.topicsExclude = topics;
    edit(Field::Topics);
}

void SettingsController::setVisibilityEnabled(const QString &visibility, bool on)
{
    const QString v = visibility.toLower();
    if (on == m_form.visibility.contains(v))
        return;
    if (on) {
        // Always in the same order, whatever order they are ticked in.
        QStringList ordered;
        for (const QString &x : {QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("internal")})
            if (x == v || m_form.visibility.contains(x))
                ordered << x;
        m_form.visibility = ordered;
    } else {
        m_form.visibility.removeAll(v);
    }
    edit(Field::Visibility);
}

void SettingsController::setAllowArchived(bool on)
{
    if (on == m_form.allowArchived)
        return;
    m_form.allowArchived = on;
    edit(Field::AllowArchived);
}

void SettingsController::setScheduleMinutes(int minutes)
{
    minutes = qBound(1, minutes, 7 * 24 * 60);
    if (minutes == m_form.scheduleMinutes)
        return;
    m_form.scheduleMinutes = minutes;
    edit(Field::Schedule);
}

bool SettingsController::addLocalFolder(const QString &pathOrUrl)
{
    QString path = pathOrUrl.trimmed();
    if (path.startsWith(u"file:"))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty())
        return false;
    path = QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (m_form.folders.contains(path))
        return false;
    m_form.folders << path;
    edit(Field::Folders);
    return true;
}

void SettingsController::removeLocalFolder(int index)
{
    if (index < 0 || index >= m_form.folders.size())
        return;
    const QString folder = m_form.folders.takeAt(index);
    edit(Field::Folders);
    if (!m_toasts)
        return;
    // Removing is not saved yet: Undo puts the folder back where it was,
    // as an unsaved change too.
    m_undoToasts << m_toasts->show(tr("Removed source %1").arg(QDir::toNativeSeparators(folder)), tr("Undo"),
                                   [self = QPointer<SettingsController>(this), folder, index] {
                                       if (!self || self->m_form.folders.contains(folder))
                                           return;
                                       self->m_form.folders.insert(std::min<qsizetype>(index, self->m_form.folders.size()), folder);
                                       self->edit(Field::Folders);
                                   });
}

void SettingsController::setToasts(ToastModel *toasts)
{
    m_toasts = toasts;
}

void SettingsController::dropUndo()
{
    if (m_toasts) {
        for (int id : std::as_const(m_undoToasts))
            m_toasts->dismiss(id);
    }
    m_undoToasts.clear();
}

// --- GitHub integration extras ------------------------------------------------------

void SettingsController::setCaBundle(const QString &pathOrUrl)
{
    QString path = pathOrUrl;
    if (path.startsWith(u"file:"))
        path = QUrl(path).toLocalFile(); // from a file dialog
    if (path == m_form.caBundle)
        return;
    m_form.caBundle = path;
    edit(Field::CaBundle);
}

void SettingsController::setScheduleTimeoutMinutes(int minutes)
{
    minutes = qBound(1, minutes, 7 * 24 * 60);
    if (minutes == m_form.timeoutMinutes)
        return;
    m_form.timeoutMinutes = minutes;
    edit(Field::Timeout);
}

void SettingsController::commit()
{
    setText(toYaml(m_doc), false);
    Q_EMIT formChanged();
}

// --- Backstage backends ----------------------------------------------------------------

QVariantList SettingsController::backstageBackends() const
{
    QVariantList out;
    for (const BackstageEntry &e : m_form.backstage)
        out << QVariantMap{{QStringLiteral("name"), e.name}, {QStringLiteral("baseUrl"), e.baseUrl},
                           {QStringLiteral("filter"), e.filter}, {QStringLiteral("docs"), e.docs}};
    return out;
}

QStringList SettingsController::backstagePath(int index) const
{
    // A single map (`atrium.backstage: {name, baseUrl}`) is entry 0.
    if (valueAt(m_doc, {kAtrium, kBackstage}).isObject())
        return {kAtrium, kBackstage};
    return {kAtrium, kBackstage, QString::number(index)};
}

void SettingsController::writeBackstage(int index)
{
    if (index < 0 || index >= m_form.backstage.size())
        return;
    // A form edit makes a single map a list of one, so entries can be added.
    const QJsonValue single = valueAt(m_doc, {kAtrium, kBackstage});
    if (single.isObject())
        setAt(m_doc, {kAtrium, kBackstage}, QJsonArray{single});
    const BackstageEntry &e = m_form.backstage.at(index);
    const QStringList base = backstagePath(index);
    auto text = [&](const QString &key, const QString &value) {
        if (value.trimmed().isEmpty())
            removeAt(m_doc, base + QStringList{key});
        else
            setAt(m_doc, base + QStringList{key}, value.trimmed());
    };
    // The entry itself stays, even with every field cleared.
    if (valueAt(m_doc, base).isUndefined() || !valueAt(m_doc, base).isObject())
        setAt(m_doc, base, QJsonObject{});
    text(QStringLiteral("name"), e.name);
    setAt(m_doc, base + QStringList{QStringLiteral("baseUrl")}, e.baseUrl.trimmed());
    QStringList filters;
    for (const QString &f : e.filter.split(u';')) {
        if (!f.trimmed().isEmpty())
            filters << f.trimmed();
    }
    if (filters.isEmpty())
        removeAt(m_doc, base + QStringList{QStringLiteral("filter")});
    else
        setAt(m_doc, base + QStringList{QStringLiteral("filter")}, toArray(filters));
    if (e.docs)
        removeAt(m_doc, base + QStringList{QStringLiteral("docs")}); // the default
    else
        setAt(m_doc, base + QStringList{QStringLiteral("docs")}, false);
}

bool SettingsController::addBackstageBackend(const QString &name, const QString &baseUrl)
{
    const QString urlText = baseUrl.trimmed();
    QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty() || !url.isValid() || url.host().isEmpty()
        || !http::isSecureOrLocal(url))
        return false;
    // The name the parser gives it: as written, else the host.
    const QString effective = name.trimmed().isEmpty() ? url.host() : name.trimmed();
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!nameRe.match(effective).hasMatch())
        return false;
    for (const BackstageEntry &e : std::as_const(m_form.backstage)) {
        const QString other = e.name.trimmed().isEmpty() ? QUrl(e.baseUrl.trimmed()).host() : e.name.trimmed();
        if (other.compare(effective, Qt::CaseInsensitive) == 0)
            return false;
    }
    m_form.backstage << BackstageEntry{name.trimmed(), urlText, QString(), true};
    writeBackstage(int(m_form.backstage.size()) - 1);
    commit();
    return true;
}

void SettingsController::removeBackstageBackend(int index)
{
    if (index < 0 || index >= m_form.backstage.size())
        return;
    const QStringList path = backstagePath(index);
    const QJsonObject removed = valueAt(m_doc, path).toObject(); // unknown keys too, for Undo
    const BackstageEntry entry = m_form.backstage.takeAt(index);
    removeAt(m_doc, path);
    if (m_form.backstage.isEmpty())
        removeAt(m_doc, {kAtrium, kBackstage}); // no `backstage: []` left behind
    commit();
    if (!m_toasts)
        return;
    const QString label = entry.name.isEmpty() ? entry.baseUrl : entry.name;
    m_undoToasts << m_toasts->show(tr("Removed Backstage backend %1").arg(label), tr("Undo"),
                                   [self = QPointer<SettingsController>(this), removed, entry, index] {
                                       if (!self)
                                           return;
                                       QJsonValue list = valueAt(self->m_doc, {kAtrium, kBackstage});
                                       QJsonArray a = list.isObject() ? QJsonArray{list} : list.toArray();
                                       const int at = int(std::min<qsizetype>(index, a.size()));
                                       a.insert(at, removed);
                                       setAt(self->m_doc, {kAtrium, kBackstage}, a);
                                       self->m_form.backstage.insert(std::min<qsizetype>(at, self->m_form.backstage.size()), entry);
                                       self->commit();
                                   });
}

void SettingsController::setBackstageField(int index, const QString &key, const QVariant &value)
{
    if (index < 0 || index >= m_form.backstage.size())
        return;
    BackstageEntry &e = m_form.backstage[index];
    if (key == u"name" && e.name != value.toString())
        e.name = value.toString();
    else if (key == u"baseUrl" && e.baseUrl != value.toString())
        e.baseUrl = value.toString();
    else if (key == u"filter" && e.filter != value.toString())
        e.filter = value.toString();
    else if (key == u"docs" && e.docs != value.toBool())
        e.docs = value.toBool();
    else
        return;
    writeBackstage(index);
    commit();
}

// --- Argo CD -------------------------------------------------------------------------------

QVariantList SettingsController::argoInstances() const
{
    QVariantList out;
    for (const ArgoEntry &e : m_form.argo)
        out << QVariantMap{{QStringLiteral("name"), e.name}, {QStringLiteral("url"), e.url}, {QStringLiteral("token"), e.token}};
    return out;
}

QStringList SettingsController::argoPath(int index) const
{
    const QJsonArray methods = valueAt(m_doc, {kArgo, kMethods}).toArray();
    int seen = 0;
    for (int m = 0; m < methods.size(); ++m) {
        const int count = int(methods.at(m).toObject().value(kInstances).toArray().size());
        if (index < seen + count)
            return {kArgo, kMethods, QString::number(m), kInstances, QString::number(index - seen)};
        seen += count;
    }
    return {};
}

bool SettingsController::addArgoInstance(const QString &name, const QString &url)
{
    const QString n = name.trimmed();
    const QString u = url.trimmed();
    const QUrl parsed(u, QUrl::StrictMode);
    if (n.isEmpty() || !parsed.isValid() || parsed.host().isEmpty() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return false;
    for (const ArgoEntry &e : std::as_const(m_form.argo))
        if (e.name.trimmed() == n)
            return false;
    const QJsonObject instance{{QStringLiteral("name"), n}, {QStringLiteral("url"), u}};
    QJsonArray methods = valueAt(m_doc, {kArgo, kMethods}).toArray();
    if (methods.isEmpty()) {
        methods.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("config")}, {kInstances, QJsonArray{instance}}});
    } else {
        QJsonObject last = methods.last().toObject();
        QJsonArray instances = last.value(kInstances).toArray();
        instances.append(instance);
        last.insert(kInstances, instances);
        methods[methods.size() - 1] = last;
    }
    setAt(m_doc, {kArgo, kMethods}, methods);
    m_form.argo << ArgoEntry{n, u, QString()};
    commit();
    return true;
}

void SettingsController::removeArgoInstance(int index)
{
    const QStringList path = argoPath(index);
    if (path.isEmpty() || index >= m_form.argo.size())
        return;
    const QJsonObject removed = valueAt(m_doc, path).toObject(); // unknown keys too, for Undo
    const int method = path.at(2).toInt();
    const int position = path.at(4).toInt();
    removeAt(m_doc, path);
    const ArgoEntry entry = m_form.argo.takeAt(index);
    commit();
    if (!m_toasts)
        return;
    m_undoToasts << m_toasts->show(tr("Removed Argo CD instance %1").arg(entry.name.isEmpty() ? entry.url : entry.name), tr("Undo"),
                                   [self = QPointer<SettingsController>(this), removed, entry, method, position] {
                                       if (!self)
                                           return;
                                       QJsonArray methods = valueAt(self->m_doc, {kArgo, kMethods}).toArray();
                                       const int m = std::min<int>(method, int(methods.size()));
                                       if (m == methods.size())
                                           methods.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("config")}});
                                       QJsonObject o = methods.at(m).toObject();
                                       QJsonArray instances = o.value(kInstances).toArray();
                                       const int at = std::min<int>(position, int(instances.size()));
                                       instances.insert(at, removed);
                                       o.insert(kInstances, instances);
                                       methods[m] = o;
                                       setAt(self->m_doc, {kArgo, kMethods}, methods);
                                       // Its place in the form: the instances of the methods before it, then its own.
                                       int flat = at;
                                       for (int i = 0; i < m; ++i)
                                           flat += int(methods.at(i).toObject().value(kInstances).toArray().size());
                                       self->m_form.argo.insert(std::min<qsizetype>(flat, self->m_form.argo.size()), entry);
                                       self->commit();
                                   });
}

void SettingsController::setArgoField(int index, const QString &key, const QString &value)
{
    const QStringList path = argoPath(index);
    if (path.isEmpty() || index >= m_form.argo.size())
        return;
    ArgoEntry &e = m_form.argo[index];
    QString *field = key == u"name" ? &e.name : key == u"url" ? &e.url : key == u"token" ? &e.token : nullptr;
    if (!field || *field == value)
        return;
    *field = value;
    if (value.trimmed().isEmpty() && key == u"token")
        removeAt(m_doc, path + QStringList{key});
    else
        setAt(m_doc, path + QStringList{key}, value.trimmed());
    commit();
}

// --- Insights ---------------------------------------------------------------------------------

void SettingsController::setInsightsField(const QString &key, const QVariant &given)
{
    QVariant value = given;
    if (key == u"joinDates" && value.toString().startsWith(u"file:"))
        value = QUrl(value.toString()).toLocalFile(); // from a file dialog
    const InsightsKey *k = insightsKey(key);
    if (!k || m_form.insights.value(key) == value)
        return;
    m_form.insights.insert(key, value);
    const QStringList path = QStringList{kInsights} + k->path;
    switch (k->kind) {
    case InsightsKey::Text:
        if (value.toString().trimmed().isEmpty())
            removeAt(m_doc, path);
        else
            setAt(m_doc, path, value.toString().trimmed());
        break;
    case InsightsKey::List:
        if (const QStringList list = splitCommas(value.toString()); list.isEmpty())
            removeAt(m_doc, path);
        else
            setAt(m_doc, path, toArray(list));
        break;
    case InsightsKey::Number:
        setAt(m_doc, path, value.toInt());
        break;
    }
    commit();
}

void SettingsController::resetSection(const QString &section)
{
    if (section == kBackstage) {
        removeAt(m_doc, {kAtrium, kBackstage});
        m_form.backstage.clear();
    } else if (section == kArgo) {
        removeAt(m_doc, {kArgo});
        m_form.argo.clear();
    } else if (section == kInsights) {
        removeAt(m_doc, {kInsights});
        m_form.insights = insightsDefaults();
    } else {
        return;
    }
    commit();
}

// --- Validation ------------------------------------------------------------------------

QString SettingsController::fieldOf(const QStringList &path) const
{
    const QStringList provider = providerPath();
    if (path.mid(0, provider.size()) == provider) {
        const QStringList rest = path.mid(provider.size());
        if (rest.isEmpty() || rest.first() == u"organization")
            return QStringLiteral("organization");
        const QString key = rest.first();
        if (key == u"host")
            return QStringLiteral("host");
        if (key == u"catalogPath")
            return QStringLiteral("catalogPath");
        if (key == u"schedule")
            return rest.size() > 1 && rest.at(1) == u"timeout" ? QStringLiteral("scheduleTimeout") : QStringLiteral("scheduleMinutes");
        if (key == u"filters" && rest.size() > 1) {
            const QString f = rest.at(1);
            if (f == u"repository")
                return QStringLiteral("repositoryFilter");
            if (f == u"topic")
                return rest.size() > 2 && rest.at(2) == u"exclude" ? QStringLiteral("topicsExclude")
                                                                   : QStringLiteral("topicsInclude");
            if (f == u"visibility")
                return QStringLiteral("visibility");
            if (f == u"allowArchived")
                return QStringLiteral("allowArchived");
        }
        return {};
    }
    const int in = integrationIndex(m_form.host);
    if (in >= 0 && path.size() >= 4 && path.at(0) == u"integrations" && path.at(1) == u"github"
        && path.at(2) == QString::number(in)) {
        if (path.at(3) == u"apiBaseUrl")
            return QStringLiteral("apiBaseUrl");
        if (path.at(3) == u"host")
            return QStringLiteral("host");
        if (path.at(3) == u"caBundle")
            return QStringLiteral("caBundle");
    }
    if (path.size() >= 3 && path.at(0) == u"catalog" && path.at(1) == u"locations") {
        // The N-th location of type file is the form's N-th folder.
        const QJsonArray locations = valueAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("locations")}).toArray();
        const int index = path.at(2).toInt();
        int folder = 0;
        for (int i = 0; i < locations.size() && i <= index; ++i) {
            const bool isFile = locations.at(i).toObject().value(u"type").toString(QStringLiteral("file")) == u"file";
            if (i == index)
                return isFile ? QStringLiteral("folder.%1").arg(folder) : QString();
            folder += isFile ? 1 : 0;
        }
    }
    return {};
}

void SettingsController::validate()
{
    const QByteArray utf8 = m_yaml.toUtf8();
    Diagnostics parsed;
    const SyncConfig config = SyncConfig::parse(utf8, m_path, &parsed);
    Q_UNUSED(config)
    // The other sections Atrium reads from the same file, by their own parsers.
    InsightsConfig::parse(utf8, m_path, &parsed);
    scaffolder::argoInstancesFromYaml(utf8, m_path, &parsed);

    // Where each form field's value is in the text, to put the parser's
    // located problems next to the field they concern.
    const YamlParseResult doc = parseYaml(utf8, m_path);
    const int rawIndex = doc.documents.isEmpty() ? 0 : doc.documents.first().rawIndex;
    YamlLocator locator(utf8);
    QHash<int, QString> fieldByLine;
    QList<QStringList> paths;
    const QStringList provider = providerPath();
    const QStringList filters = provider + QStringList{QStringLiteral("filters")};
    if (m_form.github && m_readable) {
        paths << provider + QStringList{QStringLiteral("organization")} << provider + QStringList{QStringLiteral("host")}
              << provider + QStringList{QStringLiteral("catalogPath")}
              << filters + QStringList{QStringLiteral("repository")}
              << filters + QStringList{QStringLiteral("topic"), QStringLiteral("exclude")}
              << filters + QStringList{QStringLiteral("topic"), QStringLiteral("include")}
              << filters + QStringList{QStringLiteral("topic")} << filters + QStringList{QStringLiteral("visibility")}
              << filters + QStringList{QStringLiteral("allowArchived")}
              << provider + QStringList{QStringLiteral("schedule"), QStringLiteral("frequency")}
              << provider + QStringList{QStringLiteral("schedule"), QStringLiteral("timeout")};
        const int in = integrationIndex(m_form.host);
        if (in >= 0) {
            const QStringList base{QStringLiteral("integrations"), QStringLiteral("github"), QString::number(in)};
            paths << base + QStringList{QStringLiteral("apiBaseUrl")} << base + QStringList{QStringLiteral("caBundle")}
                  << base + QStringList{QStringLiteral("host")};
        }
        paths << provider;
    }
    const int locationCount = int(valueAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("locations")}).toArray().size());
    for (int i = 0; i < locationCount; ++i)
        paths << QStringList{QStringLiteral("catalog"), QStringLiteral("locations"), QString::number(i)};
    QList<QPair<QStringList, QString>> fields;
    for (const QStringList &path : std::as_const(paths))
        fields.append({path, fieldOf(path)});
    // The sections beyond GitHub: the keys first, then the entries (their
    // own problems are about a key that is missing).
    if (m_readable) {
        QList<QPair<QStringList, QString>> entries;
        for (int i = 0; i < m_form.backstage.size(); ++i) {
            const QStringList base = backstagePath(i);
            const QString field = QStringLiteral("backstage.%1.").arg(i);
            for (const QString &key : {QStringLiteral("baseUrl"), QStringLiteral("name"), QStringLiteral("filter"), QStringLiteral("docs")})
                fields.append({base + QStringList{key}, field + key});
            const int filters = int(valueAt(m_doc, base + QStringList{QStringLiteral("filter")}).toArray().size());
            for (int k = 0; k < filters; ++k)
                fields.append({base + QStringList{QStringLiteral("filter"), QString::number(k)}, field + QStringLiteral("filter")});
            entries.append({base, field + QStringLiteral("baseUrl")});
        }
        for (int i = 0; i < m_form.argo.size(); ++i) {
            const QStringList base = argoPath(i);
            const QString field = QStringLiteral("argo.%1.").arg(i);
            for (const QString &key : {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("token")})
                fields.append({base + QStringList{key}, field + key});
            entries.append({base, field + QStringLiteral("token")});
        }
        for (const InsightsKey &k : insightsKeys()) {
            const QStringList path = QStringList{kInsights} + k.path;
            fields.append({path, QStringLiteral("insights.") + k.id});
            const int items = int(valueAt(m_doc, path).toArray().size());
            for (int i = 0; i < items; ++i)
                fields.append({path + QStringList{QString::number(i)}, QStringLiteral("insights.") + k.id});
        }
        fields += entries;
    }
    auto locate = [&](const QStringList &path) { return locator.locate(rawIndex, path); };
    // A problem is at its key's exact place; failing that, on its line.
    QHash<QPair<int, int>, QString> fieldByPos;
    for (const auto &[path, field] : std::as_const(fields)) {
        // Only keys that exist: a missing one would be located at its parent.
        if (path.isEmpty() || valueAt(m_doc, path).isUndefined())
            continue;
        const auto pos = locate(path);
        if (pos.first > 0 && !fieldByPos.contains(pos))
            fieldByPos.insert(pos, field);
        if (pos.first > 0 && !fieldByLine.contains(pos.first))
            fieldByLine.insert(pos.first, field);
    }

    // Our own checks, with messages in the user's language and a field to
    // show them at; the parser's say the same in English, and give way.
    Diagnostics own;
    auto add = [&](Severity s, const QStringList &path, const QString &message) {
        const auto pos = locate(path);
        own.append({s, m_path, pos.first, pos.second, message, {}});
    };
    QHash<int, QString> ownField;
    auto check = [&](const QString &field, const QStringList &path, const QString &message, Severity s = Severity::Error) {
        add(s, path, message);
        ownField.insert(int(own.size()) - 1, field);
    };
    if (m_form.github && m_readable) {
        const QString host = m_form.host.trimmed();
        if (host.isEmpty())
            check(QStringLiteral("host"), provider + QStringList{QStringLiteral("host")}, tr("Enter the GitHub host: github.com, or your GitHub Enterprise server's name."));
        else if (host.contains(u'/') || host.contains(u':') || host.contains(u' '))
            check(QStringLiteral("host"), provider + QStringList{QStringLiteral("host")},
                  tr("Only the host name, such as github.example.com: no https:// and no path."));
        const QString api = m_form.apiBaseUrl.trimmed();
        if (!api.isEmpty()) {
            const QUrl u(api);
            if (!u.isValid() || u.host().isEmpty() || !http::isSecureOrLocal(u))
                check(QStringLiteral("apiBaseUrl"),
                      {QStringLiteral("integrations"), QStringLiteral("github"), QString::number(qMax(0, integrationIndex(m_form.host))),
                       QStringLiteral("apiBaseUrl")},
                      tr("Enter an https URL such as https://%1/api/v3.").arg(host.isEmpty() ? QStringLiteral("github.example.com") : host));
        }
        const QString org = m_form.organization.trimmed();
        if (org.isEmpty())
            check(QStringLiteral("organization"), provider + QStringList{QStringLiteral("organization")},
                  tr("Enter the organisation whose repositories hold catalog files."));
        else if (org.contains(u'/') || org.contains(u' '))
            check(QStringLiteral("organization"), provider + QStringList{QStringLiteral("organization")},
                  tr("Only the organisation's name, such as acme: not a URL."));
        if (const QString ca = m_form.caBundle.trimmed(); !ca.isEmpty()) {
            const QString abs = QDir::isAbsolutePath(ca) ? ca : QFileInfo(m_path).absoluteDir().absoluteFilePath(ca);
            if (!QFileInfo(abs).isFile())
                check(QStringLiteral("caBundle"),
                      {QStringLiteral("integrations"), QStringLiteral("github"), QString::number(qMax(0, integrationIndex(m_form.host))),
                       QStringLiteral("caBundle")},
                      tr("%1 does not exist: GitHub's certificate would not be trusted.").arg(QDir::toNativeSeparators(abs)),
                      Severity::Warning);
        }
        if (m_form.catalogPath.contains(u'*'))
            check(QStringLiteral("catalogPath"), provider + QStringList{QStringLiteral("catalogPath")},
                  tr("Patterns are not supported: name one file, such as /catalog-info.yaml."));
        if (!m_form.repositoryFilter.isEmpty()) {
            const QRegularExpression re(m_form.repositoryFilter);
            if (!re.isValid())
                check(QStringLiteral("repositoryFilter"), filters + QStringList{QStringLiteral("repository")},
                      tr("Not a valid regular expression: %1.").arg(re.errorString()));
        }
    }
    const QDir base = QFileInfo(m_path).absoluteDir();
    for (int i = 0; i < m_form.folders.size(); ++i) {
        const QString folder = m_form.folders.at(i);
        const QString abs = QDir::isAbsolutePath(folder) ? folder : base.absoluteFilePath(folder);
        if (!QFileInfo(abs).exists()) {
            // The path of the i-th file location.
            int index = -1, seen = 0;
            const QJsonArray locations = valueAt(m_doc, {QStringLiteral("catalog"), QStringLiteral("locations")}).toArray();
            for (int k = 0; k < locations.size(); ++k) {
                if (locations.at(k).toObject().value(u"type").toString(QStringLiteral("file")) == u"file" && seen++ == i) {
                    index = k;
                    break;
                }
            }
            check(QStringLiteral("folder.%1").arg(i),
                  {QStringLiteral("catalog"), QStringLiteral("locations"), QString::number(qMax(0, index)), QStringLiteral("target")},
                  tr("%1 does not exist.").arg(QDir::toNativeSeparators(abs)), Severity::Warning);
        }
    }

    QVariantMap errors, warnings;
    QStringList other;
    Diagnostics all;
    QSet<int> ownLines;
    for (int i = 0; i < own.size(); ++i) {
        const Diagnostic &d = own.at(i);
        QVariantMap &target = d.isError() ? errors : warnings;
        const QString field = ownField.value(i);
        if (!target.contains(field))
            target.insert(field, d.message);
        if (d.isError())
            ownLines.insert(d.line);
        all << d;
    }
    for (const Diagnostic &d : std::as_const(parsed)) {
        if (d.isError() && ownLines.contains(d.line))
            continue; // said already, in the user's language
        all << d;
        const QString field = fieldByPos.value({d.line, d.column}, fieldByLine.value(d.line));
        if (field.isEmpty()) {
            other << (d.line > 0 ? tr("Line %1: %2").arg(d.line).arg(d.message) : d.message);
            continue;
        }
        QVariantMap &target = d.isError() ? errors : warnings;
        if (!target.contains(field))
            target.insert(field, d.message);
    }
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    m_problems->setDiagnostics(all, {base.absolutePath()});
    m_fieldErrors = errors;
    m_fieldWarnings = warnings;
    m_otherProblems = other.join(u'\n');
    m_errorLines.clear();
    m_warningLines.clear();
    for (const Diagnostic &d : std::as_const(all)) {
        if (d.line <= 0)
            continue;
        if (d.isError() && !m_errorLines.contains(d.line))
            m_errorLines << d.line;
        else if (!d.isError() && !m_warningLines.contains(d.line))
            m_warningLines << d.line;
    }
    Q_EMIT validationChanged();
}

} // namespace atrium
