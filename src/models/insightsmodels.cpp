// SPDX-License-Identifier: Apache-2.0
#include "insightsmodels.h"

#include <algorithm>

namespace atrium {

int KpiCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant KpiCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiCard &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return c.title;
    case IdRole: return c.id;
    case DescriptionRole: return c.description;
    case HasValueRole: return c.hasValue;
    case ValueTextRole: return c.valueText;
    case BandIdRole: return c.bandId;
    case BandTitleRole: return c.bandTitle;
    case BandRankRole: return c.bandRank;
    case TargetTextRole: return c.targetText;
    case SparklineRole: return c.sparkline;
    case SourceRole: return c.source;
    case AsOfTextRole: return c.asOfText;
    case MissingReasonRole: return c.missingReason;
    case SampleTextRole: return c.sampleText;
    case NotesRole: return c.notes;
    case GroupRole: return c.group;
    default: return {};
    }
}

QHash<int, QByteArray> KpiCardModel::roleNames() const
{
    return {{IdRole, "kpiId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {HasValueRole, "hasValue"},
            {ValueTextRole, "valueText"},
            {BandIdRole, "bandId"},
            {BandTitleRole, "bandTitle"},
            {BandRankRole, "bandRank"},
            {TargetTextRole, "targetText"},
            {SparklineRole, "sparkline"},
            {SourceRole, "source"},
            {AsOfTextRole, "asOfText"},
            {MissingReasonRole, "missingReason"},
            {SampleTextRole, "sampleText"},
            {NotesRole, "notes"},
            {GroupRole, "group"}};
}

void KpiCardModel::setCards(const QList<KpiCard> &all)
{
    QList<KpiCard> cards;
    for (const KpiCard &c : all)
        if (m_group.isEmpty() || c.group == m_group)
            cards << c;
    // Same KPIs in the same order (a filter or a refresh): update in place,
    // so views keep their delegates and the keyboard focus.
    const bool sameIds = cards.size() == m_cards.size()
                         && std::equal(cards.begin(), cards.end(), m_cards.begin(),
                                       [](const KpiCard &a, const KpiCard &b) { return a.id == b.id; });
    if (sameIds) {
        m_cards = cards;
        if (!m_cards.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_cards.size()) - 1));
        return;
    }
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

int KpiCardModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        if (m_cards[i].id == id)
            return int(i);
    return -1;
}

int InsightsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InsightsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant InsightsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &c = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole: return c.text;
    case Qt::ToolTipRole: return c.link.startsWith(u"http") ? c.link : c.text;
    case LinkRole: return c.link;
    case KindRole: return m_columns.at(index.column()).kind;
    case SortRole: return c.raw;
    default: return {};
    }
}

QVariant InsightsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section].title) : QVariant();
    return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
}

QHash<int, QByteArray> InsightsTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {Qt::ToolTipRole, "toolTip"}, {LinkRole, "link"}, {KindRole, "kind"},
            {SortRole, "raw"}};
}

void InsightsTableModel::setTable(const QList<Column> &columns, const QList<QList<Cell>> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    for (auto &row : m_rows)
        row.resize(m_columns.size());
    endResetModel();
}

int InsightsTableModel::columnWidth(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return 100;
    // About 7 px a Latin character and 13 px a Hangul or CJK one at the
    // table's font size, within reason.
    const auto width = [](const QString &s) {
        int w = 0;
        for (const QChar c : s)
            w += c.unicode() >= 0x1100 ? 13 : 7;
        return w;
    };
    int px = width(m_columns[column].title);
    for (const auto &row : m_rows)
        px = std::max(px, width(row.at(column).text));
    return std::clamp(px + 24, 70, 420);
}

} // namespace atrium
