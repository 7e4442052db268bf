// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** The choices of the kind filter: "all kinds" and then each kind of the
 *  catalog, with how many entities of that kind match the current search.
 *  Rows change only when the catalog does; counts change in place, so a
 *  ComboBox bound to it keeps its selection while the user types. */
class KindCountsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogFilterModel.kinds")

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< lower-case kind, empty for "all kinds"
        LabelRole,                   ///< for display
        CountRole,
        TextRole, ///< label and count, what the closed ComboBox shows
    };
    Q_ENUM(Role)

    explicit KindCountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Replaces the rows: @p kinds as written, in display order. */
    void setKinds(const QStringList &kinds);
    /** Updates the counts: @p total for "all kinds", @p perKind in the order
     *  given to setKinds(). */
    void setCounts(int total, const QList<int> &perKind);

    /** Row of @p kind (any case; empty = "all kinds"), or -1. */
    Q_INVOKABLE int indexOfKind(const QString &kind) const;

private:
    struct Row {
        QString kind;
        QString label;
        int count = 0;
    };
    QList<Row> m_rows;
};

} // namespace atrium
