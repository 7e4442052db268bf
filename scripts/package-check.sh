#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package, installs it as a user would (apt pulls its
# dependencies), checks the installed app and its desktop files, and
# removes it again. Run as root (CI) or as a user who may sudo.
#
#   scripts/package-check.sh                 # in ./build, as scripts/build.sh builds it
#   ATRIUM_PACKAGE_BUILD_DIR=DIR scripts/package-check.sh   # in DIR (configured
#                                            # without tests and benchmarks if new)
#
# Prints one line per check and `package-check: N passed, N failed`; exits
# non-zero when a step or a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
app_id=dev.atrium.Atrium

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Build and packaging tools, dpkg-dev (dpkg-shlibdeps), appstream and
# desktop-file-utils included.
scripts/install-deps.sh

# --- Build and package --------------------------------------------------------
if [ -z "${ATRIUM_PACKAGE_BUILD_DIR:-}" ]; then
  build=$root/build
  scripts/build.sh
else
  build=$(realpath -m "$ATRIUM_PACKAGE_BUILD_DIR")
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DATRIUM_BUILD_TESTS=OFF -DATRIUM_BUILD_BENCH=OFF >/dev/null
  fi
  cmake --build "$build"
fi

out=$build/package
rm -rf "$out"
echo "package-check: cpack in $build"
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$build/cpack.log" 2>&1 || {
  cat "$build/cpack.log"
  exit 1
}
debs=("$out"/atrium_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "package-check: cpack made no .deb in $out" >&2; exit 1; }
version=$(dpkg-deb --field "$deb" Version)
echo "package-check: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends | sed 's/^/  /'

# --- Install -------------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
if dpkg-query -W -f='${Status}' atrium 2>/dev/null | grep -q "install ok installed"; then
  echo "package-check: removing the atrium package installed before this check"
  $SUDO dpkg -r atrium >/dev/null
fi
cleanup() {
  if dpkg-query -W -f='${Status}' atrium 2>/dev/null | grep -q "install ok installed"; then
    echo "package-check: dpkg -r atrium"
    $SUDO dpkg -r atrium >/dev/null
  fi
  [ -z "${scratch:-}" ] || rm -rf "$scratch"
}
trap cleanup EXIT
# apt, not dpkg -i: it installs what Depends names and is missing.
$SUDO apt-get install -y -q --no-install-recommends "$deb" >"$build/apt-install.log" 2>&1 || {
  cat "$build/apt-install.log"
  exit 1
}
echo "package-check: installed $(dpkg-query -W -f='${Package} ${Version}' atrium)"

# --- Checks --------------------------------------------------------------------
passed=0
failed=0
check() {
  local name=$1
  shift
  local log
  if log=$("$@" 2>&1); then
    passed=$((passed + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
  fi
  [ -z "$log" ] || printf '%s\n' "$log" | sed 's/^/      /'
}

# The app runs from the installed path with the user's own (empty) folders.
scratch=$(mktemp -d)
mkdir -p "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
run_installed() {
  env XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen "$@"
}

version_is() {
  local text
  text=$(run_installed /usr/bin/atrium --version)
  printf '%s\n' "$text"
  [ "$(printf '%s\n' "$text" | head -n 1)" = "atrium $version" ]
}
check "/usr/bin/atrium --version says atrium $version" version_is

self_test() {
  # QML_IMPORT_TRACE and QT_DEBUG_PLUGINS: the QML modules and plugins the
  # app loads, for the dependency check below.
  QML_IMPORT_TRACE=1 QT_DEBUG_PLUGINS=1 run_installed /usr/bin/atrium --self-test >"$scratch/self-test.out" 2>"$scratch/self-test.err"
  local rc=$?
  grep -E '^(FAIL|self-test:)' "$scratch/self-test.out" || true
  [ $rc -eq 0 ] || grep -vE 'QQmlImportDatabase|QFactoryLoader|Found metadata|Got keys|loaded library|checking directory|looking at|Plugin uses|in directory' "$scratch/self-test.err" | tail -n 20
  return $rc
}
check "/usr/bin/atrium --self-test (offscreen)" self_test

# Everything the app loaded from Qt's QML and plugin folders belongs to a
# package that the .deb depends on, directly or through another package
# (or recommends: Qt loads every image format plugin it finds, and the
# extra ones are optional): a package shlibdeps cannot see and Depends
# forgets fails here, although this machine has it installed.
runtime_closure() {
  local -A seen=()
  local queue=(atrium) pkg deps alt name
  while [ ${#queue[@]} -gt 0 ]; do
    pkg=${queue[0]}
    queue=("${queue[@]:1}")
    [ -z "${seen[$pkg]:-}" ] || continue
    seen[$pkg]=1
    echo "$pkg"
    if [ "$pkg" = atrium ]; then
      deps=$(dpkg-query -W -f='${Depends}, ${Pre-Depends}, ${Recommends}' "$pkg" 2>/dev/null) || continue
    else
      deps=$(dpkg-query -W -f='${Depends}, ${Pre-Depends}' "$pkg" 2>/dev/null) || continue
    fi
    while IFS= read -r alt; do
      # "a (>= 1) | b": the first alternative that is installed.
      for name in $(printf '%s\n' "$alt" | tr '|' '\n' | sed -E 's/\(.*\)//; s/:any//; s/ //g'); do
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
          queue+=("$name")
          break
        fi
      done
    done < <(printf '%s\n' "$deps" | tr ',' '\n' | sed '/^ *$/d')
  done
}
loaded_files() {
  {
    # "Module 'QtQuick.Controls' resolved to qmldir at .../QtQuick/Controls/qmldir" (wording varies)
    grep -oE '/[^ "]*/qt6/qml/[^ "]*qmldir' "$scratch/self-test.err" || true
    grep -E 'loaded library' "$scratch/self-test.err" | grep -oE '/[^ "]*\.so[^ "]*' || true
  } | sed 's/"$//' | sort -u
}
depends_cover_runtime() {
  local closure owners missing=0 f pkg
  closure=$(runtime_closure | sort -u)
  local files
  files=$(loaded_files)
  [ -n "$files" ] || { echo "no QML module or plugin seen loading (QML_IMPORT_TRACE/QT_DEBUG_PLUGINS gave nothing)"; return 1; }
  for f in $files; do
    [ -e "$f" ] || continue
    owners=$(dpkg -S "$(realpath "$f")" 2>/dev/null | cut -d: -f1 | tr ',' '\n' | sed 's/ //g') || owners=""
    [ -n "$owners" ] || owners=$(dpkg -S "$f" 2>/dev/null | cut -d: -f1 | tr ',' '\n' | sed 's/ //g') || owners=""
    [ -n "$owners" ] || continue
    pkg=""
    for o in $owners; do
      if printf '%s\n' "$closure" | grep -qx "$o"; then pkg=$o; break; fi
    done
    if [ -z "$pkg" ]; then
      echo "$f comes from $(echo $owners), which atrium does not depend on"
      missing=$((missing + 1))
    fi
  done
  echo "$(printf '%s\n' "$files" | wc -l) QML modules and plugins loaded, $(printf '%s\n' "$closure" | wc -l) packages in the dependency closure"
  [ $missing -eq 0 ]
}
check "Depends cover every QML module and Qt plugin the app loads" depends_cover_runtime

check "appstreamcli validate --no-net $app_id.metainfo.xml" \
  appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
check "desktop-file-validate $app_id.desktop" \
  desktop-file-validate "/usr/share/applications/$app_id.desktop"

icons_installed() {
  local size missing=0
  for size in 16 22 24 32 48 64 128 256 512; do
    local f=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -f "$f" ]; then echo "missing $f"; missing=1; continue; fi
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    local wh
    wh=$(od -An -tu1 -j16 -N8 "$f" | awk '{ printf "%dx%d", $3 * 256 + $4, $7 * 256 + $8 }')
    [ "$wh" = "${size}x${size}" ] || { echo "$f is $wh, not ${size}x${size}"; missing=1; }
  done
  [ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || { echo "missing the scalable icon"; missing=1; }
  return $missing
}
check "icons: hicolor 16 to 512 px and scalable" icons_installed

echo "package-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
