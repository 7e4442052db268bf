// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogstore.h"
#include "diagnostic.h"
#include "entity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace atrium {

/** Everything the views show of one cache file, read in one go on a worker
 *  thread and handed to the GUI thread by value. */
struct CatalogSnapshot {
    QString cachePath;
    QList<Entity> entities;
    Diagnostics diagnostics;
    QList<SourceInfo> sources;
    QDateTime updatedAt;  ///< newest write of any source, UTC; invalid if never
    QString error;        ///< for the user; empty on success
    QStringList folders;  ///< local folders the sources were read from

    bool ok() const { return error.isEmpty(); }
};

/** Reads the whole cache at @p cachePath (created if missing). Opens its own
 *  CatalogStore, so it may run on any thread. */
CatalogSnapshot readCatalogCache(const QString &cachePath);

/** Imports the demo organisation bundled under the resource folder
 *  @p resourceRoot (e.g. `:/demo`): copies it into @p folder (which must
 *  exist), loads it with CatalogLoader as source `demo`, writes it into
 *  @p cachePath, and reads that cache back. */
CatalogSnapshot importDemoCatalog(const QString &resourceRoot, const QString &folder, const QString &cachePath);

/** Copies the files under @p from (a resource or real folder, hidden files
 *  included) into @p to. Returns false and sets @p error on failure. */
bool copyTree(const QString &from, const QString &to, QString *error = nullptr);

} // namespace atrium
