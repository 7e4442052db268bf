// SPDX-License-Identifier: Apache-2.0
#include "kindpalette.h"

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

} // namespace atrium
