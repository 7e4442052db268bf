// SPDX-License-Identifier: Apache-2.0
// Fuzz target: entity references and the name rules, as written in
// descriptors (`owner: group:team-a`) and typed on the command line.
// Input: the reference, optionally preceded by a default kind and a tab.
#include "entityref.h"
#include "validator.h"

#include <cstddef>
#include <cstdint>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringView text = input;
    QStringView defaultKind;
    if (const qsizetype tab = input.indexOf(u'\t'); tab >= 0) {
        defaultKind = text.left(tab);
        text = text.mid(tab + 1);
    }
    for (QStringView kind : {defaultKind, QStringView(u"group"), QStringView()}) {
        QString error;
        const auto ref = EntityRef::parse(text, kind, u"default", &error);
        if (ref) {
            const QString canonical = ref->toString();
            (void)ref->humanString(kind);
            // The canonical form parses back to itself, unless the caller's
            // default kind was not a kind at all (callers pass fixed kinds;
            // one holding '/' or ':' cannot survive the round trip).
            if (kind.isEmpty() || rules::isValidKind(kind)) {
                const auto again = EntityRef::parse(canonical);
                if (!again || again->toString() != canonical)
                    __builtin_trap();
            }
        }
        (void)EntityRef::isValid(text, kind, &error);
        (void)EntityRef::canonical(text, kind, u"custom-ns");
    }
    (void)canonicalRef(u"component", text, text);
    (void)rules::isValidEntityName(text);
    (void)rules::isValidNamespace(text);
    (void)rules::isValidKind(text);
    (void)rules::isValidApiVersion(text);
    (void)rules::isValidDnsSubdomain(text);
    (void)rules::isValidLabelOrAnnotationKey(text);
    (void)rules::isValidLabelValue(text);
    (void)rules::isValidTag(text);
    (void)rules::isAbsoluteUrl(text);
    return 0;
}
