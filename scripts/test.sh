#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is needed, builds, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# A private D-Bus session with an unlocked gnome-keyring of its own (the
# Secret Service the token storage tests need), its keyrings in a throwaway
# folder: tests never touch the user's bus or keyrings.
exec dbus-run-session -- sh -c 'keyrings=$(mktemp -d); echo -n atrium-ci | XDG_DATA_HOME="$keyrings" XDG_RUNTIME_DIR="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest --preset default --output-on-failure -j"$(nproc)"; rc=$?; rm -rf "$keyrings"; exit $rc'
