#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Siyu and opens it on a demo workspace (the README's first
# command). The demo workspace is made once, in demo.siyu next to the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
[ -f demo.siyu ] || build/bin/siyu demo --workspace demo.siyu
exec build/bin/siyu --workspace demo.siyu
