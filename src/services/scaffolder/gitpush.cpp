// SPDX-License-Identifier: Apache-2.0
#include "gitpush.h"
#include "actions_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

namespace atrium::scaffolder::detail {

namespace {

struct Git {
    Git() { git_libgit2_init(); }
    ~Git() { git_libgit2_shutdown(); }
};

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown libgit2 error");
}

struct Payload {
    QByteArray token;
    int attempts = 0;
    const std::function<bool()> *cancelled = nullptr;
    QString rejected;
};

int credentials(git_credential **out, const char *, const char *, unsigned int allowed, void *payload)
{
    auto *p = static_cast<Payload *>(payload);
    // libgit2 asks again after a refusal: answer once, then give up.
    if (p->token.isEmpty() || ++p->attempts > 1 || !(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT))
        return GIT_PASSTHROUGH;
    return git_credential_userpass_plaintext_new(out, "x-access-token", p->token.constData());
}

int transferProgress(const git_indexer_progress *, void *payload)
{
    auto *p = static_cast<Payload *>(payload);
    return p->cancelled && *p->cancelled && (*p->cancelled)() ? -1 : 0;
}

int pushUpdate(const char *ref, const char *status, void *data)
{
    // The server refused the update (not a fast-forward, protected branch...).
    if (status) {
        static_cast<Payload *>(data)->rejected = QStringLiteral("%1: %2").arg(QString::fromUtf8(ref), QString::fromUtf8(status));
        return -1;
    }
    return 0;
}

/** Adds every file under @p sourceDir to @p index under @p prefix. */
bool addTree(git_repository *repo, git_index *index, const QString &sourceDir, const QString &prefix, QString *error)
{
    const QList<WorkspaceFile> files = listTree(sourceDir, false);
    for (const WorkspaceFile &f : files) {
        const QString abs = sourceDir + u'/' + f.path;
        const QFileInfo fi(abs);
        git_oid oid;
        git_index_entry entry{};
        QByteArray data;
        if (fi.isSymLink()) {
            data = QFile::encodeName(fi.symLinkTarget());
            entry.mode = GIT_FILEMODE_LINK;
        } else {
            QFile file(abs);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = QCoreApplication::translate("atrium::scaffolder", "Cannot read %1 to commit it.").arg(f.path);
                return false;
            }
            data = file.readAll();
            entry.mode = (fi.permissions() & QFile::ExeOwner) ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
        }
        if (git_blob_create_from_buffer(&oid, repo, data.constData(), size_t(data.size())) != 0) {
            *error = lastError();
            return false;
        }
        const QByteArray path = (prefix.isEmpty() ? f.path : prefix + u'/' + f.path).toUtf8();
        entry.path = path.constData();
        entry.id = oid;
        entry.file_size = uint32_t(data.size());
        if (git_index_add(index, &entry) != 0) {
            *error = lastError();
            return false;
        }
    }
    return true;
}

GitResult commitAndPush(const GitCommitSpec &spec, git_repository *repo, git_index *index, git_commit *parent,
                        const QString &branch)
{
    GitResult r;
    git_oid treeOid, commitOid;
    if (git_index_write_tree_to(&treeOid, index, repo) != 0) {
        r.error = lastError();
        return r;
    }
    git_tree *tree = nullptr;
    git_signature *sig = nullptr;
    git_tree_lookup(&tree, repo, &treeOid);
    const QDateTime when = spec.when.isValid() ? spec.when : QDateTime::currentDateTimeUtc();
    git_signature_new(&sig, spec.authorName.toUtf8().constData(), spec.authorEmail.toUtf8().constData(),
                      when.toSecsSinceEpoch(), 0);
    const QByteArray ref = "refs/heads/" + branch.toUtf8();
    const git_commit *parents[] = {parent};
    const int rc = git_commit_create(&commitOid, repo, ref.constData(), sig, sig, "UTF-8", spec.message.toUtf8().constData(),
                                     tree, parent ? 1 : 0, parents);
    git_signature_free(sig);
    git_tree_free(tree);
    if (rc != 0) {
        r.error = lastError();
        return r;
    }
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &commitOid);
    r.commitHash = QString::fromLatin1(hex);

    git_remote *remote = nullptr;
    if (git_remote_create_anonymous(&remote, repo, spec.remoteUrl.toUtf8().constData()) != 0) {
        r.error = lastError();
        return r;
    }
    Payload payload{spec.token, 0, &spec.cancelled, {}};
    git_push_options opts;
    git_push_options_init(&opts, GIT_PUSH_OPTIONS_VERSION);
    opts.callbacks.credentials = credentials;
    opts.callbacks.push_update_reference = pushUpdate;
    opts.callbacks.payload = &payload;
    const QByteArray refspec = ref + ':' + ref;
    char *refs[] = {const_cast<char *>(refspec.constData())};
    git_strarray arr{refs, 1};
    const int prc = git_remote_push(remote, &arr, &opts);
    git_remote_free(remote);
    if (prc != 0) {
        r.error = QCoreApplication::translate("atrium::scaffolder", "Pushing to %1 failed: %2").arg(spec.remoteUrl, payload.rejected.isEmpty() ? lastError() : payload.rejected);
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace

GitResult pushInitialCommit(const GitCommitSpec &spec, const QString &sourceDir, const QString &branch)
{
    Git git;
    GitResult r;
    QDir(spec.gitDir).removeRecursively();
    git_repository *repo = nullptr;
    if (git_repository_init(&repo, QFile::encodeName(spec.gitDir).constData(), 1) != 0) {
        r.error = lastError();
        return r;
    }
    git_index *index = nullptr;
    git_index_new(&index);
    if (!addTree(repo, index, sourceDir, QString(), &r.error)) {
        git_index_free(index);
        git_repository_free(repo);
        return r;
    }
    r = commitAndPush(spec, repo, index, nullptr, branch);
    git_index_free(index);
    git_repository_free(repo);
    return r;
}

GitResult pushBranchCommit(const GitCommitSpec &spec, const QString &sourceDir, const QString &targetPath,
                           const QString &baseBranch, const QString &newBranch, const QStringList &filesToDelete)
{
    Git git;
    GitResult r;
    QDir(spec.gitDir).removeRecursively();
    git_repository *repo = nullptr;
    git_clone_options opts;
    git_clone_options_init(&opts, GIT_CLONE_OPTIONS_VERSION);
    opts.bare = 1;
    Payload payload{spec.token, 0, &spec.cancelled, {}};
    opts.fetch_opts.callbacks.credentials = credentials;
    opts.fetch_opts.callbacks.transfer_progress = transferProgress;
    opts.fetch_opts.callbacks.payload = &payload;
    if (git_clone(&repo, spec.remoteUrl.toUtf8().constData(), QFile::encodeName(spec.gitDir).constData(), &opts) != 0) {
        r.error = QCoreApplication::translate("atrium::scaffolder", "Cloning %1 failed: %2").arg(spec.remoteUrl, lastError());
        return r;
    }
    git_object *baseObj = nullptr;
    const QByteArray baseRef = "refs/remotes/origin/" + baseBranch.toUtf8();
    const QByteArray baseRef2 = "refs/heads/" + baseBranch.toUtf8();
    if (git_revparse_single(&baseObj, repo, baseRef.constData()) != 0
        && git_revparse_single(&baseObj, repo, baseRef2.constData()) != 0) {
        r.error = QCoreApplication::translate("atrium::scaffolder", "The branch %1 does not exist in %2.").arg(baseBranch, spec.remoteUrl);
        git_repository_free(repo);
        return r;
    }
    git_commit *base = nullptr;
    git_commit_lookup(&base, repo, git_object_id(baseObj));
    git_object_free(baseObj);
    git_tree *baseTree = nullptr;
    git_commit_tree(&baseTree, base);
    git_index *index = nullptr;
    git_index_new(&index);
    git_index_read_tree(index, baseTree);
    git_tree_free(baseTree);
    for (const QString &f : filesToDelete)
        git_index_remove_bypath(index, f.toUtf8().constData());
    QString prefix = QDir::cleanPath(targetPath);
    if (prefix == u"." || prefix == u"/")
        prefix.clear();
    while (prefix.startsWith(u'/'))
        prefix.remove(0, 1);
    if (!addTree(repo, index, sourceDir, prefix, &r.error)) {
        git_index_free(index);
        git_commit_free(base);
        git_repository_free(repo);
        return r;
    }
    r = commitAndPush(spec, repo, index, base, newBranch);
    git_index_free(index);
    git_commit_free(base);
    git_repository_free(repo);
    return r;
}

} // namespace atrium::scaffolder::detail
