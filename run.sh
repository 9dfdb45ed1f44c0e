#!/usr/bin/env bash
# One command to use Coin Model Studio: installs what it needs, builds, and starts the app on the
# built-in introduction scenario. Arguments go to the app instead, e.g. ./run.sh scenarios/template.toml
# or ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
./scripts/build.sh
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${SDL_VIDEODRIVER:-}" ]; then
  echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
  echo "        Start it from a desktop session, or render a picture instead:" >&2
  echo "        ./build/release/coinstudio --screenshot coin.png" >&2
  exit 3
fi
if [ $# -eq 0 ]; then
  set -- scenarios/01-introduction.toml
fi
exec ./build/release/coinstudio "$@"
