#!/usr/bin/env bash
# Runs a test program on the xcb platform under a real X server (Xvfb) with a
# window manager (openbox), as users run the app: focus, popups and key
# handling then behave as on a desktop, which the offscreen platform hides.
#   run_xcb.sh PROGRAM [ARGS...]
set -euo pipefail
for tool in Xvfb openbox; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool was not found; install what tools/deps.sh --test installs (xvfb openbox)." >&2; exit 1; }
done
work=$(mktemp -d)
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; wait "${pids[$i]}" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
read -r -t 20 display <&"$fd" || { echo "FAIL: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
exec {fd}<&-
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="$work"
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 0.5
"$@"
