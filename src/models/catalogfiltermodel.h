// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kindcountsmodel.h"

#include <QPointer>
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
        DescriptionColumn,
    };
    Q_ENUM(Column)

    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    /** Lower-case kind to keep, or empty for all. */
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
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
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void ensureMatches() const;
    void refreshKinds();
    void refreshCounts();
    int compareRows(int a, int b) const;

    QPointer<CatalogModel> m_catalog;
    QString m_searchText;
    QStringList m_tokens; ///< lower-case words of the search text
    QString m_kind;
    Column m_sortColumn = KindColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    KindCountsModel *m_kinds;
    // Whether each source row matches the search; rebuilt lazily after the
    // search text or the catalog changes.
    mutable std::vector<char> m_matches;
    mutable bool m_matchesValid = false;
};

} // namespace atrium
