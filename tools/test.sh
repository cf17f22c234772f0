#!/usr/bin/env bash
# Quick start for developers: install what is missing, build everything and
# run the whole test suite. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh --test
tools/build.sh -DFORUMDESK_BUILD_TESTS=ON
cd "${FORUMDESK_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "${FORUMDESK_JOBS:-2}" --timeout 600
