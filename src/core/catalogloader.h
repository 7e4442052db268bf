// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "entity.h"
#include "yamlreader.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace atrium {

class ContentSource;

struct LoadOptions {
    /** Where files are read; the local file system when null. */
    std::shared_ptr<const ContentSource> source;
    YamlLimits limits;
    bool followLocations = true;
    /** Report references to entities that are not loaded (warnings). Off
     *  for checking one repository's file in CI, where the rest of the
     *  catalog is elsewhere. */
    bool checkReferences = true;
    int threads = 0;   ///< parse workers; 0 = one per core
    QString sourceId;  ///< stamped on every entity (Entity::source)
    /** Checked by the loader between files; returning true stops the load. */
    std::function<bool()> cancelled;
    /** Called on the loading thread for each entity as it is accepted (in
     *  load order, duplicates already dropped), while later files are still
     *  being parsed: lets a caller write entities as they come. Relations
     *  then hold only the entity's own declarations; inverses are added when
     *  the load ends. */
    std::function<void(const Entity &)> onEntity;
};

struct LoadStats {
    int files = 0;        ///< descriptor files read
    int documents = 0;    ///< non-empty YAML documents seen
    int skippedFiles = 0; ///< YAML files in scanned folders that hold no entity
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
};

struct LoadResult {
    QList<Entity> entities;   ///< valid entities, first occurrence of each ref
    Diagnostics diagnostics;  ///< errors and warnings, in load order
    QStringList files;        ///< every file read, in order
    LoadStats stats;
    bool cancelled = false;

    int errorCount() const { return countErrors(diagnostics); }
    int warningCount() const { return int(diagnostics.size()) - errorCount(); }
};

/** Loads Backstage descriptor files from the local file system, the way the
 *  catalog ingests a `file` location:
 *  - every document of every file is parsed, substituted (`$text`, `$json`,
 *    `$yaml`, relative to the file) and validated; invalid entities are left
 *    out and their errors reported with file, line and column;
 *  - Location entities are followed (`target`, `targets`, relative paths and
 *    globs), each file read once;
 *  - a second entity with the same kind, namespace and name is an error that
 *    names both places; the first one stays;
 *  - relations (and their inverses) are built; references to entities that
 *    are not loaded are warnings.
 *  A folder given as a path is scanned for `*.yaml` and `*.yml` files; files
 *  in it that hold no entity (an OpenAPI document, `mkdocs.yml`) are skipped,
 *  and so are the skeleton folders of the Templates found there, which are
 *  templates, not catalog data. Files are parsed on worker threads. */
class CatalogLoader
{
public:
    explicit CatalogLoader(LoadOptions options = {});
    LoadResult load(const QStringList &paths) const;

private:
    LoadOptions m_options;
};

} // namespace atrium
