// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "appcontroller.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace atrium {

/** The documentation home: one row per entity with stored TechDocs, with
 *  its site name, owner and last update; `filter` narrows it by name,
 *  title, site name or owner. Reads the cache of `controller` again after
 *  each load. */
class DocsHomeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** All sites stored, whatever the filter. */
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1,
        KindRole,
        NameRole,       ///< the entity's title, else its name
        SiteNameRole,   ///< `site_name` of mkdocs.yml
        DescriptionRole,
        OwnerRole,      ///< display form
        OwnerRefRole,
        PagesRole,      ///< how many pages
        ProblemsRole,   ///< how many problems were found storing it
        UpdatedRole,    ///< "5 min ago"
        UpdatedAtRole,  ///< UTC
    };
    Q_ENUM(Role)

    explicit DocsHomeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    AppController *controller() const { return m_controller; }
    void setController(AppController *controller);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int count() const { return int(m_visible.size()); }
    int total() const { return int(m_rows.size()); }
    QString error() const { return m_error; }

    /** Reads the stored sites again. */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE QString refAt(int row) const;

Q_SIGNALS:
    void controllerChanged();
    void filterChanged();
    void countChanged();

private:
    struct Row {
        QString ref, kind, name, siteName, description, owner, ownerRef;
        int pages = 0;
        int problems = 0;
        QDateTime updatedAt;
        QString haystack; ///< lower-case
    };
    void applyFilter();

    QPointer<AppController> m_controller;
    QString m_filter;
    QString m_error;
    QList<Row> m_rows;
    QList<int> m_visible;
};

class SearchWorker;

/** Full-text search over entities and docs pages (SearchIndex, SQLite FTS5)
 *  as a list model, one ranked list. Queries run on a worker thread with
 *  its own connection to the cache of `controller`, so typing never waits
 *  for SQLite; a newer query supersedes an older one still running.
 *
 *  `kinds` and `owners` filter; `availableKinds` and `availableOwners` are
 *  what the current unfiltered results hold, for filter chips. */
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY filtersChanged)
    Q_PROPERTY(QStringList owners READ owners WRITE setOwners NOTIFY filtersChanged)
    Q_PROPERTY(bool entities READ entities WRITE setEntities NOTIFY filtersChanged)
    Q_PROPERTY(bool docs READ docs WRITE setDocs NOTIFY filtersChanged)
    /** Docs of this entity only (search within a site); empty for all. */
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY filtersChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QStringList availableKinds READ availableKinds NOTIFY countChanged)
    /** Owner refs of the results, each a map {ref, name}. */
    Q_PROPERTY(QVariantList availableOwners READ availableOwners NOTIFY countChanged)

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, ///< "entity" or "doc"
        RefRole,
        KindRole,
        PagePathRole,
        AnchorRole,
        TitleRole,
        TitleHtmlRole,
        SnippetRole,
        RankRole,
        EntityNameRole, ///< the entity's title or name (for doc hits: whose docs)
        OwnerRole,      ///< display form
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    AppController *controller() const { return m_controller; }
    void setController(AppController *controller);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList &kinds);
    QStringList owners() const { return m_owners; }
    void setOwners(const QStringList &owners);
    bool entities() const { return m_entities; }
    void setEntities(bool on);
    bool docs() const { return m_docs; }
    void setDocs(bool on);
    QString entityRef() const { return m_entityRef; }
    void setEntityRef(const QString &ref);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int count() const { return int(m_hits.size()); }
    bool loading() const { return m_answered < m_generation; }
    QString error() const { return m_error; }
    QStringList availableKinds() const { return m_availableKinds; }
    QVariantList availableOwners() const { return m_availableOwners; }

    /** The hit at @p row as a map of its roles (type, ref, pagePath, anchor, …). */
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE void toggleKind(const QString &kind);
    Q_INVOKABLE void toggleOwner(const QString &ownerRef);
    /** Blocks until no query is running (tests, screenshots). */
    Q_INVOKABLE bool waitForResults(int timeoutMs = 5000);

    struct Hit {
        QString type, ref, kind, pagePath, anchor, title, titleHtml, snippet, entityName, owner, ownerRef;
        double rank = 0;
    };

Q_SIGNALS:
    void controllerChanged();
    void queryChanged();
    void filtersChanged();
    void countChanged();
    void loadingChanged();
    void errorChanged();
    /** Results for the current query arrived (after the model reset). */
    void resultsReady();

private:
    void schedule();
    void onResults(quint64 generation, const QList<atrium::SearchModel::Hit> &hits, const QString &error);

    QPointer<AppController> m_controller;
    QString m_query;
    QStringList m_kinds;
    QStringList m_owners;
    bool m_entities = true;
    bool m_docs = true;
    QString m_entityRef;
    int m_limit = 30;
    QString m_error;
    QList<Hit> m_hits;
    QStringList m_availableKinds;
    QVariantList m_availableOwners;
    quint64 m_generation = 0;
    quint64 m_answered = 0;
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread, holds the connection
    std::shared_ptr<SearchWorker> m_state;
};

} // namespace atrium
