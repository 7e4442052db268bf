// SPDX-License-Identifier: Apache-2.0
// Crash helper for tst_catalogstore: writes source "s" with FIRST entities,
// then starts replacing it with SECOND others and dies half-way, with
// `_exit` (mode "exit") or SIGKILL (mode "kill"), so that no destructor, no
// rollback and no SQLite cleanup runs.
//
//   catalogstore_killer FILE FIRST SECOND exit|kill

#include "catalogfixtures.h"
#include "catalogstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

using namespace atrium;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: catalogstore_killer FILE FIRST SECOND exit|kill\n";
        return 2;
    }
    const int first = args[2].toInt();
    const int second = args[3].toInt();
    const bool kill = args[4] == u"kill";

    CatalogStore store;
    QString error;
    if (!store.open(args[1], &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    SourceInfo source;
    source.id = QStringLiteral("s");
    source.kind = QStringLiteral("file");
    source.location = QStringLiteral("/catalog");
    if (!store.replaceSource(source, fixtures::components(QStringLiteral("first"), first), {}, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "first written\n" << Qt::flush;

    const QList<Entity> next = fixtures::components(QStringLiteral("second"), second);
    store.replaceSource(source, next, {}, &error, [&](int i) {
        if (i < second / 2)
            return;
        if (kill)
            ::raise(SIGKILL);
        ::_exit(9);
    });
    // Not reached.
    return 3;
}
