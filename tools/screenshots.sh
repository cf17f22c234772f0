#!/usr/bin/env bash
# Takes the README's screenshots of the main views with the demo data, in
# German, into docs/screenshots/ (build first: tools/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
mkdir -p "$out"
export FD_SCREENSHOT_DIR="$out" FD_TEST_LANG="${FD_TEST_LANG:-de}" LANG=de_DE.UTF-8
xvfb-run -a -s "-screen 0 1600x1000x24" "${FORUMDESK_BUILD_DIR:-build}/tests/ui_tests" "[.screenshot]"
ls -l "$out"
