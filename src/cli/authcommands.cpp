// SPDX-License-Identifier: Apache-2.0
#include "authcommands.h"
#include "backstagecommands.h"
#include "cliargs.h"

#include "deviceflow.h"
#include "githubclient.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace atrium {

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("AuthCommands", text, nullptr, n);
}

#ifndef ATRIUM_GITHUB_CLIENT_ID
#define ATRIUM_GITHUB_CLIENT_ID ""
#endif

/** The GitHub OAuth app whose client id the device flow sends. GitHub runs
 *  the device flow only for a registered OAuth app with "Enable Device Flow"
 *  ticked, and Atrium has none of its own: a real deployment registers its
 *  own app and builds with -DATRIUM_GITHUB_CLIENT_ID=ID (the same cache
 *  variable the desktop app reads), or users give it with --client-id or
 *  ATRIUM_GITHUB_CLIENT_ID. Empty means none: Atrium then says what to do
 *  rather than send GitHub a client id it would refuse. A client id is
 *  public; the device flow needs no secret. */
constexpr char kDefaultClientId[] = ATRIUM_GITHUB_CLIENT_ID;

/** What Atrium needs, and why (shown when a token lacks one). */
struct NeededScope {
    const char *scope;
    const char *why;
};
constexpr NeededScope kNeededScopes[] = {
    {"repo", QT_TRANSLATE_NOOP("AuthCommands", "read catalog files in private repositories")},
    {"read:org", QT_TRANSLATE_NOOP("AuthCommands", "list an organisation's repositories and teams")},
    {"workflow", QT_TRANSLATE_NOOP("AuthCommands", "open pull requests that change .github/workflows")},
};

QStringList neededScopes()
{
    QStringList out;
    for (const auto &s : kNeededScopes)
        out << QString::fromLatin1(s.scope);
    return out;
}


int usageError(QTextStream &err, const QString &message)
{
    err << "atrium: " << message << '\n' << translated("Try 'atrium help' for usage.") << '\n';
    return 2;
}

int failure(QTextStream &err, const QString &message)
{
    err << "atrium: " << message << '\n';
    return 1;
}

bool isLoopback(const QString &host)
{
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

/** --host and --api-base-url as an endpoint. The keychain entry is named by
 *  the endpoint's host. */
bool endpointFrom(const Args &a, GitHubEndpoint *endpoint, QString *error)
{
    const QString host = a.values.value(QStringLiteral("--host")).trimmed();
    QUrl api;
    if (a.values.contains(QStringLiteral("--api-base-url"))) {
        api = QUrl(a.values.value(QStringLiteral("--api-base-url")), QUrl::StrictMode);
        if (!api.isValid() || api.host().isEmpty() || (api.scheme() != u"https" && api.scheme() != u"http")) {
            *error = translated("--api-base-url needs a URL such as https://%1/api/v3")
                         .arg(host.isEmpty() ? QStringLiteral("github.example.com") : host);
            return false;
        }
        // A token must never cross a network unencrypted: plain http only
        // to this machine (a local test server).
        if (api.scheme() == u"http" && !isLoopback(api.host())) {
            *error = translated("--api-base-url must use https (plain http is accepted only for this machine: 127.0.0.1, ::1 or localhost)");
            return false;
        }
    }
    *endpoint = GitHubEndpoint::forHost(host.isEmpty() && api.isEmpty() ? QStringLiteral("github.com") : host, api);
    return true;
}

/** Who a token belongs to and what it may do, from GET /user. */
struct Identity {
    bool ok = false;
    QString login;
    bool scopesReported = false; ///< fine-grained and GitHub App tokens send no X-OAuth-Scopes
    QStringList scopes;
    GitHubError error;
};

Identity whoAmI(const GitHubEndpoint &endpoint, const QByteArray &token)
{
    GitHubClient client(endpoint, token);
    GitHubClient::Options options = client.options();
    // A sign-in check answers now or says why; it does not sit out an hour of rate limit.
    options.waitForRateLimit = false;
    options.maxAttempts = 2;
    client.setOptions(options);
    const GitHubResponse r = client.get(QStringLiteral("user"));
    Identity id;
    if (!r.ok()) {
        id.error = r.error;
        return id;
    }
    id.ok = true;
    id.login = r.json.object().value(u"login").toString();
    for (const auto &[name, value] : r.headers) {
        if (name.compare("X-OAuth-Scopes", Qt::CaseInsensitive) == 0) {
            id.scopesReported = true;
            for (const QByteArray &s : value.split(','))
                if (!s.trimmed().isEmpty())
                    id.scopes << QString::fromLatin1(s.trimmed());
        }
    }
    return id;
}

/** GitHub's scope hierarchy: a broader scope includes some narrower ones. */
bool grants(const QStringList &granted, const QString &needed)
{
    if (granted.contains(needed))
        return true;
    if (needed == u"read:org")
        return granted.contains(QStringLiteral("write:org")) || granted.contains(QStringLiteral("admin:org"));
    return false;
}

void reportScopes(const Identity &id, QTextStream &out, QTextStream &err)
{
    if (!id.scopesReported) {
        out << translated("Token scopes: not reported (a fine-grained or GitHub App token: its repository and organisation "
                  "permissions decide what Atrium can read)")
            << '\n';
        out << translated("Needed scopes for a classic token: %1").arg(neededScopes().join(QStringLiteral(", "))) << '\n';
        return;
    }
    out << translated("Token scopes: %1").arg(id.scopes.isEmpty() ? translated("none") : id.scopes.join(QStringLiteral(", "))) << '\n';
    out << translated("Needed scopes: %1").arg(neededScopes().join(QStringLiteral(", "))) << '\n';
    for (const auto &s : kNeededScopes) {
        const QString scope = QString::fromLatin1(s.scope);
        if (!grants(id.scopes, scope))
            err << translated("warning: the token lacks the scope %1, which Atrium needs to %2. Sign in again with "
                      "'atrium auth login', or use a token that has it.")
                       .arg(scope, QCoreApplication::translate("AuthCommands", s.why))
                << '\n';
    }
}

/** --client-id, else ATRIUM_GITHUB_CLIENT_ID, else the build's own. */
QString clientIdFrom(const Args &a)
{
    if (a.values.contains(QStringLiteral("--client-id")))
        return a.values.value(QStringLiteral("--client-id")).trimmed();
    const QString fromEnvironment = qEnvironmentVariable("ATRIUM_GITHUB_CLIENT_ID").trimmed();
    return fromEnvironment.isEmpty() ? QString::fromUtf8(kDefaultClientId) : fromEnvironment;
}

/** The whole of standard input, without surrounding white space: a token
 *  piped in stays out of the shell history and the process list. */
QByteArray readStandardInput(QTextStream &err)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        err << translated("Paste the token, then press Enter and Ctrl+D:") << '\n';
        err.flush();
    }
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll().trimmed();
}

int cmdLogin(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--with-token")},
                               {QStringLiteral("--host"), QStringLiteral("--api-base-url"), QStringLiteral("--client-id"),
                                QStringLiteral("--scopes")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, translated("auth login takes no arguments, only options"));
    GitHubEndpoint endpoint;
    QString problem;
    if (!endpointFrom(a, &endpoint, &problem))
        return usageError(err, problem);
    const QStringList scopes = a.values.contains(QStringLiteral("--scopes"))
        ? a.values.value(QStringLiteral("--scopes")).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)
        : neededScopes();
    if (scopes.isEmpty())
        return usageError(err, translated("--scopes needs at least one scope, e.g. repo,read:org,workflow"));
    const bool withToken = a.flags.contains(QStringLiteral("--with-token"));
    const QString clientId = clientIdFrom(a);
    if (!withToken && clientId.isEmpty() && a.values.contains(QStringLiteral("--client-id")))
        return usageError(err, translated("--client-id needs a value"));
    if (!withToken && clientId.isEmpty())
        return failure(err, translated("This build of Atrium has no GitHub OAuth app of its own. Pass the client id of an "
                               "OAuth app with device flow enabled (--client-id ID or ATRIUM_GITHUB_CLIENT_ID), or "
                               "sign in with a personal access token: atrium auth login --with-token < token.txt"));

    // Before any sign-in: there is no point approving a code whose token
    // could not be kept.
    TokenStore store;
    if (!store.available())
        return failure(err, TokenStore::unavailableMessage());

    QByteArray token;
    Identity id;
    if (withToken) {
        token = readStandardInput(err);
        if (token.isEmpty())
            return usageError(err, translated("no token on standard input: pipe one in, e.g. atrium auth login --with-token < token.txt"));
        if (QString::fromUtf8(token).contains(QRegularExpression(QStringLiteral("\\s"))))
            return usageError(err, translated("standard input holds more than one word: give only the token"));
        id = whoAmI(endpoint, token);
        if (!id.ok)
            return failure(err, translated("The token was not stored. %1").arg(id.error.message));
    } else {
        DeviceFlow flow(endpoint);
        const DeviceCode code = flow.start(clientId, scopes);
        if (!code.isValid())
            return failure(err, code.error.message);
        out << translated("Open %1 and enter the code %2").arg(code.verificationUri.toString(), code.userCode) << '\n';
        out.flush();
        const int minutes = qMax(1, (code.expiresIn + 59) / 60);
        err << translated("Waiting for the code to be entered (it expires in %n minute(s)); Ctrl+C cancels.", minutes) << '\n';
        err.flush();
        const DeviceFlowResult result = flow.waitForAuthorization(code);
        if (!result.ok())
            return failure(err, result.error.message);
        token = result.token;
        id = whoAmI(endpoint, token);
        if (!id.ok)
            return failure(err, translated("The sign-in succeeded, but checking the new token failed, so it was not stored. %1")
                                    .arg(id.error.message));
    }

    const TokenStore::Result written = store.write(endpoint.host, token);
    if (!written.ok)
        return failure(err, written.error);
    out << translated("Signed in to %1 as %2. The token is in the system keychain.").arg(endpoint.host, id.login) << '\n';
    reportScopes(id, out, err);
    if (!qEnvironmentVariableIsEmpty("ATRIUM_GITHUB_TOKEN"))
        err << translated("note: ATRIUM_GITHUB_TOKEN is set in this environment, and Atrium uses it before the keychain.") << '\n';
    return 0;
}

int cmdStatus(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {}, {QStringLiteral("--host"), QStringLiteral("--api-base-url"), QStringLiteral("--token-env")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, translated("auth status takes no arguments, only options"));
    GitHubEndpoint endpoint;
    QString problem;
    if (!endpointFrom(a, &endpoint, &problem))
        return usageError(err, problem);

    // The same order as every command that needs a token (TokenStore::tokenFor).
    const QString tokenEnv = a.values.value(QStringLiteral("--token-env"));
    QString source = translated("the system keychain");
    if (!tokenEnv.isEmpty())
        source = translated("the environment variable %1").arg(tokenEnv);
    else if (!qEnvironmentVariableIsEmpty("ATRIUM_GITHUB_TOKEN"))
        source = translated("the environment variable %1").arg(QStringLiteral("ATRIUM_GITHUB_TOKEN"));

    const TokenStore store;
    const TokenStore::Result found = store.tokenFor(endpoint.host, tokenEnv);
    if (!found.ok)
        return failure(err, found.error);
    if (found.token.isEmpty()) {
        out << translated("Not signed in to %1: there is no token in the system keychain. Run 'atrium auth login'.").arg(endpoint.host) << '\n';
        return 1;
    }
    const Identity id = whoAmI(endpoint, found.token);
    if (!id.ok) {
        if (id.error.kind == GitHubError::Unauthorized)
            return failure(err, translated("The token from %1 does not work on %2. %3").arg(source, endpoint.host, id.error.message));
        return failure(err, translated("Could not check the token from %1 with %2. %3").arg(source, endpoint.host, id.error.message));
    }
    out << translated("Signed in to %1 as %2").arg(endpoint.host, id.login) << '\n';
    out << translated("Token from: %1").arg(source) << '\n';
    reportScopes(id, out, err);
    return 0;
}

int cmdLogout(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {}, {QStringLiteral("--host")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, translated("auth logout takes no arguments, only options"));
    const QString host = a.values.value(QStringLiteral("--host")).trimmed();
    const GitHubEndpoint endpoint = GitHubEndpoint::forHost(host.isEmpty() ? QStringLiteral("github.com") : host);

    const TokenStore store;
    const TokenStore::Result before = store.read(endpoint.host);
    if (!before.ok)
        return failure(err, before.error);
    if (before.token.isEmpty()) {
        out << translated("No token for %1 is in the system keychain; nothing to remove.").arg(endpoint.host) << '\n';
    } else {
        const TokenStore::Result removed = store.remove(endpoint.host);
        if (!removed.ok)
            return failure(err, removed.error);
        out << translated("Signed out of %1: the token is no longer in the system keychain.").arg(endpoint.host) << '\n';
        // Forgetting a token does not revoke it; only GitHub can.
        out << translated("It stays valid on GitHub until revoked there: %1/settings/applications (device sign-in) or "
                  "%1/settings/tokens (personal access token).")
                   .arg(endpoint.webBaseUrl.toString())
            << '\n';
    }
    if (!qEnvironmentVariableIsEmpty("ATRIUM_GITHUB_TOKEN"))
        err << translated("note: ATRIUM_GITHUB_TOKEN is set in this environment, and Atrium uses it before the keychain.") << '\n';
    return 0;
}

} // namespace

int cmdAuth(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usageError(err, translated("auth needs a subcommand: login, status or logout"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (rest.contains(QStringLiteral("--backstage")) || std::any_of(rest.cbegin(), rest.cend(), [](const QString &s) { return s.startsWith(QStringLiteral("--backstage=")); })) {
        // A Backstage backend's token, not GitHub's.
        const Args a = Args::parse(rest, {QStringLiteral("--with-token")}, {QStringLiteral("--backstage")});
        if (!a.error.isEmpty())
            return usageError(err, a.error);
        if (!a.positional.isEmpty())
            return usageError(err, translated("auth %1 takes no arguments, only options").arg(sub));
        return cmdBackstageAuth(sub, a, out, err);
    }
    if (sub == u"login")
        return cmdLogin(rest, out, err);
    if (sub == u"status")
        return cmdStatus(rest, out, err);
    if (sub == u"logout")
        return cmdLogout(rest, out, err);
    return usageError(err, translated("unknown auth subcommand \"%1\"").arg(sub));
}

} // namespace atrium
