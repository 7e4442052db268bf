// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>

namespace atrium {

/** @p value as block-style YAML that reads back as the same JSON: strings a
 *  YAML 1.2 reader would take for something else (`true`, `1.0`, `null`,
 *  `~`, empty) are quoted; multi-line strings are literal blocks. */
QString toYaml(const QJsonValue &value);

} // namespace atrium
