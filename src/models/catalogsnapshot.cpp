// SPDX-License-Identifier: Apache-2.0
#include "catalogsnapshot.h"

#include "catalogloader.h"
#include "contentsource.h"
#include "docsimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace atrium {

Q_LOGGING_CATEGORY(lcSnapshot, "atrium.models.snapshot")

namespace {
// A `file` source's location is what the user gave: one path, or several
// separated by newlines. Files stand for their folder.
QStringList localFolders(const QList<SourceInfo> &sources)
{
    QStringList folders;
    for (const SourceInfo &s : sources) {
        if (s.kind != u"file")
            continue;
        for (const QString &p : s.location.split(u'\n', Qt::SkipEmptyParts)) {
            const QFileInfo fi(p.trimmed());
            folders << (fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath());
        }
    }
    return folders;
}
} // namespace

CatalogSnapshot readCatalogCache(const QString &cachePath)
{
    CatalogSnapshot snap;
    snap.cachePath = cachePath;
    CatalogStore store;
    QString error;
    if (!store.open(cachePath, &error)) {
        qCWarning(lcSnapshot) << "cannot open cache" << cachePath << error;
        snap.error = QCoreApplication::translate("CatalogSnapshot", "Cannot open the catalog cache %1: %2").arg(QDir::toNativeSeparators(cachePath), error);
        return snap;
    }
    // The list needs summaries; a selected entity is read whole on demand.
    EntityQuery summaries;
    summaries.summaryOnly = true;
    snap.entities = store.entities(summaries);
    snap.diagnostics = store.diagnostics();
    snap.sources = store.sources();
    snap.updatedAt = store.lastUpdated();
    snap.folders = localFolders(snap.sources);
    return snap;
}

bool copyTree(const QString &from, const QString &to, QString *error)
{
    const QDir src(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(src.relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target)) {
            if (error)
                *error = QCoreApplication::translate("CatalogSnapshot", "Cannot write %1.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        // Resource files copy read-only; the folder must be removable.
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

CatalogSnapshot importDemoCatalog(const QString &resourceRoot, const QString &folder, const QString &cachePath)
{
    CatalogSnapshot snap;
    snap.cachePath = cachePath;
    const QString root = QDir(folder).filePath(QStringLiteral("catalog"));
    QString error;
    if (!copyTree(resourceRoot, root, &error)) {
        snap.error = error;
        return snap;
    }
    LoadOptions options;
    options.sourceId = QStringLiteral("demo");
    const LoadResult loaded = CatalogLoader(options).load({QDir(root).filePath(QStringLiteral("catalog-info.yaml"))});
    qCInfo(lcSnapshot) << "demo loaded:" << loaded.entities.size() << "entities," << loaded.errorCount() << "errors,"
                       << loaded.warningCount() << "warnings in" << loaded.stats.elapsedMs << "ms";

    SourceInfo source;
    source.id = QStringLiteral("demo");
    source.kind = QStringLiteral("file");
    source.location = root;
    source.updatedAt = QDateTime::currentDateTimeUtc();
    source.entities = int(loaded.entities.size());
    source.errors = loaded.errorCount();
    source.warnings = loaded.warningCount();
    {
        CatalogStore store;
        if (!store.open(cachePath, &error) || !store.replaceSource(source, loaded.entities, loaded.diagnostics, &error)) {
            qCWarning(lcSnapshot) << "cannot write demo cache" << cachePath << error;
            snap.error = QCoreApplication::translate("CatalogSnapshot", "Cannot write the demo catalog to %1: %2").arg(QDir::toNativeSeparators(cachePath), error);
            return snap;
        }
        // The demo's runbooks and ADRs, for the Docs section and search. A
        // docs failure is logged; the catalog is already written.
        QString docsError;
        if (!docs::storeLocalDocs(store, loaded.entities, LocalContentSource(), nullptr, &docsError))
            qCWarning(lcSnapshot) << "cannot store the demo docs" << docsError;
    }
    return readCatalogCache(cachePath);
}

} // namespace atrium
