#!/usr/bin/env bash
# The web build's libraries, all from Debian: emscripten (the toolchain) and the sources of SDL2,
# Dear ImGui, FreeType and zlib (`apt-get source`), built once for WebAssembly and kept in a cache
# folder (default build/web-deps; CI keeps one outside the clone through $COINSTUDIO_WEB_DEPS).
# Nothing is downloaded from anywhere but Debian's archive. Safe to run again: what is there is kept.
#
# Writes to the cache folder:
#   src/        the unpacked source packages
#   prefix/     libSDL2.a, libfreetype.a, libz.a and their headers, built with emscripten
#   imgui/      Dear ImGui 1.86's sources and backends (compiled by the web build itself)
#   stamp       the versions built, so a changed version builds again
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="${COINSTUDIO_WEB_DEPS:-$here/build/web-deps}"
mkdir -p "$deps"
deps="$(cd "$deps" && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); fi
fi

# --- the toolchain -----------------------------------------------------------------------------------
need=()
for p in emscripten dpkg-dev xz-utils bzip2 cmake make; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "web-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# Debian's emscripten needs Debian's node modules (acorn) when another node comes first on PATH.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
unset EM_CACHE # Debian's cache is prebuilt and read-only: emscripten must use it as it is

# --- the sources (a deb-src entry for the same archive as the system's binary packages) ----------------
packages=(libsdl2 imgui freetype zlib)
have_sources() {
  for d in libsdl2-* imgui-* freetype-* zlib-*; do [ -d "$d" ] || return 1; done
}
mkdir -p "$deps/src"
cd "$deps/src"
if ! have_sources 2>/dev/null; then
  if ! apt-get source --print-uris libsdl2 >/dev/null 2>&1; then
    list=/etc/apt/sources.list.d/coinstudio-deb-src.sources
    echo "web-deps: adding Debian's source archive ($list)"
    uris="http://deb.debian.org/debian"
    suites="bookworm bookworm-updates"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      uris="$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
      suites="$(awk '/^Suites:/{$1=""; sub(/^ /,""); print; exit}' /etc/apt/sources.list.d/debian.sources)"
    fi
    printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uris" "$suites" | "${sudo_cmd[@]}" tee "$list" >/dev/null
    "${sudo_cmd[@]}" apt-get update -qq
  fi
  echo "web-deps: apt-get source ${packages[*]}"
  apt-get source -qq "${packages[@]}" >/dev/null 2>&1 || apt-get source "${packages[@]}"
fi
sdl_src="$(ls -d "$deps"/src/libsdl2-*/ | head -1)"
imgui_src="$(ls -d "$deps"/src/imgui-*/ | head -1)"
ft_src="$(ls -d "$deps"/src/freetype-*/ | head -1)"
zlib_src="$(ls -d "$deps"/src/zlib-*/ | head -1)"
versions="$(basename "$sdl_src") $(basename "$imgui_src") $(basename "$ft_src") $(basename "$zlib_src") $(emcc --version | head -1)"

prefix="$deps/prefix"
if [ -f "$deps/stamp" ] && [ "$(cat "$deps/stamp")" = "$versions" ] && [ -f "$prefix/lib/libSDL2.a" ] &&
   [ -f "$prefix/lib/libfreetype.a" ] && [ -f "$prefix/lib/libz.a" ]; then
  echo "web-deps: cached in $deps ($versions)"
  exit 0
fi
rm -rf "$prefix" "$deps/build" "$deps/imgui"
mkdir -p "$prefix" "$deps/build"

# --- zlib (FreeType and the app's PNG reader/writer) ----------------------------------------------------
echo "web-deps: building zlib"
mkdir -p "$prefix/lib" "$prefix/include" "$deps/build/zlib"
cp "$zlib_src/zconf.h.in" "$deps/build/zlib/zconf.h"
# The compression core only (the app inflates and deflates PNG data; no gz* file functions).
for c in adler32 compress crc32 deflate infback inffast inflate inftrees trees uncompr zutil; do
  emcc -O2 -I"$deps/build/zlib" -c "$zlib_src/$c.c" -o "$deps/build/zlib/$c.o"
done
emar rcs "$prefix/lib/libz.a" "$deps"/build/zlib/*.o
cp "$zlib_src/zlib.h" "$deps/build/zlib/zconf.h" "$prefix/include/"

# --- FreeType (Dear ImGui's font builder, as on the desktop: the same glyphs), with the zlib above ----------
echo "web-deps: building FreeType"
emcmake cmake -S "$ft_src" -B "$deps/build/freetype" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF \
  -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON \
  -DFT_REQUIRE_ZLIB=ON -DZLIB_LIBRARY="$prefix/lib/libz.a" -DZLIB_INCLUDE_DIR="$prefix/include" >/dev/null
cmake --build "$deps/build/freetype" -j"$jobs" >/dev/null
cmake --install "$deps/build/freetype" >/dev/null

# --- SDL2 (its Emscripten backend: the canvas, keys, mouse, touch, fullscreen) ---------------------------
echo "web-deps: building SDL2 (about 5 minutes on 2 cores, once)"
emcmake cmake -S "$sdl_src" -B "$deps/build/sdl2" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF >/dev/null
cmake --build "$deps/build/sdl2" -j"$jobs" >/dev/null
cmake --install "$deps/build/sdl2" >/dev/null

# --- Dear ImGui 1.86: the sources the web build compiles (core, SDL2 and OpenGL3 backends, FreeType) -----
mkdir -p "$deps/imgui"
cp "$imgui_src"/imgui*.cpp "$imgui_src"/imgui*.h "$imgui_src"/imconfig.h "$imgui_src"/imstb_*.h "$deps/imgui/"
cp "$imgui_src"/backends/imgui_impl_sdl.* "$imgui_src"/backends/imgui_impl_opengl3* "$deps/imgui/"
cp "$imgui_src"/misc/freetype/imgui_freetype.* "$imgui_src"/misc/cpp/imgui_stdlib.* "$deps/imgui/"
rm -f "$deps/imgui/imgui_demo.cpp"

rm -rf "$deps/build"
echo "$versions" > "$deps/stamp"
echo "web-deps: built in $deps ($versions)"
