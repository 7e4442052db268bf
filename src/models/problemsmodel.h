// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** The processing problems stored with the open catalog (what the loader
 *  reported when the catalog was imported), errors first. */
class ProblemsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController.problems")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< `error` or `warning`
        FileRole,                         ///< as stored
        LineRole,
        ColumnRole,
        LocationRole, ///< `FILE:LINE:COL`, FILE relative to the source's folder
        MessageRole,
        EntityRefRole,
        TextRole, ///< the compiler-style line, for copying
    };
    Q_ENUM(Role)

    explicit ProblemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Replaces the problems. File names under one of @p baseFolders are
     *  shown relative to it: the demo lives in a temporary folder whose
     *  name means nothing to the user. */
    void setDiagnostics(Diagnostics diagnostics, const QStringList &baseFolders = {});

    int count() const { return int(m_items.size()); }
    int errorCount() const { return m_errors; }
    int warningCount() const { return count() - m_errors; }
    const Diagnostic &diagnosticAt(int row) const { return m_items.at(row).d; }
    /** The location as shown, `FILE:LINE:COL`. */
    QString locationAt(int row) const { return m_items.at(row).location; }
    /** Rows of the problems concerning @p ref. */
    QList<int> rowsFor(const QString &ref) const;

Q_SIGNALS:
    void countsChanged();

private:
    struct Item {
        Diagnostic d;
        QString location;
    };
    QList<Item> m_items;
    int m_errors = 0;
};

} // namespace atrium
