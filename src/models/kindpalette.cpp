// SPDX-License-Identifier: Apache-2.0
#include "kindpalette.h"

#include <cmath>

namespace atrium {

QColor KindPalette::colorOf(QStringView kind)
{
    static const struct {
        const char16_t *kind;
        QRgb color;
    } colors[] = {
        {u"component", 0x2f6fde}, {u"api", 0x7c4dda},   {u"resource", 0xc27803}, {u"system", 0x0f9d6e},
        {u"domain", 0x0b86b5},    {u"group", 0xd0408b}, {u"user", 0xe0602a},     {u"template", 0x0d9488},
        {u"location", 0x64748b},
    };
    for (const auto &c : colors)
        if (kind.compare(QStringView(c.kind), Qt::CaseInsensitive) == 0)
            return QColor::fromRgb(c.color);
    return QColor::fromRgb(0x6b7280);
}

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

double KindPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor KindPalette::textColorOf(QStringView kind, const QColor &background)
{
    const QColor base = colorOf(kind);
    const QColor chip = mix(background, base, kChipTint);
    // Chips also sit on hovered and selected rows, a little off the surface.
    constexpr double target = 4.5 + 0.6;
    const QColor towards = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 20; ++step) {
        const QColor c = mix(base, towards, step / 20.0);
        if (contrastRatio(c, chip) >= target)
            return QColor(c.rgb()); // whole 8-bit channels, as drawn
    }
    return towards;
}

} // namespace atrium
