#!/usr/bin/env bash
# Configures and builds ForumDesk into build/ (two parallel jobs, ccache if present).
#   tools/build.sh [extra cmake options]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${FORUMDESK_BUILD_DIR:-build}"
jobs="${FORUMDESK_JOBS:-2}"
generator=()
if command -v ninja >/dev/null && [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    generator=(-G Ninja)
fi
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build_dir" --parallel "$jobs"
