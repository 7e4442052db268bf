// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace atrium {

/** Where GitHub (and later Backstage) tokens are kept: the system keychain
 *  (Secret Service on Linux, through qtkeychain), one entry per host.
 *  Nothing is ever written in clear: where no keychain service runs, every
 *  call fails with a message that says so and names the alternative (a token
 *  from an environment variable). Calls block until the keychain answers;
 *  use them from a thread that may wait. */
class TokenStore
{
public:
    struct Result {
        bool ok = false;
        QByteArray token;   ///< read(): the token; empty when none is stored
        QString error;      ///< for the user; never holds the token
        bool unavailable = false; ///< no keychain service at all
    };

    explicit TokenStore(const QString &service = QStringLiteral("atrium"));

    Result read(const QString &host) const;
    Result write(const QString &host, const QByteArray &token) const;
    Result remove(const QString &host) const;

    /** Whether a keychain service answers (asked once, then remembered). */
    bool available() const;
    /** What to tell a user when there is no keychain service. */
    static QString unavailableMessage();

    /** The token for @p host from, in order: the environment variable
     *  @p envVar when given (the command line's --token-env), then
     *  ATRIUM_GITHUB_TOKEN, then the keychain. */
    Result tokenFor(const QString &host, const QString &envVar = {}) const;

    /** The keychain key of a Backstage backend's token: `backstage:` and its
     *  base URL without a trailing slash, so each backend has its own. */
    static QString backstageKey(const QUrl &baseUrl);
    /** A Backstage backend's token from, in order: @p envVar when given,
     *  then ATRIUM_BACKSTAGE_TOKEN, then the keychain. No token at all is
     *  not an error (a backend may allow guests): ok with an empty token. */
    Result backstageTokenFor(const QUrl &baseUrl, const QString &envVar = {}) const;

private:
    QString m_service;
    /** -1 not asked yet, 0 no keychain service, 1 one answers. Shared by
     *  copies, and atomic because the store may be used from any thread. */
    std::shared_ptr<std::atomic<int>> m_availability;
};

} // namespace atrium
