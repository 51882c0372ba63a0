#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Siyu and runs every test (the README's second command).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
