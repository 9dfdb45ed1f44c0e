#!/usr/bin/env bash
# Installs the Debian 12 packages Coin Model Studio builds and runs with. Safe to run again: it only
# calls apt-get when something is missing. Needs root or sudo. Extra packages can be passed as
# arguments (CI adds clang for the fuzzer); --journeys adds the tools of the real-window journey tests.
set -euo pipefail

packages=(
  g++ cmake make git pkg-config
  libsdl2-dev libimgui-dev libglm-dev libstb-dev libgtest-dev libtomlplusplus-dev libepoxy-dev
  libfontconfig-dev libfreetype-dev zlib1g-dev libcli11-dev nlohmann-json3-dev libcpp-httplib-dev libqrencode-dev
  fonts-noto-core fonts-dejavu-core
  libegl1 libgl1-mesa-dri
)
# --journeys: what the real-window journey tests need (an X server in memory, a window manager, real
# input events, screenshots, OCR, the Python that drives them), and for the live room's journeys a
# headless browser driven by Selenium and a QR code reader.
journey_packages=(xvfb openbox xdotool imagemagick tesseract-ocr tesseract-ocr-eng python3 x11-utils
                  chromium chromium-driver python3-selenium zbar-tools)
for arg in "$@"; do
  if [ "$arg" = "--journeys" ]; then packages+=("${journey_packages[@]}"); else packages+=("$arg"); fi
done

# The room journeys' browser driver reaches Chromium at "localhost": a bare system without /etc/hosts
# (a debootstrap chroot) gets Debian's usual two lines. An existing file is never touched.
journeys=false
for arg in "$@"; do [ "$arg" = "--journeys" ] && journeys=true; done
if $journeys && [ ! -e /etc/hosts ] && [ "$(id -u)" -eq 0 ]; then
  printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > /etc/hosts
  echo "install-deps: wrote /etc/hosts (localhost), which this system did not have"
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "install-deps: these packages are missing and I am not root and have no sudo:" >&2
  echo "  ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
