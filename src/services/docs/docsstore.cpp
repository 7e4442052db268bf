// SPDX-License-Identifier: Apache-2.0
#include "docsstore.h"

#include "catalogstore.h"
#include "entityref.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace atrium::docs {

namespace {

Q_LOGGING_CATEGORY(lcDocsStore, "atrium.docs", QtInfoMsg)

constexpr qint64 kMaxAssetBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxSiteAssetBytes = 32 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::docs", text);
}

QString canonical(const QString &ref)
{
    const QString c = EntityRef::canonical(ref, u"component");
    return c.isEmpty() ? ref.trimmed().toLower() : c;
}

/** @p s, never null: QSQLITE binds a null QString as SQL NULL, and the
 *  text columns are NOT NULL. */
QString nonNull(const QString &s)
{
    return s.isNull() ? QString::fromLatin1("", 0) : s;
}

QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

/** Rolls back unless committed. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool begin(QString *error)
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active && error)
            *error = tr("Could not start writing docs to the cache: %1").arg(sqlError(q));
        return m_active;
    }
    bool commit(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            if (error)
                *error = tr("Could not save docs in the cache: %1").arg(sqlError(q));
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

QJsonArray problemsToJson(const Diagnostics &list)
{
    QJsonArray out;
    for (const Diagnostic &d : list)
        out << QJsonObject{{QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                           {QStringLiteral("file"), d.file},
                           {QStringLiteral("line"), d.line},
                           {QStringLiteral("column"), d.column},
                           {QStringLiteral("message"), d.message}};
    return out;
}

Diagnostics problemsFromJson(const QJsonArray &a)
{
    Diagnostics out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        Diagnostic d;
        d.severity = o.value(u"severity").toString() == u"warning" ? Severity::Warning : Severity::Error;
        d.file = o.value(u"file").toString();
        d.line = o.value(u"line").toInt();
        d.column = o.value(u"column").toInt();
        d.message = o.value(u"message").toString();
        out << d;
    }
    return out;
}

} // namespace

DocsStore::DocsStore(CatalogStore &store) : m_store(store) {}

bool DocsStore::storeSite(const QString &entityRef, const Site &site, const ContentSource &source, QString *error,
                          StoreStats *stats)
{
    const auto read = [&](const QString &page, QString *markdown, QString *why) {
        QByteArray data;
        if (!site.readPage(source, page, &data, why))
            return false;
        *markdown = QString::fromUtf8(data);
        return true;
    };
    return write(entityRef, site, read, &source, error, stats);
}

bool DocsStore::storeSite(const QString &entityRef, const Site &site, const QHash<QString, QString> &pages,
                          QString *error, StoreStats *stats)
{
    const auto read = [&](const QString &page, QString *markdown, QString *why) {
        const auto it = pages.constFind(page);
        if (it == pages.cend()) {
            *why = tr("not given");
            return false;
        }
        *markdown = *it;
        return true;
    };
    return write(entityRef, site, read, nullptr, error, stats);
}

bool DocsStore::write(const QString &entityRef, const Site &site,
                      const std::function<bool(const QString &, QString *, QString *)> &readPage,
                      const ContentSource *assets, QString *error, StoreStats *statsOut)
{
    if (!m_store.isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return false;
    }
    StoreStats stats;
    const QString ref = canonical(entityRef);
    const QSqlDatabase db = m_store.database();
    auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = tr("Could not store the docs of %1: %2").arg(ref, sqlError(q));
        qCWarning(lcDocsStore) << "storing docs of" << ref << "failed:" << q.lastError().text();
        return false;
    };
    Transaction tx(db);
    if (!tx.begin(error))
        return false;
    {
        QSqlQuery q(db);
        for (const char *sql : {"DELETE FROM docs_pages WHERE entity_ref = ?", "DELETE FROM docs_assets WHERE entity_ref = ?"}) {
            q.prepare(QLatin1String(sql));
            q.addBindValue(ref);
            if (!q.exec())
                return failed(q);
        }
    }
    stats.problems = site.problems();
    QSqlQuery insertPage(db);
    insertPage.prepare(QStringLiteral("INSERT INTO docs_pages (entity_ref, page_path, title, headings, anchors, body, markdown) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QStringList assetPaths;
    QElapsedTimer renderTimer;
    for (const QString &path : site.pages()) {
        QString markdown;
        QString why;
        if (!readPage(path, &markdown, &why)) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.file = site.pageLocation(path);
            d.message = tr("cannot read page %1: %2").arg(path, why);
            stats.problems << d;
            continue;
        }
        stats.bytes += markdown.size();
        renderTimer.start();
        const Page page = renderPage(markdown, path, site);
        stats.renderMs += renderTimer.elapsed();
        stats.problems += page.problems;
        for (const QString &a : page.assets)
            if (!assetPaths.contains(a))
                assetPaths << a;
        QStringList headings, anchors;
        for (const Heading &h : page.toc) {
            headings << h.text;
            anchors << h.anchor;
        }
        insertPage.addBindValue(ref);
        insertPage.addBindValue(path);
        insertPage.addBindValue(nonNull(page.title));
        insertPage.addBindValue(nonNull(headings.join(u'\n')));
        insertPage.addBindValue(nonNull(anchors.join(u'\n')));
        insertPage.addBindValue(nonNull(page.plainText));
        insertPage.addBindValue(nonNull(markdown));
        if (!insertPage.exec())
            return failed(insertPage);
        ++stats.pages;
    }
    if (assets) {
        QSqlQuery insertAsset(db);
        insertAsset.prepare(QStringLiteral("INSERT OR REPLACE INTO docs_assets (entity_ref, path, data) VALUES (?, ?, ?)"));
        qint64 total = 0;
        for (const QString &path : std::as_const(assetPaths)) {
            QByteArray data;
            QString why;
            if (!assets->read(site.assetLocation(path), kMaxAssetBytes, &data, &why)) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.file = site.assetLocation(path);
                d.message = tr("cannot read image %1: %2").arg(path, why);
                stats.problems << d;
                continue;
            }
            if (total + data.size() > kMaxSiteAssetBytes) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.file = site.assetLocation(path);
                d.message = tr("image %1 is not kept offline: the site's images pass %2 MB").arg(path).arg(kMaxSiteAssetBytes / (1024 * 1024));
                stats.problems << d;
                continue;
            }
            total += data.size();
            insertAsset.addBindValue(ref);
            insertAsset.addBindValue(path);
            insertAsset.addBindValue(data);
            if (!insertAsset.exec())
                return failed(insertAsset);
            ++stats.assets;
            stats.bytes += data.size();
        }
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO docs_sites (entity_ref, site_name, source, nav, problems, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(ref);
        q.addBindValue(nonNull(site.name()));
        q.addBindValue(nonNull(site.mkdocsLocation()));
        q.addBindValue(QString::fromUtf8(QJsonDocument(site.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(problemsToJson(stats.problems)).toJson(QJsonDocument::Compact)));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return failed(q);
    }
    if (!tx.commit(error))
        return false;
    if (statsOut)
        *statsOut = stats;
    return true;
}

bool DocsStore::removeSite(const QString &entityRef, QString *error)
{
    if (!m_store.isOpen())
        return false;
    const QString ref = canonical(entityRef);
    Transaction tx(m_store.database());
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_store.database());
    for (const char *sql : {"DELETE FROM docs_pages WHERE entity_ref = ?", "DELETE FROM docs_assets WHERE entity_ref = ?",
                            "DELETE FROM docs_sites WHERE entity_ref = ?"}) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(ref);
        if (!q.exec()) {
            if (error)
                *error = tr("Could not remove the docs of %1: %2").arg(ref, sqlError(q));
            return false;
        }
    }
    return tx.commit(error);
}

QStringList DocsStore::entityRefs() const
{
    QStringList out;
    if (!m_store.isOpen())
        return out;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT entity_ref FROM docs_sites ORDER BY entity_ref")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

std::optional<Site> DocsStore::site(const QString &entityRef) const
{
    if (!m_store.isOpen())
        return std::nullopt;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT nav FROM docs_sites WHERE entity_ref = ?"));
    q.addBindValue(canonical(entityRef));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Site::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

QDateTime DocsStore::updatedAt(const QString &entityRef) const
{
    if (!m_store.isOpen())
        return {};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT updated_at FROM docs_sites WHERE entity_ref = ?"));
    q.addBindValue(canonical(entityRef));
    if (!q.exec() || !q.next())
        return {};
    QDateTime t = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Diagnostics DocsStore::problems(const QString &entityRef) const
{
    if (!m_store.isOpen())
        return {};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT problems FROM docs_sites WHERE entity_ref = ?"));
    q.addBindValue(canonical(entityRef));
    if (!q.exec() || !q.next())
        return {};
    return problemsFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array());
}

std::optional<QString> DocsStore::pageMarkdown(const QString &entityRef, const QString &pagePath) const
{
    if (!m_store.isOpen())
        return std::nullopt;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT markdown FROM docs_pages WHERE entity_ref = ? AND page_path = ?"));
    q.addBindValue(canonical(entityRef));
    q.addBindValue(pagePath);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<Page> DocsStore::page(const QString &entityRef, const QString &pagePath, const RenderOptions &options) const
{
    const auto markdown = pageMarkdown(entityRef, pagePath);
    if (!markdown)
        return std::nullopt;
    const auto s = site(entityRef);
    if (!s)
        return std::nullopt;
    return renderPage(*markdown, pagePath, *s, options);
}

QByteArray DocsStore::asset(const QString &entityRef, const QString &assetPath) const
{
    if (!m_store.isOpen())
        return {};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT data FROM docs_assets WHERE entity_ref = ? AND path = ?"));
    q.addBindValue(canonical(entityRef));
    q.addBindValue(assetPath);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool DocsStore::optimize(QString *error)
{
    if (!m_store.isOpen())
        return false;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')"))) {
        if (error)
            *error = sqlError(q);
        return false;
    }
    return true;
}

} // namespace atrium::docs
