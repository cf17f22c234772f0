#!/usr/bin/env bash
# Installs what ForumDesk needs on Debian 12 / Ubuntu 22.04+ (only what is missing).
#   tools/deps.sh          packages to build and run the app
#   tools/deps.sh --test   and those the test suite needs
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libgl1-mesa-dev fonts-dejavu-core
    pkg-config libxlsxwriter-dev
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(catch2 xvfb xauth openbox xdotool imagemagick poppler-utils python3 python3-icalendar python3-openpyxl sqlite3 libical-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        sudo="sudo"
    else
        echo "Please install as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
# A stale package list makes apt miss packages on a fresh machine.
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
