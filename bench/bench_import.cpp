// SPDX-License-Identifier: Apache-2.0
// Import throughput: parse + validate + relations + cache write of a
// generated org (see genorg.cpp), and the process's peak memory.
//
//   atrium-bench-import ORGDIR [--threads N] [--runs R]
#include "catalogloader.h"
#include "catalogstore.h"
#include "importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <cstdio>

using namespace atrium;

static long peakRssKb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        fprintf(stderr, "usage: atrium-bench-import ORGDIR [--threads N] [--runs R]\n");
        return 2;
    }
    int threads = 0, runs = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--threads")
            threads = args[i + 1].toInt();
        if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
    }
    const QString root = args.first() + QStringLiteral("/catalog-info.yaml");
    QTemporaryDir tmp;
    double best = 0;
    for (int run = 0; run < runs; ++run) {
        LoadOptions opt;
        opt.threads = threads;
        CatalogStore store;
        QString error;
        if (!store.open(tmp.filePath(QStringLiteral("bench-%1.sqlite").arg(run)), &error)) {
            fprintf(stderr, "cannot open cache: %s\n", qPrintable(error));
            return 1;
        }
        SourceInfo src;
        src.id = QStringLiteral("bench");
        src.kind = QStringLiteral("file");
        // As `atrium catalog import` does it: the cache is written while
        // later files are still being parsed.
        QElapsedTimer t;
        t.start();
        LoadResult r;
        if (!importIntoStore(store, src, {root}, opt, &r, &error)) {
            fprintf(stderr, "cache write failed: %s\n", qPrintable(error));
            return 1;
        }
        const qint64 totalMs = t.elapsed();
        const qint64 loadMs = r.stats.elapsedMs;
        const double rate = r.entities.size() * 1000.0 / std::max<qint64>(1, totalMs);
        best = std::max(best, rate);
        printf("run %d: %lld entities from %d files (%.1f MB), %d errors, %d warnings: files loaded in %lld ms, "
               "cache written by %lld ms = %.0f entities/s\n",
               run + 1, qlonglong(r.entities.size()), r.stats.files, r.stats.bytes / 1e6, r.errorCount(), r.warningCount(),
               loadMs, totalMs, rate);
        fflush(stdout);
    }
    printf("best: %.0f entities/s; peak resident memory %.1f MB\n", best, peakRssKb() / 1024.0);
    return 0;
}
