// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entity.h"
#include "metrics/kpi.h"
#include "metrics/problem.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace atrium::metrics {

/** One file of `.github/workflows/`, as sync read it. */
struct WorkflowFile {
    QString path; ///< in the repository, e.g. `.github/workflows/ci.yml`
    QByteArray text;
};

/** A repository as the Insights page needs it. */
struct Repository {
    QString fullName;  ///< `owner/name`
    bool archived = false;
    QString ownerTeam; ///< the owning group's entity ref from the catalog; empty when unknown
    QList<WorkflowFile> workflows;
};

/** One `uses:` of a workflow: a reusable workflow a job calls, or an action a
 *  step runs. */
struct WorkflowUse {
    QString uses;   ///< as written, trimmed
    QString where;  ///< `jobs.build.uses` or `jobs.build.steps[2].uses`
    bool reusableWorkflow = false; ///< a job's `uses` (a called workflow), not a step's
};

struct WorkflowScan {
    QList<WorkflowUse> uses;
    Problems problems; ///< the file could not be read as YAML
};

/** The `uses:` of `jobs.<id>.uses` and `jobs.<id>.steps[].uses` in a
 *  workflow file, read with Atrium's YAML reader rather than matched as text,
 *  so comments, block scalars and `run:` scripts that mention `uses:` do not
 *  count. A file that is not valid YAML gives a problem and no uses. */
WorkflowScan scanWorkflow(const WorkflowFile &file, const QString &repository = {});

/** Whether @p uses matches the glob @p pattern: `*` is any run of characters
 *  (slashes included, so `@*` takes `@refs/heads/main`), `?` one character,
 *  everything else itself. Case-insensitive, as GitHub's owner and repository
 *  names are. */
bool matchesUsesPattern(QStringView pattern, QStringView uses);

struct GoldenPathOptions {
    /** Globs for the golden reusable workflow(s), e.g.
     *  `acme/golden-workflows/.github/workflows/golden-*.yml@*`; any one matching
     *  makes a repository adopt the golden path. */
    QStringList usesPatterns;
    /** The annotation Backstage sets on entities a template created. */
    QString templateAnnotation = QStringLiteral("backstage.io/source-template");
};

struct RepoAdoption {
    QString fullName;
    QString team;
    bool adopting = false;
    QStringList matched; ///< the `uses:` values that matched, deduplicated, in file order
};

struct TeamAdoption {
    QString team; ///< entity ref; empty for repositories and components without a known owner
    int activeRepos = 0;
    int adoptingRepos = 0;
    std::optional<double> adoptionPercent;
    int components = 0;
    int componentsFromTemplate = 0;
    std::optional<double> templatePercent;
};

struct GoldenPathResult {
    int activeRepos = 0;
    int archivedRepos = 0; ///< left out of every share
    int adoptingRepos = 0;
    std::optional<double> adoptionPercent; ///< empty without active repositories or patterns
    QList<RepoAdoption> repos; ///< active repositories, by name
    QList<TeamAdoption> byTeam; ///< by team ref; the unknown owner (empty) first
    int components = 0;
    int componentsFromTemplate = 0;
    std::optional<double> templatePercent; ///< empty without components
    QStringList componentsFromTemplateRefs; ///< sorted
    Problems problems; ///< workflow files that could not be read
    bool patternsConfigured = false;

    QStringList adoptingRepoNames() const;
    QStringList nonAdoptingRepoNames() const;
    QJsonObject toJson() const;
};

/** Golden path adoption over @p repositories (archived ones excluded) and
 *  the share of Component entities that carry the template annotation. */
GoldenPathResult goldenPathAdoption(const QList<Repository> &repositories, const QList<Entity> &entities,
                                    const GoldenPathOptions &options);

/** The KPI value: the repository adoption share. */
KpiValue goldenPathKpi(const GoldenPathResult &result, const QString &source);

} // namespace atrium::metrics
