#!/usr/bin/env bash
# Collects the user-visible strings of core/, ui/ and app/ into the .ts files.
# German is translated in translations/forumdesk_de.ts (Qt Linguist, or
# tools/translate.py); English is the source language, so its file holds only
# the plural forms ("1 record" / "2 records").
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete core ui app -ts translations/forumdesk_de.ts
"$lupdate" -locations none -no-obsolete -pluralonly core ui app -ts translations/forumdesk_en.ts
