// SPDX-License-Identifier: Apache-2.0
// Time from launching `atrium` on a catalog cache to its first frame, and to
// the first frame that shows the catalog, plus the app's resident memory
// then. Runs the real binary in a process, several times, and reports the
// median. Uses QT_QPA_PLATFORM from the environment (offscreen if unset).
//
//   atrium-bench-startup ATRIUM_BINARY CACHE.sqlite [--runs N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        fprintf(stderr, "usage: atrium-bench-startup ATRIUM_BINARY CACHE.sqlite [--runs N]\n");
        return 2;
    }
    int runs = 5;
    if (args.size() >= 4 && args[2] == u"--runs")
        runs = args[3].toInt();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<double> first, catalog;
    QString last;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(args[0], {QStringLiteral("--cache"), args[1], QStringLiteral("--report-first-frame")});
        double firstMs = -1, catalogMs = -1;
        QByteArray out;
        while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
            if (firstMs < 0 && out.contains("first-frame"))
                firstMs = t.nsecsElapsed() / 1e6;
            if (catalogMs < 0 && out.contains("catalog-frame")) {
                catalogMs = t.nsecsElapsed() / 1e6;
                break;
            }
            if (t.elapsed() > 60000)
                break;
        }
        p.waitForFinished(10000);
        if (catalogMs < 0) {
            fprintf(stderr, "run %d: no catalog frame; output:\n%s\n%s\n", i + 1, out.constData(), p.readAllStandardError().constData());
            return 1;
        }
        first.push_back(firstMs);
        catalog.push_back(catalogMs);
        last = QString::fromUtf8(out).split(u'\n').filter(QStringLiteral("catalog-frame")).value(0);
        printf("run %d: first frame %.0f ms, catalog shown %.0f ms (%s)\n", i + 1, firstMs, catalogMs, qPrintable(last));
        fflush(stdout);
    }
    std::sort(first.begin(), first.end());
    std::sort(catalog.begin(), catalog.end());
    printf("median: first frame %.0f ms, catalog shown %.0f ms; last run: %s\n", first[first.size() / 2],
           catalog[catalog.size() / 2], qPrintable(last));
    return 0;
}
