// SPDX-License-Identifier: Apache-2.0
// The composition root of the `atrium` binary: the command line when the
// first argument is a command, the desktop app otherwise.
#include "cli.h"
#include "gui.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (atrium::isCliCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("atrium"));
        QCoreApplication::setOrganizationName(QStringLiteral("atrium"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int rc = atrium::runCli(args, out, err);
        out.flush();
        err.flush();
        return rc;
    }
    return atrium::runGui(argc, argv);
}
