// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** What the About page shows: Atrium's id, version and licence, and the
 *  libraries it runs on with their versions (the same facts as
 *  `atrium --version`, from about::libraries()). Constant for the life of
 *  the process, hence a singleton that reads nothing but the linked
 *  libraries. */
class AboutInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString appId READ appId CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString homepage READ homepage CONSTANT)
    Q_PROPERTY(QString license READ license CONSTANT)
    Q_PROPERTY(QString licenseUrl READ licenseUrl CONSTANT)
    /** One map a library: name, version, license (SPDX), url, and runtime
     *  (true when the version was read from the loaded library, false when
     *  it is the one Atrium was built against). */
    Q_PROPERTY(QVariantList libraries READ libraries CONSTANT)
    /** The text `atrium --version` prints, and the platform: what "Copy
     *  version info" copies. */
    Q_PROPERTY(QString versionReport READ versionReport CONSTANT)

public:
    explicit AboutInfo(QObject *parent = nullptr);

    QString appId() const;
    QString version() const;
    QString homepage() const;
    QString license() const;
    QString licenseUrl() const;
    QVariantList libraries() const { return m_libraries; }
    QString versionReport() const { return m_versionReport; }

    /** Puts versionReport on the clipboard, for a bug report. */
    Q_INVOKABLE void copyVersionInfo() const;

private:
    QVariantList m_libraries;
    QString m_versionReport;
};

} // namespace atrium
