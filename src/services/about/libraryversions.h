// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace atrium::about {

/** The reverse-DNS application id: the desktop file, the AppStream
 *  metainfo, the icons and the Flatpak manifest are all named after it. */
inline constexpr char kAppId[] = "dev.atrium.Atrium";
/** Atrium's own licence, as an SPDX identifier. */
inline constexpr char kLicense[] = "Apache-2.0";
inline constexpr char kLicenseUrl[] = "https://www.apache.org/licenses/LICENSE-2.0";

/** One library Atrium is built on, as `atrium --version` and the About
 *  page list it. */
struct Library {
    QString name;
    /** The version the loaded library reports where it has a call for it
     *  (Qt, libyaml, libgit2, SQLite); else the one Atrium was built
     *  against (see @ref runtime). */
    QString version;
    QString license; ///< SPDX expression
    QString url;
    bool runtime = false; ///< true when @ref version was read at run time
    friend bool operator==(const Library &, const Library &) = default;
};

/** Atrium's version, from the CMake project. */
QString version();
/** The project's home page, from the CMake project. */
QString homepage();
/** The libraries, in the order they are shown. */
QList<Library> libraries();
/** What `atrium --version` prints and the About page copies: `atrium X.Y.Z`,
 *  then one `NAME VERSION` line per library. */
QString versionReport();

} // namespace atrium::about
