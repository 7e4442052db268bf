// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace atrium {

/** One `integrations.github[]` entry of a Backstage app-config. */
struct GitHubIntegration {
    QString host = QStringLiteral("github.com");
    QUrl apiBaseUrl;    ///< empty: derived from the host
    QString caBundle;   ///< PEM file of extra trusted CAs (GitHub Enterprise)
};

/** One `catalog.providers.github.<id>` entry. */
struct GitHubProvider {
    QString id;
    QString organization;
    QString host = QStringLiteral("github.com");
    QString catalogPath = QStringLiteral("/catalog-info.yaml");
    QString repositoryPattern;   ///< filters.repository: a regex on the repository name
    QString branch;              ///< filters.branch: empty means the default branch
    QStringList topicsInclude;   ///< filters.topic (string) or filters.topic.include
    QStringList topicsExclude;   ///< filters.topic.exclude: wins over include
    QStringList visibility;      ///< filters.visibility: public, private, internal; empty: all
    bool allowArchived = false;  ///< filters.allowArchived
    int frequencySeconds = 1800; ///< schedule.frequency
    int timeoutSeconds = 600;    ///< schedule.timeout

    /** Whether a repository passes the name, topic, visibility and archive
     *  filters. */
    bool matches(const QString &name, const QStringList &topics, const QString &visibility, bool archived) const;
};

/** One `atrium.backstage[]` entry: an existing Backstage backend whose
 *  catalog is a source (as `backstage:<name>`) and whose scaffolder runs the
 *  templates that come from it. Its token is never read from the file. */
struct BackstageSource {
    QString name;
    QUrl baseUrl;                ///< the backend's base, e.g. https://backstage.example.com
    QStringList filters;         ///< the catalog API's `filter` values (kind=component,...); empty: everything
    bool readDocs = true;        ///< TechDocs from its techdocs backend
    int frequencySeconds = 1800; ///< schedule.frequency

    QString sourceId() const { return QStringLiteral("backstage:") + name; }
};

/** Atrium's sources: the GitHub part of a Backstage app-config (so a platform
 *  team can paste theirs) plus local folders (`catalog.locations` of type
 *  file). Tokens are never read from here: they live in the keychain or come
 *  from an environment variable. */
struct SyncConfig {
    QString file;
    QList<GitHubIntegration> integrations;
    QList<GitHubProvider> providers;
    QStringList localPaths;
    QList<BackstageSource> backstage;

    /** `$XDG_CONFIG_HOME/atrium/config.yaml`. */
    static QString defaultPath();
    /** Reads and checks @p path. Problems (with line and column) go to
     *  @p problems; the config is usable when none is an error. */
    static SyncConfig load(const QString &path, Diagnostics *problems);
    /** The same, from text (the Settings view validates as the user types). */
    static SyncConfig parse(const QByteArray &yaml, const QString &path, Diagnostics *problems);

    /** The integration for @p host: the configured one, else the defaults. */
    GitHubIntegration integrationFor(const QString &host) const;
    /** The Backstage source whose sourceId() is @p sourceId, or null. */
    const BackstageSource *backstageSource(const QString &sourceId) const;
};

} // namespace atrium
