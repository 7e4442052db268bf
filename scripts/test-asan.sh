#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (the `asan` preset: Debug, g++, -fsanitize=address,undefined, build-asan/).
# Same private D-Bus session and keyring as scripts/test.sh.
#
# Sanitizer settings, and why:
#  - UBSan stops the test at its first finding (halt_on_error=1, and the
#    preset compiles with -fno-sanitize-recover=undefined), so a finding
#    fails the test instead of scrolling past in its output.
#  - ASan aborts on its first error (abort_on_error=1); memory errors always
#    count.
#  - Leak checking is off (detect_leaks=0). LeakSanitizer runs at exit and
#    reports what is still allocated then; fontconfig, Mesa/llvmpipe, the
#    QML engine's type registrations, D-Bus and glib keep caches for the
#    life of the process and free none of them, so every GUI and QML test
#    would "leak" in code that is not ours. Suppressing each library would
#    hide our own leaks through those libraries too. The libFuzzer targets
#    (scripts/fuzz.sh), which link no GUI, keep leak checking on.
# Exit status: ctest's. Prints how long the build and the tests took.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${ATRIUM_SKIP_DEPS:-0} != 1 ]]; then
  scripts/install-deps.sh
fi

jobs=${ATRIUM_ASAN_JOBS:-$(nproc)}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

start=$(date +%s)
cmake --preset asan "${launcher[@]}" >/dev/null
cmake --build --preset asan -- -j"$jobs"
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
# ASAN_OPTIONS and UBSAN_OPTIONS come from the asan test preset (CMakePresets.json).
set +e
dbus-run-session -- sh -c 'keyrings=$(mktemp -d); echo -n atrium-ci | XDG_DATA_HOME="$keyrings" XDG_RUNTIME_DIR="$keyrings" gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest --preset asan --output-on-failure -j"$0"; rc=$?; rm -rf "$keyrings"; exit $rc' "$jobs"
rc=$?
set -e
done_at=$(date +%s)
echo "ASan/UBSan: build $((built - start)) s, tests $((done_at - built)) s, total $((done_at - start)) s; ctest exit $rc"
exit $rc
