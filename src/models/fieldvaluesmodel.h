// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogfiltermodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** The values one field takes among the rows a CatalogFilterModel shows,
 *  with how many rows have each: the choices of the "Add filter" menu.
 *  Most frequent first, then A-Z; at most `limit` rows (0: all).
 *
 *  Follows the filter's rows after the event loop turns (one recount for a
 *  burst of changes); refresh() recounts at once, as when a menu opens. */
class FieldValuesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::CatalogFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(atrium::CatalogFilterModel::Field field READ field WRITE setField NOTIFY fieldChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1,
        CountRole,
        TextRole, ///< value and count, for a menu item
    };
    Q_ENUM(Role)

    explicit FieldValuesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogFilterModel *filter() const { return m_filter; }
    void setFilter(CatalogFilterModel *filter);
    CatalogFilterModel::Field field() const { return m_field; }
    void setField(CatalogFilterModel::Field field);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int count() const { return int(m_rows.size()); }

    /** Recounts now. */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void filterChanged();
    void fieldChanged();
    void limitChanged();
    void countChanged();

private:
    void scheduleRefresh();

    struct Row {
        QString value;
        int count = 0;
    };
    QPointer<CatalogFilterModel> m_filter;
    CatalogFilterModel::Field m_field = CatalogFilterModel::TypeField;
    int m_limit = 0;
    QList<Row> m_rows;
    QTimer m_timer;
};

} // namespace atrium
