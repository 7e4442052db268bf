// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>

#include "entity.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace atrium {

/** Every entity of the open catalog, one row each, in the order given.
 *
 *  Besides the roles, each row carries strings computed once when the
 *  catalog is set (a lower-case search haystack, short owner and system
 *  names), so that CatalogFilterModel can filter and sort 50k rows without
 *  allocating per row. */
class CatalogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The catalog is provided by AppController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1,
        KindRole,
        NameRole,
        TitleRole,
        NamespaceRole,
        OwnerRole,    ///< short form for display, e.g. `team-a`
        OwnerRefRole, ///< canonical ref
        TypeRole,
        LifecycleRole,
        SystemRole,   ///< short form for display
        SystemRefRole,
        DescriptionRole,
        TagsRole,
    };
    Q_ENUM(Role)

    /** What is precomputed per row. */
    struct RowKeys {
        QString ref;
        QString kindKey;  ///< lower-case kind
        int kindRank = 0; ///< position of the kind in kinds(), for sorting
        QString haystack; ///< lower-case name, title, description and tags, `\n`-separated
        QString owner;    ///< display form
        QString system;   ///< display form
    };

    explicit CatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntities(QList<Entity> entities);
    void clear() { setEntities({}); }

    int count() const { return int(m_entities.size()); }
    const Entity &entityAt(int row) const { return m_entities.at(row); }
    const RowKeys &keysAt(int row) const { return m_keys[size_t(row)]; }
    /** Row of the entity with canonical ref @p ref (any case), or -1. */
    Q_INVOKABLE int rowOf(const QString &ref) const;
    /** The entity with @p ref, or null. Valid until the next setEntities().
     *  Rows may hold summaries only (no document, no relations). */
    const Entity *find(const QString &ref) const;
    /** The whole entity, document and relations included: from the loader
     *  when one is set (rows then hold summaries), else the row itself. */
    std::optional<Entity> fullEntity(const QString &ref) const;
    using FullEntityLoader = std::function<std::optional<Entity>(const QString &ref)>;
    void setFullEntityLoader(FullEntityLoader loader) { m_fullLoader = std::move(loader); }
    /** Folders the catalog was read from; displayPath() shows files under
     *  them relative to the folder. */
    void setSourceFolders(const QStringList &folders);
    QStringList sourceFolders() const { return m_sourceFolders; }
    QString displayPath(const QString &file) const;
    /** The distinct kinds, in the order Backstage lists them, then others A-Z. */
    QStringList kinds() const { return m_kinds; }

    /** The short form of @p ref for display: `team-a` for a group in the
     *  default namespace when @p defaultKind is `group`. */
    static QString displayRef(const QString &ref, QStringView defaultKind);

Q_SIGNALS:
    void countChanged();

private:
    FullEntityLoader m_fullLoader;
    QList<Entity> m_entities;
    std::vector<RowKeys> m_keys;
    QHash<QString, int> m_rowByRef;
    QStringList m_kinds;
    QStringList m_sourceFolders; ///< cleaned, each ending in `/`
};

} // namespace atrium
