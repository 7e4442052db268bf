// SPDX-License-Identifier: Apache-2.0
#include "actions_p.h"
#include "gitpush.h"
#include "taskstore.h"

#include "catalogstore.h"
#include "githubclient.h"
#include "importer.h"
#include "templateengine.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QEventLoop>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace atrium::scaffolder::detail {

namespace {

QString str(const QJsonObject &o, const char *key, const QString &def = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return def;
}

bool boolean(const QJsonObject &o, const char *key, bool def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : def;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        if (x.isString())
            out << x.toString();
    return out;
}

/** A symbolic link's target as written (relative stays relative). */
QString readLinkRaw(const QString &path)
{
#ifdef Q_OS_UNIX
    QByteArray buf(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buf.data(), size_t(buf.size()));
    return n < 0 ? QString() : QFile::decodeName(buf.left(n));
#else
    return QFileInfo(path).symLinkTarget();
#endif
}

bool isBinary(const QByteArray &data)
{
    if (data.left(8000).contains('\0'))
        return true;
    QStringDecoder dec(QStringDecoder::Utf8);
    (void)QString(dec(data));
    return dec.hasError();
}

// ---- Workspace writes ------------------------------------------------------

bool countWrite(ActionRun &run, const QString &rel, qint64 size)
{
    const Limits &l = run.ctx->limits;
    if (size > l.maxFileBytes) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1 is %2 bytes, over the limit of %3 bytes per file (maxFileBytes).").arg(rel).arg(size).arg(l.maxFileBytes);
        return false;
    }
    if (++*run.filesWritten > l.maxFiles) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The task writes more than %1 files, the limit (maxFiles).").arg(l.maxFiles);
        return false;
    }
    *run.bytesWritten += size;
    if (*run.bytesWritten > l.maxTotalBytes) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The task writes more than %1 bytes in all, the limit (maxTotalBytes).").arg(l.maxTotalBytes);
        return false;
    }
    return true;
}

bool writeFile(ActionRun &run, const QString &abs, const QByteArray &data, QFile::Permissions perms = {})
{
    const QString rel = QDir(run.workspace).relativeFilePath(abs);
    if (!countWrite(run, rel, data.size()))
        return false;
    QDir().mkpath(QFileInfo(abs).absolutePath());
    QFile f(abs);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot write %1: %2").arg(rel, f.errorString());
        return false;
    }
    f.close();
    if (perms)
        f.setPermissions(perms);
    return true;
}

// ---- Where fetch urls point ---------------------------------------------------

std::unique_ptr<GitHubClient> client(ActionRun &run, const QString &host);
QString ghError(const GitHubResponse &r, const QString &what);

/** Copies the files under @p folder of OWNER/REPO at @p ref on @p host into
 *  @p staging (made here), through GitHub's trees and blobs; what it is, for
 *  messages, is @p what. Returns the staging folder, canonical, or empty with
 *  @p error set. Bounded by the task's file limit. */
QString downloadGitHubFolder(ActionRun &run, const QString &host, const QString &owner, const QString &repo, const QString &ref,
                             const QString &folder, const QString &staging, const QString &what, QString *error)
{
    auto gh = client(run, host);
    if (!gh) {
        *error = run.error;
        run.error.clear();
        return {};
    }
    gh->setCancelCheck(run.cancelled);
    const GitHubResponse tree = gh->get(QStringLiteral("repos/%1/%2/git/trees/%3?recursive=1").arg(owner, repo, ref));
    if (!tree.ok()) {
        *error = ghError(tree, QCoreApplication::translate("atrium::scaffolder", "Reading %1 from %2/%3").arg(what, owner, repo));
        return {};
    }
    QDir().mkpath(staging);
    const QString root = QFileInfo(staging).canonicalFilePath();
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    int count = 0;
    for (const QJsonValue &v : tree.json.object().value(QStringLiteral("tree")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString path = e.value(QStringLiteral("path")).toString();
        if (e.value(QStringLiteral("type")).toString() != u"blob" || !path.startsWith(prefix))
            continue;
        if (++count > run.ctx->limits.maxFiles) {
            *error = QCoreApplication::translate("atrium::scaffolder", "%1 has more than %2 files, the limit (maxFiles).").arg(what).arg(run.ctx->limits.maxFiles);
            return {};
        }
        const GitHubResponse blob = gh->get(QStringLiteral("repos/%1/%2/git/blobs/%3").arg(owner, repo, e.value(QStringLiteral("sha")).toString()));
        if (!blob.ok()) {
            *error = ghError(blob, QCoreApplication::translate("atrium::scaffolder", "Reading %1 of %2").arg(path, what));
            return {};
        }
        const QByteArray data = QByteArray::fromBase64(blob.json.object().value(QStringLiteral("content")).toString().toLatin1());
        QString e2;
        const QString out = resolveInside(root, path.mid(prefix.size()), &e2);
        if (out.isEmpty()) {
            *error = e2;
            return {};
        }
        QDir().mkpath(QFileInfo(out).absolutePath());
        const QString mode = e.value(QStringLiteral("mode")).toString();
        if (mode == u"120000") {
            QFile::link(QString::fromUtf8(data), out);
            continue;
        }
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            *error = QCoreApplication::translate("atrium::scaffolder", "Cannot copy %1 of %2.").arg(path, what);
            return {};
        }
        f.close();
        if (mode == u"100755")
            f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Read %1 files of %2 from %3/%4 at %5").arg(count).arg(what, owner, repo, ref));
    return root;
}

/** A template read from GitHub (https://HOST/OWNER/REPO/blob/REF/PATH): its
 *  folder is copied once per task into a scratch folder beside the
 *  workspace, and fetch actions then read that copy like a local template.
 *  Only the template's own folder is copied, so relative `url`s cannot reach
 *  the rest of the repository, as for local templates. */
QString remoteTemplateDir(ActionRun &run, QString *error)
{
    const QUrl url(run.templateLocation);
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 5 || parts[2] != u"blob") {
        *error = QCoreApplication::translate("atrium::scaffolder", "Fetching files of a template read from %1 is not supported: only GitHub file URLs (…/blob/REF/PATH) are.").arg(run.templateLocation);
        return {};
    }
    const QString staging = run.gitDir + QStringLiteral("-template");
    if (QFileInfo(staging).isDir())
        return QFileInfo(staging).canonicalFilePath();
    return downloadGitHubFolder(run, url.host(), parts[0], parts[1], parts[3], parts.mid(4, parts.size() - 5).join(u'/'), staging,
                                QCoreApplication::translate("atrium::scaffolder", "the template"), error);
}

/** An absolute fetch url on a configured GitHub host, as Backstage's URL
 *  reader takes them: https://HOST/OWNER/REPO/tree/REF/PATH (a folder) or
 *  …/blob/REF/PATH (a file). Read into a folder beside the workspace; the
 *  path of what was fetched, or empty with run.error set. */
QString fetchRemote(ActionRun &run, const QString &urlText)
{
    const QUrl url(urlText);
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (url.scheme() != u"https" || parts.size() < 4 || (parts[2] != u"tree" && parts[2] != u"blob")) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "Fetching from %1 is not supported: only GitHub folder and file URLs (https://HOST/OWNER/REPO/tree/REF/PATH) and urls relative to the template are.").arg(urlText);
        return {};
    }
    const bool file = parts[2] == u"blob";
    const QStringList path = parts.mid(4);
    if (file && path.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1 names no file.").arg(urlText);
        return {};
    }
    const QString folder = (file ? path.mid(0, path.size() - 1) : path).join(u'/');
    static QAtomicInt fetches;
    const QString staging = run.gitDir + QStringLiteral("-fetch-%1").arg(fetches.fetchAndAddRelaxed(1));
    QString error;
    const QString root = downloadGitHubFolder(run, url.host(), parts[0], parts[1], parts[3], folder, staging, urlText, &error);
    if (root.isEmpty()) {
        run.error = error;
        return {};
    }
    if (!file)
        return root;
    const QString out = QDir(root).filePath(path.last());
    if (!QFileInfo(out).isFile()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1 is not in the repository.").arg(urlText);
        return {};
    }
    return out;
}

/** The template's folder, canonical (a local copy for templates on GitHub). */
QString templateDir(ActionRun &run, QString *error)
{
    const QString loc = run.templateLocation;
    if (loc.startsWith(u"https://") || loc.startsWith(u"http://"))
        return remoteTemplateDir(run, error);
    const QString path = loc.startsWith(u"file://") ? QUrl(loc).toLocalFile() : loc;
    const QFileInfo fi(path);
    const QString dir = fi.isDir() ? fi.canonicalFilePath() : fi.canonicalPath();
    if (dir.isEmpty())
        *error = QCoreApplication::translate("atrium::scaffolder", "The template's location %1 does not exist.").arg(loc);
    return dir;
}

/** A fetch url resolved against the template's folder; must stay inside it.
 *  Empty, with run.error saying why, when it cannot be fetched (as targetIn). */
QString resolveFetchUrl(ActionRun &run, const QString &url)
{
    QString *error = &run.error;
    if (url.isEmpty()) {
        *error = QCoreApplication::translate("atrium::scaffolder", "The input \"url\" is missing.");
        return {};
    }
    if (url.contains(u"://"))
        return fetchRemote(run, url);
    const QString dir = templateDir(run, error);
    if (dir.isEmpty())
        return {};
    if (QDir::isAbsolutePath(url)) {
        *error = QCoreApplication::translate("atrium::scaffolder", "The url %1 is an absolute path; only paths inside the template's folder can be fetched.").arg(url);
        return {};
    }
    const QString resolved = resolveInside(dir, url, error);
    if (resolved.isEmpty())
        *error = QCoreApplication::translate("atrium::scaffolder", "The url %1 leads outside the template's folder.").arg(url);
    return resolved;
}

QString targetIn(ActionRun &run, const QJsonObject &input, const QString &def = QStringLiteral("./"))
{
    const QString t = str(input, "targetPath", def);
    QString e;
    const QString abs = resolveInside(run.workspace, t, &e);
    if (abs.isEmpty())
        run.error = QCoreApplication::translate("atrium::scaffolder", "The targetPath %1 is outside the workspace: %2").arg(t, e);
    return abs;
}

// ---- fetch:* -----------------------------------------------------------------

struct Entry {
    QString rel;
    QFileInfo info;
};

QList<Entry> sourceEntries(const QString &src)
{
    QList<Entry> out;
    QDirIterator it(src, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << Entry{QDir(src).relativeFilePath(it.filePath()), it.fileInfo()};
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.rel < b.rel; });
    return out;
}

bool copySymlink(ActionRun &run, const QString &srcLink, const QString &out)
{
    const QString target = readLinkRaw(srcLink);
    const QString rel = QDir(run.workspace).relativeFilePath(out);
    QString e;
    if (QDir::isAbsolutePath(target)
        || resolveInside(run.workspace, QDir(run.workspace).relativeFilePath(QFileInfo(out).absolutePath()) + u'/' + target, &e).isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The symbolic link %1 points outside the workspace (%2); it is not copied.").arg(rel, target);
        return false;
    }
    if (!countWrite(run, rel, 0))
        return false;
    QDir().mkpath(QFileInfo(out).absolutePath());
    QFile::remove(out);
    if (!QFile::link(target, out)) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot create the symbolic link %1.").arg(rel);
        return false;
    }
    return true;
}

bool fetchPlain(ActionRun &run, const QJsonObject &input, bool file)
{
    const QString src = resolveFetchUrl(run, str(input, "url"));
    if (src.isEmpty())
        return false;
    if (file && str(input, "targetPath").isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The input \"targetPath\" is missing.");
        return false;
    }
    const QString target = targetIn(run, input);
    if (target.isEmpty())
        return false;
    if (file) {
        QFile f(src);
        if (!QFileInfo(src).isFile() || !f.open(QIODevice::ReadOnly)) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "%1 is not a readable file of the template.").arg(str(input, "url"));
            return false;
        }
        run.log(QCoreApplication::translate("atrium::scaffolder", "Fetching %1 to %2").arg(str(input, "url"), QDir(run.workspace).relativeFilePath(target)));
        return writeFile(run, target, f.readAll(), QFileInfo(src).permissions());
    }
    if (!QFileInfo(src).isDir()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1 is not a folder of the template.").arg(str(input, "url"));
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Fetching %1 to %2").arg(str(input, "url"), str(input, "targetPath", QStringLiteral("./"))));
    for (const Entry &en : sourceEntries(src)) {
        QString e;
        const QString out = resolveInside(run.workspace, QDir(run.workspace).relativeFilePath(target) + u'/' + en.rel, &e);
        if (out.isEmpty()) {
            run.error = e;
            return false;
        }
        if (en.info.isSymLink()) {
            if (!copySymlink(run, en.info.filePath(), out))
                return false;
        } else if (en.info.isDir()) {
            QDir().mkpath(out);
        } else {
            QFile f(en.info.filePath());
            if (!f.open(QIODevice::ReadOnly) || !writeFile(run, out, f.readAll(), en.info.permissions())) {
                if (run.error.isEmpty())
                    run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot read %1.").arg(en.rel);
                return false;
            }
        }
    }
    return true;
}

struct RenderSetup {
    tmpl::Options options;
    QJsonObject context;
};

RenderSetup renderSetup(const QJsonObject &input)
{
    RenderSetup r;
    const bool cookie = boolean(input, "cookiecutterCompat", false);
    r.options.trimBlocks = boolean(input, "trimBlocks", false);
    r.options.lstripBlocks = boolean(input, "lstripBlocks", false);
    r.options.cookiecutterCompat = cookie;
    if (cookie) {
        r.options.variableStart = QStringLiteral("{{");
        r.options.variableEnd = QStringLiteral("}}");
    }
    const QJsonObject values = input.value(QStringLiteral("values")).toObject();
    r.context.insert(cookie ? QStringLiteral("cookiecutter") : QStringLiteral("values"), values);
    return r;
}

bool renderText(ActionRun &run, const RenderSetup &rs, const QString &source, const QString &what, QString *out)
{
    tmpl::Error err;
    const tmpl::Template t = tmpl::Template::parse(source, rs.options, &err);
    if (!err.isError())
        *out = t.render(rs.context, &err);
    if (err.isError()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1: line %2: %3").arg(what).arg(err.line).arg(err.message);
        return false;
    }
    return true;
}

bool fetchTemplate(ActionRun &run, const QJsonObject &input)
{
    const QString url = str(input, "url");
    const QString src = resolveFetchUrl(run, url);
    if (src.isEmpty())
        return false;
    if (!QFileInfo(src).isDir()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1 is not a folder of the template.").arg(url);
        return false;
    }
    const QString target = targetIn(run, input);
    if (target.isEmpty())
        return false;
    QString ext;
    const QJsonValue extV = input.value(QStringLiteral("templateFileExtension"));
    if (extV.isBool() && extV.toBool())
        ext = QStringLiteral(".njk");
    else if (extV.isString())
        ext = extV.toString().startsWith(u'.') ? extV.toString() : u'.' + extV.toString();
    const QStringList globs = strings(input.value(QStringLiteral("copyWithoutTemplating")));
    if (!ext.isEmpty() && (!globs.isEmpty() || boolean(input, "cookiecutterCompat", false))) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "templateFileExtension cannot be combined with copyWithoutTemplating or cookiecutterCompat.");
        return false;
    }
    if (input.contains(QStringLiteral("copyWithoutRender")))
        run.log(QCoreApplication::translate("atrium::scaffolder", "copyWithoutRender is ignored, as in Backstage since scaffolder-backend 2.0; use copyWithoutTemplating."));
    const bool replace = boolean(input, "replace", false);
    const RenderSetup rs = renderSetup(input);

    // Globs match an entry or a folder above it; a `!` glob takes a match back.
    QStringList positive, negative;
    for (const QString &g : globs) {
        QString p = g.startsWith(u'!') ? g.mid(1) : g;
        if (p.startsWith(QStringLiteral("./")))
            p = p.mid(2);
        (g.startsWith(u'!') ? negative : positive) << p;
    }
    auto verbatim = [&](const QString &rel) {
        auto any = [&](const QStringList &ps) {
            QString path = rel;
            while (!path.isEmpty()) {
                for (const QString &p : ps)
                    if (globMatch(p, path))
                        return true;
                const qsizetype slash = path.lastIndexOf(u'/');
                path = slash < 0 ? QString() : path.left(slash);
            }
            return false;
        };
        return any(positive) && !any(negative);
    };

    run.log(QCoreApplication::translate("atrium::scaffolder", "Fetching template content from %1 to %2").arg(url, str(input, "targetPath", QStringLiteral("./"))));
    const QString targetRel = QDir(run.workspace).relativeFilePath(target);
    for (const Entry &en : sourceEntries(src)) {
        if (run.cancelled()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Cancelled.");
            return false;
        }
        QString local = en.rel;
        bool renderContents = true;
        if (!ext.isEmpty()) {
            renderContents = en.info.isFile() && local.endsWith(ext);
            if (renderContents)
                local.chop(ext.size());
        } else {
            renderContents = !verbatim(en.rel);
        }
        // Paths are always rendered (also for copyWithoutTemplating, as 4.3.0 does).
        if (!renderText(run, rs, local, QCoreApplication::translate("atrium::scaffolder", "the path %1").arg(en.rel), &local))
            return false;
        if (local.isEmpty() || local.startsWith(u'/') || local.contains(QStringLiteral("//")) || local.endsWith(u'/')) {
            run.log(QCoreApplication::translate("atrium::scaffolder", "Skipping %1: its rendered path is empty").arg(en.rel));
            continue;
        }
        QString e;
        const QString out = resolveInside(run.workspace, targetRel + u'/' + local, &e);
        if (out.isEmpty()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "The rendered path %1 is outside the workspace: %2").arg(local, e);
            return false;
        }
        if (en.info.isSymLink()) {
            if (!copySymlink(run, en.info.filePath(), out))
                return false;
            continue;
        }
        if (en.info.isDir()) {
            QDir().mkpath(out);
            continue;
        }
        if (QFileInfo::exists(out) && !replace) {
            run.log(QCoreApplication::translate("atrium::scaffolder", "Keeping the existing file %1").arg(QDir(run.workspace).relativeFilePath(out)));
            continue;
        }
        QFile f(en.info.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot read %1.").arg(en.rel);
            return false;
        }
        QByteArray data = f.readAll();
        if (renderContents && !isBinary(data)) {
            QString text;
            if (!renderText(run, rs, QString::fromUtf8(data), en.rel, &text))
                return false;
            data = text.toUtf8();
        }
        if (!writeFile(run, out, data, en.info.permissions()))
            return false;
    }
    return true;
}

bool fetchTemplateFile(ActionRun &run, const QJsonObject &input)
{
    const QString url = str(input, "url");
    const QString src = resolveFetchUrl(run, url);
    if (src.isEmpty())
        return false;
    QFile f(src);
    if (!QFileInfo(src).isFile() || !f.open(QIODevice::ReadOnly)) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "%1 is not a readable file of the template.").arg(url);
        return false;
    }
    if (str(input, "targetPath").isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The input \"targetPath\" is missing.");
        return false;
    }
    const QString target = targetIn(run, input);
    if (target.isEmpty())
        return false;
    if (QFileInfo::exists(target) && !boolean(input, "replace", false)) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Keeping the existing file %1").arg(str(input, "targetPath")));
        return true;
    }
    QByteArray data = f.readAll();
    if (!isBinary(data)) {
        QString text;
        if (!renderText(run, renderSetup(input), QString::fromUtf8(data), url, &text))
            return false;
        data = text.toUtf8();
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Fetching template file %1 to %2").arg(url, str(input, "targetPath")));
    return writeFile(run, target, data, QFileInfo(src).permissions());
}

// ---- fs:*, debug:log, catalog:write -------------------------------------------

bool debugLog(ActionRun &run, const QJsonObject &input)
{
    if (input.contains(QStringLiteral("message")))
        for (const QString &line : str(input, "message").split(u'\n'))
            run.log(line);
    const QJsonValue lw = input.value(QStringLiteral("listWorkspace"));
    const bool contents = lw.toString() == u"with-contents";
    if ((lw.isBool() && lw.toBool()) || lw.toString() == u"with-filenames" || contents) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Workspace:"));
        for (const WorkspaceFile &f : listTree(run.workspace, contents)) {
            run.log(QStringLiteral("  ") + f.path);
            if (contents && !f.binary)
                for (const QString &line : QString::fromUtf8(f.content).split(u'\n'))
                    run.log(QStringLiteral("    ") + line);
        }
    }
    return true;
}

bool fsDelete(ActionRun &run, const QJsonObject &input)
{
    const QStringList patterns = strings(input.value(QStringLiteral("files")));
    if (patterns.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "fs:delete needs \"files\", a list of paths or globs.");
        return false;
    }
    const QList<WorkspaceFile> all = listTree(run.workspace, false);
    for (QString p : patterns) {
        QString e;
        if (QDir::isAbsolutePath(p) || resolveInside(run.workspace, p, &e).isEmpty()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Refusing to delete %1: it is outside the workspace.").arg(p);
            return false;
        }
        p = QDir::cleanPath(p);
        const QString direct = resolveInside(run.workspace, p, &e);
        if (QFileInfo(direct).isDir() && !QFileInfo(direct).isSymLink()) {
            QDir(direct).removeRecursively();
            run.log(QCoreApplication::translate("atrium::scaffolder", "Deleted %1").arg(p));
            continue;
        }
        for (const WorkspaceFile &f : all) {
            if (globMatch(p, f.path)) {
                QFile::remove(run.workspace + u'/' + f.path);
                run.log(QCoreApplication::translate("atrium::scaffolder", "Deleted %1").arg(f.path));
            }
        }
    }
    return true;
}

bool fsRename(ActionRun &run, const QJsonObject &input)
{
    const QJsonArray files = input.value(QStringLiteral("files")).toArray();
    if (files.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "fs:rename needs \"files\", a list of {from, to}.");
        return false;
    }
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        const QString from = str(o, "from"), to = str(o, "to");
        if (from.isEmpty() || to.isEmpty()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Each fs:rename entry needs \"from\" and \"to\".");
            return false;
        }
        QString e;
        const QString src = QDir::isAbsolutePath(from) ? QString() : resolveInside(run.workspace, from, &e);
        const QString dst = QDir::isAbsolutePath(to) ? QString() : resolveInside(run.workspace, to, &e);
        if (src.isEmpty() || dst.isEmpty()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Refusing to rename %1 to %2: both must be inside the workspace.").arg(from, to);
            return false;
        }
        if (!QFileInfo::exists(src) && !QFileInfo(src).isSymLink()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot rename %1: there is no such file in the workspace.").arg(from);
            return false;
        }
        if (QFileInfo::exists(dst)) {
            if (!boolean(o, "overwrite", false)) {
                run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot rename %1 to %2: the destination exists (set overwrite: true).").arg(from, to);
                return false;
            }
            if (QFileInfo(dst).isDir())
                QDir(dst).removeRecursively();
            else
                QFile::remove(dst);
        }
        QDir().mkpath(QFileInfo(dst).absolutePath());
        if (!QDir().rename(src, dst)) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot rename %1 to %2.").arg(from, to);
            return false;
        }
        run.log(QCoreApplication::translate("atrium::scaffolder", "Renamed %1 to %2").arg(from, to));
    }
    return true;
}

bool catalogWrite(ActionRun &run, const QJsonObject &input)
{
    const QString path = str(input, "filePath", QStringLiteral("catalog-info.yaml"));
    QString e;
    const QString abs = QDir::isAbsolutePath(path) ? QString() : resolveInside(run.workspace, path, &e);
    if (abs.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The filePath %1 is outside the workspace.").arg(path);
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Writing the catalog file %1").arg(path));
    return writeFile(run, abs, toYaml(input.value(QStringLiteral("entity"))).toUtf8());
}

// ---- GitHub ------------------------------------------------------------------

struct RepoUrl {
    QString host, owner, repo;
};

bool parseRepoUrl(ActionRun &run, const QJsonObject &input, RepoUrl *out)
{
    const QString s = str(input, "repoUrl");
    const qsizetype q = s.indexOf(u'?');
    if (s.isEmpty() || q <= 0) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The repoUrl \"%1\" is not of the form host?owner=OWNER&repo=REPO.").arg(s);
        return false;
    }
    const QUrlQuery query(s.mid(q + 1));
    out->host = s.left(q);
    out->owner = query.queryItemValue(QStringLiteral("owner"));
    out->repo = query.queryItemValue(QStringLiteral("repo"));
    if (out->owner.isEmpty() || out->repo.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The repoUrl \"%1\" needs both owner and repo.").arg(s);
        return false;
    }
    const QStringList allowed = strings(input.value(QStringLiteral("allowedHosts")));
    if (!allowed.isEmpty() && !allowed.contains(out->host)) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The host %1 is not among the template's allowedHosts (%2).").arg(out->host, allowed.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

std::unique_ptr<GitHubClient> client(ActionRun &run, const QString &host)
{
    std::unique_ptr<GitHubClient> c = run.ctx->githubClient ? run.ctx->githubClient(host) : nullptr;
    if (!c)
        run.error = QCoreApplication::translate("atrium::scaffolder", "No GitHub integration is configured for %1 (integrations.github in the configuration), or there is no token for it.").arg(host);
    return c;
}

QString ghError(const GitHubResponse &r, const QString &what)
{
    QString msg = r.error.message;
    const QString apiMessage = r.json.object().value(QStringLiteral("message")).toString();
    const QJsonArray errs = r.json.object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errs)
        if (!e.toObject().value(QStringLiteral("message")).toString().isEmpty())
            msg += QStringLiteral(" ") + e.toObject().value(QStringLiteral("message")).toString();
    if (!apiMessage.isEmpty() && !msg.contains(apiMessage))
        msg += QStringLiteral(" (") + apiMessage + u')';
    return QCoreApplication::translate("atrium::scaffolder", "%1 failed: %2").arg(what, msg.trimmed());
}

/** The `token` input when a template passes one (a user's OAuth token from
 *  secrets), else the integration's. */
QByteArray tokenFor(ActionRun &run, const QString &host, const QJsonObject &input)
{
    const QJsonValue t = input.value(QStringLiteral("token"));
    if (t.isString() && !t.toString().isEmpty())
        return t.toString().toUtf8();
    return run.ctx->tokenForHost ? run.ctx->tokenForHost(host) : QByteArray();
}

std::unique_ptr<GitHubClient> clientFor(ActionRun &run, const QString &host, const QJsonObject &input)
{
    auto c = client(run, host);
    const QJsonValue t = input.value(QStringLiteral("token"));
    if (c && t.isString() && !t.toString().isEmpty())
        c->setToken(t.toString().toUtf8());
    if (c)
        c->setCancelCheck(run.cancelled);
    return c;
}

bool publishGitHub(ActionRun &run, const QJsonObject &input)
{
    RepoUrl ru;
    if (!parseRepoUrl(run, input, &ru))
        return false;
    const QString branch = str(input, "defaultBranch", QStringLiteral("main"));
    const QString visibility = str(input, "repoVisibility", QStringLiteral("private"));
    const QString description = str(input, "description");
    const QStringList topics = strings(input.value(QStringLiteral("topics")));
    const QString sourcePath = str(input, "sourcePath", QStringLiteral("."));
    QString e;
    const QString source = resolveInside(run.workspace, sourcePath, &e);
    if (source.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The sourcePath %1 is outside the workspace.").arg(sourcePath);
        return false;
    }
    const QString html = QStringLiteral("https://%1/%2/%3").arg(ru.host, ru.owner, ru.repo);
    if (run.dryRun) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would create the %1 repository %2/%3 on %4 (description \"%5\", topics %6)")
                    .arg(visibility, ru.owner, ru.repo, ru.host, description, topics.join(QStringLiteral(", "))));
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would push the files of %1 to its %2 branch").arg(sourcePath, branch));
        run.output = QJsonObject{{QStringLiteral("remoteUrl"), html},
                                 {QStringLiteral("repoContentsUrl"), html + QStringLiteral("/blob/") + branch},
                                 {QStringLiteral("commitHash"), QStringLiteral("0000000000000000000000000000000000000000")}};
        return true;
    }
    auto gh = clientFor(run, ru.host, input);
    if (!gh)
        return false;
    gh->setCancelCheck(run.cancelled);
    // An organisation or the signed-in user's own account.
    const GitHubResponse owner = gh->get(QStringLiteral("users/") + ru.owner);
    if (!owner.ok()) {
        run.error = ghError(owner, QCoreApplication::translate("atrium::scaffolder", "Looking up the owner %1").arg(ru.owner));
        return false;
    }
    const bool isOrg = owner.json.object().value(QStringLiteral("type")).toString() == u"Organization";
    QJsonObject body{{QStringLiteral("name"), ru.repo},
                     {QStringLiteral("private"), visibility != u"public"},
                     {QStringLiteral("description"), description}};
    if (isOrg)
        body.insert(QStringLiteral("visibility"), visibility);
    if (input.contains(QStringLiteral("homepage")))
        body.insert(QStringLiteral("homepage"), str(input, "homepage"));
    // The repository settings Backstage's action takes, under GitHub's names;
    // only those the template gives, so GitHub's defaults stay the defaults.
    static const QList<QPair<const char *, const char *>> settings{
        {"hasWiki", "has_wiki"}, {"hasProjects", "has_projects"}, {"hasIssues", "has_issues"},
        {"allowMergeCommit", "allow_merge_commit"}, {"allowSquashMerge", "allow_squash_merge"},
        {"allowRebaseMerge", "allow_rebase_merge"}, {"allowAutoMerge", "allow_auto_merge"},
        {"deleteBranchOnMerge", "delete_branch_on_merge"}, {"squashMergeCommitTitle", "squash_merge_commit_title"},
        {"squashMergeCommitMessage", "squash_merge_commit_message"}};
    for (const auto &[ours, theirs] : settings)
        if (input.contains(QLatin1String(ours)))
            body.insert(QLatin1String(theirs), input.value(QLatin1String(ours)));
    run.log(QCoreApplication::translate("atrium::scaffolder", "Creating the repository %1/%2").arg(ru.owner, ru.repo));
    const GitHubResponse created = gh->post(isOrg ? QStringLiteral("orgs/%1/repos").arg(ru.owner) : QStringLiteral("user/repos"),
                                            QJsonDocument(body));
    if (!created.ok()) {
        run.error = ghError(created, QCoreApplication::translate("atrium::scaffolder", "Creating the repository %1/%2").arg(ru.owner, ru.repo));
        return false;
    }
    const QJsonObject repo = created.json.object();
    const QString htmlUrl = repo.value(QStringLiteral("html_url")).toString(html);
    const QString cloneUrl = repo.value(QStringLiteral("clone_url")).toString();
    if (!topics.isEmpty()) {
        const GitHubResponse t = gh->put(QStringLiteral("repos/%1/%2/topics").arg(ru.owner, ru.repo),
                                         QJsonDocument(QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(topics)}}));
        if (!t.ok()) {
            run.error = ghError(t, QCoreApplication::translate("atrium::scaffolder", "Setting the topics"));
            return false;
        }
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Pushing the workspace to %1").arg(htmlUrl));
    GitCommitSpec gs;
    gs.gitDir = run.gitDir;
    gs.remoteUrl = cloneUrl;
    gs.token = tokenFor(run, ru.host, input);
    gs.authorName = str(input, "gitAuthorName", run.ctx->gitAuthorName);
    gs.authorEmail = str(input, "gitAuthorEmail", run.ctx->gitAuthorEmail);
    gs.message = str(input, "gitCommitMessage", QStringLiteral("initial commit"));
    gs.when = run.ctx->clock ? run.ctx->clock() : QDateTime::currentDateTimeUtc();
    gs.cancelled = run.cancelled;
    const GitResult pushed = pushInitialCommit(gs, source, branch);
    if (!pushed.ok) {
        run.error = pushed.error;
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Pushed commit %1 to %2").arg(pushed.commitHash, branch));
    // Collaborators: users and teams with their access, as Backstage's
    // action gives them; one that cannot be added is a warning, not a failure.
    for (const QJsonValue &c : input.value(QStringLiteral("collaborators")).toArray()) {
        const QJsonObject co = c.toObject();
        const QString access = co.value(QStringLiteral("access")).toString(QStringLiteral("pull"));
        const QString user = co.value(QStringLiteral("user")).toString(co.value(QStringLiteral("username")).toString());
        const QString team = co.value(QStringLiteral("team")).toString();
        const QJsonDocument permission(QJsonObject{{QStringLiteral("permission"), access}});
        GitHubResponse added;
        if (!team.isEmpty())
            added = gh->put(QStringLiteral("orgs/%1/teams/%2/repos/%1/%3").arg(ru.owner, team, ru.repo), permission);
        else if (!user.isEmpty())
            added = gh->put(QStringLiteral("repos/%1/%2/collaborators/%3").arg(ru.owner, ru.repo, user), permission);
        else
            continue;
        if (added.ok())
            run.log(QCoreApplication::translate("atrium::scaffolder", "Gave %1 %2 access").arg(team.isEmpty() ? user : team, access));
        else
            run.log(QCoreApplication::translate("atrium::scaffolder", "Warning: %1 could not be given %2 access: %3")
                        .arg(team.isEmpty() ? user : team, access, ghError(added, QCoreApplication::translate("atrium::scaffolder", "Adding a collaborator"))));
    }
    if (boolean(input, "protectDefaultBranch", true)) {
        QJsonObject reviews{{QStringLiteral("required_approving_review_count"), input.value(QStringLiteral("requiredApprovingReviewCount")).toInt(1)},
                            {QStringLiteral("require_code_owner_reviews"), boolean(input, "requireCodeOwnerReviews", false)},
                            {QStringLiteral("dismiss_stale_reviews"), boolean(input, "dismissStaleReviews", false)}};
        const QStringList contexts = strings(input.value(QStringLiteral("requiredStatusCheckContexts")));
        const QJsonValue checks = contexts.isEmpty() && !input.contains(QStringLiteral("requireBranchesToBeUpToDate"))
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonObject{{QStringLiteral("strict"), boolean(input, "requireBranchesToBeUpToDate", true)},
                                     {QStringLiteral("contexts"), QJsonArray::fromStringList(contexts)}});
        QJsonObject prot{{QStringLiteral("required_status_checks"), checks},
                         {QStringLiteral("enforce_admins"), boolean(input, "protectEnforceAdmins", true)},
                         {QStringLiteral("required_pull_request_reviews"), reviews},
                         {QStringLiteral("restrictions"), QJsonValue::Null}};
        if (input.contains(QStringLiteral("requiredConversationResolution")))
            prot.insert(QStringLiteral("required_conversation_resolution"), boolean(input, "requiredConversationResolution", false));
        const GitHubResponse p = gh->put(QStringLiteral("repos/%1/%2/branches/%3/protection").arg(ru.owner, ru.repo, branch), QJsonDocument(prot));
        // As Backstage: a repository without protection is still a repository.
        if (!p.ok())
            run.log(QCoreApplication::translate("atrium::scaffolder", "Warning: the default branch could not be protected: %1").arg(ghError(p, QCoreApplication::translate("atrium::scaffolder", "Branch protection"))));
    }
    run.output = QJsonObject{{QStringLiteral("remoteUrl"), htmlUrl},
                             {QStringLiteral("repoContentsUrl"), htmlUrl + QStringLiteral("/blob/") + branch},
                             {QStringLiteral("commitHash"), pushed.commitHash}};
    return true;
}

bool publishPullRequest(ActionRun &run, const QJsonObject &input)
{
    RepoUrl ru;
    if (!parseRepoUrl(run, input, &ru))
        return false;
    const QString branchName = str(input, "branchName");
    const QString title = str(input, "title");
    if (branchName.isEmpty() || title.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "publish:github:pull-request needs \"branchName\" and \"title\".");
        return false;
    }
    const QString sourcePath = str(input, "sourcePath", QStringLiteral("."));
    const QString targetPath = str(input, "targetPath");
    QString e;
    const QString source = resolveInside(run.workspace, sourcePath, &e);
    if (source.isEmpty() || targetPath.contains(QStringLiteral(".."))) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "The sourcePath %1 or targetPath %2 leaves its folder.").arg(sourcePath, targetPath);
        return false;
    }
    if (run.dryRun) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would commit the files of %1 under %2 on a new branch %3 of %4/%5")
                    .arg(sourcePath, targetPath.isEmpty() ? QStringLiteral("/") : targetPath, branchName, ru.owner, ru.repo));
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would open the pull request \"%1\"").arg(title));
        run.output = QJsonObject{{QStringLiteral("remoteUrl"), QStringLiteral("https://%1/%2/%3/pull/0").arg(ru.host, ru.owner, ru.repo)},
                                 {QStringLiteral("pullRequestNumber"), 0},
                                 {QStringLiteral("targetBranchName"), str(input, "targetBranchName", QStringLiteral("main"))}};
        return true;
    }
    auto gh = clientFor(run, ru.host, input);
    if (!gh)
        return false;
    gh->setCancelCheck(run.cancelled);
    const GitHubResponse repoResp = gh->get(QStringLiteral("repos/%1/%2").arg(ru.owner, ru.repo));
    if (!repoResp.ok()) {
        run.error = ghError(repoResp, QCoreApplication::translate("atrium::scaffolder", "Reading the repository %1/%2").arg(ru.owner, ru.repo));
        return false;
    }
    const QJsonObject repo = repoResp.json.object();
    const QString base = str(input, "targetBranchName", repo.value(QStringLiteral("default_branch")).toString(QStringLiteral("main")));
    GitCommitSpec gs;
    gs.gitDir = run.gitDir;
    gs.remoteUrl = repo.value(QStringLiteral("clone_url")).toString();
    gs.token = tokenFor(run, ru.host, input);
    gs.authorName = str(input, "gitAuthorName", run.ctx->gitAuthorName);
    gs.authorEmail = str(input, "gitAuthorEmail", run.ctx->gitAuthorEmail);
    gs.message = str(input, "commitMessage", title);
    gs.when = run.ctx->clock ? run.ctx->clock() : QDateTime::currentDateTimeUtc();
    gs.cancelled = run.cancelled;
    run.log(QCoreApplication::translate("atrium::scaffolder", "Committing to the branch %1 of %2/%3").arg(branchName, ru.owner, ru.repo));
    const GitResult pushed = pushBranchCommit(gs, source, targetPath, base, branchName, strings(input.value(QStringLiteral("filesToDelete"))));
    if (!pushed.ok) {
        run.error = pushed.error;
        return false;
    }
    const QJsonObject prBody{{QStringLiteral("title"), title},
                             {QStringLiteral("body"), str(input, "description")},
                             {QStringLiteral("head"), branchName},
                             {QStringLiteral("base"), base},
                             {QStringLiteral("draft"), boolean(input, "draft", false)}};
    const GitHubResponse pr = gh->post(QStringLiteral("repos/%1/%2/pulls").arg(ru.owner, ru.repo), QJsonDocument(prBody));
    if (!pr.ok()) {
        run.error = ghError(pr, QCoreApplication::translate("atrium::scaffolder", "Opening the pull request"));
        return false;
    }
    const int number = pr.json.object().value(QStringLiteral("number")).toInt();
    const QStringList reviewers = strings(input.value(QStringLiteral("reviewers")));
    const QStringList teams = strings(input.value(QStringLiteral("teamReviewers")));
    if (!reviewers.isEmpty() || !teams.isEmpty()) {
        const GitHubResponse rr = gh->post(QStringLiteral("repos/%1/%2/pulls/%3/requested_reviewers").arg(ru.owner, ru.repo).arg(number),
                                           QJsonDocument(QJsonObject{{QStringLiteral("reviewers"), QJsonArray::fromStringList(reviewers)},
                                                                     {QStringLiteral("team_reviewers"), QJsonArray::fromStringList(teams)}}));
        if (!rr.ok())
            run.log(QCoreApplication::translate("atrium::scaffolder", "Warning: reviewers could not be requested: %1").arg(ghError(rr, QCoreApplication::translate("atrium::scaffolder", "Requesting reviewers"))));
    }
    const QStringList assignees = strings(input.value(QStringLiteral("assignees")));
    if (!assignees.isEmpty()) {
        const GitHubResponse ar = gh->post(QStringLiteral("repos/%1/%2/issues/%3/assignees").arg(ru.owner, ru.repo).arg(number),
                                           QJsonDocument(QJsonObject{{QStringLiteral("assignees"), QJsonArray::fromStringList(assignees)}}));
        if (!ar.ok())
            run.log(QCoreApplication::translate("atrium::scaffolder", "Warning: the pull request could not be assigned: %1").arg(ghError(ar, QCoreApplication::translate("atrium::scaffolder", "Assigning the pull request"))));
    }
    const QString url = pr.json.object().value(QStringLiteral("html_url")).toString();
    run.log(QCoreApplication::translate("atrium::scaffolder", "Opened pull request #%1: %2").arg(number).arg(url));
    run.output = QJsonObject{{QStringLiteral("remoteUrl"), url},
                             {QStringLiteral("pullRequestNumber"), number},
                             {QStringLiteral("targetBranchName"), base}};
    return true;
}

bool actionsDispatch(ActionRun &run, const QJsonObject &input)
{
    RepoUrl ru;
    if (!parseRepoUrl(run, input, &ru))
        return false;
    const QString workflow = str(input, "workflowId");
    const QString ref = str(input, "branchOrTagName", QStringLiteral("main"));
    if (run.dryRun) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would start the workflow %1 of %2/%3 on %4").arg(workflow, ru.owner, ru.repo, ref));
        return true;
    }
    auto gh = clientFor(run, ru.host, input);
    if (!gh)
        return false;
    QJsonObject body{{QStringLiteral("ref"), ref}};
    if (input.contains(QStringLiteral("workflowInputs")))
        body.insert(QStringLiteral("inputs"), input.value(QStringLiteral("workflowInputs")));
    const GitHubResponse r = gh->post(QStringLiteral("repos/%1/%2/actions/workflows/%3/dispatches").arg(ru.owner, ru.repo, workflow), QJsonDocument(body));
    if (!r.ok()) {
        run.error = ghError(r, QCoreApplication::translate("atrium::scaffolder", "Starting the workflow %1").arg(workflow));
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Started the workflow %1 on %2").arg(workflow, ref));
    return true;
}

bool pagesEnable(ActionRun &run, const QJsonObject &input)
{
    RepoUrl ru;
    if (!parseRepoUrl(run, input, &ru))
        return false;
    const QString buildType = str(input, "buildType", QStringLiteral("workflow"));
    if (run.dryRun) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would enable GitHub Pages (%1) for %2/%3").arg(buildType, ru.owner, ru.repo));
        return true;
    }
    auto gh = clientFor(run, ru.host, input);
    if (!gh)
        return false;
    const QJsonObject body{{QStringLiteral("build_type"), buildType},
                           {QStringLiteral("source"), QJsonObject{{QStringLiteral("branch"), str(input, "sourceBranch", QStringLiteral("main"))},
                                                                  {QStringLiteral("path"), str(input, "sourcePath", QStringLiteral("/"))}}}};
    const GitHubResponse r = gh->post(QStringLiteral("repos/%1/%2/pages").arg(ru.owner, ru.repo), QJsonDocument(body));
    if (!r.ok()) {
        run.error = ghError(r, QCoreApplication::translate("atrium::scaffolder", "Enabling GitHub Pages"));
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Enabled GitHub Pages for %1/%2").arg(ru.owner, ru.repo));
    return true;
}

bool debugWait(ActionRun &run, const QJsonObject &input)
{
    const qint64 ms = qint64(input.value(QStringLiteral("minutes")).toDouble() * 60000 + input.value(QStringLiteral("seconds")).toDouble() * 1000
                             + input.value(QStringLiteral("milliseconds")).toDouble());
    if (ms > 10 * 60000) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "debug:wait waits at most 10 minutes.");
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Waiting %1 ms").arg(ms));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (run.cancelled()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Cancelled.");
            return false;
        }
        QThread::msleep(qMin<qint64>(50, ms - t.elapsed() + 1));
    }
    return true;
}

// ---- catalog:register ----------------------------------------------------------

bool catalogRegister(ActionRun &run, const QJsonObject &input)
{
    QString url = str(input, "catalogInfoUrl");
    if (url.isEmpty()) {
        const QString contents = str(input, "repoContentsUrl");
        if (contents.isEmpty()) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "catalog:register needs \"catalogInfoUrl\", or \"repoContentsUrl\" and \"catalogInfoPath\".");
            return false;
        }
        QString path = str(input, "catalogInfoPath", QStringLiteral("/catalog-info.yaml"));
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        url = contents + path;
    }
    // The entity's ref: from the workspace's copy of the file when it is there
    // (what was just pushed), so the new service is in the cache at once.
    QString entityRef;
    const QString path = str(input, "catalogInfoPath", QStringLiteral("/catalog-info.yaml"));
    QString e;
    const QString local = resolveInside(run.workspace, path.startsWith(u'/') ? path.mid(1) : path, &e);
    if (!local.isEmpty() && QFileInfo(local).isFile()) {
        QFile f(local);
        if (f.open(QIODevice::ReadOnly)) {
            const YamlParseResult yr = parseYaml(f.readAll(), local);
            for (const YamlDocument &doc : yr.documents) {
                const QJsonObject o = doc.root.toObject();
                const QString kind = o.value(QStringLiteral("kind")).toString().toLower();
                const QJsonObject md = o.value(QStringLiteral("metadata")).toObject();
                const QString name = md.value(QStringLiteral("name")).toString();
                if (!kind.isEmpty() && !name.isEmpty() && kind != u"location") {
                    entityRef = QStringLiteral("%1:%2/%3").arg(kind, md.value(QStringLiteral("namespace")).toString(QStringLiteral("default")), name);
                    break;
                }
            }
        }
    }
    if (run.dryRun) {
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would register %1 in the catalog").arg(url));
        run.output = QJsonObject{{QStringLiteral("catalogInfoUrl"), url}};
        if (!entityRef.isEmpty())
            run.output.insert(QStringLiteral("entityRef"), entityRef);
        return true;
    }
    if (run.ctx->cachePath.isEmpty()) {
        if (boolean(input, "optional", false)) {
            run.log(QCoreApplication::translate("atrium::scaffolder", "No catalog cache to register %1 in; skipped (optional)").arg(url));
            return true;
        }
        run.error = QCoreApplication::translate("atrium::scaffolder", "There is no catalog cache to register %1 in.").arg(url);
        return false;
    }
    TaskStore ts;
    const QDateTime now = run.ctx->clock ? run.ctx->clock() : QDateTime::currentDateTimeUtc();
    if (!ts.open(run.ctx->cachePath, &e) || !ts.addLocation(url, run.taskId, now, &e)) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "Cannot record the location %1: %2").arg(url, e);
        return false;
    }
    if (!local.isEmpty() && QFileInfo(local).isFile()) {
        CatalogStore store;
        SourceInfo src;
        src.id = QStringLiteral("scaffolder:") + url;
        src.kind = QStringLiteral("scaffolder");
        src.location = url;
        LoadResult lr;
        if (store.open(run.ctx->cachePath, &e))
            importIntoStore(store, src, {local}, LoadOptions{}, &lr, &e);
        if (!e.isEmpty())
            run.log(QCoreApplication::translate("atrium::scaffolder", "Warning: the new entity is not in the cache yet (the next sync reads it): %1").arg(e));
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Registered %1").arg(url));
    run.output = QJsonObject{{QStringLiteral("catalogInfoUrl"), url}};
    if (!entityRef.isEmpty())
        run.output.insert(QStringLiteral("entityRef"), entityRef);
    return true;
}

// ---- argocd:create-resources -----------------------------------------------------

/** One POST to an Argo CD instance's REST API; the HTTP status (0 when
 *  unreachable), with the reply's `message` and network error. */
int argoPost(const ArgoInstance &inst, const QString &apiPath, const QJsonObject &body, QString *message, QString *networkError)
{
    QNetworkAccessManager nam;
    QUrl url = inst.url;
    url.setPath(url.path().replace(QRegularExpression(QStringLiteral("/$")), QString()) + apiPath);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + inst.token);
    req.setTransferTimeout(30000);
    QNetworkReply *reply = nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *message = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("message")).toString();
    *networkError = reply->errorString();
    reply->deleteLater();
    return status;
}

/** As Roadie's action, which Backstage templates are written for: the
 *  AppProject `projectName` (else the app's name) is created first, then the
 *  Application in it. `createProject: false` (Atrium's) uses an existing
 *  project (`projectName`, else `default`) instead. */
bool argoCreate(ActionRun &run, const QJsonObject &input)
{
    const QString instanceName = str(input, "argoInstance");
    const QString appName = str(input, "appName");
    const QString ns = str(input, "namespace");
    const QString repoUrl = str(input, "repoUrl");
    const QString path = str(input, "path");
    const QString clusterUrl = str(input, "clusterUrl", QStringLiteral("https://kubernetes.default.svc"));
    const bool createProject = input.value(QStringLiteral("createProject")).toBool(true);
    const QString project = str(input, "projectName", createProject ? appName : QStringLiteral("default"));
    if (appName.isEmpty() || repoUrl.isEmpty()) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "argocd:create-resources needs \"appName\" and \"repoUrl\".");
        return false;
    }
    const QJsonObject labels{{QStringLiteral("backstage-name"), str(input, "labelValue", appName)}};
    const QJsonObject appProject{
        {QStringLiteral("project"), QJsonObject{
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), project}, {QStringLiteral("namespace"), QStringLiteral("argocd")}}},
            {QStringLiteral("spec"), QJsonObject{
                {QStringLiteral("destinations"), QJsonArray{QJsonObject{{QStringLiteral("server"), clusterUrl}, {QStringLiteral("namespace"), ns}}}},
                {QStringLiteral("sourceRepos"), QJsonArray{repoUrl}}}}}}};
    const QJsonObject app{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), appName}, {QStringLiteral("namespace"), QStringLiteral("argocd")},
                                                 {QStringLiteral("labels"), labels}}},
        {QStringLiteral("spec"), QJsonObject{
            {QStringLiteral("project"), project},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("repoURL"), repoUrl}, {QStringLiteral("path"), path},
                                                   {QStringLiteral("targetRevision"), str(input, "sourceRevision", QStringLiteral("HEAD"))}}},
            {QStringLiteral("destination"), QJsonObject{{QStringLiteral("server"), clusterUrl}, {QStringLiteral("namespace"), ns}}},
            {QStringLiteral("syncPolicy"), QJsonObject{{QStringLiteral("automated"), QJsonObject{{QStringLiteral("prune"), true}, {QStringLiteral("selfHeal"), true}}}}}}}};
    if (run.dryRun) {
        if (createProject)
            run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would create the Argo CD project %1 on the instance %2").arg(project, instanceName));
        run.log(QCoreApplication::translate("atrium::scaffolder", "Dry run: would create the Argo CD application %1 on the instance %2 (%3 at %4, namespace %5)")
                    .arg(appName, instanceName, repoUrl, path, ns));
        return true;
    }
    const ArgoInstance *inst = nullptr;
    for (const ArgoInstance &a : run.ctx->argoInstances)
        if (a.name == instanceName)
            inst = &a;
    if (!inst) {
        run.error = QCoreApplication::translate("atrium::scaffolder", "No Argo CD instance named \"%1\" is configured (argocd.appLocatorMethods[].instances[]).").arg(instanceName);
        return false;
    }
    QString message, networkError;
    if (createProject) {
        const int status = argoPost(*inst, QStringLiteral("/api/v1/projects"), appProject, &message, &networkError);
        if (status == 0) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Argo CD at %1 could not be reached: %2").arg(inst->url.toString(), networkError);
            return false;
        }
        // A project that exists already is what teams often set up by hand:
        // the application goes into it, and the project is left as it is.
        if ((status == 400 || status == 409) && (message.contains(QStringLiteral("already exists")) || message.contains(QStringLiteral("existing project spec is different")))) {
            run.log(QCoreApplication::translate("atrium::scaffolder", "The Argo CD project %1 exists already; it is used as it is").arg(project));
        } else if (status < 200 || status >= 300) {
            run.error = QCoreApplication::translate("atrium::scaffolder", "Argo CD refused to create the project %1: HTTP %2 %3").arg(project).arg(status).arg(message);
            return false;
        } else {
            run.log(QCoreApplication::translate("atrium::scaffolder", "Created the Argo CD project %1 on %2").arg(project, instanceName));
        }
    }
    const int status = argoPost(*inst, QStringLiteral("/api/v1/applications"), app, &message, &networkError);
    if (status < 200 || status >= 300) {
        if (status == 400 && message.contains(QStringLiteral("existing application spec is different")))
            run.error = QCoreApplication::translate("atrium::scaffolder", "Argo CD already has an application %1 with a different spec; it was not changed. Delete or rename it, or change appName.").arg(appName);
        else if (status == 0)
            run.error = QCoreApplication::translate("atrium::scaffolder", "Argo CD at %1 could not be reached: %2").arg(inst->url.toString(), networkError);
        else
            run.error = QCoreApplication::translate("atrium::scaffolder", "Argo CD refused to create the application %1: HTTP %2 %3").arg(appName).arg(status).arg(message);
        return false;
    }
    run.log(QCoreApplication::translate("atrium::scaffolder", "Created the Argo CD application %1 on %2").arg(appName, instanceName));
    return true;
}

} // namespace

// ---- Shared helpers ----------------------------------------------------------------

QString resolveInside(const QString &root, const QString &rel, QString *error)
{
    if (QDir::isAbsolutePath(rel)) {
        *error = QCoreApplication::translate("atrium::scaffolder", "%1 is an absolute path").arg(rel);
        return {};
    }
    const QString clean = QDir::cleanPath(root + u'/' + rel);
    if (clean != root && !clean.startsWith(root + u'/')) {
        *error = QCoreApplication::translate("atrium::scaffolder", "%1 leads outside its folder").arg(rel);
        return {};
    }
    // Symbolic links on the way must not lead out either.
    QString probe = clean;
    while (probe.size() > root.size()) {
        const QFileInfo fi(probe);
        if (fi.exists() || fi.isSymLink()) {
            const QString canon = fi.canonicalFilePath();
            if (fi.isSymLink() && canon.isEmpty()) {
                *error = QCoreApplication::translate("atrium::scaffolder", "%1 goes through a dangling symbolic link").arg(rel);
                return {};
            }
            if (canon != root && !canon.startsWith(root + u'/')) {
                *error = QCoreApplication::translate("atrium::scaffolder", "%1 goes through a symbolic link that leads outside its folder").arg(rel);
                return {};
            }
            break;
        }
        probe = QFileInfo(probe).absolutePath();
    }
    return clean;
}

bool globMatch(const QString &pattern, const QString &path)
{
    QString rx;
    int braces = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*') {
            if (i + 1 < pattern.size() && pattern[i + 1] == u'*') {
                ++i;
                if (i + 1 < pattern.size() && pattern[i + 1] == u'/') {
                    ++i;
                    rx += QStringLiteral("(?:.*/)?");
                } else {
                    rx += QStringLiteral(".*");
                }
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            rx += QStringLiteral("[^/]");
        } else if (c == u'{') {
            ++braces;
            rx += QStringLiteral("(?:");
        } else if (c == u'}' && braces > 0) {
            --braces;
            rx += u')';
        } else if (c == u',' && braces > 0) {
            rx += u'|';
        } else if (c == u'[') {
            const qsizetype end = pattern.indexOf(u']', i + 1);
            if (end < 0) {
                rx += QStringLiteral("\\[");
            } else {
                QString cls = pattern.mid(i + 1, end - i - 1);
                if (cls.startsWith(u'!'))
                    cls[0] = u'^';
                rx += u'[' + cls + u']';
                i = end;
            }
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx));
    return re.match(path).hasMatch();
}

QList<WorkspaceFile> listTree(const QString &root, bool withContent)
{
    QList<WorkspaceFile> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString rel = QDir(root).relativeFilePath(it.filePath());
        if (rel == u".git" || rel.startsWith(QStringLiteral(".git/")))
            continue;
        WorkspaceFile f;
        f.path = rel;
        f.executable = it.fileInfo().permissions() & QFile::ExeOwner;
        if (withContent && !it.fileInfo().isSymLink()) {
            QFile file(it.filePath());
            if (file.open(QIODevice::ReadOnly))
                f.content = file.readAll();
            f.binary = isBinary(f.content);
        }
        out << f;
    }
    std::sort(out.begin(), out.end(), [](const WorkspaceFile &a, const WorkspaceFile &b) { return a.path < b.path; });
    return out;
}

bool runAction(const QString &action, const QJsonObject &input, ActionRun &run)
{
    if (action == u"fetch:template")
        return fetchTemplate(run, input);
    if (action == u"fetch:template:file")
        return fetchTemplateFile(run, input);
    if (action == u"fetch:plain")
        return fetchPlain(run, input, false);
    if (action == u"fetch:plain:file")
        return fetchPlain(run, input, true);
    if (action == u"debug:log")
        return debugLog(run, input);
    if (action == u"fs:delete")
        return fsDelete(run, input);
    if (action == u"fs:rename")
        return fsRename(run, input);
    if (action == u"catalog:write")
        return catalogWrite(run, input);
    if (action == u"publish:github")
        return publishGitHub(run, input);
    if (action == u"publish:github:pull-request")
        return publishPullRequest(run, input);
    if (action == u"github:actions:dispatch")
        return actionsDispatch(run, input);
    if (action == u"github:pages:enable")
        return pagesEnable(run, input);
    if (action == u"debug:wait")
        return debugWait(run, input);
    if (action == u"catalog:register")
        return catalogRegister(run, input);
    if (action == u"argocd:create-resources")
        return argoCreate(run, input);
    if (action == u"notification:send") {
        // Atrium has no notification service: say what would have been sent.
        run.log(QCoreApplication::translate("atrium::scaffolder", "Notification (not sent; Atrium has no notification service): %1").arg(str(input, "title")));
        return true;
    }
    run.error = QCoreApplication::translate("atrium::scaffolder", "The action \"%1\" is not supported by Atrium.").arg(action);
    return false;
}

} // namespace atrium::scaffolder::detail
