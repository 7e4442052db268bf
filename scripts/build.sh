#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures and builds Atrium in ./build (RelWithDebInfo, Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default -- -j"$(nproc)"
