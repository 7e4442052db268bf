// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace atrium {

/** `atrium insights ...` (@p args without the word "insights"): imports
 *  scaffolder task exports and survey exports into the cache, refreshes the
 *  GitHub data, and prints the platform KPIs and DORA metrics with their
 *  bands, as a table or as JSON. Returns 0 on success, 1 when a step failed,
 *  2 on a usage error. */
int cmdInsights(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace atrium
