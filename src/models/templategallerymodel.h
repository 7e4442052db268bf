// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

class CatalogModel;

/** The Template entities of the catalog, as the Create gallery lists them:
 *  filtered by a search text (title, name, description, tags) and a tag. */
class TemplateGalleryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::CatalogModel *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filterChanged)
    /** Every tag of every template, A-Z. */
    Q_PROPERTY(QStringList tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** Templates in the catalog, before filtering. */
    Q_PROPERTY(int total READ total NOTIFY tagsChanged)

public:
    enum Role { RefRole = Qt::UserRole + 1, TitleRole, DescriptionRole, TagsRole, OwnerRole, TypeRole };
    Q_ENUM(Role)

    explicit TemplateGalleryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogModel *catalog() const { return m_catalog; }
    void setCatalog(CatalogModel *catalog);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    QStringList tags() const { return m_tags; }
    int count() const { return int(m_rows.size()); }
    int total() const { return m_total; }
    Q_INVOKABLE QString refAt(int row) const;

Q_SIGNALS:
    void catalogChanged();
    void filterChanged();
    void tagsChanged();
    void countChanged();

private:
    void refresh();
    struct Row {
        QString ref, title, description, owner, type, haystack;
        QStringList tags;
    };
    QPointer<CatalogModel> m_catalog;
    QString m_search;
    QString m_tag;
    QStringList m_tags;
    int m_total = 0;
    QList<Row> m_rows;
};

} // namespace atrium
