#!/usr/bin/env bash
# Quick start: install what is missing, build, and start ForumDesk on its
# embedded SQLite database (in your user data folder). Arguments go to the app,
# e.g. tools/start.sh --db ~/office.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh -DFORUMDESK_BUILD_TESTS=OFF
exec "${FORUMDESK_BUILD_DIR:-build}/app/forumdesk" "$@"
