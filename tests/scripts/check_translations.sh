#!/usr/bin/env bash
# Fails if a user-visible string in core/, ui/ or app/ has no German
# translation, or an English plural form is missing: lupdate runs into copies
# of the .ts files, so a string added to the code but not translated counts.
set -euo pipefail
src="${1:?source dir}"
lupdate="${2:-lupdate}"
if ! command -v "$lupdate" >/dev/null; then
    echo "FAIL: lupdate ($lupdate) was not found: install qt6-l10n-tools (tools/deps.sh --test)." >&2
    exit 1
fi
if ! command -v python3 >/dev/null; then
    echo "FAIL: python3 was not found: install python3 (tools/deps.sh --test)." >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/forumdesk_de.ts" "$src/translations/forumdesk_en.ts" "$work/"
cd "$src"
"$lupdate" -silent -locations none -no-obsolete core ui app -ts "$work/forumdesk_de.ts"
"$lupdate" -silent -locations none -no-obsolete -pluralonly core ui app -ts "$work/forumdesk_en.ts"
status=0
python3 "$src/tools/translate.py" check "$work/forumdesk_de.ts" || status=1
python3 "$src/tools/translate.py" check "$work/forumdesk_en.ts" || status=1
exit $status
