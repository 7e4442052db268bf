// SPDX-License-Identifier: Apache-2.0
#include "docsimageprovider.h"

#include "appcontroller.h"
#include "catalogstore.h"
#include "docsstore.h"

#include <QImage>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QUrl>

namespace atrium {

Q_LOGGING_CATEGORY(lcDocsImages, "atrium.models.docsimages")

DocsImageProvider::DocsImageProvider(AppController *controller)
    : QQuickImageProvider(QQuickImageProvider::Image)
{
    if (!controller)
        return;
    m_cachePath = controller->cachePath();
    m_sourceChanged = QObject::connect(controller, &AppController::sourceChanged, controller, [this, controller] {
        QMutexLocker lock(&m_mutex);
        m_cachePath = controller->cachePath();
    });
}

DocsImageProvider::~DocsImageProvider()
{
    QObject::disconnect(m_sourceChanged);
}

QImage DocsImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QString cachePath;
    {
        QMutexLocker lock(&m_mutex);
        cachePath = m_cachePath;
    }
    const qsizetype slash = id.indexOf(u'/');
    QImage image;
    if (slash > 0 && !cachePath.isEmpty()) {
        const QString ref = QUrl::fromPercentEncoding(id.left(slash).toUtf8());
        const QString path = QUrl::fromPercentEncoding(id.mid(slash + 1).toUtf8());
        CatalogStore store;
        if (store.open(cachePath)) {
            const QByteArray data = docs::DocsStore(store).asset(ref, path);
            if (!image.loadFromData(data))
                qCInfo(lcDocsImages) << "no image" << path << "for" << ref;
        }
    }
    if (image.isNull()) {
        // A visible placeholder, not an empty gap.
        image = QImage(48, 32, QImage::Format_ARGB32);
        image.fill(QColor(0xdd, 0xe1, 0xe8));
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace atrium
