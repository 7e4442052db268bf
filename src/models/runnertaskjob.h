// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "createtask.h"
#include "taskrunner.h"

namespace atrium {

/** The Create wizard's task factory over the scaffolder's TaskRunner.
 *  @p context is asked for the runner's services at each run (tokens and
 *  the cache may have changed since the app started). A template naming an
 *  action Atrium lacks is refused before anything runs. */
CreateTaskFactory runnerTaskFactory(std::function<scaffolder::ActionContext()> context,
                                    std::function<QJsonObject()> user = {});

} // namespace atrium
