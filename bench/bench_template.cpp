// SPDX-License-Identifier: Apache-2.0
// The scaffolder's two costs a user waits for:
// - rendering a skeleton of N files (fetch:template in a dry run, which
//   renders every file and returns the tree, as the wizard's dry run does);
// - building the wizard's form of each template under a folder (the JSON
//   Schema flattened into fields, every page, with defaults), reporting the
//   slowest.
//
//   atrium-bench-template [--files N] [--runs R] [--templates DIR]
#include "formschema.h"
#include "taskrunner.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace atrium;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/** A skeleton file of about 1.5 KB in the style of the demo's: values,
 *  conditions, a loop and filters. */
QByteArray skeletonFile(int i)
{
    QByteArray out = "# ${{ values.name }} — generated file " + QByteArray::number(i) + "\n";
    out += "name: ${{ values.name | lower }}\nowner: ${{ values.owner | parseEntityRef | pick('name') }}\n";
    out += "{% if values.database == 'postgresql' %}\ndatabase:\n  engine: postgres\n  name: ${{ values.name | replace('-', '_') }}\n{% else %}\ndatabase: none\n{% endif %}\n";
    out += "ports:\n{% for p in values.ports %}\n  - port: ${{ p }}\n    name: port-${{ loop.index }}\n{% endfor %}\n";
    for (int line = 0; line < 30; ++line)
        out += "setting_" + QByteArray::number(line) + ": \"${{ values.name }}-" + QByteArray::number(line) + "\"\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int files = 200;
    int runs = 5;
    QString templatesDir = QStringLiteral(ATRIUM_COMPAT_TEMPLATES);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--files")
            files = args[i + 1].toInt();
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
        else if (args[i] == u"--templates")
            templatesDir = args[i + 1];
    }

    // 1. A skeleton of N files, rendered by fetch:template in a dry run.
    QTemporaryDir dir;
    QDir root(dir.path());
    root.mkpath(QStringLiteral("template/skeleton/src"));
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        QFile f(root.filePath(QStringLiteral("template/skeleton/src/file-%1.yaml").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray content = skeletonFile(i);
        bytes += content.size();
        f.write(content);
    }
    const QJsonObject values{{QStringLiteral("name"), QStringLiteral("${{ parameters.name }}")},
                             {QStringLiteral("owner"), QStringLiteral("group:default/team-platform")},
                             {QStringLiteral("database"), QStringLiteral("postgresql")},
                             {QStringLiteral("ports"), QJsonArray{8080, 8081, 9090}}};
    const QJsonObject step{{QStringLiteral("id"), QStringLiteral("fetch")},
                           {QStringLiteral("action"), QStringLiteral("fetch:template")},
                           {QStringLiteral("input"), QJsonObject{{QStringLiteral("url"), QStringLiteral("./skeleton")},
                                                                 {QStringLiteral("values"), values}}}};
    scaffolder::TaskSpec spec;
    spec.templateRef = QStringLiteral("template:default/bench");
    spec.templateEntity = QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("scaffolder.backstage.io/v1beta3")},
        {QStringLiteral("kind"), QStringLiteral("Template")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("steps"), QJsonArray{step}}}}};
    spec.templateLocation = root.filePath(QStringLiteral("template/template.yaml"));
    {
        QFile t(spec.templateLocation); // fetch urls resolve against the real file's folder
        if (!t.open(QIODevice::WriteOnly))
            return 1;
        t.write("# the bench's template (its steps are built in code)\n");
    }
    spec.parameters = QJsonObject{{QStringLiteral("name"), QStringLiteral("Loyalty-Service")}};
    spec.dryRun = true;
    spec.workspaceParent = dir.path();
    QList<double> renderMs;
    int rendered = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const scaffolder::TaskResult result = scaffolder::TaskRunner(spec, scaffolder::ActionContext{}).run();
        renderMs << t.nsecsElapsed() / 1e6;
        if (result.status != scaffolder::TaskResult::Completed) {
            fprintf(stderr, "dry run failed: %s\n", qPrintable(result.error));
            return 1;
        }
        rendered = int(result.files.size());
    }
    printf("skeleton: %d files (%.0f KB) rendered by fetch:template in a dry run: median %.1f ms (best %.1f) over %d runs\n",
           rendered, bytes / 1024.0, median(renderMs), *std::min_element(renderMs.cbegin(), renderMs.cend()), runs);

    // 2. The form of each template: schema, then every page's fields with defaults.
    QString slowest;
    double slowestMs = 0;
    int templates = 0;
    QDirIterator it(templatesDir, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray yaml = f.readAll();
        for (const YamlDocument &doc : parseYaml(yaml, file).documents) {
            const QJsonObject o = doc.root.toObject();
            if (o.value(u"kind").toString() != u"Template")
                continue;
            ++templates;
            QList<double> ms;
            for (int r = 0; r < 50; ++r) {
                QElapsedTimer t;
                t.start();
                const form::FormSchema schema = form::FormSchema::fromParameters(
                    o.value(u"spec").toObject().value(u"parameters"), form::keyOrderFromYaml(yaml, doc.rawIndex));
                QJsonObject v;
                int fields = 0;
                for (int p = 0; p < schema.pageCount(); ++p) {
                    v = schema.withDefaults(p, v);
                    fields += int(schema.fields(p, v).size());
                }
                ms << t.nsecsElapsed() / 1e6;
                Q_UNUSED(fields);
            }
            if (median(ms) > slowestMs) {
                slowestMs = median(ms);
                slowest = file;
            }
        }
    }
    printf("forms: %d templates; the slowest to build, %s: median %.3f ms (schema, key order, every page's fields and defaults)\n",
           templates, qPrintable(QDir(templatesDir).relativeFilePath(slowest)), slowestMs);
    return 0;
}
