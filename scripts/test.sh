#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is needed, builds, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# A private D-Bus session, so tests that need one never touch the user's.
exec dbus-run-session -- ctest --preset default --output-on-failure -j"$(nproc)"
