// SPDX-License-Identifier: Apache-2.0
#include "importer.h"

#include "catalogstore.h"
#include "contentsource.h"
#include "docsimport.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace atrium {

bool importIntoStore(CatalogStore &store, const SourceInfo &source, const QStringList &paths, LoadOptions options,
                     LoadResult *result, QString *error)
{
    // The loader runs on its own thread and hands over entities as it
    // accepts them; this thread writes them. Entities are copied into the
    // queue: their data is implicitly shared, so a copy is a few reference
    // counts, and the loader's own list may grow (and move) meanwhile.
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Entity> queue;
    bool finished = false;
    options.sourceId = source.id;
    options.onEntity = [&](const Entity &e) {
        {
            std::lock_guard lock(mutex);
            queue.push_back(e);
        }
        changed.notify_one();
    };
    LoadResult loaded;
    std::thread loader([&] {
        loaded = CatalogLoader(options).load(paths);
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        changed.notify_one();
    });
    Entity current;
    const CatalogStore::EntityFeed next = [&]() -> const Entity * {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !queue.empty() || finished; });
        if (queue.empty())
            return nullptr;
        current = std::move(queue.front());
        queue.pop_front();
        return &current;
    };
    const bool ok = store.replaceSourceStreaming(source, next, [&] { return loaded.diagnostics; }, error);
    if (!ok) {
        // Let the loader finish before its captures go.
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return finished; });
    }
    loader.join();
    if (ok) {
        // Docs after the catalog, each site in its own transaction: a docs
        // failure is logged and never takes the catalog with it.
        QString docsError;
        if (!docs::storeLocalDocs(store, loaded.entities, LocalContentSource(), nullptr, &docsError))
            qWarning("atrium: the docs could not be stored: %s", qPrintable(docsError));
    }
    if (result)
        *result = std::move(loaded);
    return ok;
}

} // namespace atrium
