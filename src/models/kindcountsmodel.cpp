// SPDX-License-Identifier: Apache-2.0
#include "kindcountsmodel.h"

namespace atrium {

KindCountsModel::KindCountsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    setKinds({});
}

int KindCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KindCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return r.kind;
    case Qt::DisplayRole:
    case LabelRole:
        // Translated when asked, so a language switch needs no reset.
        return r.kind.isEmpty() ? tr("All kinds") : r.label;
    case CountRole:
        return r.count;
    case TextRole:
        //: A kind in the kind filter with the number of entities of that kind
        return tr("%1 (%L2)").arg(r.kind.isEmpty() ? tr("All kinds") : r.label).arg(r.count);
    default:
        return {};
    }
}

QHash<int, QByteArray> KindCountsModel::roleNames() const
{
    return {{KindRole, "kind"}, {LabelRole, "label"}, {CountRole, "count"}, {TextRole, "text"}};
}

void KindCountsModel::setKinds(const QStringList &kinds)
{
    beginResetModel();
    m_rows.clear();
    m_rows.append(Row{});
    for (const QString &k : kinds)
        m_rows.append(Row{k.toLower(), k, 0});
    endResetModel();
}

void KindCountsModel::setCounts(int total, const QList<int> &perKind)
{
    if (m_rows.isEmpty())
        return;
    int first = -1, last = -1;
    auto update = [&](int row, int value) {
        if (m_rows[row].count == value)
            return;
        m_rows[row].count = value;
        first = first < 0 ? row : first;
        last = row;
    };
    update(0, total);
    for (int i = 0; i < perKind.size() && i + 1 < m_rows.size(); ++i)
        update(i + 1, perKind.at(i));
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), {CountRole, TextRole});
}

int KindCountsModel::indexOfKind(const QString &kind) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind.compare(kind, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace atrium
