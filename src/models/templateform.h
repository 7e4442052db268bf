// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "appcontroller.h"
#include "formschema.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/**
 * The wizard form of one Software Template: the fields of the current page
 * (one row each, nested fields flattened with a depth), their values and
 * validation messages, the pages, and the review. Pickers list entities of
 * the open catalog. Set `app` and `templateRef`; the rows follow the values.
 */
class TemplateForm : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString templateRef READ templateRef WRITE setTemplateRef NOTIFY templateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY templateChanged)
    Q_PROPERTY(QString error READ error NOTIFY templateChanged)
    Q_PROPERTY(QString title READ title NOTIFY templateChanged)
    Q_PROPERTY(QString description READ description NOTIFY templateChanged)
    /** The pages shown (a page whose `when` is false is left out), then "Review". */
    Q_PROPERTY(QStringList stepTitles READ stepTitles NOTIFY pagesChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pagesChanged)
    /** Index into stepTitles; pageCount means the review. */
    Q_PROPERTY(int currentStep READ currentStep NOTIFY currentStepChanged)
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY currentStepChanged)
    Q_PROPERTY(QString pageTitle READ pageTitle NOTIFY currentStepChanged)
    Q_PROPERTY(QString pageDescription READ pageDescription NOTIFY currentStepChanged)
    Q_PROPERTY(bool pageValid READ pageValid NOTIFY validationChanged)
    /** Problems of the page that belong to no field. */
    Q_PROPERTY(QStringList pageErrors READ pageErrors NOTIFY validationChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY currentStepChanged)
    /** Review rows: {step, title, value}, masked and hidden as the template asks. */
    Q_PROPERTY(QVariantList reviewItems READ reviewItems NOTIFY valuesChanged)
    Q_PROPERTY(QString parametersJson READ parametersJson NOTIFY valuesChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole,        ///< text, textarea, password, integer, number, boolean, select, radio,
                         ///< multiselect, stringlist, group, objectlist, objectitem, oneof,
                         ///< entity, entities, tags, repourl, unsupported
        TitleRole,
        DescriptionRole,
        HelpRole,
        PlaceholderRole,
        RequiredRole,
        AutofocusRole,
        DepthRole,
        ValueRole,       ///< the value as QML sees it
        TextRole,        ///< the value as text for a text input
        ErrorRole,       ///< shown once the field was touched (or Next was tried)
        OptionsRole,     ///< [{value, label}] for enums and pickers
        SelectedIndexRole, ///< index of the value in options, or -1
        NoticeRole,      ///< "Field X uses ui:field Foo, which Atrium does not support", or empty
        EditableRole,    ///< a picker that takes values outside its options
        MinimumRole,
        MaximumRole,
        RepoPartsRole,   ///< {host, owner, repo, hosts[], owners[], repos[]}
        ItemIndexRole,
    };
    Q_ENUM(Role)

    explicit TemplateForm(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString templateRef() const { return m_ref; }
    void setTemplateRef(const QString &ref);
    /** Loads a Template document directly (tests, and templates not in the catalog). */
    void setTemplate(const QString &ref, const QJsonObject &document, const form::KeyOrder &order = {},
                     const QString &location = QString());

    /** Opens a local template file (a template being written, before it is
     *  published): its first Template document, with the file's key order.
     *  @p pathOrUrl is a path or a file: URL. False, with `error` set, when
     *  it cannot be read or holds no Template. */
    Q_INVOKABLE bool openFile(const QString &pathOrUrl);

    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString title() const { return m_title; }
    QString description() const { return m_description; }
    QStringList stepTitles() const;
    int pageCount() const { return int(m_visiblePages.size()); }
    int currentStep() const { return m_step; }
    bool reviewing() const { return m_loaded && m_step >= pageCount(); }
    QString pageTitle() const;
    QString pageDescription() const;
    bool pageValid() const { return m_errors.isEmpty(); }
    QStringList pageErrors() const;
    bool canGoBack() const { return m_step > 0; }
    QVariantList reviewItems() const;
    QString parametersJson() const;

    /** The values as the runner takes them: only fields shown, emptied ones dropped. */
    QJsonObject parameters() const;
    /** The `ui:field: Secret` values by key, which parameters() leaves out. */
    QJsonObject secrets() const;
    QJsonObject values() const { return m_values; }
    QJsonObject templateDocument() const { return m_document; }
    QString templateLocation() const { return m_location; }
    const form::FormSchema &schema() const { return m_schema; }
    /** The fields of the current page (tests). */
    const QList<form::Field> &fields() const { return m_fields; }
    /** The message of every problem of the current page by field path, shown or not (tests). */
    QHash<QString, QString> allErrors() const;
    /** Every problem of every field of every page, and the fields named as unsupported (tests). */
    static QString errorText(const form::FieldError &e, const form::Field *field);

    Q_INVOKABLE void setValue(const QString &path, const QVariant &value);
    /** Sets an enum or picker field to its option @p index. */
    Q_INVOKABLE void setOption(const QString &path, int index);
    /** Adds or removes @p value in a multi-select, a picker of several or a list. */
    Q_INVOKABLE void toggleValue(const QString &path, const QVariant &value, bool on);
    Q_INVOKABLE void addItem(const QString &path);
    Q_INVOKABLE void removeItem(const QString &path, int index);
    /** RepoUrlPicker: sets @p part (host, owner or repo). */
    Q_INVOKABLE void setRepoPart(const QString &path, const QString &part, const QString &text);
    Q_INVOKABLE QVariant valueAt(const QString &path) const;
    /** Next page, or the review after the last; shows every message of an
     *  invalid page instead. Returns whether it moved. */
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void goToStep(int step);
    /** Back to the first page with the defaults only. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void appChanged();
    void templateChanged();
    void pagesChanged();
    void currentStepChanged();
    void validationChanged();
    void valuesChanged();

private:
    void load();
    void rebuild();
    int schemaPage() const;
    void updatePages();
    QVariantList optionsFor(const form::Field &f) const;
    QStringList fieldsSignature() const;
    QString noticeFor(const form::Field &f) const;

    QPointer<AppController> m_app;
    QString m_ref;
    bool m_loaded = false;
    QString m_error;
    QString m_title;
    QString m_description;
    QJsonObject m_document;
    QString m_location;
    form::FormSchema m_schema;
    QList<int> m_visiblePages; ///< schema page indexes whose `when` holds
    int m_step = 0;
    QJsonObject m_values;
    QHash<QString, int> m_choices;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QList<form::Field> m_fields;
    QList<QVariantList> m_options; ///< per row
    QHash<QString, QString> m_errors; ///< path (empty: the page) → message
};

} // namespace atrium
