#!/usr/bin/env bash
# One command to test Coin Model Studio: installs what it needs, builds (warnings are errors) and
# runs the whole suite with ctest. GL tests need no display (SDL's offscreen driver + Mesa).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/build.sh
ctest --preset release -j "$(nproc)" "$@"
