// SPDX-License-Identifier: Apache-2.0
// The composition root of the `atrium` binary: the command line when the
// first argument is a command, the desktop app otherwise.
#include "cli.h"
#include "gui.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (atrium::isCliCommand(args)) {
        // A command's output is its result; progress logging goes to stderr
        // only when asked for (QT_LOGGING_RULES or ATRIUM_VERBOSE).
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") && qEnvironmentVariableIsEmpty("ATRIUM_VERBOSE"))
            QLoggingCategory::setFilterRules(QStringLiteral("atrium.*.info=false\natrium.*.debug=false"));
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
