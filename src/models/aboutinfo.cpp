// SPDX-License-Identifier: Apache-2.0
#include "aboutinfo.h"

#include "about/libraryversions.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSysInfo>

namespace atrium {

AboutInfo::AboutInfo(QObject *parent)
    : QObject(parent)
{
    for (const about::Library &lib : about::libraries())
        m_libraries.append(QVariantMap{{QStringLiteral("name"), lib.name},
                                       {QStringLiteral("version"), lib.version},
                                       {QStringLiteral("license"), lib.license},
                                       {QStringLiteral("url"), lib.url},
                                       {QStringLiteral("runtime"), lib.runtime}});
    // A bug report wants the platform too; `atrium --version` keeps to
    // Atrium and its libraries.
    m_versionReport = about::versionReport()
        + QStringLiteral("%1 (%2, %3)\n").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                                             QGuiApplication::platformName());
}

QString AboutInfo::appId() const
{
    return QString::fromLatin1(about::kAppId);
}

QString AboutInfo::version() const
{
    return about::version();
}

QString AboutInfo::homepage() const
{
    return about::homepage();
}

QString AboutInfo::license() const
{
    return QString::fromLatin1(about::kLicense);
}

QString AboutInfo::licenseUrl() const
{
    return QString::fromLatin1(about::kLicenseUrl);
}

void AboutInfo::copyVersionInfo() const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_versionReport);
}

} // namespace atrium
