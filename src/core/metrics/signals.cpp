// SPDX-License-Identifier: Apache-2.0
#include "metrics/signals.h"
#include "metrics/stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace atrium::metrics {

namespace {

bool isComponent(const Entity &e)
{
    return e.kind.compare(QLatin1String("Component"), Qt::CaseInsensitive) == 0;
}

QString metadataValue(const Entity &e, const QString &section, const QString &key)
{
    const QJsonValue v = e.data.value(QStringLiteral("metadata")).toObject().value(section).toObject().value(key);
    return v.isString() ? v.toString().trimmed() : QString();
}

bool mentionsRunbook(const DocPage &p)
{
    // 런북 is how Korean teams write it.
    for (const QString *s : {&p.path, &p.title})
        if (s->contains(QLatin1String("runbook"), Qt::CaseInsensitive) || s->contains(QString::fromUtf8("런북")))
            return true;
    return false;
}

void decide(AdoptionSignal &s)
{
    if (s.value)
        s.fires = s.firesAbove ? *s.value > s.threshold : *s.value < s.threshold;
}

} // namespace

QJsonObject AdoptionSignal::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()},
                  {QStringLiteral("unit"), unitId(unit)},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("firesWhen"), firesAbove ? QStringLiteral("above") : QStringLiteral("below")},
                  {QStringLiteral("fires"), fires ? QJsonValue(*fires) : QJsonValue()},
                  {QStringLiteral("thresholdFromPlaybook"), thresholdFromPlaybook},
                  {QStringLiteral("sampleSize"), sampleSize},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("items"), QJsonArray::fromStringList(items)}};
    if (!value)
        o.insert(QStringLiteral("missingReason"), missingReason);
    return o;
}

QJsonObject SignalsResult::toJson() const
{
    QJsonArray list;
    for (const auto &s : conditions)
        list.append(s.toJson());
    return {{QStringLiteral("signals"), list},
            {QStringLiteral("firing"), firing},
            {QStringLiteral("measured"), measured},
            {QStringLiteral("idpRecommended"), idpRecommended}};
}

QString ciFingerprint(const Repository &repository)
{
    QSet<QString> uses;
    for (const WorkflowFile &wf : repository.workflows)
        for (const WorkflowUse &u : scanWorkflow(wf).uses) {
            const qsizetype at = u.uses.lastIndexOf(QLatin1Char('@'));
            // docker://image@sha256:… keeps its digest off too; a local
            // `./path` has no version at all.
            uses.insert((at > 0 ? u.uses.left(at) : u.uses).toLower());
        }
    QStringList sorted(uses.begin(), uses.end());
    sorted.sort();
    return sorted.join(QLatin1Char('\n'));
}

SignalsResult adoptionSignals(const SignalInputs &in, const SignalThresholds &th)
{
    SignalsResult r;
    const QString catalog = QCoreApplication::translate("atrium::metrics", "Software catalog");
    QList<const Entity *> components;
    for (const Entity &e : in.entities)
        if (isComponent(e))
            components << &e;

    {
        AdoptionSignal s;
        s.id = QStringLiteral("services");
        s.title = QCoreApplication::translate("atrium::metrics", "Number of services");
        s.threshold = th.services;
        s.thresholdFromPlaybook = th.services == SignalThresholds{}.services;
        s.source = catalog;
        for (const Entity *e : std::as_const(components))
            if (e->type.compare(QLatin1String("service"), Qt::CaseInsensitive) == 0)
                s.items << e->ref();
        s.items.sort();
        s.sampleSize = int(s.items.size());
        if (!in.entities.isEmpty())
            s.value = double(s.items.size());
        else
            s.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "The catalog is empty. Import catalog files or sync a "
                                                          "GitHub organisation.");
        r.conditions << s;
    }
    {
        AdoptionSignal s;
        s.id = QStringLiteral("service-creation-lead-time");
        s.title = QCoreApplication::translate("atrium::metrics", "Time to create a new service");
        s.unit = Unit::Seconds;
        s.threshold = th.serviceCreationSeconds;
        s.thresholdFromPlaybook = th.serviceCreationSeconds == SignalThresholds{}.serviceCreationSeconds;
        s.source = QCoreApplication::translate("atrium::metrics", "Service creation lead time (median)");
        s.value = in.serviceCreationSeconds;
        if (!s.value)
            s.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "No completed scaffolder task is known. Create a service "
                                                          "from a template, or import a Backstage task export.");
        r.conditions << s;
    }
    {
        AdoptionSignal s;
        s.id = QStringLiteral("ci-setups");
        s.title = QCoreApplication::translate("atrium::metrics", "Distinct CI setups");
        s.source = QCoreApplication::translate("atrium::metrics", "GitHub Actions workflows of active repositories");
        QSet<QString> fingerprints, teams;
        for (const Repository &repo : in.repositories) {
            if (repo.archived)
                continue;
            const QString f = ciFingerprint(repo);
            if (f.isEmpty())
                continue;
            ++s.sampleSize;
            fingerprints.insert(f);
            teams.insert(repo.ownerTeam);
        }
        s.items = QStringList(fingerprints.begin(), fingerprints.end());
        s.items.sort();
        // "Each team has different CI/CD pipelines": as many setups as teams.
        // Fires at >= teams, i.e. above teams - 1; one team cannot differ.
        s.threshold = std::max<qsizetype>(teams.size(), 2) - 1;
        if (s.sampleSize > 0)
            s.value = double(fingerprints.size());
        else
            s.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "No active repository with GitHub Actions workflows has "
                                                          "been synced.");
        r.conditions << s;
    }
    {
        AdoptionSignal s;
        s.id = QStringLiteral("onboarding-time");
        s.title = QCoreApplication::translate("atrium::metrics", "Onboarding time");
        s.unit = Unit::Seconds;
        s.threshold = th.onboardingSeconds;
        s.thresholdFromPlaybook = th.onboardingSeconds == SignalThresholds{}.onboardingSeconds;
        s.source = QCoreApplication::translate("atrium::metrics", "Onboarding time (median)");
        s.value = in.onboardingSeconds;
        if (!s.value)
            s.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "No newcomer with a merged pull request is known. Sync the "
                                                          "GitHub organisation's members.");
        r.conditions << s;
    }
    const auto coverage = [&](const QString &id, const QString &title, double threshold, auto &&covered,
                              const QString &missingWithoutComponents) {
        AdoptionSignal s;
        s.id = id;
        s.title = title;
        s.unit = Unit::Percent;
        s.threshold = threshold;
        s.firesAbove = false;
        s.source = catalog;
        int n = 0;
        for (const Entity *e : std::as_const(components)) {
            if (covered(*e))
                ++n;
            else
                s.items << e->ref(); // what is missing is what a user acts on
        }
        s.items.sort();
        s.sampleSize = int(components.size());
        s.value = percentOf(n, int(components.size()));
        if (!s.value)
            s.missingReason = missingWithoutComponents;
        return s;
    };
    const QString noComponents = QCoreApplication::translate("atrium::metrics",
                                                             "The catalog has no Component entities.");
    const QString techdocs = QStringLiteral("backstage.io/techdocs-ref");
    r.conditions << coverage(QStringLiteral("docs-coverage"),
                          QCoreApplication::translate("atrium::metrics", "Documentation coverage"),
                          th.docsCoveragePercent,
                          [&](const Entity &e) { return !metadataValue(e, QStringLiteral("annotations"), techdocs).isEmpty(); },
                          noComponents);
    {
        AdoptionSignal s = coverage(
            QStringLiteral("runbook-coverage"), QCoreApplication::translate("atrium::metrics", "Runbook coverage"),
            th.runbookCoveragePercent,
            [&](const Entity &e) {
                if (!in.docs)
                    return false;
                const auto pages = in.docs->value(e.ref());
                return std::any_of(pages.begin(), pages.end(), mentionsRunbook);
            },
            noComponents);
        if (!in.docs) {
            s.value.reset();
            s.items.clear();
            s.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "TechDocs have not been read. Sync documentation to find "
                                                          "runbook pages.");
        }
        s.source = QCoreApplication::translate("atrium::metrics", "TechDocs pages whose path or title says runbook");
        r.conditions << s;
    }
    {
        const QString key = in.costKey.trimmed();
        AdoptionSignal s = coverage(
            QStringLiteral("cost-attribution"),
            QCoreApplication::translate("atrium::metrics", "Cost attribution coverage"), th.costCoveragePercent,
            [&](const Entity &e) {
                return !key.isEmpty()
                       && (!metadataValue(e, QStringLiteral("annotations"), key).isEmpty()
                           || !metadataValue(e, QStringLiteral("labels"), key).isEmpty());
            },
            noComponents);
        if (key.isEmpty()) {
            s.value.reset();
            s.items.clear();
            s.missingReason = QCoreApplication::translate("atrium::metrics",
                                                          "No cost attribution key is configured. Name the annotation "
                                                          "or label that holds the cost centre in the Insights "
                                                          "settings.");
        }
        r.conditions << s;
    }
    for (auto &s : r.conditions) {
        decide(s);
        r.measured += s.value ? 1 : 0;
        r.firing += s.fires.value_or(false) ? 1 : 0;
    }
    r.idpRecommended = r.firing >= 3;
    return r;
}

} // namespace atrium::metrics
