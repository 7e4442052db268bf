// SPDX-License-Identifier: Apache-2.0
#include "templateform.h"

#include "appcontroller.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "entityref.h"
#include "templateengine.h"
#include "yamlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace atrium {

Q_LOGGING_CATEGORY(lcForm, "atrium.models.form")

using form::Field;
using form::FieldError;
using form::FieldKind;
using form::FormSchema;

namespace {

QString kindName(FieldKind k)
{
    switch (k) {
    case FieldKind::Text: return QStringLiteral("text");
    case FieldKind::TextArea: return QStringLiteral("textarea");
    case FieldKind::Password: return QStringLiteral("password");
    case FieldKind::Integer: return QStringLiteral("integer");
    case FieldKind::Number: return QStringLiteral("number");
    case FieldKind::Boolean: return QStringLiteral("boolean");
    case FieldKind::Select: return QStringLiteral("select");
    case FieldKind::Radio: return QStringLiteral("radio");
    case FieldKind::MultiSelect: return QStringLiteral("multiselect");
    case FieldKind::StringList: return QStringLiteral("stringlist");
    case FieldKind::Group: return QStringLiteral("group");
    case FieldKind::ObjectList: return QStringLiteral("objectlist");
    case FieldKind::ObjectItem: return QStringLiteral("objectitem");
    case FieldKind::OneOfChoice: return QStringLiteral("oneof");
    case FieldKind::EntityPicker: return QStringLiteral("entity");
    case FieldKind::MultiEntityPicker: return QStringLiteral("entities");
    case FieldKind::EntityTags: return QStringLiteral("tags");
    case FieldKind::RepoUrl: return QStringLiteral("repourl");
    case FieldKind::Unsupported: return QStringLiteral("unsupported");
    }
    return {};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}

/** A catalogFilter value against one field of an entity: a string, a list
 *  of strings (any), or `{exists: true}`. */
bool matchesValue(const QStringList &have, const QJsonValue &want)
{
    if (want.isObject() && want.toObject().contains(u"exists"))
        return want.toObject().value(u"exists").toBool() == !have.isEmpty();
    const QStringList wanted = stringList(want);
    for (const QString &w : wanted)
        for (const QString &h : have)
            if (h.compare(w, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

QStringList entityField(const Entity &e, const QString &key)
{
    const QString k = key.toLower();
    if (k == u"kind")
        return {e.kind};
    if (k == u"metadata.name")
        return {e.name};
    if (k == u"metadata.namespace")
        return {e.ns};
    if (k == u"metadata.title")
        return {e.title};
    if (k == u"spec.type")
        return e.type.isEmpty() ? QStringList() : QStringList{e.type};
    if (k == u"spec.lifecycle")
        return e.lifecycle.isEmpty() ? QStringList() : QStringList{e.lifecycle};
    if (k == u"spec.owner" || k == u"relations.ownedby")
        return e.owner.isEmpty() ? QStringList() : QStringList{e.owner, CatalogModel::displayRef(e.owner, u"group")};
    if (k == u"spec.system" || k == u"relations.partof")
        return e.system.isEmpty() ? QStringList() : QStringList{e.system, CatalogModel::displayRef(e.system, u"system")};
    if (k == u"metadata.tags")
        return e.tags;
    // Anything else: from the document, when the row carries it.
    QJsonValue cur = e.data;
    for (const QString &part : key.split(u'.'))
        cur = cur.toObject().value(part);
    if (cur.isString())
        return {cur.toString()};
    if (cur.isArray())
        return stringList(cur);
    if (cur.isBool() || cur.isDouble())
        return {cur.toVariant().toString()};
    return {};
}

bool matchesFilter(const Entity &e, const QJsonValue &filter)
{
    if (filter.isArray()) { // any of the filters
        const QJsonArray list = filter.toArray();
        if (list.isEmpty())
            return true;
        for (const auto &f : list)
            if (matchesFilter(e, f))
                return true;
        return false;
    }
    const QJsonObject o = filter.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!matchesValue(entityField(e, it.key()), it.value()))
            return false;
    return true;
}

qsizetype indexIn(const QJsonArray &a, const QJsonValue &v)
{
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) == v)
            return i;
    return -1;
}

QString displayValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? TemplateForm::tr("Yes") : TemplateForm::tr("No");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList parts;
        for (const auto &x : v.toArray())
            parts << displayValue(x);
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

TemplateForm::TemplateForm(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TemplateForm::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QHash<int, QByteArray> TemplateForm::roleNames() const
{
    return {{PathRole, "path"}, {KindRole, "kind"}, {TitleRole, "title"}, {DescriptionRole, "description"},
            {HelpRole, "help"}, {PlaceholderRole, "placeholder"}, {RequiredRole, "isRequired"},
            {AutofocusRole, "autofocus"}, {DepthRole, "depth"}, {ValueRole, "value"}, {TextRole, "text"},
            {ErrorRole, "error"}, {OptionsRole, "options"}, {SelectedIndexRole, "selectedIndex"},
            {NoticeRole, "notice"}, {EditableRole, "editable"}, {MinimumRole, "minimum"},
            {MaximumRole, "maximum"}, {RepoPartsRole, "repoParts"}, {ItemIndexRole, "itemIndex"}};
}

QVariant TemplateForm::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &f = m_fields.at(index.row());
    const QJsonValue v = f.kind == FieldKind::OneOfChoice ? QJsonValue(f.defaultValue) : FormSchema::valueAt(m_values, f.path);
    switch (role) {
    case PathRole: return f.path;
    case KindRole: return kindName(f.kind);
    case TitleRole: return f.title;
    case DescriptionRole: return f.description;
    case HelpRole: return f.help;
    case PlaceholderRole: return f.placeholder;
    case RequiredRole: return f.required;
    case AutofocusRole: return f.autofocus;
    case DepthRole: return f.depth;
    case ValueRole: return v.toVariant();
    case TextRole:
        if (v.isDouble())
            return QString::number(v.toDouble());
        return v.isString() ? v.toString() : QString();
    case ErrorRole:
        return (m_showAll || m_touched.contains(f.path)) ? m_errors.value(f.path) : QString();
    case OptionsRole: return m_options.value(index.row());
    case SelectedIndexRole: {
        const QVariantList opts = m_options.value(index.row());
        const QVariant want = v.toVariant();
        for (int i = 0; i < opts.size(); ++i)
            if (opts.at(i).toMap().value(QStringLiteral("value")) == want)
                return i;
        return -1;
    }
    case NoticeRole: return noticeFor(f);
    case EditableRole:
        return f.kind == FieldKind::EntityPicker && f.uiOptions.value(u"allowArbitraryValues").toBool(true);
    case MinimumRole: return f.schema.contains(u"minimum") ? f.schema.value(u"minimum").toVariant() : QVariant();
    case MaximumRole: return f.schema.contains(u"maximum") ? f.schema.value(u"maximum").toVariant() : QVariant();
    case RepoPartsRole: {
        if (f.kind != FieldKind::RepoUrl)
            return {};
        const auto parts = FormSchema::parseRepoUrl(v.toString());
        QStringList hosts = stringList(f.uiOptions.value(u"allowedHosts"));
        if (hosts.isEmpty())
            hosts << QStringLiteral("github.com");
        QString host = parts.value(QStringLiteral("host"));
        if (host.isEmpty())
            host = hosts.first();
        return QVariantMap{{QStringLiteral("host"), host},
                           {QStringLiteral("owner"), parts.value(QStringLiteral("owner"))},
                           {QStringLiteral("repo"), parts.value(QStringLiteral("repo"))},
                           {QStringLiteral("hosts"), hosts},
                           {QStringLiteral("owners"), stringList(f.uiOptions.value(u"allowedOwners"))},
                           {QStringLiteral("repos"), stringList(f.uiOptions.value(u"allowedRepos"))}};
    }
    case ItemIndexRole: return f.itemIndex;
    }
    return {};
}

void TemplateForm::setApp(AppController *app)
{
    if (m_app == app)
        return;
    m_app = app;
    Q_EMIT appChanged();
    load();
}

void TemplateForm::setTemplateRef(const QString &ref)
{
    if (m_ref == ref)
        return;
    m_ref = ref;
    load();
}

void TemplateForm::load()
{
    if (!m_app || m_ref.isEmpty()) {
        if (m_loaded || !m_error.isEmpty()) {
            beginResetModel();
            m_loaded = false;
            m_error.clear();
            m_fields.clear();
            m_options.clear();
            endResetModel();
            Q_EMIT templateChanged();
        }
        return;
    }
    const QString ref = EntityRef::canonical(m_ref, u"template");
    const auto entity = m_app->catalog()->fullEntity(ref);
    if (!entity || entity->kind.compare(u"Template", Qt::CaseInsensitive) != 0) {
        beginResetModel();
        m_loaded = false;
        m_error = tr("No template %1 in the catalog").arg(m_ref);
        m_fields.clear();
        m_options.clear();
        endResetModel();
        Q_EMIT templateChanged();
        return;
    }
    // QJsonObject sorts keys; the fields follow the file's order when it can be read.
    // A synced template's file is not on disk, but the cache keeps the
    // files a source was read from (for re-checks): read the order there.
    form::KeyOrder order;
    QFile file(entity->file);
    if (!entity->file.contains(u"://")) {
        if (file.open(QIODevice::ReadOnly))
            order = form::keyOrderFromYaml(file.readAll(), entity->document);
    } else if (!m_app->cachePath().isEmpty()) {
        CatalogStore store;
        if (store.open(m_app->cachePath()))
            for (const SourceFile &f : store.sourceFiles(entity->source))
                if (f.url == entity->file)
                    order = form::keyOrderFromYaml(f.content, entity->document);
    }
    if (order.isEmpty())
        qCDebug(lcForm) << "no key order for" << ref << "from" << entity->file;
    setTemplate(ref, entity->data, order, entity->file);
}

void TemplateForm::setTemplate(const QString &ref, const QJsonObject &document, const form::KeyOrder &order,
                               const QString &location)
{
    beginResetModel();
    m_ref = ref;
    m_location = location;
    m_document = document;
    m_schema = FormSchema::fromParameters(document.value(u"spec").toObject().value(u"parameters"), order);
    const QJsonObject metadata = document.value(u"metadata").toObject();
    m_title = metadata.value(u"title").toString();
    if (m_title.isEmpty())
        m_title = metadata.value(u"name").toString();
    m_description = metadata.value(u"description").toString().trimmed();
    m_loaded = true;
    m_error.clear();
    m_values = {};
    m_choices.clear();
    m_touched.clear();
    m_showAll = false;
    m_step = 0;
    m_fields.clear();
    m_options.clear();
    endResetModel();
    updatePages();
    for (int p = 0; p < m_schema.pageCount(); ++p)
        m_values = m_schema.withDefaults(p, m_values, m_choices);
    updatePages();
    // Another template's pages may have the same indexes but not the same titles.
    Q_EMIT pagesChanged();
    Q_EMIT templateChanged();
    Q_EMIT currentStepChanged();
    rebuild();
}

bool TemplateForm::openFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = QFileInfo(url.isLocalFile() ? url.toLocalFile() : pathOrUrl).absoluteFilePath();
    auto fail = [this](const QString &why) {
        beginResetModel();
        m_ref.clear();
        m_loaded = false;
        m_error = why;
        m_fields.clear();
        m_options.clear();
        endResetModel();
        Q_EMIT templateChanged();
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray yaml = file.read(4 * 1024 * 1024);
    const YamlParseResult parsed = parseYaml(yaml, path);
    for (const Diagnostic &d : parsed.diagnostics)
        if (d.severity == Severity::Error)
            return fail(QStringLiteral("%1:%2:%3: %4").arg(path).arg(d.line).arg(d.column).arg(d.message));
    for (const YamlDocument &doc : parsed.documents) {
        const QJsonObject o = doc.root.toObject();
        if (o.value(u"kind").toString().compare(u"Template", Qt::CaseInsensitive) != 0)
            continue;
        const QJsonObject metadata = o.value(u"metadata").toObject();
        const QString ns = metadata.value(u"namespace").toString(QStringLiteral("default"));
        setTemplate(QStringLiteral("template:%1/%2").arg(ns, metadata.value(u"name").toString()).toLower(), o,
                    form::keyOrderFromYaml(yaml, doc.rawIndex), path);
        return true;
    }
    return fail(tr("%1 holds no Template (kind: Template)").arg(path));
}

void TemplateForm::reset()
{
    if (m_loaded)
        setTemplate(m_ref, m_document, {}, m_location);
}

void TemplateForm::updatePages()
{
    QList<int> pages;
    const QJsonObject context{{QStringLiteral("parameters"), FormSchema::clean(m_values)}};
    for (int p = 0; p < m_schema.pageCount(); ++p) {
        const QJsonValue when = m_schema.pages().at(p).when;
        if (!when.isUndefined()) {
            tmpl::Error error;
            const QJsonValue v = tmpl::renderValue(when, context, &error);
            if (error.message.isEmpty() && !tmpl::isTruthy(v))
                continue;
        }
        pages << p;
    }
    if (pages != m_visiblePages) {
        m_visiblePages = pages;
        Q_EMIT pagesChanged();
    }
}

int TemplateForm::schemaPage() const
{
    return m_step < m_visiblePages.size() ? m_visiblePages.at(m_step) : -1;
}

QStringList TemplateForm::stepTitles() const
{
    QStringList out;
    for (int p : m_visiblePages) {
        const QString t = m_schema.pages().at(p).title;
        out << (t.isEmpty() ? tr("Step %1").arg(out.size() + 1) : t);
    }
    if (m_loaded)
        out << tr("Review");
    return out;
}

QString TemplateForm::pageTitle() const
{
    const QStringList titles = stepTitles();
    return m_step < titles.size() ? titles.at(m_step) : QString();
}

QString TemplateForm::pageDescription() const
{
    const int p = schemaPage();
    return p < 0 ? QString() : m_schema.pages().at(p).description.trimmed();
}

QStringList TemplateForm::pageErrors() const
{
    return m_showAll && m_errors.contains(QString()) ? QStringList{m_errors.value(QString())} : QStringList();
}

QString TemplateForm::noticeFor(const Field &f) const
{
    if (f.unsupportedWhat.isEmpty())
        return {};
    const auto space = f.unsupportedWhat.indexOf(u' ');
    return tr("Field %1 uses %2 %3, which Atrium does not support")
        .arg(f.key.isEmpty() ? f.title : f.key, f.unsupportedWhat.left(space), f.unsupportedWhat.mid(space + 1));
}

QString TemplateForm::errorText(const FieldError &e, const Field *field)
{
    switch (e.code) {
    case FieldError::Required: return tr("Required");
    case FieldError::Pattern: return tr("Must match %1").arg(e.arg);
    case FieldError::MinLength: return tr("Must be at least %n character(s)", nullptr, e.arg.toInt());
    case FieldError::MaxLength: return tr("Must be at most %n character(s)", nullptr, e.arg.toInt());
    case FieldError::Minimum: return tr("Must be at least %1").arg(e.arg);
    case FieldError::Maximum: return tr("Must be at most %1").arg(e.arg);
    case FieldError::Enum: return tr("Must be one of the allowed values");
    case FieldError::Type:
        if (e.arg == u"integer")
            return tr("Must be a whole number");
        if (e.arg == u"number")
            return tr("Must be a number");
        return tr("Must be of type %1").arg(e.arg);
    case FieldError::Format: return tr("Must be a valid %1").arg(e.arg);
    case FieldError::MinItems: return tr("Choose at least %n", nullptr, e.arg.toInt());
    case FieldError::MaxItems: return tr("Choose at most %n", nullptr, e.arg.toInt());
    case FieldError::UniqueItems: return tr("Each value may appear once");
    case FieldError::EntityName:
        return tr("Must start and end with a letter or digit, contain only letters, digits, '-', '_' and '.', "
                  "and be at most 63 characters long");
    case FieldError::RepoUrl:
        if (e.arg == u"host")
            return tr("Incomplete repository location: choose a host");
        if (e.arg == u"owner")
            return tr("Incomplete repository location: enter an owner");
        return tr("Incomplete repository location: enter a repository name");
    case FieldError::Tag:
        return tr("Tag '%1' must be lower-case letters, digits, ':', '+' or '#', in words joined by '-', at most 63 characters").arg(e.arg);
    case FieldError::Other: break;
    }
    if (field)
        return tr("Invalid value: %1").arg(e.detail);
    return e.detail;
}

QHash<QString, QString> TemplateForm::allErrors() const
{
    return m_errors;
}

QStringList TemplateForm::fieldsSignature() const
{
    QStringList sig;
    for (int i = 0; i < m_fields.size(); ++i)
        sig << m_fields.at(i).path + u'|' + kindName(m_fields.at(i).kind) + u'|'
                + QString::number(m_options.value(i).size()) + u'|' + noticeFor(m_fields.at(i))
                + (m_fields.at(i).required ? QStringLiteral("*") : QString());
    return sig;
}

QVariantList TemplateForm::optionsFor(const Field &f) const
{
    QVariantList out;
    auto option = [](const QVariant &value, const QString &label) {
        return QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
    };
    switch (f.kind) {
    case FieldKind::Select:
    case FieldKind::Radio:
    case FieldKind::MultiSelect:
    case FieldKind::OneOfChoice:
        for (int i = 0; i < f.enumValues.size(); ++i)
            out << option(f.enumValues.at(i).toVariant(), f.enumLabels.value(i));
        return out;
    case FieldKind::EntityPicker:
    case FieldKind::MultiEntityPicker:
    case FieldKind::EntityTags:
        break;
    default:
        return out;
    }
    if (!m_app)
        return out;
    const CatalogModel *catalog = m_app->catalog();
    const QJsonObject o = f.uiOptions;
    if (f.kind == FieldKind::EntityTags) {
        // Suggestions: the tags in use, of the kinds asked for.
        const QStringList kinds = stringList(o.value(u"kinds"));
        QStringList tags;
        for (int r = 0; r < catalog->count(); ++r) {
            const Entity &e = catalog->entityAt(r);
            if (!kinds.isEmpty() && !matchesValue({e.kind}, QJsonArray::fromStringList(kinds)))
                continue;
            for (const QString &t : e.tags)
                if (!tags.contains(t))
                    tags << t;
        }
        tags.sort();
        for (const QString &t : tags)
            out << option(t, t);
        return out;
    }
    QJsonValue filter = o.value(u"catalogFilter");
    if (filter.isUndefined() && o.contains(u"allowedKinds"))
        filter = QJsonObject{{QStringLiteral("kind"), o.value(u"allowedKinds")}};
    if (filter.isUndefined() && (f.uiField == u"OwnerPicker"))
        filter = QJsonObject{{QStringLiteral("kind"), QJsonArray{QStringLiteral("Group"), QStringLiteral("User")}}};
    const QString defaultKind = o.value(u"defaultKind").toString(
        f.uiField == u"OwnerPicker" || f.uiField == u"MyGroupsPicker" ? QStringLiteral("Group") : QString());
    const QStringList mine = m_app->myOwners();
    for (int r = 0; r < catalog->count(); ++r) {
        const Entity &e = catalog->entityAt(r);
        if (!filter.isUndefined() && !matchesFilter(e, filter))
            continue;
        if (f.uiField == u"OwnedEntityPicker" && !mine.contains(e.owner))
            continue;
        if (f.uiField == u"MyGroupsPicker" && (e.kind.compare(u"Group", Qt::CaseInsensitive) != 0 || !mine.contains(e.ref())))
            continue;
        const QString ref = e.ref();
        QString label = CatalogModel::displayRef(ref, defaultKind.toLower());
        if (!e.title.isEmpty())
            label = e.title + QStringLiteral(" (") + label + u')';
        out << option(ref, label);
    }
    std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("label")).toString().compare(
                   b.toMap().value(QStringLiteral("label")).toString(), Qt::CaseInsensitive) < 0;
    });
    return out;
}

void TemplateForm::rebuild()
{
    const int page = schemaPage();
    const QStringList before = fieldsSignature();
    QList<Field> fields = page >= 0 ? m_schema.fields(page, m_values, m_choices) : QList<Field>();
    // Fields that just appeared get their defaults.
    if (page >= 0) {
        const QJsonObject filled = m_schema.withDefaults(page, m_values, m_choices);
        if (filled != m_values) {
            m_values = filled;
            fields = m_schema.fields(page, m_values, m_choices);
        }
    }
    QList<QVariantList> options;
    for (const Field &f : fields)
        options << optionsFor(f);
    QHash<QString, QString> errors;
    if (page >= 0) {
        for (const FieldError &e : m_schema.validate(page, m_values, m_choices)) {
            const Field *field = nullptr;
            for (const Field &f : fields)
                if (f.path == e.path)
                    field = &f;
            if (!errors.contains(e.path))
                errors.insert(e.path, errorText(e, field));
        }
    }
    const QList<Field> oldFields = m_fields;
    const QList<QVariantList> oldOptions = m_options;
    m_fields = fields;
    m_options = options;
    const QStringList after = fieldsSignature();
    if (before != after) {
        // Only the rows that differ are removed and inserted: the rows
        // before and after them keep their delegates, so the input being
        // typed in keeps the keyboard when a conditional field appears.
        qsizetype head = 0;
        while (head < before.size() && head < after.size() && before[head] == after[head])
            ++head;
        qsizetype tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
               && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
            ++tail;
        qCDebug(lcForm) << "fields changed:" << before.mid(head, before.size() - head - tail) << "->" << after.mid(head, after.size() - head - tail);
        const int removed = int(before.size() - head - tail);
        const int inserted = int(after.size() - head - tail);
        m_fields = oldFields;
        m_options = oldOptions;
        if (removed > 0) {
            beginRemoveRows({}, int(head), int(head) + removed - 1);
            m_fields.remove(head, removed);
            m_options.remove(head, removed);
            endRemoveRows();
        }
        if (inserted > 0) {
            beginInsertRows({}, int(head), int(head) + inserted - 1);
            m_fields = fields;
            m_options = options;
            endInsertRows();
        }
        m_fields = fields;
        m_options = options;
    }
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1));
    const bool validityChanged = errors != m_errors;
    m_errors = errors;
    if (validityChanged)
        Q_EMIT validationChanged();
    Q_EMIT valuesChanged();
}

QVariant TemplateForm::valueAt(const QString &path) const
{
    return FormSchema::valueAt(m_values, path).toVariant();
}

void TemplateForm::setValue(const QString &path, const QVariant &value)
{
    if (path.startsWith(u"oneOf:")) {
        m_choices.insert(path.mid(6), value.toInt());
        m_touched.insert(path);
        rebuild();
        return;
    }
    QJsonValue v = QJsonValue::fromVariant(value);
    // Numbers come from text inputs as text.
    for (const Field &f : std::as_const(m_fields)) {
        if (f.path != path)
            continue;
        if ((f.kind == FieldKind::Integer || f.kind == FieldKind::Number) && v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (v.toString().trimmed().isEmpty())
                v = QJsonValue(QJsonValue::Undefined);
            else if (ok)
                v = d;
        }
        if (f.kind == FieldKind::EntityPicker && v.isString() && !v.toString().isEmpty()) {
            // Typed by hand: as Backstage, parsed with the picker's defaults.
            const QString kind = f.uiOptions.value(u"defaultKind").toString(
                f.uiField == u"OwnerPicker" ? QStringLiteral("Group") : QString());
            const QString ns = f.uiOptions.value(u"defaultNamespace").toString(QStringLiteral("default"));
            const QString canonical = EntityRef::canonical(v.toString(), kind.toLower(), ns);
            if (!canonical.isEmpty())
                v = canonical;
        }
    }
    if (FormSchema::valueAt(m_values, path) == v && m_touched.contains(path))
        return;
    m_values = FormSchema::withValueAt(m_values, path, v);
    m_touched.insert(path);
    updatePages();
    rebuild();
}

void TemplateForm::setOption(const QString &path, int index)
{
    for (int r = 0; r < m_fields.size(); ++r) {
        if (m_fields.at(r).path != path)
            continue;
        const QVariantList opts = m_options.value(r);
        if (index >= 0 && index < opts.size())
            setValue(path, opts.at(index).toMap().value(QStringLiteral("value")));
        else
            setValue(path, QVariant());
        return;
    }
}

void TemplateForm::toggleValue(const QString &path, const QVariant &value, bool on)
{
    QJsonArray list = FormSchema::valueAt(m_values, path).toArray();
    const QJsonValue v = QJsonValue::fromVariant(value);
    if (on && !list.contains(v))
        list.append(v);
    if (!on)
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            if (list.at(i) == v)
                list.removeAt(i);
    setValue(path, list.toVariantList());
}

void TemplateForm::addItem(const QString &path)
{
    QJsonArray list = FormSchema::valueAt(m_values, path).toArray();
    list.append(QJsonObject());
    m_values = FormSchema::withValueAt(m_values, path, list);
    m_touched.insert(path);
    rebuild();
}

void TemplateForm::removeItem(const QString &path, int index)
{
    QJsonArray list = FormSchema::valueAt(m_values, path).toArray();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    m_values = FormSchema::withValueAt(m_values, path, list);
    m_touched.insert(path);
    rebuild();
}

void TemplateForm::setRepoPart(const QString &path, const QString &part, const QString &text)
{
    const QModelIndex idx = [&] {
        for (int r = 0; r < m_fields.size(); ++r)
            if (m_fields.at(r).path == path)
                return index(r);
        return QModelIndex();
    }();
    if (!idx.isValid())
        return;
    QVariantMap parts = data(idx, RepoPartsRole).toMap();
    parts.insert(part, text.trimmed());
    setValue(path, FormSchema::composeRepoUrl(parts.value(QStringLiteral("host")).toString(),
                                              parts.value(QStringLiteral("owner")).toString(),
                                              parts.value(QStringLiteral("repo")).toString()));
}

bool TemplateForm::next()
{
    if (!m_loaded || reviewing())
        return false;
    if (!pageValid()) {
        m_showAll = true;
        if (!m_fields.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), {ErrorRole});
        Q_EMIT validationChanged();
        return false;
    }
    goToStep(m_step + 1);
    return true;
}

void TemplateForm::back()
{
    if (m_step > 0)
        goToStep(m_step - 1);
}

void TemplateForm::goToStep(int step)
{
    step = qBound(0, step, pageCount());
    if (step == m_step)
        return;
    m_step = step;
    m_showAll = false;
    Q_EMIT currentStepChanged();
    rebuild();
}

QJsonObject TemplateForm::parameters() const
{
    QJsonObject out;
    for (int p : m_visiblePages) {
        const QList<Field> fields = m_schema.fields(p, m_values, m_choices);
        QStringList lists;
        for (const Field &f : fields) {
            if (f.kind == FieldKind::Group || f.kind == FieldKind::OneOfChoice || f.kind == FieldKind::ObjectItem)
                continue;
            bool inList = false;
            for (const QString &l : lists)
                inList = inList || f.path.startsWith(l + u'/');
            if (inList)
                continue;
            if (f.kind == FieldKind::ObjectList)
                lists << f.path;
            if (f.uiField == u"Secret")
                continue; // secrets(), never the parameters
            const QJsonValue v = FormSchema::clean(FormSchema::valueAt(m_values, f.path));
            if (!v.isUndefined())
                out = FormSchema::withValueAt(out, f.path, v);
        }
    }
    return out;
}

QJsonObject TemplateForm::secrets() const
{
    QJsonObject out;
    for (int p : m_visiblePages)
        for (const Field &f : m_schema.fields(p, m_values, m_choices))
            if (f.uiField == u"Secret") {
                const QJsonValue v = FormSchema::clean(FormSchema::valueAt(m_values, f.path));
                if (!v.isUndefined())
                    out.insert(f.key, v);
            }
    return out;
}

QString TemplateForm::parametersJson() const
{
    return QString::fromUtf8(QJsonDocument(parameters()).toJson(QJsonDocument::Indented));
}

QVariantList TemplateForm::reviewItems() const
{
    QVariantList out;
    const QStringList titles = stepTitles();
    for (int i = 0; i < m_visiblePages.size(); ++i) {
        for (const Field &f : m_schema.fields(m_visiblePages.at(i), m_values, m_choices)) {
            if (f.kind == FieldKind::Group || f.kind == FieldKind::ObjectList || f.kind == FieldKind::ObjectItem)
                continue;
            QJsonValue v = f.kind == FieldKind::OneOfChoice ? QJsonValue(f.defaultValue)
                                                            : FormSchema::clean(FormSchema::valueAt(m_values, f.path));
            if (v.isUndefined())
                continue;
            // As Backstage's review step: `ui:backstage.review` first, then
            // passwords masked, then enum values by their names.
            const QJsonObject review = f.schema.value(u"ui:backstage").toObject().value(u"review").toObject();
            QString text;
            if (review.value(u"show") == QJsonValue(false))
                continue;
            if (review.contains(u"mask"))
                text = review.value(u"mask").toString();
            else if (f.uiWidget == u"password" || f.uiField.startsWith(u"Secret"))
                text = QStringLiteral("******");
            else if (!f.enumValues.isEmpty() && !v.isArray()) {
                const auto at = indexIn(f.enumValues, v);
                text = at >= 0 ? f.enumLabels.value(at) : displayValue(v);
            } else if (!f.enumValues.isEmpty()) {
                QStringList labels;
                for (const auto &x : v.toArray()) {
                    const auto at = indexIn(f.enumValues, x);
                    labels << (at >= 0 ? f.enumLabels.value(at) : displayValue(x));
                }
                text = labels.join(QStringLiteral(", "));
            } else {
                text = displayValue(v);
            }
            out << QVariantMap{{QStringLiteral("step"), titles.value(i)},
                               {QStringLiteral("title"), f.title.isEmpty() ? f.key : f.title},
                               {QStringLiteral("path"), f.path},
                               {QStringLiteral("value"), text}};
        }
    }
    return out;
}

} // namespace atrium
