// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "taskrunner.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace atrium::scaffolder {

/** Argo CD instances of a Backstage-shaped config file:
 *  `argocd.appLocatorMethods[].instances[]` with `name`, `url` and `token`
 *  (`${VAR}` in a value is read from the environment, as app-config does). */
QList<ArgoInstance> argoInstancesFromConfig(const QString &configPath);

/** The same from the text of the file, with its problems (line and column)
 *  in @p problems when given: a missing name or url, a name used twice, a
 *  url that is not http(s), and a token written in clear instead of as a
 *  `${VAR}` reference (a warning: tokens do not belong in the file). YAML
 *  syntax errors are left to SyncConfig::parse, which reports them. */
QList<ArgoInstance> argoInstancesFromYaml(const QByteArray &yaml, const QString &path, Diagnostics *problems);

/** The ActionContext the app and the command line run tasks with: GitHub
 *  clients for the hosts of the config file's `integrations.github` (tokens
 *  from @p tokenEnv, ATRIUM_GITHUB_TOKEN or the keychain, looked up when an
 *  action first needs one), its Argo CD instances, and @p cachePath for the
 *  history and catalog:register. A missing config file gives github.com only. */
ActionContext actionContextFromConfig(const QString &configPath, const QString &cachePath, const QString &tokenEnv = {});

} // namespace atrium::scaffolder
