// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "problemsmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace atrium {

class ToastModel;

/**
 * The Settings page: Atrium's sources (a GitHub organisation and local
 * folders) as a form and as YAML, validated as the user types with
 * SyncConfig::parse, and saved to the configuration file.
 *
 * The YAML keeps Backstage's shape (`integrations.github[]`,
 * `catalog.providers.github.<id>`, `catalog.locations[]` of type file), so a
 * platform team's app-config can be pasted in. The form edits the first
 * GitHub provider, the Backstage backends (`atrium.backstage[]`), the Argo CD
 * instances (`argocd.appLocatorMethods[].instances[]`) and `insights:`, each
 * checked by the parser that reads it (SyncConfig, argoInstancesFromYaml,
 * InsightsConfig) with its problems at the field; a form edit changes only its own keys and leaves
 * everything else of the document as it was (other providers, unknown
 * keys), though comments go as the text is written anew.
 */
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString configPath READ configPath CONSTANT)
    Q_PROPERTY(bool exists READ exists NOTIFY savedChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY validationChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY validationChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY validationChanged)
    /** Every problem of the YAML, located (`config.yaml:LINE:COL`). */
    Q_PROPERTY(atrium::ProblemsModel *problems READ problems CONSTANT)
    /** Field name -> the first error about it, for the form. */
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY validationChanged)
    Q_PROPERTY(QVariantMap fieldWarnings READ fieldWarnings NOTIFY validationChanged)
    /** Problems no field of the form shows (YAML syntax, other providers), one a line. */
    Q_PROPERTY(QString otherProblems READ otherProblems NOTIFY validationChanged)
    Q_PROPERTY(QString yamlText READ yamlText WRITE setYamlText NOTIFY yamlTextChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY yamlTextChanged)
    /** Lines of the YAML with an error, and with a warning only. */
    Q_PROPERTY(QList<int> errorLines READ errorLines NOTIFY validationChanged)
    Q_PROPERTY(QList<int> warningLines READ warningLines NOTIFY validationChanged)
    /** Whether the YAML parses; the form follows the text only then. */
    Q_PROPERTY(bool yamlReadable READ yamlReadable NOTIFY validationChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY savedChanged)
    /** GitHub providers beyond the one the form edits (YAML only). */
    Q_PROPERTY(int otherProviders READ otherProviders NOTIFY formChanged)

    Q_PROPERTY(bool githubEnabled READ githubEnabled WRITE setGithubEnabled NOTIFY formChanged)
    Q_PROPERTY(QString host READ host WRITE setHost NOTIFY formChanged)
    Q_PROPERTY(QString apiBaseUrl READ apiBaseUrl WRITE setApiBaseUrl NOTIFY formChanged)
    Q_PROPERTY(QString organization READ organization WRITE setOrganization NOTIFY formChanged)
    Q_PROPERTY(QString catalogPath READ catalogPath WRITE setCatalogPath NOTIFY formChanged)
    Q_PROPERTY(QString repositoryFilter READ repositoryFilter WRITE setRepositoryFilter NOTIFY formChanged)
    /** Comma-separated, as typed. */
    Q_PROPERTY(QString topicsInclude READ topicsInclude WRITE setTopicsInclude NOTIFY formChanged)
    Q_PROPERTY(QString topicsExclude READ topicsExclude WRITE setTopicsExclude NOTIFY formChanged)
    /** public, private, internal; empty: all. */
    Q_PROPERTY(QStringList visibility READ visibility NOTIFY formChanged)
    Q_PROPERTY(bool allowArchived READ allowArchived WRITE setAllowArchived NOTIFY formChanged)
    Q_PROPERTY(int scheduleMinutes READ scheduleMinutes WRITE setScheduleMinutes NOTIFY formChanged)
    Q_PROPERTY(QStringList localFolders READ localFolders NOTIFY formChanged)
    /** `caBundle` of the host's `integrations.github[]` entry: a PEM file. */
    Q_PROPERTY(QString caBundle READ caBundle WRITE setCaBundle NOTIFY formChanged)
    /** The provider's `schedule.timeout`, in minutes. */
    Q_PROPERTY(int scheduleTimeoutMinutes READ scheduleTimeoutMinutes WRITE setScheduleTimeoutMinutes NOTIFY formChanged)
    /** `atrium.backstage[]`, one map each: name, baseUrl, filter (the
     *  catalog API's filters as typed, separated by ";") and docs. */
    Q_PROPERTY(QVariantList backstageBackends READ backstageBackends NOTIFY formChanged)
    Q_PROPERTY(int backstageCount READ backstageCount NOTIFY formChanged)
    /** `argocd.appLocatorMethods[].instances[]`, all methods in order, one
     *  map each: name, url, token (a `${VAR}` reference). */
    Q_PROPERTY(QVariantList argoInstances READ argoInstances NOTIFY formChanged)
    Q_PROPERTY(int argoCount READ argoCount NOTIFY formChanged)
    /** `insights:` by the keys setInsightsField() takes; lists as
     *  comma-separated text, maxPages a number. */
    Q_PROPERTY(QVariantMap insights READ insights NOTIFY formChanged)

public:
    explicit SettingsController(const QString &configPath, QObject *parent = nullptr);

    /** Where a removed source is told, with Undo (the composition root;
     *  none: removals say nothing). */
    void setToasts(ToastModel *toasts);

    QString configPath() const { return m_path; }
    bool exists() const { return m_exists; }
    bool dirty() const { return m_yaml != m_saved; }
    bool valid() const { return errorCount() == 0; }
    int errorCount() const { return m_problems->errorCount(); }
    int warningCount() const { return m_problems->warningCount(); }
    ProblemsModel *problems() const { return m_problems; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QVariantMap fieldWarnings() const { return m_fieldWarnings; }
    QString otherProblems() const { return m_otherProblems; }
    QString yamlText() const { return m_yaml; }
    void setYamlText(const QString &text);
    int lineCount() const;
    QList<int> errorLines() const { return m_errorLines; }
    QList<int> warningLines() const { return m_warningLines; }
    /** Character offset of @p line, @p column (1-based) in the YAML, for
     *  moving the editor's cursor to a problem. */
    Q_INVOKABLE int offsetOf(int line, int column) const;
    bool yamlReadable() const { return m_readable; }
    QString saveError() const { return m_saveError; }
    int otherProviders() const { return m_otherProviders; }

    bool githubEnabled() const { return m_form.github; }
    void setGithubEnabled(bool on);
    QString host() const { return m_form.host; }
    void setHost(const QString &host);
    QString apiBaseUrl() const { return m_form.apiBaseUrl; }
    void setApiBaseUrl(const QString &url);
    QString organization() const { return m_form.organization; }
    void setOrganization(const QString &org);
    QString catalogPath() const { return m_form.catalogPath; }
    void setCatalogPath(const QString &path);
    QString repositoryFilter() const { return m_form.repositoryFilter; }
    void setRepositoryFilter(const QString &regex);
    QString topicsInclude() const { return m_form.topicsInclude; }
    void setTopicsInclude(const QString &topics);
    QString topicsExclude() const { return m_form.topicsExclude; }
    void setTopicsExclude(const QString &topics);
    QStringList visibility() const { return m_form.visibility; }
    Q_INVOKABLE void setVisibilityEnabled(const QString &visibility, bool on);
    bool allowArchived() const { return m_form.allowArchived; }
    void setAllowArchived(bool on);
    int scheduleMinutes() const { return m_form.scheduleMinutes; }
    void setScheduleMinutes(int minutes);
    QStringList localFolders() const { return m_form.folders; }
    /** Adds a folder: a path or a `file:` URL (from a folder dialog). */
    Q_INVOKABLE bool addLocalFolder(const QString &pathOrUrl);
    Q_INVOKABLE void removeLocalFolder(int index);

    QString caBundle() const { return m_form.caBundle; }
    void setCaBundle(const QString &pathOrUrl);
    int scheduleTimeoutMinutes() const { return m_form.timeoutMinutes; }
    void setScheduleTimeoutMinutes(int minutes);

    QVariantList backstageBackends() const;
    int backstageCount() const { return int(m_form.backstage.size()); }
    /** Appends an `atrium.backstage[]` entry (unsaved until save()).
     *  Refuses, returning false, a name another backend has (an empty
     *  name is the URL's host, as the parser reads it), a name the parser
     *  would not take, and a URL that is not https (or http to this machine). */
    Q_INVOKABLE bool addBackstageBackend(const QString &name, const QString &baseUrl);
    /** Removes one, with an Undo toast as for local folders. */
    Q_INVOKABLE void removeBackstageBackend(int index);
    /** @p key: name, baseUrl, filter (text, ";"-separated) or docs (bool). */
    Q_INVOKABLE void setBackstageField(int index, const QString &key, const QVariant &value);

    QVariantList argoInstances() const;
    int argoCount() const { return int(m_form.argo.size()); }
    /** Appends an Argo CD instance (to the last locator method, made when
     *  none exists). Refuses an empty or taken name and a URL that is not http(s). */
    Q_INVOKABLE bool addArgoInstance(const QString &name, const QString &url);
    Q_INVOKABLE void removeArgoInstance(int index);
    /** @p key: name, url or token. */
    Q_INVOKABLE void setArgoField(int index, const QString &key, const QString &value);

    QVariantMap insights() const { return m_form.insights; }
    /** @p key: host, repositories, goldenPathUses, templateAnnotation,
     *  costKey, deploymentSource, environment, workflow, ticketLabels,
     *  ticketRepositories, incidentLabel, incidentRepositories, joinDates,
     *  maxPages. An empty value removes the key (the parser's default). */
    Q_INVOKABLE void setInsightsField(const QString &key, const QVariant &value);

    /** Removes one section's keys from the document, unsaved: `backstage`
     *  (atrium.backstage), `argocd` or `insights`. */
    Q_INVOKABLE void resetSection(const QString &section);

    /** Reads the file again; a missing file gives the defaults. */
    Q_INVOKABLE void load();
    /** Writes the YAML to the file (its folder created). Refused while
     *  there are errors. */
    Q_INVOKABLE bool save();
    /** The defaults: GitHub on github.com, nothing else. Not saved. */
    Q_INVOKABLE void reset();
    /** Drops unsaved changes. */
    Q_INVOKABLE void revert() { load(); }

    /** The canonical YAML of a configuration document, in Backstage's key
     *  order, with a header comment. */
    static QString toYaml(const QJsonObject &doc);

Q_SIGNALS:
    void formChanged();
    void yamlTextChanged();
    void validationChanged();
    void dirtyChanged();
    void savedChanged();
    /** The file at @p path was written. */
    void saved(const QString &path);

private:
    enum class Field { GitHub, Host, ApiBaseUrl, Organization, CatalogPath, RepositoryFilter, Topics, Visibility,
                       AllowArchived, Schedule, Folders, CaBundle, Timeout };
    struct BackstageEntry {
        QString name;
        QString baseUrl;
        QString filter;
        bool docs = true;
    };
    struct ArgoEntry {
        QString name;
        QString url;
        QString token;
    };
    struct Form {
        bool github = true;
        QString host = QStringLiteral("github.com");
        QString apiBaseUrl;
        QString organization;
        QString catalogPath = QStringLiteral("/catalog-info.yaml");
        QString repositoryFilter;
        QString topicsInclude;
        QString topicsExclude;
        QStringList visibility;
        bool allowArchived = false;
        int scheduleMinutes = 30;
        QStringList folders;
        QString caBundle;
        int timeoutMinutes = 10;
        QList<BackstageEntry> backstage;
        QList<ArgoEntry> argo;
        QVariantMap insights;
    };

    void edit(Field field);
    void writeField(Field field);
    void writeProvider();
    QStringList providerPath() const;
    int integrationIndex(const QString &host) const;
    void readForm();
    void setText(const QString &text, bool fromUser);
    /** The document written out as the text, after a form edit. */
    void commit();
    QStringList backstagePath(int index) const;
    void writeBackstage(int index);
    /** The path of the form's @p index-th Argo CD instance, or empty. */
    QStringList argoPath(int index) const;
    void readSections();
    void validate();
    /** The form field a JSON path belongs to, or empty. */
    QString fieldOf(const QStringList &path) const;

    QString m_path;
    ProblemsModel *m_problems;
    Form m_form;
    QJsonObject m_doc;
    QString m_providerId = QStringLiteral("default");
    bool m_singleProvider = false; ///< the older `providers.github: {organization: ...}` shape
    QString m_yaml;
    QString m_saved;
    bool m_exists = false;
    bool m_readable = true;
    int m_otherProviders = 0;
    QString m_saveError;
    QVariantMap m_fieldErrors;
    QVariantMap m_fieldWarnings;
    QString m_otherProblems;
    QList<int> m_errorLines;
    QList<int> m_warningLines;
    QPointer<ToastModel> m_toasts;
    /** The "Removed source" toasts: their Undo edits the unsaved
     *  configuration, so they go when it is saved or read again. */
    QList<int> m_undoToasts;
    void dropUndo();
};

} // namespace atrium
