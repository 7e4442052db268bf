// SPDX-License-Identifier: Apache-2.0
#include "docsimport.h"

#include "catalogstore.h"
#include "contentsource.h"
#include "docsstore.h"
#include "entity.h"
#include "mkdocssite.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>

namespace atrium::docs {

Q_LOGGING_CATEGORY(lcDocsImport, "atrium.docs.import")

bool storeLocalDocs(CatalogStore &store, const QList<Entity> &entities, const ContentSource &source,
                    DocsImportStats *stats, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    DocsImportStats out;
    DocsStore docs(store);
    const QStringList storedList = docs.entityRefs();
    const QSet<QString> stored(storedList.cbegin(), storedList.cend());
    bool ok = true;
    for (const Entity &e : entities) {
        const QString ref = e.ref();
        const TechDocsRef where = resolveTechDocsRef(e, source);
        switch (where.kind) {
        case TechDocsRef::Kind::None:
            if (stored.contains(ref)) {
                QString why;
                if (docs.removeSite(ref, &why))
                    ++out.removed;
                else
                    qCWarning(lcDocsImport) << "cannot remove the docs of" << ref << why;
            }
            continue;
        case TechDocsRef::Kind::Invalid:
            out.problems.append({Severity::Error, e.file, 0, 0, where.error, ref});
            continue;
        case TechDocsRef::Kind::Url:
            // Another repository: only a sync can read it. What was stored keeps.
            if (!stored.contains(ref))
                out.problems.append({Severity::Warning, e.file, 0, 0,
                                     QCoreApplication::translate("atrium::docs::DocsImport",
                                                                 "The docs at %1 are read by a GitHub sync, not by a local import.")
                                         .arg(where.annotation),
                                     ref});
            continue;
        case TechDocsRef::Kind::Dir:
            break;
        }
        const Site site = Site::load(source, where.mkdocsLocation);
        StoreStats s;
        QString why;
        if (!docs.storeSite(ref, site, source, &why, &s)) {
            // The cache refused a write: stop, the catalog itself is already stored.
            qCWarning(lcDocsImport) << "cannot store the docs of" << ref << why;
            if (error)
                *error = why;
            ok = false;
            break;
        }
        ++out.sites;
        out.pages += s.pages;
        for (Diagnostic d : s.problems) {
            if (d.entityRef.isEmpty())
                d.entityRef = ref;
            out.problems.append(d);
        }
    }
    QString why;
    if (!SearchIndex(store).rebuildEntities(&why)) {
        qCWarning(lcDocsImport) << "cannot rebuild the search index" << why;
        if (ok && error)
            *error = why;
        ok = false;
    }
    qCInfo(lcDocsImport) << "docs stored:" << out.sites << "sites," << out.pages << "pages," << out.problems.size()
                         << "problems in" << timer.elapsed() << "ms";
    if (stats)
        *stats = std::move(out);
    return ok;
}

} // namespace atrium::docs
