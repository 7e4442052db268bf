// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace atrium {

struct Args;
struct BackstageSyncReport;
struct Entity;
struct SyncConfig;

/** `auth login|status|logout --backstage URL`: a Backstage backend's token
 *  (read from standard input with --with-token), kept in the keychain under
 *  a key of its own. */
int cmdBackstageAuth(const QString &sub, const Args &a, QTextStream &out, QTextStream &err);

/** `template run` for a template that came from a Backstage backend: runs
 *  it there (POST /v2/tasks, the event log streamed) or, with @p dryRun,
 *  through its dry-run endpoint. */
int runBackstageTemplate(const Entity &templateEntity, const SyncConfig &config, const QJsonObject &values, bool dryRun,
                         QTextStream &out, QTextStream &err);

/** `template tasks [--config FILE] [--backstage NAME] [--created-by REF | --all]`:
 *  the user's past tasks on the configured Backstage backends. */
int cmdBackstageTasks(const Args &a, QTextStream &out, QTextStream &err);

/** The lines `atrium sync` prints for its Backstage sources. */
void printBackstageReports(const QList<BackstageSyncReport> &reports, QTextStream &out, QTextStream &err);

} // namespace atrium
