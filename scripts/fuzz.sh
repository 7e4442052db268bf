#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan, UBSan) and
# runs each for SECONDS (default 600), one after the other.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: see tests/fuzz/CMakeLists.txt
# Each target starts from its committed seeds (tests/fuzz/corpus/TARGET) and
# its past crashers (tests/fuzz/regressions/TARGET); what it finds grows a
# work corpus outside the repository ($ATRIUM_FUZZ_WORK, default
# ~/.cache/atrium-fuzz/TARGET). A crashing, leaking or timing-out input is
# copied to tests/fuzz/regressions/TARGET/, where the normal build's ctest
# (fuzz_regress_TARGET) keeps running it. Exit status: 1 when any target
# found something. ATRIUM_FUZZ_NO_BUILD=1 skips the build. Per-target logs
# and a summary line (runs, coverage) go to the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=600
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
all=(descriptor entityref template formschema docs github csv)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")
work=${ATRIUM_FUZZ_WORK:-$HOME/.cache/atrium-fuzz}
jobs=${ATRIUM_FUZZ_BUILD_JOBS:-2}

# Inputs larger than the parsers' interesting structure only slow the search.
max_len() {
  case $1 in
    entityref) echo 512 ;;
    template) echo 4096 ;;
    github|csv|formschema) echo 16384 ;;
    *) echo 32768 ;;
  esac
}

if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: needs clang++ with libFuzzer (Debian: apt-get install clang)" >&2
  exit 2
fi
if [[ ${ATRIUM_FUZZ_NO_BUILD:-0} == 1 ]]; then
  :  # built already (another build of build-fuzz is running)
elif [[ ! -f build-fuzz/build.ninja ]]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake --preset fuzz "${launcher[@]}"
fi
if [[ ${ATRIUM_FUZZ_NO_BUILD:-0} != 1 ]]; then
  build_targets=()
  for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
  cmake --build build-fuzz -j"$jobs" --target "${build_targets[@]}"
fi

# Leaks are reported: the targets free what they build (the one static client
# is reachable). UBSan stops at the first finding, so it counts as a crash.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export QT_LOGGING_RULES='atrium.*=false'
export LC_ALL=C.UTF-8 TZ=UTC

status=0
for t in "${targets[@]}"; do
  bin=build-fuzz/tests/fuzz/fuzz_$t
  corpus=$work/$t
  artifacts=$work/$t-artifacts/$(date +%Y%m%dT%H%M%S)  # this run's findings only
  mkdir -p "$corpus" "$artifacts" "tests/fuzz/regressions/$t"
  log=$work/$t.log
  echo "== fuzz_$t for ${seconds}s (log: $log)"
  set +e
  "$bin" "$corpus" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=25 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  found=0
  for f in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/slow-unit-*; do
    [[ -e $f ]] || continue
    case $(basename "$f") in slow-unit-*) continue ;; esac
    cp -n "$f" "tests/fuzz/regressions/$t/"
    found=1
  done
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  echo "fuzz_$t: exit $rc, ${runs:-?} runs, cov ${cov:-?}, findings: $( ((found)) && echo yes || echo none)" | tee -a "$work/summary.txt"
  if [[ $rc -ne 0 || $found -ne 0 ]]; then
    status=1
    grep -m1 -A12 'ERROR: \|runtime error\|==ERROR' "$log" || true
  fi
done
exit $status
