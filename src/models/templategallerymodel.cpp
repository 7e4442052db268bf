// SPDX-License-Identifier: Apache-2.0
#include "templategallerymodel.h"

#include "catalogmodel.h"

namespace atrium {

TemplateGalleryModel::TemplateGalleryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TemplateGalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> TemplateGalleryModel::roleNames() const
{
    return {{RefRole, "ref"}, {TitleRole, "title"}, {DescriptionRole, "description"},
            {TagsRole, "tags"}, {OwnerRole, "owner"}, {TypeRole, "type"}};
}

QVariant TemplateGalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case RefRole: return r.ref;
    case DescriptionRole: return r.description;
    case TagsRole: return r.tags;
    case OwnerRole: return r.owner;
    case TypeRole: return r.type;
    }
    return {};
}

void TemplateGalleryModel::setCatalog(CatalogModel *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        connect(m_catalog, &QAbstractItemModel::modelReset, this, &TemplateGalleryModel::refresh);
        connect(m_catalog, &CatalogModel::countChanged, this, &TemplateGalleryModel::refresh);
    }
    Q_EMIT catalogChanged();
    refresh();
}

void TemplateGalleryModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    Q_EMIT filterChanged();
    refresh();
}

void TemplateGalleryModel::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    Q_EMIT filterChanged();
    refresh();
}

QString TemplateGalleryModel::refAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ref : QString();
}

void TemplateGalleryModel::refresh()
{
    QList<Row> rows;
    QStringList tags;
    int total = 0;
    const QStringList words = m_search.toLower().split(u' ', Qt::SkipEmptyParts);
    if (m_catalog) {
        for (int i = 0; i < m_catalog->count(); ++i) {
            const Entity &e = m_catalog->entityAt(i);
            if (e.kind.compare(u"Template", Qt::CaseInsensitive) != 0)
                continue;
            ++total;
            for (const QString &t : e.tags)
                if (!tags.contains(t))
                    tags << t;
            Row r;
            r.ref = e.ref();
            r.title = e.title.isEmpty() ? e.name : e.title;
            r.description = e.description;
            r.owner = e.owner.isEmpty() ? QString() : CatalogModel::displayRef(e.owner, u"group");
            r.type = e.type;
            r.tags = e.tags;
            r.haystack = (e.name + u'\n' + r.title + u'\n' + e.description + u'\n' + e.tags.join(u'\n')).toLower();
            if (!m_tag.isEmpty() && !e.tags.contains(m_tag))
                continue;
            bool all = true;
            for (const QString &w : words)
                all = all && r.haystack.contains(w);
            if (all)
                rows << r;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    });
    tags.sort();
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
    if (tags != m_tags || total != m_total) {
        m_tags = tags;
        m_total = total;
        Q_EMIT tagsChanged();
    }
}

} // namespace atrium
