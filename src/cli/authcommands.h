// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace atrium {

/** `atrium auth login|status|logout ...` (@p args without the word "auth").
 *  Signs in to GitHub with the OAuth device flow or a personal access token
 *  read from standard input, keeps the token in the system keychain, and
 *  never prints it. Returns 0 on success, 1 when the command failed (or, for
 *  status, when there is no token), 2 on a usage error. */
int cmdAuth(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace atrium
