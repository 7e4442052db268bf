// SPDX-License-Identifier: Apache-2.0
#include "contentsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace atrium {

bool isHttpUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://");
}

namespace {

bool hasGlob(const QString &s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
}

bool readLocal(const QString &path, qint64 maxBytes, QByteArray *out, QString *error)
{
    QFile f(path);
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *error = QStringLiteral("file not found");
        return false;
    }
    if (fi.isDir()) {
        *error = QStringLiteral("is a folder, not a file");
        return false;
    }
    if (fi.size() > maxBytes) {
        *error = QStringLiteral("file is %1 bytes, over the limit of %2 bytes").arg(fi.size()).arg(maxBytes);
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    *out = f.read(maxBytes + 1);
    if (out->size() > maxBytes) {
        *error = QStringLiteral("file is over the limit of %1 bytes").arg(maxBytes);
        return false;
    }
    return true;
}

/** Expands a glob pattern (segments may hold `*`, `?`, `[...]`; `**` spans
 *  folders) into the files that match, sorted. */
QStringList expandGlob(const QString &pattern)
{
    const QString clean = QDir::cleanPath(pattern);
    const QStringList parts = clean.split(u'/');
    QStringList bases{clean.startsWith(u'/') ? QStringLiteral("/") : QString()};
    for (int i = 0; i < parts.size(); ++i) {
        const QString &seg = parts[i];
        if (seg.isEmpty())
            continue;
        const bool last = i == parts.size() - 1;
        QStringList next;
        for (const QString &b : bases) {
            const QString dir = b.isEmpty() ? QStringLiteral(".") : b;
            auto join = [&](const QString &name) {
                return b.isEmpty() ? name : (b.endsWith(u'/') ? b + name : b + u'/' + name);
            };
            if (seg == u"**") {
                next << b; // zero folders
                QDirIterator it(dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString p = it.next();
                    next << (b.isEmpty() ? QDir(QStringLiteral(".")).relativeFilePath(p) : p);
                }
            } else if (hasGlob(seg)) {
                const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(seg));
                const QDir d(dir);
                const auto entries = d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
                for (const QString &name : entries)
                    if (re.match(name).hasMatch()) {
                        const QFileInfo fi(d.filePath(name));
                        if (last ? fi.isFile() : fi.isDir())
                            next << join(name);
                    }
            } else {
                next << join(seg);
            }
        }
        next.removeDuplicates();
        bases = next;
    }
    QStringList files;
    for (const QString &b : bases)
        if (QFileInfo(b).isFile())
            files << QFileInfo(b).absoluteFilePath();
    files.removeDuplicates();
    files.sort();
    return files;
}

bool isYamlFile(const QString &name)
{
    return name.endsWith(u".yaml", Qt::CaseInsensitive) || name.endsWith(u".yml", Qt::CaseInsensitive);
}

QStringList scanLocalFolder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList subdirs;
    while (it.hasNext()) {
        const QString p = it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isDir()) {
            if (!fi.fileName().startsWith(u'.') && fi.fileName() != u"node_modules")
                subdirs << p;
        } else if (isYamlFile(fi.fileName())) {
            files << fi.absoluteFilePath();
        }
    }
    files.sort();
    subdirs.sort();
    for (const QString &s : subdirs)
        files += scanLocalFolder(s);
    return files;
}

} // namespace

bool LocalContentSource::read(const QString &location, qint64 maxBytes, QByteArray *out, QString *error) const
{
    return readLocal(location, maxBytes, out, error);
}

QString LocalContentSource::resolve(const QString &base, const QString &target, QString *why) const
{
    if (isHttpUrl(target)) {
        if (why)
            *why = QStringLiteral("remote files are read during sync, not from a local import");
        return {};
    }
    return QDir::cleanPath(QDir(QFileInfo(base).absolutePath()).absoluteFilePath(target));
}

bool LocalContentSource::isFile(const QString &location) const
{
    return QFileInfo(location).isFile();
}

QStringList LocalContentSource::glob(const QString &pattern) const
{
    return expandGlob(pattern);
}

bool LocalContentSource::isFolder(const QString &location) const
{
    return QFileInfo(location).isDir();
}

QStringList LocalContentSource::scanFolder(const QString &location) const
{
    return scanLocalFolder(QFileInfo(location).absoluteFilePath());
}

bool MemoryContentSource::read(const QString &location, qint64 maxBytes, QByteArray *out, QString *error) const
{
    const auto it = m_files.constFind(location);
    if (it == m_files.constEnd()) {
        *error = m_missingReason;
        return false;
    }
    if (it->size() > maxBytes) {
        *error = QStringLiteral("file is %1 bytes, over the limit of %2 bytes").arg(it->size()).arg(maxBytes);
        return false;
    }
    *out = *it;
    return true;
}

QString MemoryContentSource::resolveUrl(const QString &base, const QString &target)
{
    if (isHttpUrl(target))
        return QUrl(target).toString();
    if (target.contains(u"://"))
        return {};
    const QUrl resolved = QUrl(base).resolved(QUrl(target));
    return resolved.isValid() ? resolved.toString() : QString();
}

QString MemoryContentSource::resolve(const QString &base, const QString &target, QString *why) const
{
    const QString url = resolveUrl(base, target);
    if (url.isEmpty() && why)
        *why = QStringLiteral("only relative paths and http(s) URLs can be read");
    return url;
}

} // namespace atrium
