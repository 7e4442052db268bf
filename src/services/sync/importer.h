// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogloader.h"

#include <QString>
#include <QStringList>

namespace atrium {

class CatalogStore;
struct SourceInfo;

/** Loads @p paths and writes them into @p store as @p source, replacing what
 *  that source held, in one transaction. The cache is written while later
 *  files are still being parsed. On a write failure returns false with
 *  @p error set and leaves the cache as it was; @p result holds what was
 *  loaded either way. */
bool importIntoStore(CatalogStore &store, const SourceInfo &source, const QStringList &paths, LoadOptions options,
                     LoadResult *result, QString *error);

} // namespace atrium
