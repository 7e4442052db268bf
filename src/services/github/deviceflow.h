// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "githubclient.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace atrium {

/** What GitHub hands out to start a device sign-in. */
struct DeviceCode {
    QString clientId;
    QString deviceCode;      ///< secret between Atrium and GitHub: never shown or logged
    QString userCode;        ///< what the user types at verificationUri
    QUrl verificationUri;
    int expiresIn = 0;       ///< seconds
    int interval = 5;        ///< seconds between polls
    QDateTime expiresAt;     ///< on the flow's clock
    GitHubError error;

    bool isValid() const { return !deviceCode.isEmpty() && error.kind == GitHubError::None; }
};

struct DeviceFlowResult {
    enum Status { Authorized, Denied, Expired, Cancelled, Failed };
    Status status = Failed;
    QByteArray token;        ///< Authorized: the OAuth token (store it in the keyring, never log it)
    QString tokenType;
    QStringList scopes;      ///< as granted
    GitHubError error;       ///< not Authorized: a message for the user, detail for the log
    int polls = 0;
    int interval = 0;        ///< the poll interval in the end, slow_downs included

    bool ok() const { return status == Authorized; }
};

/**
 * GitHub's OAuth device flow (RFC 8628): start() asks for a user code, the
 * user enters it at the verification URL, and waitForAuthorization() polls at
 * the interval GitHub asks for (five seconds more after each slow_down) until
 * the user approves or denies, the code expires, or the caller cancels.
 * Blocking, for a worker thread; waits go through http()'s sleeper and clock.
 */
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    explicit DeviceFlow(const GitHubEndpoint &endpoint, QObject *parent = nullptr);
    ~DeviceFlow() override;

    /** The HTTP client underneath (no token): set its sleeper, clock, cancel check or timeouts here. */
    GitHubClient &http();

    DeviceCode start(const QString &clientId, const QStringList &scopes);
    DeviceFlowResult waitForAuthorization(const DeviceCode &code);

Q_SIGNALS:
    /** Show these to the user: the code to type and where. */
    void userCodeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    /** After each poll that did not finish: authorization_pending or slow_down. */
    void polled(const QString &state, int intervalSeconds);

private:
    GitHubEndpoint m_endpoint;
    GitHubClient m_http;
};

} // namespace atrium
