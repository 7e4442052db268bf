// SPDX-License-Identifier: Apache-2.0
#include "catalogmodel.h"

#include "entityref.h"

#include <QDir>
#include <algorithm>

namespace atrium {

namespace {
// The order Backstage's own catalog page lists kinds in: what people look
// for most first.
const QStringList &preferredKindOrder()
{
    static const QStringList order{
        QStringLiteral("component"), QStringLiteral("api"),   QStringLiteral("resource"),
        QStringLiteral("system"),    QStringLiteral("domain"), QStringLiteral("group"),
        QStringLiteral("user"),      QStringLiteral("template"), QStringLiteral("location"),
    };
    return order;
}
} // namespace

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &e = m_entities.at(index.row());
    const RowKeys &k = m_keys[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case RefRole:
        return k.ref;
    case KindRole:
        return e.kind;
    case TitleRole:
        return e.title;
    case NamespaceRole:
        return e.ns;
    case OwnerRole:
        return k.owner;
    case OwnerRefRole:
        return e.owner;
    case TypeRole:
        return e.type;
    case LifecycleRole:
        return e.lifecycle;
    case SystemRole:
        return k.system;
    case SystemRefRole:
        return e.system;
    case DescriptionRole:
        return e.description;
    case TagsRole:
        return e.tags;
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return {
        {RefRole, "ref"},
        {KindRole, "kind"},
        {NameRole, "name"},
        {TitleRole, "title"},
        {NamespaceRole, "namespace"},
        {OwnerRole, "owner"},
        {OwnerRefRole, "ownerRef"},
        {TypeRole, "type"},
        {LifecycleRole, "lifecycle"},
        {SystemRole, "system"},
        {SystemRefRole, "systemRef"},
        {DescriptionRole, "description"},
        {TagsRole, "tags"},
    };
}

QString CatalogModel::displayRef(const QString &ref, QStringView defaultKind)
{
    if (ref.isEmpty())
        return {};
    const auto parsed = EntityRef::parse(ref);
    return parsed ? parsed->humanString(defaultKind) : ref;
}

void CatalogModel::setEntities(QList<Entity> entities)
{
    const bool countChanges = entities.size() != m_entities.size();
    beginResetModel();
    m_entities = std::move(entities);
    m_keys.clear();
    m_keys.reserve(size_t(m_entities.size()));
    m_rowByRef.clear();
    m_rowByRef.reserve(m_entities.size());
    QHash<QString, QString> kinds; // lower-case -> as first written
    for (int row = 0; row < m_entities.size(); ++row) {
        const Entity &e = m_entities.at(row);
        RowKeys k;
        k.ref = e.ref();
        k.kindKey = e.kind.toLower();
        QString hay;
        hay.reserve(e.name.size() + e.title.size() + e.description.size() + 16 * e.tags.size() + 4);
        hay += e.name;
        hay += u'\n';
        hay += e.title;
        hay += u'\n';
        hay += e.description;
        for (const QString &t : e.tags) {
            hay += u'\n';
            hay += t;
        }
        k.haystack = hay.toLower();
        k.owner = displayRef(e.owner, u"group");
        // A system's `system` field holds its domain: show that kind.
        k.system = displayRef(e.system, k.kindKey == u"system" ? u"domain" : u"system");
        if (!kinds.contains(k.kindKey))
            kinds.insert(k.kindKey, e.kind);
        m_rowByRef.insert(k.ref, row);
        m_keys.push_back(std::move(k));
    }
    QStringList keys = kinds.keys();
    const QStringList &pref = preferredKindOrder();
    std::sort(keys.begin(), keys.end(), [&pref](const QString &a, const QString &b) {
        const auto ia = pref.indexOf(a), ib = pref.indexOf(b);
        if (ia != ib)
            return (ia < 0 ? pref.size() : ia) < (ib < 0 ? pref.size() : ib);
        return a < b;
    });
    m_kinds.clear();
    for (const QString &k : keys)
        m_kinds << kinds.value(k);
    for (RowKeys &k : m_keys)
        k.kindRank = int(keys.indexOf(k.kindKey));
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void CatalogModel::setSourceFolders(const QStringList &folders)
{
    m_sourceFolders.clear();
    for (const QString &f : folders) {
        if (!f.isEmpty())
            m_sourceFolders << QDir::cleanPath(f) + u'/';
    }
}

QString CatalogModel::displayPath(const QString &file) const
{
    for (const QString &f : m_sourceFolders) {
        if (file.startsWith(f))
            return file.mid(f.size());
    }
    return file;
}

int CatalogModel::rowOf(const QString &ref) const
{
    return m_rowByRef.value(ref.toLower(), -1);
}

const Entity *CatalogModel::find(const QString &ref) const
{
    const int row = rowOf(ref);
    return row < 0 ? nullptr : &m_entities.at(row);
}

std::optional<Entity> CatalogModel::fullEntity(const QString &ref) const
{
    if (m_fullLoader)
        return m_fullLoader(ref);
    if (const Entity *e = find(ref))
        return *e;
    return std::nullopt;
}

} // namespace atrium
