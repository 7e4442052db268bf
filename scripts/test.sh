#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is needed, builds, and runs the whole test suite:
#  1. ctest over the release build;
#  2. the Debian package, built, installed, run from its installed path and
#     removed again (scripts/package-check.sh);
#  3. ctest again over an AddressSanitizer + UndefinedBehaviorSanitizer
#     build (scripts/test-asan.sh), the second configuration; here its
#     build took 317 s (partly cached) and its tests 144 s.
# `--quick` runs the first only (what to run while working);
# ATRIUM_TEST_ASAN=0 leaves out the third.
# Exits non-zero when any of them fails; all of them run regardless.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[[ ${1:-} == --quick ]] && quick=1
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# A private D-Bus session with an unlocked gnome-keyring of its own (the
# Secret Service the token storage tests need), its keyrings in a throwaway
# folder: tests never touch the user's bus or keyrings.
set +e
dbus-run-session -- sh -c 'keyrings=$(mktemp -d); echo -n atrium-ci | XDG_DATA_HOME="$keyrings" XDG_RUNTIME_DIR="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest --preset default --output-on-failure -j"$(nproc)"; rc=$?; rm -rf "$keyrings"; exit $rc'
tests=$?
package=0
asan=0
if [[ $quick == 0 ]]; then
  scripts/package-check.sh
  package=$?
  if [[ ${ATRIUM_TEST_ASAN:-1} == 1 ]]; then
    ATRIUM_SKIP_DEPS=1 scripts/test-asan.sh
    asan=$?
  fi
fi
set -e
echo "test.sh: tests exit $tests, package check exit $package, ASan/UBSan tests exit $asan"
[[ $tests == 0 && $package == 0 && $asan == 0 ]]
