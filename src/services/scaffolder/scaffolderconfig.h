// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "taskrunner.h"

#include <QList>
#include <QString>

namespace atrium::scaffolder {

/** Argo CD instances of a Backstage-shaped config file:
 *  `argocd.appLocatorMethods[].instances[]` with `name`, `url` and `token`
 *  (`${VAR}` in a value is read from the environment, as app-config does). */
QList<ArgoInstance> argoInstancesFromConfig(const QString &configPath);

/** The ActionContext the app and the command line run tasks with: GitHub
 *  clients for the hosts of the config file's `integrations.github` (tokens
 *  from @p tokenEnv, ATRIUM_GITHUB_TOKEN or the keychain, looked up when an
 *  action first needs one), its Argo CD instances, and @p cachePath for the
 *  history and catalog:register. A missing config file gives github.com only. */
ActionContext actionContextFromConfig(const QString &configPath, const QString &cachePath, const QString &tokenEnv = {});

} // namespace atrium::scaffolder
