// SPDX-License-Identifier: Apache-2.0
#include "fieldvaluesmodel.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace atrium {

FieldValuesModel::FieldValuesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Refiltering 50k rows can emit thousands of row signals: count once.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FieldValuesModel::refresh);
}

int FieldValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FieldValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return r.value;
    case CountRole:
        return r.count;
    case TextRole:
        return QStringLiteral("%1 (%2)").arg(r.value, QLocale().toString(r.count));
    default:
        return {};
    }
}

QHash<int, QByteArray> FieldValuesModel::roleNames() const
{
    return {{ValueRole, "value"}, {CountRole, "count"}, {TextRole, "text"}};
}

void FieldValuesModel::setFilter(CatalogFilterModel *filter)
{
    if (filter == m_filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter) {
        connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FieldValuesModel::scheduleRefresh);
        connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FieldValuesModel::scheduleRefresh);
        connect(m_filter, &QAbstractItemModel::modelReset, this, &FieldValuesModel::scheduleRefresh);
    }
    refresh();
    Q_EMIT filterChanged();
}

void FieldValuesModel::setField(CatalogFilterModel::Field field)
{
    if (field == m_field)
        return;
    m_field = field;
    refresh();
    Q_EMIT fieldChanged();
}

void FieldValuesModel::setLimit(int limit)
{
    limit = std::max(0, limit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    refresh();
    Q_EMIT limitChanged();
}

void FieldValuesModel::scheduleRefresh()
{
    m_timer.start();
}

void FieldValuesModel::refresh()
{
    m_timer.stop();
    QHash<QString, int> counts;
    if (m_filter) {
        const int n = m_filter->rowCount();
        for (int r = 0; r < n; ++r) {
            const int sourceRow = m_filter->mapToSource(m_filter->index(r, 0)).row();
            for (const QString &v : m_filter->fieldValues(m_field, sourceRow))
                ++counts[v];
        }
    }
    QList<Row> rows;
    rows.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int c = QString::compare(a.value, b.value, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.value < b.value;
    });
    if (m_limit > 0 && rows.size() > m_limit)
        rows.resize(m_limit);

    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace atrium
