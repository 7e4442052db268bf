// SPDX-License-Identifier: Apache-2.0
// Reading a Backstage catalog through its API into the cache: requests, wall
// time and peak resident memory for a first read (by-query pages), a second
// read with nothing changed (the uid/etag listing only) and one after some
// entities changed. The fake backend runs in a child process, so that the
// memory reported is the reader's alone.
//
//   atrium-bench-backstage [--entities N] [--page-size P] [--changed C]
#include "backstagecatalog.h"
#include "catalogstore.h"
#include "fakebackstage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

#include <sys/resource.h>

using namespace atrium;
using namespace atrium::fake;

namespace {

double cpuSeconds()
{
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/** The child: a fake backend with @p entities, answering "touch N" on stdin. */
int serve(int entities)
{
    FakeBackstage bs;
    bs.setToken("bench-token");
    bs.generateEntities(entities);
    if (!bs.listen())
        return 1;
    std::printf("%s\n", qPrintable(bs.baseUrl().toString()));
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString cmd = QString::fromStdString(line);
        if (cmd.startsWith(QStringLiteral("touch "))) {
            const int n = cmd.mid(6).toInt();
            for (int i = 0; i < n; ++i)
                bs.touchEntity(QStringLiteral("component:default/entity-%1").arg(entities - 1 - i * 7, 6, 10, QLatin1Char('0')));
            std::printf("ok\n");
            std::fflush(stdout);
        } else if (cmd == u"quit") {
            std::fprintf(stderr, "fake backend CPU: %.2f s\n", cpuSeconds());
            break;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("atrium.*.debug=false\natrium.*.info=false"));
    int entities = 50000;
    int pageSize = 500;
    int changed = 100;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--entities")
            entities = args[i + 1].toInt();
        else if (args[i] == u"--page-size")
            pageSize = args[i + 1].toInt();
        else if (args[i] == u"--changed")
            changed = args[i + 1].toInt();
        else if (args[i] == u"--serve")
            return serve(args[i + 1].toInt());
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(app.applicationFilePath(), {QStringLiteral("--serve"), QString::number(entities)});
    if (!child.waitForReadyRead(120000)) {
        std::fprintf(stderr, "the fake backend did not start\n");
        return 1;
    }
    const QUrl base(QString::fromLatin1(child.readLine().trimmed()));
    std::printf("fake Backstage with %d entities at %s (child process)\n", entities, qPrintable(base.toString()));

    QTemporaryDir dir;
    CatalogStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    BackstageSource source;
    source.name = QStringLiteral("bench");
    source.baseUrl = base;
    BackstageCatalogSync::Options options;
    options.token = "bench-token";
    options.pageSize = pageSize;

    auto run = [&](const char *what) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const BackstageSyncReport r = BackstageCatalogSync(source, options).run(store);
        const qint64 ms = t.elapsed();
        if (!r.ok()) {
            std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(r.error.message));
            std::exit(1);
        }
        std::printf("%-16s %4d requests, %6d read, %6d written, %6d unchanged, %6.2f MB received, %6.2f s (reader CPU %5.2f s), peak RSS %ld MB\n",
                    what, r.requests, r.read, r.written, r.unchanged, r.bytes / 1048576.0, ms / 1000.0, cpuSeconds() - cpu0, peakRssKb() / 1024);
    };
    run("first read");
    run("nothing changed");
    child.write(QStringLiteral("touch %1\n").arg(changed).toLatin1());
    child.waitForReadyRead(60000);
    child.readLine();
    const QByteArray label = QStringLiteral("%1 changed").arg(changed).toLatin1();
    run(label.constData());
    std::printf("cache: %d entities\n", store.entityCount());
    child.write("quit\n");
    child.closeWriteChannel();
    child.waitForFinished(10000);
    return 0;
}
