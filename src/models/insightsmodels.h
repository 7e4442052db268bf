// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** One KPI card of the Insights page, formatted for the user. */
struct KpiCard {
    QString id;
    QString title;
    QString description;
    bool hasValue = false;
    QString valueText;   ///< "42 min", "67%"; empty without a value
    QString bandId;      ///< `good`, `elite`…; empty without a value
    QString bandTitle;   ///< translated
    int bandRank = -1;   ///< 0 (poor, low) … 3 (target, elite); -1 without a value
    QString targetText;  ///< "Target: ≤ 30 min"
    QVariantList sparkline; ///< one number per period, null where there is none
    QString source;
    QString asOfText;    ///< "as of Nov 20, 2026"
    QString missingReason;
    QString sampleText;  ///< "61 tasks"
    QStringList notes;
    QString group;       ///< `platform` (Play 8) or `dora`
};

/** The KPI cards, in the catalogue's order. */
class KpiCardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by InsightsController")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        HasValueRole,
        ValueTextRole,
        BandIdRole,
        BandTitleRole,
        BandRankRole,
        TargetTextRole,
        SparklineRole,
        SourceRole,
        AsOfTextRole,
        MissingReasonRole,
        SampleTextRole,
        NotesRole,
        GroupRole,
    };
    Q_ENUM(Role)

    /** Holds the cards of @p group only (`platform`, `dora`); all when empty. */
    explicit KpiCardModel(const QString &group = {}, QObject *parent = nullptr)
        : QAbstractListModel(parent), m_group(group)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Keeps those of the model's group. */
    void setCards(const QList<KpiCard> &cards);
    const QList<KpiCard> &cards() const { return m_cards; }
    /** The row of @p id, or -1. */
    Q_INVOKABLE int indexOf(const QString &id) const;

private:
    QString m_group;
    QList<KpiCard> m_cards;
};

/** The records behind one KPI: one row per task, repository, ticket,
 *  period, team or service, with the columns the KPI needs. */
class InsightsTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by InsightsController")
public:
    enum Role {
        LinkRole = Qt::UserRole + 1, ///< `entity:REF` or an https URL; empty when the cell links nowhere
        KindRole,                    ///< the column's kind (text, ref, seconds…)
        SortRole,                    ///< the raw value
    };
    Q_ENUM(Role)

    struct Column {
        QString key;
        QString title;
        QString kind;
    };
    struct Cell {
        QString text;
        QString link;
        QVariant raw;
    };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTable(const QList<Column> &columns, const QList<QList<Cell>> &rows);
    const QList<Column> &columns() const { return m_columns; }
    const QList<QList<Cell>> &rows() const { return m_rows; }
    /** Suggested widths in pixels, from the longest text of each column. */
    Q_INVOKABLE int columnWidth(int column) const;

private:
    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};

} // namespace atrium
