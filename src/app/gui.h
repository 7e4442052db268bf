// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace atrium {

/** Runs the desktop app (QApplication, QML engine) with GUI options:
 *  --demo, --cache FILE, --config FILE, --lang CODE, --screenshot FILE
 *  [--view V], --self-test. */
int runGui(int argc, char **argv);

} // namespace atrium
