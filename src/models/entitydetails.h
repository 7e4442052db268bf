// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogmodel.h"
#include "problemsmodel.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

struct Entity;

/** One entity of the catalog, looked up by ref, as properties for the
 *  detail panel. Lists are arrays of plain objects so that views can use
 *  them as Repeater models:
 *  - labels, annotations: `{key, value, isUrl}`
 *  - links: `{url, title, icon}`
 *  - specFields: `{key, value}` (the spec fields not shown in the header,
 *    long values shortened)
 *  - relationGroups: `{type, label, targets: [{ref, kind, name, title, found}]}`
 *  - problems: `{severity, location, message}` */
class EntityDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::CatalogModel *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(atrium::ProblemsModel *problemsModel READ problemsModel WRITE setProblemsModel NOTIFY problemsModelChanged)
    Q_PROPERTY(QString ref READ ref WRITE setRef NOTIFY refChanged)

    Q_PROPERTY(bool found READ found NOTIFY detailsChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY detailsChanged)
    Q_PROPERTY(QString name READ name NOTIFY detailsChanged)
    Q_PROPERTY(QString namespaceName READ ns NOTIFY detailsChanged)
    Q_PROPERTY(QString title READ title NOTIFY detailsChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY detailsChanged)
    Q_PROPERTY(QString description READ description NOTIFY detailsChanged)
    Q_PROPERTY(QString type READ type NOTIFY detailsChanged)
    Q_PROPERTY(QString lifecycle READ lifecycle NOTIFY detailsChanged)
    Q_PROPERTY(QString owner READ owner NOTIFY detailsChanged)
    Q_PROPERTY(QString ownerRef READ ownerRef NOTIFY detailsChanged)
    Q_PROPERTY(bool ownerFound READ ownerFound NOTIFY detailsChanged)
    Q_PROPERTY(QString system READ system NOTIFY detailsChanged)
    Q_PROPERTY(QString systemRef READ systemRef NOTIFY detailsChanged)
    Q_PROPERTY(bool systemFound READ systemFound NOTIFY detailsChanged)
    /** True for a System, whose "system" field is its domain. */
    Q_PROPERTY(bool systemIsDomain READ systemIsDomain NOTIFY detailsChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList annotations READ annotations NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList links READ links NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList specFields READ specFields NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList relationGroups READ relationGroups NOTIFY detailsChanged)
    Q_PROPERTY(QVariantList problems READ problems NOTIFY detailsChanged)
    /** The descriptor as YAML (after placeholder substitution). */
    Q_PROPERTY(QString yaml READ yaml NOTIFY detailsChanged)
    /** Well-known annotations made useful: `{title, value, url}`, e.g. the
     *  GitHub repository, source and edit links, PagerDuty, Argo CD. */
    Q_PROPERTY(QVariantList quickLinks READ quickLinks NOTIFY detailsChanged)
    Q_PROPERTY(bool isApi READ isApi NOTIFY detailsChanged)
    /** spec.definition of an API entity, as text. */
    Q_PROPERTY(QString apiDefinition READ apiDefinition NOTIFY detailsChanged)
    /** The definition as highlighted rich text (`<pre>` HTML). */
    Q_PROPERTY(QString apiDefinitionHtml READ apiDefinitionHtml NOTIFY detailsChanged)
    /** OpenAPI/Swagger only: `OpenAPI 3.0.3 · Order API 2.4.0`. */
    Q_PROPERTY(QString apiSummary READ apiSummary NOTIFY detailsChanged)
    /** OpenAPI/Swagger: `{method, path, summary, description, operationId,
     *  deprecated, parameters: [{name, in, type, required, description}],
     *  requestBody, responses: [{code, description, type}]}`. */
    Q_PROPERTY(QVariantList apiOperations READ apiOperations NOTIFY detailsChanged)
    /** Why an OpenAPI definition could not be read; empty otherwise. */
    Q_PROPERTY(QString apiError READ apiError NOTIFY detailsChanged)
    /** Where the entity was read from, `FILE:LINE`. */
    Q_PROPERTY(QString location READ location NOTIFY detailsChanged)

public:
    explicit EntityDetails(QObject *parent = nullptr);

    CatalogModel *catalog() const { return m_catalog; }
    void setCatalog(CatalogModel *catalog);
    ProblemsModel *problemsModel() const { return m_problems; }
    void setProblemsModel(ProblemsModel *problems);
    QString ref() const { return m_ref; }
    void setRef(const QString &ref);

    bool found() const { return m_found; }
    QString kind() const { return m_kind; }
    QString name() const { return m_name; }
    QString ns() const { return m_ns; }
    QString title() const { return m_title; }
    QString displayName() const { return m_title.isEmpty() ? m_name : m_title; }
    QString description() const { return m_description; }
    QString type() const { return m_type; }
    QString lifecycle() const { return m_lifecycle; }
    QString owner() const { return m_owner; }
    QString ownerRef() const { return m_ownerRef; }
    bool ownerFound() const { return m_ownerFound; }
    QString system() const { return m_system; }
    QString systemRef() const { return m_systemRef; }
    bool systemFound() const { return m_systemFound; }
    bool systemIsDomain() const { return m_systemIsDomain; }
    QStringList tags() const { return m_tags; }
    QVariantList labels() const { return m_labels; }
    QVariantList annotations() const { return m_annotations; }
    QVariantList links() const { return m_links; }
    QVariantList specFields() const { return m_specFields; }
    QVariantList relationGroups() const { return m_relationGroups; }
    QVariantList problems() const { return m_problemList; }
    QString location() const { return m_location; }
    QString yaml() const { return m_yaml; }
    QVariantList quickLinks() const { return m_quickLinks; }
    bool isApi() const { return m_kind.compare(u"api", Qt::CaseInsensitive) == 0; }
    QString apiDefinition() const { return m_apiDefinition; }
    QString apiSummary() const { return m_apiSummary; }
    QString apiDefinitionHtml() const;
    QVariantList apiOperations() const { return m_apiOperations; }
    QString apiError() const { return m_apiError; }
    /** Puts @p text on the clipboard (the YAML tab's Copy). */
    Q_INVOKABLE void copyText(const QString &text) const;

    /** The relation type as a reader would say it, e.g. "Depends on". */
    static QString relationLabel(const QString &type);

Q_SIGNALS:
    void catalogChanged();
    void problemsModelChanged();
    void refChanged();
    void detailsChanged();

private:
    void refresh();
    void fill(const Entity &e);

    QPointer<CatalogModel> m_catalog;
    QPointer<ProblemsModel> m_problems;
    QString m_ref;

    bool m_found = false;
    QString m_kind, m_name, m_ns, m_title, m_description, m_type, m_lifecycle;
    QString m_owner, m_ownerRef, m_system, m_systemRef, m_location;
    bool m_ownerFound = false, m_systemFound = false, m_systemIsDomain = false;
    QStringList m_tags;
    QVariantList m_labels, m_annotations, m_links, m_specFields, m_relationGroups, m_problemList;
    QString m_yaml, m_apiDefinition, m_apiSummary, m_apiError;
    QVariantList m_quickLinks, m_apiOperations;
    void fillApi(const Entity &e);
    void fillQuickLinks(const QJsonObject &annotations);
};

} // namespace atrium
