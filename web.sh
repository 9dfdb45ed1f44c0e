#!/usr/bin/env bash
# The third command (beside ./run.sh and ./test.sh): the web page. Installs Debian's emscripten,
# builds SDL2, FreeType, zlib and Dear ImGui from Debian's sources for the web (once; cached in
# build/web-deps, or $COINSTUDIO_WEB_DEPS), then the app itself, and writes build/web/: index.html,
# coinstudio.js, coinstudio.wasm and coinstudio.data (shaders, fonts, structures, built-in scenarios).
#
#   ./web.sh           build the page
#   ./web.sh --serve   build it, then serve it at http://127.0.0.1:8080/ (Ctrl+C stops)
#
# To hand a scenario to learners as a web page: coinstudio --publish DIR FILE (see the README).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh fonts-noto-core
./scripts/web-deps.sh
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
unset EM_CACHE
deps="${COINSTUDIO_WEB_DEPS:-$PWD/build/web-deps}"
cmake --preset web -DCOINSTUDIO_WEB_DEPS="$deps" >/dev/null
cmake --build --preset web -j"$(nproc 2>/dev/null || echo 2)"
echo "web.sh: the page is in build/web/ ($(du -sh build/web | cut -f1)):"
ls -l build/web
if [ "${1:-}" = "--serve" ]; then
  echo "web.sh: serving build/web at http://127.0.0.1:8080/ (Ctrl+C stops)"
  exec /usr/bin/python3 -m http.server 8080 --bind 127.0.0.1 --directory build/web
fi
