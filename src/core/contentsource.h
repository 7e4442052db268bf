// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace atrium {

/** Where the loader reads descriptor files and the files they point at
 *  (Location targets, `$text`/`$json`/`$yaml` placeholders). The same loading
 *  rules then apply to a local folder and to files fetched from GitHub. */
class ContentSource
{
public:
    virtual ~ContentSource() = default;

    /** Reads @p location (at most @p maxBytes). On failure returns false and
     *  sets @p error to a short reason ("file not found"). */
    virtual bool read(const QString &location, qint64 maxBytes, QByteArray *out, QString *error) const = 0;

    /** The location of @p target as written in the file at @p base; empty
     *  when this source cannot reach it, with @p why set to the reason. */
    virtual QString resolve(const QString &base, const QString &target, QString *why) const = 0;

    /** Whether @p location names a readable file. */
    virtual bool isFile(const QString &location) const = 0;

    /** Files matching a pattern with `*`, `?`, `[...]` or `**`, sorted;
     *  sources that cannot list return nothing. */
    virtual QStringList glob(const QString &pattern) const = 0;

    /** A folder location: the loader scans it (local sources only). */
    virtual bool isFolder(const QString &location) const = 0;
    virtual QStringList scanFolder(const QString &location) const = 0;
};

/** The local file system. Absolute URLs are out of its reach: they are read
 *  during sync. */
class LocalContentSource : public ContentSource
{
public:
    bool read(const QString &location, qint64 maxBytes, QByteArray *out, QString *error) const override;
    QString resolve(const QString &base, const QString &target, QString *why) const override;
    bool isFile(const QString &location) const override;
    QStringList glob(const QString &pattern) const override;
    bool isFolder(const QString &location) const override;
    QStringList scanFolder(const QString &location) const override;
};

/** Files already fetched (from GitHub, by sync), keyed by URL, for example
 *  `https://github.com/org/repo/blob/main/catalog-info.yaml`. Relative
 *  targets resolve as URLs do; a target that was not fetched reads as
 *  missing, with @p missingReason as the reason. */
class MemoryContentSource : public ContentSource
{
public:
    void insert(const QString &url, const QByteArray &data) { m_files.insert(url, data); }
    void setMissingReason(const QString &reason) { m_missingReason = reason; }
    bool contains(const QString &url) const { return m_files.contains(url); }

    bool read(const QString &location, qint64 maxBytes, QByteArray *out, QString *error) const override;
    QString resolve(const QString &base, const QString &target, QString *why) const override;
    bool isFile(const QString &location) const override { return m_files.contains(location); }
    QStringList glob(const QString &) const override { return {}; }
    bool isFolder(const QString &) const override { return false; }
    QStringList scanFolder(const QString &) const override { return {}; }

    /** URL resolution of @p target against @p base, as Backstage's URL
     *  reader does; empty for targets that are not relative or http(s). */
    static QString resolveUrl(const QString &base, const QString &target);

private:
    QHash<QString, QByteArray> m_files;
    QString m_missingReason = QStringLiteral("file not found");
};

bool isHttpUrl(const QString &s);

} // namespace atrium
