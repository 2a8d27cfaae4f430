#!/usr/bin/env bash
# Installs the Debian packages Clerk Desk needs beyond Python wheels.
#   scripts/system-deps.sh run    Qt's xcb platform plugin (a real window)
#   scripts/system-deps.sh test   what the offscreen test suite needs
# As root on Debian/Ubuntu it installs what is missing; otherwise it prints the command.
set -euo pipefail

common=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
        fonts-dejavu-core)
xcb=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
     libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
     libx11-xcb1)
# cups-pdf is the virtual printer the printing tests print through (scripts/start-cups.sh)
printing=(cups cups-client printer-driver-cups-pdf)
# chromium: the browser the verification page is tested in (Playwright drives it)
testing=(poppler-utils chromium "${printing[@]}")

case "${1:-run}" in
  run)  wanted=("${common[@]}" "${xcb[@]}" "${printing[@]}") ;;
  test) wanted=("${common[@]}" "${testing[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of: ${wanted[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "Clerk Desk needs these system packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
