// SPDX-License-Identifier: Apache-2.0
#pragma once

// The built-in actions, for the runner only.

#include "taskrunner.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace atrium::scaffolder::detail {

/** What one action invocation sees and reports. */
struct ActionRun {
    QString taskId;
    QString workspace;        ///< canonical path of the task's workspace
    QString gitDir;           ///< a scratch folder outside the workspace for git objects
    QString templateLocation; ///< TaskSpec::templateLocation
    bool dryRun = false;
    const ActionContext *ctx = nullptr;
    std::function<void(const QString &)> log;
    std::function<bool()> cancelled;
    std::function<QString(const QString &)> redact; ///< masks secrets and tokens
    QJsonObject output;
    QString error;            ///< for the user
    int *filesWritten = nullptr;
    qint64 *bytesWritten = nullptr;
};

/** Runs @p action; false with run.error set on failure. */
bool runAction(const QString &action, const QJsonObject &input, ActionRun &run);

/** @p rel resolved inside @p root (both absolute, root canonical): no `..`
 *  out, no absolute path, no symlink on the way that leads out. */
QString resolveInside(const QString &root, const QString &rel, QString *error);

/** Whether @p path (relative, `/`-separated) matches the glob @p pattern
 *  (`*`, `**`, `?`, `[...]`, `{a,b}`; dotfiles match). */
bool globMatch(const QString &pattern, const QString &path);

/** Every file under @p root (relative paths, sorted), .git excluded. */
QList<WorkspaceFile> listTree(const QString &root, bool withContent);

} // namespace atrium::scaffolder::detail
