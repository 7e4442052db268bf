// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entity.h"
#include "metrics/goldenpath.h"
#include "metrics/kpi.h"

#include <QHash>
#include <QList>
#include <optional>

namespace atrium::metrics {

/** One page of an entity's TechDocs site. */
struct DocPage {
    QString path;  ///< e.g. `ops/runbook.md`
    QString title;
};

struct SignalInputs {
    QList<Entity> entities;
    QList<Repository> repositories; ///< archived ones are left out
    std::optional<double> serviceCreationSeconds; ///< the lead time KPI's median, when known
    std::optional<double> onboardingSeconds;      ///< the onboarding KPI's median, when known
    /** TechDocs pages by entity ref; empty optional when docs were not read. */
    std::optional<QHash<QString, QList<DocPage>>> docs;
    /** The annotation or label that attributes cost, e.g. `acme.com/cost-center`;
     *  empty when not configured. */
    QString costKey;
};

/** The thresholds; defaults are the playbook's where it gives one. */
struct SignalThresholds {
    int services = 20;                            ///< playbook: more than 20 services
    double serviceCreationSeconds = seconds::Week; ///< playbook: more than one week
    double onboardingSeconds = 2 * seconds::Week;  ///< playbook: more than 2 weeks
    double docsCoveragePercent = 50;     ///< Atrium's default: the playbook gives none
    double runbookCoveragePercent = 50;  ///< Atrium's default for "undocumented rollback"
    double costCoveragePercent = 50;     ///< Atrium's default for "attribution is impossible"
};

/** One of Play 1's "do we need an IDP?" conditions, measured. */
struct AdoptionSignal {
    QString id;
    QString title;
    std::optional<double> value;
    Unit unit = Unit::Count;
    double threshold = 0;
    bool firesAbove = true;        ///< fires above the threshold, else below it
    std::optional<bool> fires;     ///< empty without a value
    bool thresholdFromPlaybook = false;
    int sampleSize = 0;
    QString source;
    QString missingReason;
    QStringList items; ///< what the value counts or misses (entity refs, CI setups), sorted

    QJsonObject toJson() const;
};

struct SignalsResult {
    QList<AdoptionSignal> conditions;
    int firing = 0; ///< signals that fire
    int measured = 0; ///< signals with a value
    /** Play 1: three or more conditions mean it is time to consider an IDP. */
    bool idpRecommended = false;
    QJsonObject toJson() const;
};

/** The setup of a repository's CI: the sorted, deduplicated `uses:` of its
 *  workflows with versions (`@v4`) dropped, so a version bump is not a new
 *  setup; one per line. Empty for a repository without workflow `uses:`. */
QString ciFingerprint(const Repository &repository);

/** Play 1's adoption signals: services (Components of type service), service
 *  creation lead time, distinct CI setups among active repositories (fires
 *  when there are at least as many as teams owning them, two or more: every
 *  team on its own pipeline), onboarding time, and the coverage of TechDocs
 *  (`backstage.io/techdocs-ref`), runbooks (a docs page whose path or title
 *  says runbook) and cost attribution among Components. */
SignalsResult adoptionSignals(const SignalInputs &inputs, const SignalThresholds &thresholds = {});

} // namespace atrium::metrics
