// SPDX-License-Identifier: Apache-2.0
#include "catalogfiltermodel.h"

#include "catalogmodel.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <algorithm>

namespace atrium {

Q_LOGGING_CATEGORY(lcFilter, "atrium.models.filter")

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kinds(new KindCountsModel(this))
{
    setDynamicSortFilter(true);
    sort(0, m_sortOrder);
    auto emitCount = [this] { Q_EMIT countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, emitCount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, emitCount);
    connect(this, &QAbstractItemModel::modelReset, this, emitCount);
    connect(this, &QAbstractItemModel::layoutChanged, this, emitCount);
}

void CatalogFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = qobject_cast<CatalogModel *>(model);
    if (model && !m_catalog)
        qCWarning(lcFilter) << "CatalogFilterModel needs a CatalogModel as its source, got" << model;
    m_matchesValid = false;
    if (m_catalog) {
        // Invalidate before the proxy rebuilds its mapping after a reset;
        // the rebuild happens lazily, after modelReset, so this is in time.
        connect(m_catalog, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_matchesValid = false; });
        connect(m_catalog, &QAbstractItemModel::modelReset, this, [this] {
            refreshKinds();
            refreshCounts();
        });
    }
    QSortFilterProxyModel::setSourceModel(m_catalog);
    refreshKinds();
    refreshCounts();
    Q_EMIT countChanged();
}

void CatalogFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QStringList tokens = text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    Q_EMIT searchTextChanged();
    if (tokens == m_tokens)
        return;
    m_tokens = tokens;
    m_matchesValid = false;
    invalidateRowsFilter();
    refreshCounts();
}

void CatalogFilterModel::setKind(const QString &kind)
{
    const QString k = kind.toLower();
    if (k == m_kind)
        return;
    m_kind = k;
    invalidateRowsFilter();
    Q_EMIT kindChanged();
}

void CatalogFilterModel::setStarred(const QStringList &refs)
{
    if (refs == m_starredList)
        return;
    m_starredList = refs;
    m_starred = QSet<QString>(refs.cbegin(), refs.cend());
    Q_EMIT starredChanged();
    if (m_starredOnly)
        refilter();
}

void CatalogFilterModel::setMine(const QStringList &owners)
{
    if (owners == m_mineList)
        return;
    m_mineList = owners;
    m_mine = QSet<QString>(owners.cbegin(), owners.cend());
    Q_EMIT mineChanged();
    if (m_mineOnly)
        refilter();
}

void CatalogFilterModel::setMineOnly(bool on)
{
    if (on == m_mineOnly)
        return;
    m_mineOnly = on;
    refilter();
    Q_EMIT mineOnlyChanged();
}

void CatalogFilterModel::setStarredOnly(bool on)
{
    if (on == m_starredOnly)
        return;
    m_starredOnly = on;
    refilter();
    Q_EMIT starredOnlyChanged();
}

QVariantList CatalogFilterModel::fieldFilters() const
{
    QVariantList out;
    for (const FieldFilter &f : m_fieldFilters) {
        out << QVariantMap{{QStringLiteral("field"), int(f.field)},
                           {QStringLiteral("label"), fieldLabel(f.field)},
                           {QStringLiteral("value"), f.value}};
    }
    return out;
}

void CatalogFilterModel::setFieldFilter(Field field, const QString &value)
{
    if (int(field) < 0 || int(field) >= fieldCount)
        return;
    auto it = std::find_if(m_fieldFilters.begin(), m_fieldFilters.end(),
                           [field](const FieldFilter &f) { return f.field == field; });
    if (value.isEmpty()) {
        if (it == m_fieldFilters.end())
            return;
        m_fieldFilters.erase(it);
    } else if (it != m_fieldFilters.end()) {
        if (it->value == value)
            return;
        it->value = value;
    } else {
        m_fieldFilters.append({field, value});
    }
    refilter();
    Q_EMIT fieldFiltersChanged();
}

void CatalogFilterModel::clearFieldFilters()
{
    if (m_fieldFilters.isEmpty())
        return;
    m_fieldFilters.clear();
    refilter();
    Q_EMIT fieldFiltersChanged();
}

QString CatalogFilterModel::fieldFilter(Field field) const
{
    for (const FieldFilter &f : m_fieldFilters) {
        if (f.field == field)
            return f.value;
    }
    return {};
}

QString CatalogFilterModel::fieldLabel(Field field)
{
    switch (field) {
    case TypeField:
        return tr("Type");
    case OwnerField:
        return tr("Owner");
    case LifecycleField:
        return tr("Lifecycle");
    case TagField:
        return tr("Tag");
    case SystemField:
        return tr("System");
    case NamespaceField:
        return tr("Namespace");
    }
    return {};
}

QStringList CatalogFilterModel::fieldValues(Field field, int sourceRow) const
{
    if (!m_catalog || sourceRow < 0 || sourceRow >= m_catalog->count())
        return {};
    const Entity &e = m_catalog->entityAt(sourceRow);
    const auto &k = m_catalog->keysAt(sourceRow);
    const QString *one = nullptr;
    switch (field) {
    case TypeField:
        one = &e.type;
        break;
    case OwnerField:
        one = &k.owner;
        break;
    case LifecycleField:
        one = &e.lifecycle;
        break;
    case TagField:
        return e.tags;
    case SystemField:
        one = &k.system;
        break;
    case NamespaceField:
        one = &e.ns;
        break;
    }
    if (!one || one->isEmpty())
        return {};
    return {*one};
}

void CatalogFilterModel::refilter()
{
    invalidateRowsFilter();
    refreshCounts();
}

void CatalogFilterModel::setSortColumn(Column column)
{
    if (column == m_sortColumn)
        return;
    m_sortColumn = column;
    // sort() returns early when column and order are unchanged; our column
    // is not the proxy's, so force the re-sort.
    invalidate();
    Q_EMIT sortChanged();
}

void CatalogFilterModel::setSortOrder(Qt::SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    sort(0, order);
    Q_EMIT sortChanged();
}

void CatalogFilterModel::toggleSort(Column column)
{
    if (column == m_sortColumn) {
        setSortOrder(m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else {
        m_sortColumn = column;
        if (m_sortOrder != Qt::AscendingOrder) {
            m_sortOrder = Qt::AscendingOrder;
            sort(0, m_sortOrder); // re-sorts by the new column too
        } else {
            invalidate();
        }
        Q_EMIT sortChanged();
    }
}

int CatalogFilterModel::rowOfRef(const QString &ref) const
{
    if (!m_catalog)
        return -1;
    const int sourceRow = m_catalog->rowOf(ref);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_catalog->index(sourceRow)).row();
}

QString CatalogFilterModel::refAt(int row) const
{
    if (!m_catalog || row < 0 || row >= rowCount())
        return {};
    return m_catalog->keysAt(mapToSource(index(row, 0)).row()).ref;
}

void CatalogFilterModel::ensureMatches() const
{
    const int n = m_catalog ? m_catalog->count() : 0;
    if (m_matchesValid && m_matches.size() == size_t(n))
        return;
    m_matches.assign(size_t(n), 1);
    if (!m_tokens.isEmpty()) {
        for (int row = 0; row < n; ++row) {
            const QString &hay = m_catalog->keysAt(row).haystack;
            for (const QString &t : m_tokens) {
                if (!hay.contains(t)) {
                    m_matches[size_t(row)] = 0;
                    break;
                }
            }
        }
    }
    m_matchesValid = true;
}

bool CatalogFilterModel::acceptsBeforeKind(int sourceRow) const
{
    if (!m_matches[size_t(sourceRow)])
        return false;
    if (m_starredOnly && !m_starred.contains(m_catalog->keysAt(sourceRow).ref))
        return false;
    if (m_mineOnly) {
        const QString &ref = m_catalog->keysAt(sourceRow).ref;
        if (!m_mine.contains(m_catalog->entityAt(sourceRow).owner) && !m_mine.contains(ref))
            return false;
    }
    if (!m_fieldFilters.isEmpty()) {
        const Entity &e = m_catalog->entityAt(sourceRow);
        const auto &k = m_catalog->keysAt(sourceRow);
        for (const FieldFilter &f : m_fieldFilters) {
            bool ok = false;
            switch (f.field) {
            case TypeField:
                ok = e.type == f.value;
                break;
            case OwnerField:
                ok = k.owner == f.value;
                break;
            case LifecycleField:
                ok = e.lifecycle == f.value;
                break;
            case TagField:
                ok = e.tags.contains(f.value);
                break;
            case SystemField:
                ok = k.system == f.value;
                break;
            case NamespaceField:
                ok = e.ns == f.value;
                break;
            }
            if (!ok)
                return false;
        }
    }
    return true;
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_catalog || sourceParent.isValid())
        return false;
    ensureMatches();
    if (!acceptsBeforeKind(sourceRow))
        return false;
    return m_kind.isEmpty() || m_catalog->keysAt(sourceRow).kindKey == m_kind;
}

namespace {
// Case-insensitive; empty values after all others, whatever the order, so
// that entities without a lifecycle do not crowd the top of the table.
int compareText(const QString &a, const QString &b, Qt::SortOrder order)
{
    if (a.isEmpty() != b.isEmpty()) {
        const int emptyLast = a.isEmpty() ? 1 : -1;
        return order == Qt::AscendingOrder ? emptyLast : -emptyLast;
    }
    return QString::compare(a, b, Qt::CaseInsensitive);
}
} // namespace

int CatalogFilterModel::compareRows(int a, int b) const
{
    const Entity &ea = m_catalog->entityAt(a), &eb = m_catalog->entityAt(b);
    const auto &ka = m_catalog->keysAt(a), &kb = m_catalog->keysAt(b);
    int c = 0;
    switch (m_sortColumn) {
    case KindColumn:
        c = ka.kindRank - kb.kindRank;
        break;
    case NameColumn:
        break;
    case OwnerColumn:
        c = compareText(ka.owner, kb.owner, m_sortOrder);
        break;
    case TypeColumn:
        c = compareText(ea.type, eb.type, m_sortOrder);
        break;
    case LifecycleColumn:
        c = compareText(ea.lifecycle, eb.lifecycle, m_sortOrder);
        break;
    case SystemColumn:
        c = compareText(ka.system, kb.system, m_sortOrder);
        break;
    case TagsColumn:
        c = compareText(ea.tags.join(u','), eb.tags.join(u','), m_sortOrder);
        break;
    case DescriptionColumn:
        c = compareText(ea.description, eb.description, m_sortOrder);
        break;
    }
    if (c == 0)
        c = QString::compare(ea.name, eb.name, Qt::CaseInsensitive);
    if (c == 0)
        c = ka.ref.compare(kb.ref);
    return c;
}

bool CatalogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_catalog)
        return false;
    return compareRows(left.row(), right.row()) < 0;
}

void CatalogFilterModel::refreshKinds()
{
    m_kinds->setKinds(m_catalog ? m_catalog->kinds() : QStringList{});
    // A kind that is gone from the catalog would hide every row.
    if (!m_kind.isEmpty() && m_kinds->indexOfKind(m_kind) < 0)
        setKind({});
}

void CatalogFilterModel::refreshCounts()
{
    ensureMatches();
    const int n = m_catalog ? m_catalog->count() : 0;
    const int kindCount = m_kinds->rowCount() - 1;
    QList<int> perKind(kindCount, 0);
    int total = 0;
    for (int row = 0; row < n; ++row) {
        if (!acceptsBeforeKind(row))
            continue;
        ++total;
        const int rank = m_catalog->keysAt(row).kindRank;
        if (rank >= 0 && rank < kindCount)
            ++perKind[rank];
    }
    m_kinds->setCounts(total, perKind);
}

} // namespace atrium
