// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kindcountsmodel.h"

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace atrium {

class CatalogModel;

/** The catalog as the table shows it: filtered by kind and by a search over
 *  name, title, description and tags, sorted by one column.
 *
 *  Created in QML on top of AppController.catalog. The search is evaluated
 *  once per change of the search text (into a per-row match vector), so that
 *  switching kinds and counting matches per kind cost no string work, and
 *  filterAcceptsRow() never allocates. */
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    /** Canonical refs of the starred entities (bound to AppController.starred). */
    Q_PROPERTY(QStringList starred READ starred WRITE setStarred NOTIFY starredChanged)
    /** Keep only the starred entities. */
    Q_PROPERTY(bool starredOnly READ starredOnly WRITE setStarredOnly NOTIFY starredOnlyChanged)
    /** Owner refs that count as "mine": the user and their groups. */
    Q_PROPERTY(QStringList mine READ mine WRITE setMine NOTIFY mineChanged)
    /** Only entities whose owner is in `mine` (and the user's own User and Group entities). */
    Q_PROPERTY(bool mineOnly READ mineOnly WRITE setMineOnly NOTIFY mineOnlyChanged)
    /** The field filters in the order added, for chips: maps with `field`
     *  (a Field), `label` (the field's name, translated) and `value`. */
    Q_PROPERTY(QVariantList fieldFilters READ fieldFilters NOTIFY fieldFiltersChanged)
    Q_PROPERTY(Column sortColumn READ sortColumn WRITE setSortColumn NOTIFY sortChanged)
    Q_PROPERTY(Qt::SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(atrium::KindCountsModel *kinds READ kinds CONSTANT)

public:
    /** The table's columns, in display order. */
    enum Column {
        KindColumn,
        NameColumn,
        OwnerColumn,
        TypeColumn,
        LifecycleColumn,
        SystemColumn,
        TagsColumn,
        DescriptionColumn,
    };
    Q_ENUM(Column)

    /** Fields that can be filtered on, one value each, besides the kind. */
    enum Field {
        TypeField,
        OwnerField, ///< the owner's display form, as the table shows it
        LifecycleField,
        TagField, ///< entities that have the tag
        SystemField, ///< display form
        NamespaceField,
    };
    Q_ENUM(Field)
    static constexpr int fieldCount = NamespaceField + 1;

    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    /** Lower-case kind to keep, or empty for all. */
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QStringList starred() const { return m_starredList; }
    void setStarred(const QStringList &refs);
    bool starredOnly() const { return m_starredOnly; }
    QStringList mine() const { return m_mineList; }
    void setMine(const QStringList &owners);
    bool mineOnly() const { return m_mineOnly; }
    void setMineOnly(bool on);
    void setStarredOnly(bool on);
    QVariantList fieldFilters() const;
    /** Keeps only entities whose @p field is @p value (replacing an earlier
     *  value of that field); an empty @p value removes the filter. */
    Q_INVOKABLE void setFieldFilter(atrium::CatalogFilterModel::Field field, const QString &value);
    Q_INVOKABLE void removeFieldFilter(atrium::CatalogFilterModel::Field field) { setFieldFilter(field, {}); }
    Q_INVOKABLE void clearFieldFilters();
    /** The value filtered on for @p field, or empty. */
    Q_INVOKABLE QString fieldFilter(atrium::CatalogFilterModel::Field field) const;
    /** The name of @p field for display. */
    Q_INVOKABLE static QString fieldLabel(atrium::CatalogFilterModel::Field field);
    /** The values of @p field of the entity at source row @p sourceRow
     *  (several for tags; none when empty). */
    QStringList fieldValues(Field field, int sourceRow) const;
    Column sortColumn() const { return m_sortColumn; }
    void setSortColumn(Column column);
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(Qt::SortOrder order);
    int count() const { return rowCount(); }
    KindCountsModel *kinds() const { return m_kinds; }

    /** Clicking a header: sorts by @p column, or flips the order when it
     *  already is the sort column. */
    Q_INVOKABLE void toggleSort(atrium::CatalogFilterModel::Column column);
    /** Row of the entity @p ref in this model, or -1 when filtered out. */
    Q_INVOKABLE int rowOfRef(const QString &ref) const;
    /** Canonical ref of the entity at @p row, or empty. */
    Q_INVOKABLE QString refAt(int row) const;

Q_SIGNALS:
    void searchTextChanged();
    void kindChanged();
    void starredChanged();
    void starredOnlyChanged();
    void mineChanged();
    void mineOnlyChanged();
    void fieldFiltersChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void ensureMatches() const;
    /** Every filter but the kind: what the kind counts count. */
    bool acceptsBeforeKind(int sourceRow) const;
    void refilter();
    void refreshKinds();
    void refreshCounts();
    int compareRows(int a, int b) const;

    QPointer<CatalogModel> m_catalog;
    QString m_searchText;
    QStringList m_tokens; ///< lower-case words of the search text
    QString m_kind;
    QStringList m_starredList;
    QSet<QString> m_starred;
    bool m_starredOnly = false;
    QStringList m_mineList;
    QSet<QString> m_mine;
    bool m_mineOnly = false;
    struct FieldFilter {
        Field field;
        QString value;
    };
    QList<FieldFilter> m_fieldFilters; ///< in the order added
    Column m_sortColumn = KindColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    KindCountsModel *m_kinds;
    // Whether each source row matches the search; rebuilt lazily after the
    // search text or the catalog changes.
    mutable std::vector<char> m_matches;
    mutable bool m_matchesValid = false;
};

} // namespace atrium
