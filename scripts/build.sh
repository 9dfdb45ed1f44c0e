#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing, configure and build the release preset
# (warnings are errors unless COINSTUDIO_WERROR=OFF).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
export COINSTUDIO_WERROR=${COINSTUDIO_WERROR:-ON}
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
