// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** The colour of each entity kind, in one place for the views (chips,
 *  graph boxes, legends) and for what C++ draws itself (graph exports). */
class KindPalette : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    /** The colour of @p kind (any case); grey for kinds without one. */
    static QColor colorOf(QStringView kind);
    Q_INVOKABLE QColor color(const QString &kind) const { return colorOf(kind); }
};

} // namespace atrium
