// SPDX-License-Identifier: Apache-2.0
#include "catalogloader.h"
#include "contentsource.h"
#include "entityref.h"
#include "relations.h"
#include "validator.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace atrium {

namespace {

struct LocationTarget {
    QString path;
    QString written; // as the Location wrote it, for messages
    bool optional = false;
    QString declaredIn;
    int line = 0;
    int column = 0;
};

struct FileResult {
    QString path;
    bool fromScan = false;   // found by scanning a folder (not named)
    bool readOk = false;
    bool hasEntityDoc = false;
    int documents = 0;
    qint64 bytes = 0;
    QList<Entity> entities;
    Diagnostics diagnostics;
    QList<LocationTarget> targets;
    QStringList templateDirs; // skeleton folders of Templates in this file
};


/** Resolves `$text`, `$json` and `$yaml` placeholders under @p v, relative
 *  to @p baseDir. Errors are appended with the path of the placeholder. */
class Substituter
{
public:
    Substituter(const ContentSource &source, const QString &baseFile, const YamlLimits &limits)
        : m_source(source), m_baseFile(baseFile), m_limits(limits)
    {
    }

    QList<ValidationIssue> issues;

    bool apply(QJsonValue &v, QStringList &path)
    {
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            bool changed = false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                QJsonValue x = a[i];
                if (!x.isObject() && !x.isArray())
                    continue;
                path.append(QString::number(i));
                if (apply(x, path)) {
                    a[i] = x;
                    changed = true;
                }
                path.removeLast();
            }
            if (changed)
                v = a;
            return changed;
        }
        if (!v.isObject())
            return false;
        QJsonObject o = v.toObject();
        if (o.size() == 1) {
            const QString key = o.begin().key();
            if (key == u"$text" || key == u"$json" || key == u"$yaml") {
                QJsonValue out;
                if (resolve(key, o.begin().value(), path, &out)) {
                    v = out;
                    return true;
                }
                return false;
            }
        }
        bool changed = false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue x = it.value();
            if (!x.isObject() && !x.isArray())
                continue;
            path.append(it.key());
            if (apply(x, path)) {
                it.value() = x;
                changed = true;
            }
            path.removeLast();
        }
        if (changed)
            v = o;
        return changed;
    }

private:
    bool resolve(const QString &kind, const QJsonValue &target, const QStringList &path, QJsonValue *out)
    {
        if (!target.isString()) {
            issues.append({Severity::Error, path, QStringLiteral("placeholder %1 must be given a string, not another type").arg(kind)});
            return false;
        }
        const QString t = target.toString();
        QString why;
        const QString file = m_source.resolve(m_baseFile, t, &why);
        if (file.isEmpty()) {
            issues.append({Severity::Warning, path, QStringLiteral("placeholder %1 %2 was not read: %3").arg(kind, t, why)});
            return false;
        }
        QByteArray data;
        QString err;
        if (!m_source.read(file, m_limits.maxFileBytes, &data, &err)) {
            issues.append({Severity::Error, path, QStringLiteral("placeholder %1 could not read %2: %3").arg(kind, t, err)});
            return false;
        }
        if (kind == u"$text") {
            *out = QString::fromUtf8(data);
            return true;
        }
        if (kind == u"$json") {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
            if (pe.error != QJsonParseError::NoError) {
                issues.append({Severity::Error, path, QStringLiteral("placeholder $json could not parse %1: %2 at offset %3").arg(t, pe.errorString()).arg(pe.offset)});
                return false;
            }
            *out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            return true;
        }
        const YamlParseResult pr = parseYaml(data, file, m_limits);
        if (!pr.diagnostics.isEmpty()) {
            const Diagnostic &d = pr.diagnostics.first();
            issues.append({Severity::Error, path, QStringLiteral("placeholder $yaml could not parse %1 (line %2): %3").arg(t).arg(d.line).arg(d.message)});
            return false;
        }
        if (pr.documents.size() != 1) {
            issues.append({Severity::Error, path, QStringLiteral("placeholder $yaml expects exactly one document in %1, found %2").arg(t).arg(pr.documents.size())});
            return false;
        }
        *out = pr.documents.first().root;
        return true;
    }

    const ContentSource &m_source;
    QString m_baseFile;
    const YamlLimits &m_limits;
};

bool looksLikeEntity(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return o.contains(u"apiVersion") || o.contains(u"kind");
}

FileResult processFile(const QString &path, bool fromScan, const LoadOptions &opt, const ContentSource &source)
{
    FileResult r;
    r.path = path;
    r.fromScan = fromScan;
    QByteArray data;
    QString err;
    if (!source.read(path, opt.limits.maxFileBytes, &data, &err)) {
        r.diagnostics.append({Severity::Error, path, 0, 0, QStringLiteral("cannot read: %1").arg(err), {}});
        return r;
    }
    r.readOk = true;
    r.bytes = data.size();
    YamlParseResult pr = parseYaml(data, path, opt.limits);
    r.diagnostics += pr.diagnostics;
    r.documents = int(pr.documents.size());
    std::unique_ptr<YamlLocator> locator;
    auto locate = [&](const YamlDocument &doc, const QStringList &p) -> std::pair<int, int> {
        if (p.isEmpty())
            return {doc.line, doc.column};
        if (!locator)
            locator = std::make_unique<YamlLocator>(data);
        auto pos = locator->locate(doc.rawIndex, p);
        if (pos.first == 0)
            return {doc.line, doc.column};
        return pos;
    };
    for (YamlDocument &doc : pr.documents) {
        if (looksLikeEntity(doc.root))
            r.hasEntityDoc = true;
        else if (fromScan)
            continue; // not catalog data (an OpenAPI file, mkdocs.yml, ...)

        // What the entity will be called in messages, if it gets that far.
        QString ref;
        if (doc.root.isObject()) {
            const QJsonObject o = doc.root.toObject();
            const QJsonObject md = o.value(u"metadata").toObject();
            const QString kind = o.value(u"kind").toString();
            const QString name = md.value(u"name").toString();
            if (!kind.isEmpty() && !name.isEmpty())
                ref = canonicalRef(kind, md.value(u"namespace").toString(QStringLiteral("default")), name);
        }

        Substituter sub(source, path, opt.limits);
        QStringList p;
        const bool substituted = sub.apply(doc.root, p);
        QList<ValidationIssue> issues = sub.issues;
        issues += validateEntity(doc.root);
        bool failed = false;
        for (const auto &is : issues) {
            const auto pos = locate(doc, is.path);
            r.diagnostics.append({is.severity, path, pos.first, pos.second, is.message, ref});
            failed = failed || is.severity == Severity::Error;
        }
        if (failed)
            continue;
        Entity e = Entity::fromDocument(doc.root.toObject());
        if (!substituted)
            e.json = std::move(doc.json); // the text still says what data says
        e.file = path;
        e.line = doc.line;
        e.column = doc.column;
        e.document = doc.rawIndex;
        e.source = opt.sourceId;
        assignDeclaredRelations(e);

        const QString kind = e.kind.toLower();
        const QJsonObject spec = e.data.value(u"spec").toObject();
        if (kind == u"location") {
            const bool optional = spec.value(u"presence").toString() == u"optional";
            const QString type = spec.value(u"type").toString();
            QStringList targets;
            QList<QStringList> paths;
            if (spec.value(u"target").isString()) {
                targets << spec.value(u"target").toString();
                paths << QStringList{QStringLiteral("spec"), QStringLiteral("target")};
            }
            const QJsonArray ta = spec.value(u"targets").toArray();
            for (qsizetype i = 0; i < ta.size(); ++i) {
                targets << ta[i].toString();
                paths << QStringList{QStringLiteral("spec"), QStringLiteral("targets"), QString::number(i)};
            }
            for (int i = 0; i < targets.size(); ++i) {
                const QString &t = targets[i];
                const auto pos = locate(doc, paths[i]);
                QString why;
                const QString resolved = source.resolve(path, t, &why);
                if (resolved.isEmpty()) {
                    r.diagnostics.append({Severity::Warning, path, pos.first, pos.second,
                                          QStringLiteral("Location target %1 was not followed: %2").arg(t, why), e.ref()});
                    continue;
                }
                Q_UNUSED(type);
                r.targets.append({resolved, t, optional, path, pos.first, pos.second});
            }
        } else if (kind == u"template") {
            for (const auto &st : spec.value(u"steps").toArray()) {
                const QJsonObject step = st.toObject();
                if (!step.value(u"action").toString().startsWith(u"fetch:"))
                    continue;
                const QString url = step.value(u"input").toObject().value(u"url").toString();
                if (!url.isEmpty() && !isHttpUrl(url) && !url.contains(u"${{")) {
                    const QString dir = source.resolve(path, url, nullptr);
                    if (!dir.isEmpty())
                        r.templateDirs << dir;
                }
            }
        }
        r.entities.append(std::move(e));
    }
    // Problems in file order read best, whatever order the checks ran in.
    std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return r;
}

/** Parses @p files on worker threads. With @p consume, the calling thread
 *  hands each result to it in file order as soon as that result is ready,
 *  while the workers go on: what the consumer does (merging, and writing
 *  entities to the cache) overlaps with parsing. */
void parallelProcess(QList<FileResult> &results, const QStringList &files, const QList<bool> &fromScan,
                     const LoadOptions &opt, const ContentSource &source,
                     const std::function<void(FileResult &)> &consume = {})
{
    results.resize(files.size());
    int threads = opt.threads > 0 ? opt.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min<int>(threads, int(files.size()));
    std::atomic<int> next{0};
    std::vector<std::atomic<bool>> ready(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable readyChanged;
    auto worker = [&] {
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= files.size())
                return;
            if (!(opt.cancelled && opt.cancelled()))
                results[i] = processFile(files[i], fromScan[i], opt, source);
            ready[size_t(i)].store(true, std::memory_order_release);
            if (consume) {
                std::lock_guard lock(mutex);
                readyChanged.notify_one();
            }
        }
    };
    if (!consume) {
        if (threads <= 1) {
            worker();
            return;
        }
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
        for (auto &t : pool)
            t.join();
        return;
    }
    // The calling thread consumes; every core parses.
    std::vector<std::thread> pool;
    for (int t = 0; t < std::max(1, threads); ++t)
        pool.emplace_back(worker);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!ready[size_t(i)].load(std::memory_order_acquire)) {
            std::unique_lock lock(mutex);
            readyChanged.wait(lock, [&] { return ready[size_t(i)].load(std::memory_order_acquire); });
        }
        consume(results[i]);
    }
    for (auto &t : pool)
        t.join();
}

} // namespace

CatalogLoader::CatalogLoader(LoadOptions options) : m_options(std::move(options)) {}

LoadResult CatalogLoader::load(const QStringList &paths) const
{
    QElapsedTimer timer;
    timer.start();
    LoadResult result;

    static const LocalContentSource local;
    const ContentSource &source = m_options.source ? *m_options.source : local;
    QStringList wave;
    QList<bool> waveFromScan;
    QSet<QString> visited;
    for (const QString &p : paths) {
        if (source.isFolder(p)) {
            for (const QString &f : source.scanFolder(p))
                if (!visited.contains(f)) {
                    visited.insert(f);
                    wave << f;
                    waveFromScan << true;
                }
        } else {
            const QString abs = m_options.source ? p : QDir::cleanPath(QFileInfo(p).absoluteFilePath());
            if (!visited.contains(abs)) {
                visited.insert(abs);
                wave << abs;
                waveFromScan << false;
            }
        }
    }

    QHash<QString, int> byRef; // canonical ref -> index in result.entities
    bool firstWave = true;
    QStringList nextWave;
    QList<bool> nextFromScan;
    auto merge = [&](FileResult &r) {
        if (r.path.isEmpty())
            return;
        if (r.fromScan && r.readOk && !r.hasEntityDoc) {
            // A YAML file with no entity in a scanned folder is not ours;
            // a file that failed to parse might be, so report it.
            if (countErrors(r.diagnostics) == 0) {
                ++result.stats.skippedFiles;
                return;
            }
        }
        result.files << r.path;
        ++result.stats.files;
        result.stats.documents += r.documents;
        result.stats.bytes += r.bytes;
        result.diagnostics += r.diagnostics;
        for (auto &e : r.entities) {
            const QString ref = e.ref();
            const auto it = byRef.constFind(ref);
            if (it != byRef.constEnd()) {
                const Entity &first = result.entities[*it];
                result.diagnostics.append({Severity::Error, e.file, e.line, e.column,
                                           QStringLiteral("conflicting entity %1: already defined at %2:%3:%4; this one is ignored")
                                               .arg(ref, first.file).arg(first.line).arg(first.column),
                                           ref});
                continue;
            }
            byRef.insert(ref, int(result.entities.size()));
            result.entities.append(std::move(e));
            if (m_options.onEntity)
                m_options.onEntity(result.entities.last());
        }
        r.entities.clear();
        if (!m_options.followLocations)
            return;
        for (const auto &t : r.targets) {
            QStringList matches;
            if (t.path.contains(u'*') || t.path.contains(u'?') || t.path.contains(u'[')) {
                matches = source.glob(t.path);
                if (matches.isEmpty() && !t.optional)
                    result.diagnostics.append({Severity::Warning, t.declaredIn, t.line, t.column,
                                               QStringLiteral("Location target %1 matches no file").arg(t.written), {}});
            } else if (source.isFile(t.path)) {
                matches << t.path;
            } else if (!t.optional) {
                result.diagnostics.append({Severity::Error, t.declaredIn, t.line, t.column,
                                           QStringLiteral("Location target %1 does not exist (%2)").arg(t.written, t.path), {}});
            }
            for (const QString &m : matches)
                if (!visited.contains(m)) {
                    visited.insert(m);
                    nextWave << m;
                    nextFromScan << false;
                }
        }
    };
    while (!wave.isEmpty()) {
        QList<FileResult> results;
        nextWave.clear();
        nextFromScan.clear();
        // Skeleton folders of templates found by a scan are templates, not
        // catalog data. Find them first, from the few files that can be
        // templates, so that the rest of the wave can be merged (and
        // written) as soon as each file is read.
        if (firstWave && waveFromScan.contains(true)) {
            QStringList skeletons;
            for (qsizetype i = 0; i < wave.size(); ++i) {
                QByteArray bytes;
                QString ignored;
                if (waveFromScan[i] && source.read(wave[i], m_options.limits.maxFileBytes, &bytes, &ignored)
                    && bytes.contains("scaffolder.backstage.io"))
                    skeletons += processFile(wave[i], true, m_options, source).templateDirs;
            }
            if (!skeletons.isEmpty()) {
                QStringList kept;
                QList<bool> keptFromScan;
                for (qsizetype i = 0; i < wave.size(); ++i) {
                    const bool inSkeleton = waveFromScan[i] && std::any_of(skeletons.cbegin(), skeletons.cend(), [&](const QString &d) {
                        return wave[i].startsWith(d + u'/');
                    });
                    if (!inSkeleton) {
                        kept << wave[i];
                        keptFromScan << waveFromScan[i];
                    }
                }
                wave = kept;
                waveFromScan = keptFromScan;
            }
        }
        firstWave = false;
        parallelProcess(results, wave, waveFromScan, m_options, source, merge);
        if (m_options.cancelled && m_options.cancelled()) {
            result.cancelled = true;
            break;
        }
        wave = nextWave;
        waveFromScan = nextFromScan;
    }

    const auto dangling = linkRelations(result.entities);
    if (m_options.checkReferences) {
        // Files are read again only to place these warnings.
        QHash<QString, std::shared_ptr<YamlLocator>> locators;
        for (const auto &d : dangling) {
            const Entity &e = result.entities[d.entityIndex];
            auto &loc = locators[e.file];
            if (!loc) {
                QByteArray data;
                QString ignored;
                source.read(e.file, m_options.limits.maxFileBytes, &data, &ignored);
                loc = std::make_shared<YamlLocator>(data);
            }
            const auto pos = loc->locate(e.document, d.path);
            const int line = pos.first ? pos.first : e.line;
            const int col = pos.first ? pos.second : e.column;
            result.diagnostics.append({Severity::Warning, e.file, line, col, d.message, e.ref()});
        }
    }
    result.stats.elapsedMs = timer.elapsed();
    return result;
}

} // namespace atrium
