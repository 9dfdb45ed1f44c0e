#!/usr/bin/env bash
# One command to use Coin Model Studio: installs what it needs, builds, and starts the app.
# Arguments go to the app, e.g. ./run.sh scenarios/template.toml  or  ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
export COINSTUDIO_WERROR=${COINSTUDIO_WERROR:-ON}
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${SDL_VIDEODRIVER:-}" ]; then
  echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
  echo "        Start it from a desktop session, or render a picture instead:" >&2
  echo "        ./build/release/coinstudio --screenshot coin.png" >&2
  exit 3
fi
exec ./build/release/coinstudio "$@"
