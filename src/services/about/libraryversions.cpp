// SPDX-License-Identifier: Apache-2.0
#include "libraryversions.h"

#include <QtGlobal>

#include <git2/common.h>
#include <sqlite3.h>
#include <yaml.h>

// The versions of libraries with no call that reports them come from the
// build (src/services/CMakeLists.txt): pkg-config's or the CMake package's.
#ifndef ATRIUM_YAMLCPP_VERSION
#define ATRIUM_YAMLCPP_VERSION ""
#endif
#ifndef ATRIUM_GRAPHVIZ_VERSION
#define ATRIUM_GRAPHVIZ_VERSION ""
#endif
#ifndef ATRIUM_MD4C_VERSION
#define ATRIUM_MD4C_VERSION ""
#endif
#ifndef ATRIUM_QTKEYCHAIN_VERSION
#define ATRIUM_QTKEYCHAIN_VERSION ""
#endif
#ifndef ATRIUM_HOMEPAGE
#define ATRIUM_HOMEPAGE ""
#endif

namespace atrium::about {

QString version()
{
    return QStringLiteral(ATRIUM_VERSION);
}

QString homepage()
{
    return QStringLiteral(ATRIUM_HOMEPAGE);
}

QList<Library> libraries()
{
    int major = 0, minor = 0, rev = 0;
    git_libgit2_version(&major, &minor, &rev);
    const QString git = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(rev);
    const auto built = [](const char *v) {
        const QString s = QString::fromLatin1(v);
        return s.isEmpty() ? QStringLiteral("?") : s;
    };
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/"), true},
        {QStringLiteral("yaml-cpp"), built(ATRIUM_YAMLCPP_VERSION), QStringLiteral("MIT"),
         QStringLiteral("https://github.com/jbeder/yaml-cpp"), false},
        {QStringLiteral("libyaml"), QString::fromLatin1(yaml_get_version_string()), QStringLiteral("MIT"),
         QStringLiteral("https://pyyaml.org/wiki/LibYAML"), true},
        {QStringLiteral("libgit2"), git, QStringLiteral("GPL-2.0-only WITH GCC-exception-2.0"),
         QStringLiteral("https://libgit2.org/"), true},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"),
         QStringLiteral("https://sqlite.org/"), true},
        {QStringLiteral("Graphviz"), built(ATRIUM_GRAPHVIZ_VERSION), QStringLiteral("EPL-1.0"),
         QStringLiteral("https://graphviz.org/"), false},
        {QStringLiteral("MD4C"), built(ATRIUM_MD4C_VERSION), QStringLiteral("MIT"),
         QStringLiteral("https://github.com/mity/md4c"), false},
        {QStringLiteral("QtKeychain"), built(ATRIUM_QTKEYCHAIN_VERSION), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain"), false},
    };
}

QString versionReport()
{
    QString text = QStringLiteral("atrium %1\n").arg(version());
    for (const Library &lib : libraries())
        text += QStringLiteral("%1 %2%3\n").arg(lib.name, lib.version, lib.runtime ? QString() : QStringLiteral(" (at build time)"));
    return text;
}

} // namespace atrium::about
