#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages Atrium builds, runs and tests with.
# Idempotent: does nothing when everything is already installed.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git
  # Qt 6.4 as Debian 12 ships it
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-image-formats-plugins
  libxkbcommon-dev
  # QML runtime modules
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-dialogs
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-shapes
  qml6-module-qtcharts qml6-module-qttest qml6-module-qtcore qml6-module-qt-labs-settings
  qml6-module-qt-labs-platform qml6-module-qt-labs-qmlmodels qml6-module-qt-labs-folderlistmodel
  # libraries
  libyaml-cpp-dev libyaml-dev libgit2-dev libvalijson-dev nlohmann-json3-dev qtkeychain-qt6-dev libmd4c-dev
  libgraphviz-dev libsqlite3-dev
  # the .deb and its checks (scripts/package-check.sh)
  dpkg-dev appstream desktop-file-utils
  # headless runs, keyring tests, fonts that cover Korean
  xvfb xauth dbus libsecret-1-0 gnome-keyring fonts-noto-cjk fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
