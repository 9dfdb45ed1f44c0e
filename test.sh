#!/usr/bin/env bash
# One command to test Coin Model Studio: installs what it needs, builds (warnings are errors) and
# runs the whole suite with ctest. GL tests need no display (SDL's offscreen driver + Mesa); the
# journey tests start their own X server in memory (Xvfb) with a window manager and drive the real
# app with real key and mouse events (xdotool), reading the screen with ImageMagick and tesseract. The
# web tests (label `web`) load the web page (./web.sh, built here first) in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh --journeys
./web.sh
./scripts/build.sh
ctest --preset release -j "$(nproc)" "$@"
