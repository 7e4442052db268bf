// SPDX-License-Identifier: Apache-2.0
#include "devicesignin.h"

#include "deviceflow.h"

#include <QCoreApplication>

namespace atrium {

SignInOutcome runDeviceSignIn(const DeviceSignIn &job)
{
    // The Sync page's strings, where they were first translated.
    constexpr char kContext[] = "atrium::SyncController";
    SignInOutcome out;
    DeviceFlow flow(job.endpoint);
    if (job.cancel)
        flow.http().setCancelCheck([cancel = job.cancel] { return cancel->load(); });
    if (job.setup)
        job.setup(flow.http());
    if (job.showCode)
        QObject::connect(&flow, &DeviceFlow::userCodeReady, &flow,
                         [show = job.showCode](const QString &code, const QUrl &url, const QDateTime &) { show(code, url); },
                         Qt::DirectConnection);
    const DeviceCode code = flow.start(job.clientId, job.scopes);
    if (!code.isValid()) {
        out.error = code.error.message;
        return out;
    }
    const DeviceFlowResult result = flow.waitForAuthorization(code);
    if (!result.ok()) {
        out.cancelled = result.status == DeviceFlowResult::Cancelled;
        out.error = result.error.message;
        return out;
    }
    if (!job.writer) {
        out.error = QCoreApplication::translate(kContext, "Signed in, but there is nowhere to keep the token: set ATRIUM_GITHUB_TOKEN instead.");
        return out;
    }
    const TokenStore::Result stored = job.writer(job.endpoint.host, result.token);
    if (!stored.ok) {
        out.error = stored.error.isEmpty() ? QCoreApplication::translate(kContext, "The token could not be stored in the system keychain.")
                                           : stored.error;
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace atrium
