// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace atrium {

/** `atrium template list|run ...` (@p args without the word "template").
 *  `list` prints the Template entities of the cache; `run` runs one (by
 *  reference from the cache, or a template.yaml path) with the form values
 *  of a JSON or YAML file, printing each step, its log and the output links
 *  (and, with --dry-run, the files it would create). Returns 0 when the task
 *  completed, 1 when it failed, 2 on a usage error. */
int cmdTemplate(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace atrium
