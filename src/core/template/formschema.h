// SPDX-License-Identifier: Apache-2.0
#pragma once

// The form of a Software Template: `spec.parameters` (one JSON Schema or a
// list of pages) turned into the fields to show for the current values, as
// react-jsonschema-form does in Backstage's scaffolder. Pure schema logic,
// Qt Core only; the models layer adds the catalog (pickers) and the words.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace atrium::form {

/** How a field is edited. */
enum class FieldKind {
    Text,
    TextArea,
    Password,
    Integer,
    Number,
    Boolean,
    Select,       ///< an enum as a drop-down
    Radio,        ///< an enum as radio buttons
    MultiSelect,  ///< an array of enum items, as check boxes
    StringList,   ///< an array of free strings
    Group,        ///< a nested object: a heading, its fields follow one level deeper
    ObjectList,   ///< an array of objects: a heading with "Add"; items follow
    ObjectItem,   ///< one item of an ObjectList: a heading with "Remove"; its fields follow
    OneOfChoice,  ///< which `oneOf` branch of an object applies
    EntityPicker, ///< EntityPicker, OwnerPicker, OwnedEntityPicker, MyGroupsPicker
    MultiEntityPicker,
    EntityTags,   ///< EntityTagsPicker
    RepoUrl,      ///< RepoUrlPicker
    Unsupported,  ///< shown by name, not editable
};

/** One field of a page, for the current values. */
struct Field {
    QString path;        ///< `a/b/0/c`: keys and array indexes from the parameters' root
    QString key;         ///< the last key
    QString title;       ///< `title`, or the key
    QString description;
    QString help;        ///< ui:help
    QString placeholder; ///< ui:placeholder
    FieldKind kind = FieldKind::Text;
    QString uiField;     ///< as written
    QString uiWidget;    ///< as written
    QJsonObject uiOptions;
    QJsonObject schema;  ///< the property's effective schema, ui keys included
    bool required = false;
    bool autofocus = false;
    int depth = 0;
    QJsonArray enumValues;
    QStringList enumLabels; ///< enumNames, or the values as text
    /** Non-empty when the field uses something Atrium does not support:
     *  the field is still shown, editable as text when it is a string. */
    QString unsupportedWhat; ///< e.g. `ui:field Foo`
    QJsonValue defaultValue;
    int itemIndex = -1;  ///< ObjectItem: its index
};

/** A validation problem, located; the models layer words it. */
struct FieldError {
    enum Code { Required, Pattern, MinLength, MaxLength, Minimum, Maximum, Enum, Type,
                Format, MinItems, MaxItems, UniqueItems, EntityName, RepoUrl, Tag, Other };
    QString path; ///< of the field; empty for the page as a whole
    Code code = Other;
    QString arg;  ///< the pattern, the bound, the format...
    QString detail; ///< the validator's own words
};

/** One page of the form. */
struct Page {
    QString title;
    QString description;
    QJsonObject schema; ///< as written (ui keys included), with key-order hints
    QJsonValue when;    ///< list form's `when`, or undefined
};

/** Key order of every mapping of a YAML text, by JSON pointer (`/spec/parameters/0`).
 *  QJsonObject sorts keys; the form must follow the order of the file. */
using KeyOrder = QHash<QString, QStringList>;
KeyOrder keyOrderFromYaml(const QByteArray &yaml, int document);

class FormSchema
{
public:
    FormSchema() = default;
    /** @p parameters is `spec.parameters`; @p order gives the order of
     *  mappings under @p pointer (the parameters' JSON pointer in @p order). */
    static FormSchema fromParameters(const QJsonValue &parameters, const KeyOrder &order = {},
                                     const QString &pointer = QStringLiteral("/spec/parameters"));

    const QList<Page> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }

    /** The page's object schema with `allOf`, `if`/`then`/`else`,
     *  `dependencies` and object `oneOf` applied for @p values. */
    QJsonObject resolvedPage(int page, const QJsonObject &values, const QHash<QString, int> &choices = {}) const;
    /** The fields of @p page for @p values, in display order. */
    QList<Field> fields(int page, const QJsonObject &values, const QHash<QString, int> &choices = {}) const;
    /** @p values with the defaults of the page's visible fields filled in
     *  where no value is set. */
    QJsonObject withDefaults(int page, QJsonObject values, const QHash<QString, int> &choices = {}) const;
    /** Problems of @p page for @p values: JSON Schema (valijson, draft-07)
     *  plus the pickers' own rules. */
    QList<FieldError> validate(int page, const QJsonObject &values, const QHash<QString, int> &choices = {}) const;

    /** The schema as a draft-07 validator reads it: `ui:*` keys (and the
     *  hints Atrium adds) removed, at every level. */
    static QJsonObject stripUi(const QJsonObject &schema);
    /** Values as the form submits them: empty strings, empty objects and
     *  nulls dropped (react-jsonschema-form turns an emptied input into
     *  undefined, which `required` then catches). */
    static QJsonValue clean(const QJsonValue &value);
    /** Whether @p value is valid against @p schema (draft-07, ui keys ignored). */
    static bool isValid(const QJsonObject &schema, const QJsonValue &value);

    static QJsonValue valueAt(const QJsonObject &root, const QString &path);
    static QJsonObject withValueAt(QJsonObject root, const QString &path, const QJsonValue &value);

    /** RepoUrlPicker's value `host?owner=X&repo=Y` split into host and query keys. */
    static QHash<QString, QString> parseRepoUrl(const QString &value);
    static QString composeRepoUrl(const QString &host, const QString &owner, const QString &repo);
    /** Backstage's entity name rule (EntityNamePicker). */
    static bool isValidEntityName(const QString &name);

private:
    QList<Page> m_pages;
};

} // namespace atrium::form
