// SPDX-License-Identifier: Apache-2.0
#include "backstagecommands.h"
#include "cliargs.h"

#include "backstagecatalog.h"
#include "backstageclient.h"
#include "backstagescaffolder.h"
#include "entity.h"
#include "syncconfig.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace atrium {

namespace {

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("BackstageCommands", text, nullptr, n);
}

int failure(QTextStream &err, const QString &message)
{
    err << "atrium: " << message << '\n';
    return 1;
}

int usage(QTextStream &err, const QString &message)
{
    err << "atrium: " << message << '\n' << translated("Try 'atrium help' for usage.") << '\n';
    return 2;
}

QByteArray tokenFor(const QUrl &baseUrl, QString *error)
{
    const TokenStore::Result t = TokenStore().backstageTokenFor(baseUrl);
    if (!t.ok && error)
        *error = t.error;
    return t.token;
}

/** Checks a token by reading one entity: 401 means it does not work. */
BackstageError checkToken(const QUrl &baseUrl, const QByteArray &token)
{
    BackstageClient::Options o;
    o.maxAttempts = 2;
    BackstageClient client(baseUrl, token, o);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    BackstageResponse r = client.get(QStringLiteral("/api/catalog/entities/by-query"), q, translated("read the catalog"));
    if (BackstageClient::isMissingRoute(r))
        r = client.get(QStringLiteral("/api/catalog/entities"), q, translated("read the catalog"));
    return r.error;
}

QString statusMark(const QString &status)
{
    return status.isEmpty() ? QStringLiteral("?") : status;
}

} // namespace

int cmdBackstageAuth(const QString &sub, const Args &a, QTextStream &out, QTextStream &err)
{
    const QUrl baseUrl = normalizedBackstageUrl(QUrl(a.values.value(QStringLiteral("--backstage")), QUrl::StrictMode));
    if (!isSafeBackstageUrl(baseUrl))
        return usage(err, translated("--backstage needs the backend's https URL, such as https://backstage.example.com "
                             "(plain http only for this machine)"));
    const QString key = TokenStore::backstageKey(baseUrl);
    const TokenStore store;
    if (sub == u"login") {
        if (!a.flags.contains(QStringLiteral("--with-token")))
            return usage(err, translated("a Backstage token is given on standard input: atrium auth login --backstage URL --with-token < token.txt"));
        if (!store.available())
            return failure(err, TokenStore::unavailableMessage().replace(QStringLiteral("ATRIUM_GITHUB_TOKEN"), QStringLiteral("ATRIUM_BACKSTAGE_TOKEN")));
#ifdef Q_OS_UNIX
        if (isatty(STDIN_FILENO)) {
            err << translated("Paste the token, then press Enter and Ctrl+D:") << '\n';
            err.flush();
        }
#endif
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(err, translated("cannot read standard input"));
        const QByteArray token = in.readAll().trimmed();
        if (token.isEmpty())
            return usage(err, translated("no token on standard input: pipe one in, e.g. atrium auth login --backstage URL --with-token < token.txt"));
        if (QString::fromUtf8(token).contains(QRegularExpression(QStringLiteral("\\s"))))
            return usage(err, translated("standard input holds more than one word: give only the token"));
        const BackstageError e = checkToken(baseUrl, token);
        if (e.kind == BackstageError::Unauthorized || e.kind == BackstageError::Network || e.kind == BackstageError::Tls
            || e.kind == BackstageError::Timeout)
            return failure(err, translated("The token was not stored. %1").arg(e.message));
        if (e.kind == BackstageError::PermissionDenied)
            err << translated("warning: the backend accepts the token, but its permission policy does not let it read the catalog.") << '\n';
        const TokenStore::Result written = store.write(key, token);
        if (!written.ok)
            return failure(err, written.error);
        const QString user = BackstageScaffolder::userFromToken(token);
        out << (user.isEmpty() ? translated("Signed in to Backstage at %1 with a static token. The token is in the system keychain.").arg(baseUrl.toString())
                               : translated("Signed in to Backstage at %1 as %2. The token is in the system keychain.").arg(baseUrl.toString(), user))
            << '\n';
        return 0;
    }
    if (sub == u"status") {
        QString why;
        const QByteArray token = tokenFor(baseUrl, &why);
        if (!why.isEmpty())
            return failure(err, why);
        const BackstageError e = checkToken(baseUrl, token);
        if (e.isError() && e.kind != BackstageError::PermissionDenied)
            return failure(err, e.message);
        const QString user = BackstageScaffolder::userFromToken(token);
        if (token.isEmpty())
            out << translated("No token for %1; the backend allows guest access.").arg(baseUrl.toString()) << '\n';
        else
            out << translated("Signed in to Backstage at %1 %2").arg(baseUrl.toString(), user.isEmpty() ? translated("with a static token") : translated("as %1").arg(user)) << '\n';
        if (e.kind == BackstageError::PermissionDenied)
            err << e.message << '\n';
        return 0;
    }
    if (sub == u"logout") {
        const TokenStore::Result removed = store.remove(key);
        if (!removed.ok)
            return failure(err, removed.error);
        out << translated("Signed out of Backstage at %1: the token is no longer in the system keychain.").arg(baseUrl.toString()) << '\n';
        return 0;
    }
    return usage(err, translated("unknown auth subcommand \"%1\"").arg(sub));
}

int runBackstageTemplate(const Entity &templateEntity, const SyncConfig &config, const QJsonObject &values, bool dryRun,
                         QTextStream &out, QTextStream &err)
{
    const BackstageSource *source = config.backstageSource(templateEntity.source);
    if (!source)
        return failure(err, translated("%1 came from %2, which the configuration no longer names (atrium.backstage); sync again or "
                               "pass the configuration that has it with --config").arg(templateEntity.ref(), templateEntity.source));
    QString why;
    const QByteArray token = tokenFor(source->baseUrl, &why);
    if (!why.isEmpty())
        return failure(err, why);
    BackstageClient client(source->baseUrl, token);
    BackstageScaffolder scaffolder(client);
    // Step names by id, for the log's headings.
    QStringList ids, names;
    for (const QJsonValue &v : templateEntity.data.value(u"spec").toObject().value(u"steps").toArray()) {
        const QJsonObject s = v.toObject();
        ids << s.value(u"id").toString();
        names << s.value(u"name").toString(s.value(u"id").toString(s.value(u"action").toString()));
    }
    auto stepLine = [&](const QString &stepId, const QString &status) {
        const qsizetype i = ids.indexOf(stepId);
        const QString name = i >= 0 ? names.at(i) : stepId;
        if (status == u"processing")
            out << QStringLiteral("[%1/%2] %3\n").arg(i + 1).arg(ids.size()).arg(name);
        else if (!status.isEmpty())
            out << QStringLiteral("[%1/%2] %3: %4\n").arg(i + 1).arg(ids.size()).arg(name, status);
    };
    QJsonObject output;
    if (dryRun) {
        out << translated("Dry run of %1 on %2").arg(templateEntity.ref(), source->baseUrl.toString()) << '\n';
        const BackstageDryRunResult r = scaffolder.dryRun(templateEntity.data, values);
        if (!r.ok())
            return failure(err, r.error.message);
        for (const BackstageTaskEvent &e : r.log) {
            if (!e.stepStatus.isEmpty())
                stepLine(e.stepId, e.stepStatus);
            else if (!e.message.isEmpty())
                out << "    " << e.message << '\n';
        }
        output = r.output;
        out << translated("Files:") << '\n';
        for (const auto &f : r.files)
            out << "  " << f.path << (f.executable ? translated(" (executable)") : QString()) << "  " << translated("%n bytes", int(f.content.size())) << '\n';
    } else {
        out << translated("Running %1 on %2").arg(templateEntity.ref(), source->baseUrl.toString()) << '\n';
        out.flush();
        BackstageError e;
        const QString id = scaffolder.createTask(templateEntity.ref(), values, {}, &e);
        if (id.isEmpty())
            return failure(err, e.message);
        out << translated("Task %1").arg(id) << '\n';
        const BackstageTaskOutcome o = scaffolder.follow(id, [&](const BackstageTaskEvent &ev) {
            if (!ev.stepStatus.isEmpty())
                stepLine(ev.stepId, ev.stepStatus);
            else if (ev.type == u"log" && !ev.message.isEmpty())
                out << "    " << ev.message << '\n';
            out.flush();
        });
        if (o.requestError.isError())
            return failure(err, o.requestError.message);
        output = o.output;
        if (o.status != u"completed") {
            return failure(err, o.error.isEmpty() ? translated("The task ended with the status %1.").arg(o.status) : o.error);
        }
    }
    const QJsonArray links = output.value(u"links").toArray();
    if (!links.isEmpty()) {
        out << translated("Links:") << '\n';
        for (const QJsonValue &v : links) {
            const QJsonObject l = v.toObject();
            out << "  " << l.value(u"title").toString() << ": " << (l.contains(u"url") ? l.value(u"url").toString() : l.value(u"entityRef").toString()) << '\n';
        }
    }
    for (const QJsonValue &v : output.value(u"text").toArray()) {
        const QJsonObject t = v.toObject();
        out << t.value(u"title").toString() << ":\n";
        for (const QString &line : t.value(u"content").toString().trimmed().split(u'\n'))
            out << "  " << line << '\n';
    }
    out << translated("Completed") << '\n';
    return 0;
}

int cmdBackstageTasks(const Args &a, QTextStream &out, QTextStream &err)
{
    const QString configPath = a.values.value(QStringLiteral("--config"), SyncConfig::defaultPath());
    Diagnostics problems;
    const SyncConfig config = SyncConfig::load(configPath, &problems);
    if (countErrors(problems) > 0) {
        for (const Diagnostic &d : problems)
            err << d.toString() << '\n';
        return failure(err, translated("the configuration has errors"));
    }
    const QString only = a.values.value(QStringLiteral("--backstage"));
    int shown = 0;
    int failed = 0;
    bool any = false;
    for (const BackstageSource &b : config.backstage) {
        if (!only.isEmpty() && b.name != only)
            continue;
        any = true;
        QString why;
        const QByteArray token = tokenFor(b.baseUrl, &why);
        if (!why.isEmpty()) {
            err << "atrium: " << why << '\n';
            ++failed;
            continue;
        }
        BackstageClient client(b.baseUrl, token);
        BackstageScaffolder scaffolder(client);
        QString createdBy = a.values.value(QStringLiteral("--created-by"));
        if (createdBy.isEmpty() && !a.flags.contains(QStringLiteral("--all")))
            createdBy = BackstageScaffolder::userFromToken(token);
        BackstageError e;
        const QList<BackstageTaskSummary> tasks = scaffolder.listTasks(createdBy, &e);
        if (e.isError()) {
            err << "atrium: " << b.name << ": " << e.message << '\n';
            ++failed;
            continue;
        }
        out << translated("%1 (%2), tasks %3:").arg(b.name, b.baseUrl.toString(), createdBy.isEmpty() ? translated("of everyone") : translated("of %1").arg(createdBy)) << '\n';
        for (const BackstageTaskSummary &t : tasks) {
            out << "  " << t.id.leftJustified(12) << "  " << statusMark(t.status).leftJustified(10) << "  " << t.templateRef.leftJustified(30)
                << "  " << (t.createdAt.isValid() ? t.createdAt.toUTC().toString(Qt::ISODate) : QString()) << '\n';
            ++shown;
        }
    }
    if (!any)
        return failure(err, only.isEmpty() ? translated("no Backstage backend in the configuration (atrium.backstage in %1)").arg(configPath)
                                           : translated("no Backstage backend named %1 in the configuration").arg(only));
    err << translated("%n task(s)", shown) << '\n';
    return failed ? 1 : 0;
}

void printBackstageReports(const QList<BackstageSyncReport> &reports, QTextStream &out, QTextStream &err)
{
    for (const BackstageSyncReport &r : reports) {
        for (const QString &n : r.notices)
            err << "note: " << r.sourceId << ": " << n << '\n';
        if (!r.ok()) {
            err << "failed: " << r.sourceId << ": " << r.error.message << '\n' << translated("Its previous entities are kept.") << '\n';
            continue;
        }
        out << translated("Backstage %1: %2 entities listed, %3 read, %4 written, %5 unchanged, %6 removed%7")
                   .arg(r.sourceId)
                   .arg(r.listed)
                   .arg(r.read)
                   .arg(r.written)
                   .arg(r.unchanged)
                   .arg(r.removed)
                   .arg(r.incremental ? translated(" (incremental: by uid and etag)") : QString())
            << '\n';
        out << translated("Backstage %1: %2 requests, %3 KB, %4 s; %5 problems reported by the backend; %6 docs sites")
                   .arg(r.sourceId)
                   .arg(r.requests)
                   .arg(r.bytes / 1024)
                   .arg(r.elapsedMs / 1000.0, 0, 'f', 2)
                   .arg(r.problems)
                   .arg(r.docsSites)
            << '\n';
    }
}

} // namespace atrium
