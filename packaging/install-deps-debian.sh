#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, testing and running Siyu need on Debian 12 / Ubuntu 22.04+.
set -euo pipefail
packages=(
    build-essential cmake ninja-build git clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev libqcustomplot2.1-qt6 libsqlite3-dev sqlite3
    libphonenumber-dev # phone numbers: parsing, validation, E.164
    libxlsxwriter-dev pkg-config zlib1g-dev # member list export to .xlsx (zlib: its test reads it back)
    fonts-wqy-microhei poppler-utils xvfb xauth tzdata python3
    clang-14 libclang-rt-14-dev # tests/fuzz/run.sh: libFuzzer, ASan and UBSan
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
