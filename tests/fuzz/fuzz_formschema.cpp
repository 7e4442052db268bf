// SPDX-License-Identifier: Apache-2.0
// Fuzz target: a Software Template's `spec.parameters` turned into form
// pages and fields, defaults filled in and values validated (valijson).
// Input: a template YAML (or any YAML: without `spec.parameters`, the first
// document is taken as the parameters themselves).
#include "formschema.h"
#include "yamlreader.h"

#include <cstddef>
#include <cstdint>

using namespace atrium;
using namespace atrium::form;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    YamlLimits limits;
    limits.maxFileBytes = 512 * 1024;
    limits.maxNodes = 50'000;
    const YamlParseResult parsed = parseYaml(bytes, QStringLiteral("template.yaml"), limits);
    if (parsed.documents.isEmpty())
        return 0;
    const YamlDocument &doc = parsed.documents.first();
    QJsonValue parameters = doc.root.toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("parameters"));
    QString pointer = QStringLiteral("/spec/parameters");
    if (parameters.isUndefined()) {
        parameters = doc.root;
        pointer = QString();
    }
    const KeyOrder order = keyOrderFromYaml(bytes, doc.rawIndex);
    const FormSchema form = FormSchema::fromParameters(parameters, order, pointer);
    // A template with hundreds of pages is legal and slow; a few show the code.
    for (int page = 0; page < qMin(form.pageCount(), 8); ++page) {
        QJsonObject values = form.withDefaults(page, {});
        const QList<Field> fields = form.fields(page, values);
        QHash<QString, int> choices;
        for (const Field &f : fields) {
            if (f.kind == FieldKind::OneOfChoice)
                choices.insert(f.path, 1);
            // What a user typing into the field would do.
            if (f.kind == FieldKind::Text || f.kind == FieldKind::RepoUrl || f.kind == FieldKind::EntityPicker)
                values = FormSchema::withValueAt(values, f.path, QStringLiteral("github.com?owner=a&repo=b"));
            (void)FormSchema::valueAt(values, f.path);
        }
        (void)form.fields(page, values, choices);
        (void)form.resolvedPage(page, values, choices);
        (void)form.validate(page, values, choices);
        (void)FormSchema::clean(values);
    }
    return 0;
}
