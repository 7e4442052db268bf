// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QQuickImageProvider>
#include <QString>

namespace atrium {

class AppController;

/** Images of TechDocs pages from the cache: `image://atriumdocs/REF/PATH`,
 *  REF percent-encoded (see DocsController::rewriteAssets()), PATH relative
 *  to the folder of mkdocs.yml. Registered by the composition root as
 *  `atriumdocs`. May be asked from Qt Quick's image thread: each request
 *  opens its own connection to the cache. */
class DocsImageProvider : public QQuickImageProvider
{
public:
    /** Follows the cache @p controller has open. */
    explicit DocsImageProvider(AppController *controller);
    ~DocsImageProvider() override;

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    static constexpr const char *name = "atriumdocs";

private:
    /** Dropped with the provider: its engine may go before the controller
     *  (each QML test file has an engine of its own). */
    QMetaObject::Connection m_sourceChanged;
    QMutex m_mutex;
    QString m_cachePath;
};

} // namespace atrium
