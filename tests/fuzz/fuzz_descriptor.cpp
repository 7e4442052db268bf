// SPDX-License-Identifier: Apache-2.0
// Fuzz target: one descriptor file, read the way import and sync read it:
// the YAML reader, the validator (with issue positions), then the whole
// loader (placeholders, Locations, relations) over an in-memory source.
#include "catalogloader.h"
#include "contentsource.h"
#include "validator.h"
#include "yamlreader.h"

#include <cstddef>
#include <cstdint>

using namespace atrium;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Smaller bounds than the defaults: the same code paths, without letting
    // one input spend the fuzzer's memory budget on an allowed 2M-node file.
    YamlLimits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxNodes = 100'000;
    limits.maxScalarBytes = 256 * 1024;

    const YamlParseResult parsed = parseYaml(bytes, QStringLiteral("fuzz.yaml"), limits);
    YamlLocator locator(bytes);
    for (const YamlDocument &doc : parsed.documents) {
        for (const ValidationIssue &issue : validateEntity(doc.root))
            (void)locator.locate(doc.rawIndex, issue.path);
    }

    // The loader, as sync runs it: files fetched into memory, one thread.
    const QString base = QStringLiteral("https://github.com/acme/repo/blob/main/");
    auto source = std::make_shared<MemoryContentSource>();
    source->insert(base + QStringLiteral("catalog-info.yaml"), bytes);
    // Something for `$text`, `$json`, `$yaml` and Location targets to find.
    source->insert(base + QStringLiteral("openapi.yaml"), QByteArrayLiteral("openapi: 3.0.0\ninfo: {title: t, version: '1'}\n"));
    source->insert(base + QStringLiteral("team.yaml"),
                   QByteArrayLiteral("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: team-a}\nspec: {type: team, children: []}\n"));
    LoadOptions options;
    options.source = source;
    options.limits = limits;
    options.threads = 1;
    options.sourceId = QStringLiteral("fuzz");
    (void)CatalogLoader(options).load({base + QStringLiteral("catalog-info.yaml")});
    return 0;
}
