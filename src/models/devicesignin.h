// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/tokenstore.h"
#include "githubclient.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace atrium {

/** What a device sign-in on a worker thread hands back. */
struct SignInOutcome {
    bool ok = false;
    bool cancelled = false;
    QString error; ///< for the user
};

/** One GitHub device-flow sign-in, as the Sync page and the first-run
 *  welcome both start it. */
struct DeviceSignIn {
    GitHubEndpoint endpoint;
    QString clientId;
    /** repo: private repositories' files; read:org: the organisation's list. */
    QStringList scopes{QStringLiteral("repo"), QStringLiteral("read:org")};
    /** Where the token goes (the keychain); none: the sign-in fails and says so. */
    std::function<TokenStore::Result(const QString &host, const QByteArray &token)> writer;
    /** Seams on the flow's HTTP client (tests: a clock and sleeper). */
    std::function<void(GitHubClient &)> setup;
    std::shared_ptr<std::atomic_bool> cancel;
    /** Called on the worker thread once GitHub gave the code to enter. */
    std::function<void(const QString &code, const QUrl &url)> showCode;
};

/** Runs the flow to its end (blocking: call it on a worker thread): asks
 *  for a code, waits for the user to enter it, keeps the token. */
SignInOutcome runDeviceSignIn(const DeviceSignIn &job);

} // namespace atrium
