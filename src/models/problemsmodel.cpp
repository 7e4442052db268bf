// SPDX-License-Identifier: Apache-2.0
#include "problemsmodel.h"

#include <QDir>
#include <algorithm>

namespace atrium {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &it = m_items.at(index.row());
    switch (role) {
    case SeverityRole:
        return Diagnostic::severityName(it.d.severity);
    case FileRole:
        return it.d.file;
    case LineRole:
        return it.d.line;
    case ColumnRole:
        return it.d.column;
    case LocationRole:
        return it.location;
    case Qt::DisplayRole:
    case MessageRole:
        return it.d.message;
    case EntityRefRole:
        return it.d.entityRef;
    case TextRole:
        return it.d.toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemsModel::roleNames() const
{
    return {
        {SeverityRole, "severity"}, {FileRole, "file"},           {LineRole, "line"},
        {ColumnRole, "column"},     {LocationRole, "location"},   {MessageRole, "message"},
        {EntityRefRole, "entityRef"}, {TextRole, "text"},
    };
}

void ProblemsModel::setDiagnostics(Diagnostics diagnostics, const QStringList &baseFolders)
{
    // Errors first; otherwise keep the load order, which follows the files.
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.isError() && !b.isError(); });
    QStringList bases;
    for (const QString &b : baseFolders) {
        if (!b.isEmpty())
            bases << QDir::cleanPath(b) + u'/';
    }
    beginResetModel();
    m_items.clear();
    m_items.reserve(diagnostics.size());
    m_errors = 0;
    for (Diagnostic &d : diagnostics) {
        QString file = d.file;
        for (const QString &b : bases) {
            if (file.startsWith(b)) {
                file = file.mid(b.size());
                break;
            }
        }
        QString location = file;
        if (d.line > 0) {
            location += u':' + QString::number(d.line);
            if (d.column > 0)
                location += u':' + QString::number(d.column);
        }
        m_errors += d.isError() ? 1 : 0;
        m_items.append(Item{std::move(d), location});
    }
    endResetModel();
    Q_EMIT countsChanged();
}

QList<int> ProblemsModel::rowsFor(const QString &ref) const
{
    QList<int> rows;
    if (ref.isEmpty())
        return rows;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).d.entityRef.compare(ref, Qt::CaseInsensitive) == 0)
            rows << i;
    }
    return rows;
}

} // namespace atrium
