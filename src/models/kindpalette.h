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

    /** The colour of @p kind moved towards black (on a light @p background)
     *  or white (on a dark one) until text in it on the kind's chip tint
     *  over @p background reads at WCAG AA (4.5:1, with a margin). */
    static QColor textColorOf(QStringView kind, const QColor &background);
    Q_INVOKABLE QColor textColor(const QString &kind, const QColor &background) const
    {
        return textColorOf(kind, background);
    }
    /** The WCAG 2 contrast ratio of two opaque colours (1 to 21). */
    static double contrastRatio(const QColor &a, const QColor &b);
    /** The alpha of the tint chips draw behind a kind's name. */
    static constexpr double kChipTint = 0.12;
};

} // namespace atrium
