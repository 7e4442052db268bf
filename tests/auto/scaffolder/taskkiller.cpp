// SPDX-License-Identifier: Apache-2.0
// Crash helper for tst_scaffolder: starts a task whose second step waits,
// and dies with SIGKILL while it runs, so that no destructor and no SQLite
// cleanup runs.
//
//   scaffolder_killer CACHE WORKSPACE_PARENT

#include "taskrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <csignal>

using namespace atrium::scaffolder;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: scaffolder_killer CACHE WORKSPACE_PARENT\n";
        return 2;
    }
    TaskSpec spec;
    spec.taskId = QStringLiteral("killed-task");
    spec.templateRef = QStringLiteral("template:default/slow");
    spec.workspaceParent = args[2];
    spec.templateEntity = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Template")},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("steps"), QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("hello")}, {QStringLiteral("action"), QStringLiteral("debug:log")},
                        {QStringLiteral("input"), QJsonObject{{QStringLiteral("message"), QStringLiteral("hello")}}}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("wait")}, {QStringLiteral("action"), QStringLiteral("debug:wait")},
                        {QStringLiteral("input"), QJsonObject{{QStringLiteral("seconds"), 30}}}}}}}}};
    ActionContext ctx;
    ctx.cachePath = args[1];
    TaskRunner runner(spec, ctx);
    QObject::connect(&runner, &TaskRunner::stepChanged, &runner, [](int index, const StepState &s) {
        if (index == 1 && s.status == StepState::Running) {
            QTextStream(stdout) << "waiting\n" << Qt::flush;
            ::raise(SIGKILL);
        }
    }, Qt::DirectConnection);
    runner.run();
    return 3; // not reached
}
