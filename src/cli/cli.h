// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace atrium {

/** True when @p args (without the program name) start with a command of the
 *  command line (`validate`, `catalog`, ...) rather than GUI options. */
bool isCliCommand(const QStringList &args);

/** Runs one command line. Writes results to @p out and problems to @p err;
 *  returns the process exit code: 0 success, 1 problems found or the command
 *  failed, 2 usage error. Needs a QCoreApplication. */
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace atrium
