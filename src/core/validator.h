// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace atrium {

/** A problem in one document, located by its path inside the document (keys
 *  and array indexes) rather than by line: the caller turns paths into
 *  positions only for documents that have problems. */
struct ValidationIssue {
    Severity severity = Severity::Error;
    QStringList path;
    QString message;
};

/** The field rules of Backstage's catalog (catalog-model 1.10 validators and
 *  the built-in kinds' schemas, as summarised in shared/compat/FACTS.md). */
namespace rules {
bool isValidEntityName(QStringView s);
bool isValidNamespace(QStringView s); ///< a DNS label
bool isValidKind(QStringView s);
bool isValidApiVersion(QStringView s);
bool isValidDnsSubdomain(QStringView s);
bool isValidLabelOrAnnotationKey(QStringView s);
bool isValidLabelValue(QStringView s);
bool isValidTag(QStringView s);
bool isAbsoluteUrl(QStringView s);
} // namespace rules

/** The kinds Atrium knows, with their accepted apiVersions. */
bool isKnownKind(QStringView kind);
QStringList knownKinds();

/** Checks one document as the catalog would on ingestion. Unknown kinds are
 *  checked at the envelope level and get a warning, not an error.
 *  Unresolved remote placeholders (`{$text: https://...}`) are accepted where
 *  a string is required: they are read during sync, not from disk. */
QList<ValidationIssue> validateEntity(const QJsonValue &doc);

} // namespace atrium
