// SPDX-License-Identifier: Apache-2.0
#include "templatecommand.h"
#include "cliargs.h"

#include "backstagecommands.h"
#include "catalogstore.h"
#include "entityref.h"
#include "syncconfig.h"
#include "scaffolderconfig.h"
#include "taskrunner.h"
#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace atrium {

namespace {

using namespace atrium::scaffolder;

int usage(QTextStream &err, const QString &msg)
{
    err << "atrium: " << msg << "\n" << "Try 'atrium help' for usage.\n";
    return 2;
}

QString cachePath(const Args &a)
{
    return a.values.value(QStringLiteral("--cache"), CatalogStore::defaultPath());
}

int cmdList(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.positional.isEmpty())
        return usage(err, QStringLiteral("template list takes no arguments, only options"));
    const QString path = cachePath(a);
    if (!QFileInfo::exists(path)) {
        err << "atrium: no catalog cache at " << path << "; run 'atrium catalog import PATH' or 'atrium sync' first\n";
        return 1;
    }
    CatalogStore store;
    QString error;
    if (!store.open(path, &error)) {
        err << "atrium: cannot open the cache " << path << ": " << error << '\n';
        return 1;
    }
    EntityQuery q;
    q.kind = QStringLiteral("Template");
    const QList<Entity> list = store.entities(q);
    int w = 3;
    for (const Entity &e : list)
        w = std::max(w, int(e.ref().size()));
    out << QStringLiteral("REF").leftJustified(w) << "  TITLE\n";
    for (const Entity &e : list)
        out << e.ref().leftJustified(w) << "  " << (e.title.isEmpty() ? e.data.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString() : e.title) << '\n';
    err << list.size() << " templates\n";
    return 0;
}

int cmdRun(const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() != 1)
        return usage(err, QStringLiteral("template run needs one template reference or template.yaml path"));
    if (!a.values.contains(QStringLiteral("--values")))
        return usage(err, QStringLiteral("template run needs --values FILE (JSON or YAML)"));
    const QString target = a.positional.first();
    TaskSpec spec;
    spec.dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    spec.workspaceParent = a.values.value(QStringLiteral("--workspace"));

    // The template: a file, or an entity of the cache.
    if (QFileInfo(target).isFile()) {
        QFile f(target);
        f.open(QIODevice::ReadOnly);
        const YamlParseResult r = parseYaml(f.readAll(), target);
        for (const YamlDocument &d : r.documents)
            if (d.root.toObject().value(QStringLiteral("kind")).toString() == u"Template")
                spec.templateEntity = d.root.toObject();
        if (spec.templateEntity.isEmpty()) {
            err << "atrium: " << target << " holds no Template entity\n";
            return 2;
        }
        const QJsonObject md = spec.templateEntity.value(QStringLiteral("metadata")).toObject();
        spec.templateRef = QStringLiteral("template:%1/%2").arg(md.value(QStringLiteral("namespace")).toString(QStringLiteral("default")),
                                                                md.value(QStringLiteral("name")).toString());
        spec.templateLocation = QFileInfo(target).absoluteFilePath();
    } else {
        QString e;
        const auto ref = EntityRef::parse(target, u"template", u"default", &e);
        if (!ref)
            return usage(err, e);
        const QString path = cachePath(a);
        CatalogStore store;
        if (!QFileInfo::exists(path) || !store.open(path, &e)) {
            err << "atrium: no catalog cache at " << path << "; pass a template.yaml path, or import the catalog first\n";
            return 1;
        }
        const auto entity = store.entity(ref->toString());
        if (!entity || entity->kind.compare(QStringLiteral("Template"), Qt::CaseInsensitive) != 0) {
            err << "atrium: no template " << ref->toString() << " in the cache\n";
            return 1;
        }
        spec.templateEntity = entity->data;
        spec.templateRef = entity->ref();
        spec.templateLocation = entity->file;
        if (entity->source.startsWith(QStringLiteral("backstage:"))) {
            // A template of a Backstage backend runs there, on its scaffolder.
            QFile vf(a.values.value(QStringLiteral("--values")));
            const YamlParseResult vr = vf.open(QIODevice::ReadOnly) ? parseYaml(vf.readAll(), vf.fileName()) : YamlParseResult{};
            if (!vr.diagnostics.isEmpty() || vr.documents.isEmpty() || !vr.documents.first().root.isObject())
                return usage(err, QStringLiteral("%1 must hold one JSON or YAML object of form values").arg(vf.fileName()));
            Diagnostics problems;
            const SyncConfig config = SyncConfig::load(a.values.value(QStringLiteral("--config"), SyncConfig::defaultPath()), &problems);
            return runBackstageTemplate(*entity, config, vr.documents.first().root.toObject(), spec.dryRun, out, err);
        }
    }

    const QString valuesPath = a.values.value(QStringLiteral("--values"));
    QFile vf(valuesPath);
    if (!vf.open(QIODevice::ReadOnly))
        return usage(err, QStringLiteral("cannot read %1").arg(valuesPath));
    const YamlParseResult vr = parseYaml(vf.readAll(), valuesPath);
    if (!vr.diagnostics.isEmpty() || vr.documents.isEmpty() || !vr.documents.first().root.isObject())
        return usage(err, QStringLiteral("%1 must hold one JSON or YAML object of form values").arg(valuesPath));
    spec.parameters = vr.documents.first().root.toObject();

    const QStringList missing = unsupportedActions(spec.templateEntity);
    if (!missing.isEmpty()) {
        err << "atrium: the template uses actions Atrium does not have: " << missing.join(QStringLiteral(", ")) << "; nothing was run\n";
        return 1;
    }

    const ActionContext ctx = actionContextFromConfig(a.values.value(QStringLiteral("--config"), SyncConfig::defaultPath()), cachePath(a),
                                                      a.values.value(QStringLiteral("--token-env")));
    TaskRunner runner(spec, ctx);
    out << "Running " << spec.templateRef << (spec.dryRun ? " (dry run)" : "") << '\n';
    const int total = int(spec.templateEntity.value(QStringLiteral("spec")).toObject().value(QStringLiteral("steps")).toArray().size());
    QObject::connect(&runner, &TaskRunner::logLine, [&](int, const QString &line) { out << "    " << line << '\n'; out.flush(); });
    QObject::connect(&runner, &TaskRunner::stepChanged, [&](int i, const StepState &s) {
        const QString head = QStringLiteral("[%1/%2] %3 (%4)").arg(i + 1).arg(total).arg(s.name, s.action);
        if (s.status == StepState::Running)
            out << head << '\n';
        else if (s.status == StepState::Skipped || s.status == StepState::Cancelled)
            out << head << ": " << StepState::statusName(s.status) << '\n';
        else if (s.status == StepState::Failed)
            out << "  failed: " << s.error << '\n';
        out.flush();
    });
    const TaskResult result = runner.run();

    const QJsonObject output = result.output;
    if (!output.value(QStringLiteral("links")).toArray().isEmpty()) {
        out << "Links:\n";
        for (const QJsonValue &v : output.value(QStringLiteral("links")).toArray()) {
            const QJsonObject l = v.toObject();
            const QString where = l.contains(QStringLiteral("url")) ? l.value(QStringLiteral("url")).toString()
                                                                    : l.value(QStringLiteral("entityRef")).toString();
            out << "  " << l.value(QStringLiteral("title")).toString() << ": " << where << '\n';
        }
    }
    for (const QJsonValue &v : output.value(QStringLiteral("text")).toArray()) {
        const QJsonObject t = v.toObject();
        out << t.value(QStringLiteral("title")).toString() << ":\n";
        for (const QString &line : t.value(QStringLiteral("content")).toString().trimmed().split(u'\n'))
            out << "  " << line << '\n';
    }
    if (spec.dryRun) {
        out << "Files:\n";
        for (const WorkspaceFile &f : result.files)
            out << "  " << f.path << (f.executable ? " (executable)" : "") << (f.binary ? " (binary)" : "") << "  "
                << f.content.size() << " bytes\n";
    }
    if (result.status != TaskResult::Completed) {
        err << "atrium: " << result.error << '\n';
        return 1;
    }
    out << "Completed\n";
    return 0;
}

} // namespace

int cmdTemplate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usage(err, QStringLiteral("template needs a subcommand: list, run or tasks"));
    const QString sub = args.first();
    const Args a = Args::parse(args.mid(1), {QStringLiteral("--dry-run"), QStringLiteral("--all")},
                               {QStringLiteral("--cache"), QStringLiteral("--values"), QStringLiteral("--config"),
                                QStringLiteral("--backstage"), QStringLiteral("--created-by"),
                                QStringLiteral("--token-env"), QStringLiteral("--workspace")});
    if (!a.error.isEmpty())
        return usage(err, a.error);
    if (sub == u"list")
        return cmdList(a, out, err);
    if (sub == u"run")
        return cmdRun(a, out, err);
    if (sub == u"tasks")
        return cmdBackstageTasks(a, out, err);
    return usage(err, QStringLiteral("unknown template subcommand \"%1\"").arg(sub));
}

} // namespace atrium
