#!/usr/bin/env bash
# End-to-end tests of the real forumdesk program, driven as a person uses it:
# a real X server (Xvfb), a window manager (openbox) and real key events
# (xdotool). Sourced by the scenario scripts beside it, which ctest runs with
#   FD_GUI=path/to/forumdesk FD_CLI=path/to/forumdesk-cli FD_E2E_OUT=folder
# A scenario calls e2e_start, drives the window with e2e_key / e2e_type, and
# checks the database with e2e_wait_sql / e2e_stays_sql. On failure the last
# screenshot and the program's output are kept in FD_E2E_OUT.
set -euo pipefail

E2E_NAME=$(basename "${BASH_SOURCE[1]:-$0}" .sh)
E2E_OUT="${FD_E2E_OUT:-/tmp/forumdesk-e2e}/$E2E_NAME"
E2E_STEP=0
E2E_PIDS=()

e2e_fail() {
    echo "FAIL ($E2E_NAME): $*" >&2
    e2e_shot "failure" || true
    echo "Screenshots and the program's output: $E2E_OUT" >&2
    [[ -f "$E2E_OUT/forumdesk.log" ]] && tail -20 "$E2E_OUT/forumdesk.log" >&2
    exit 1
}

e2e_need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null \
            || { echo "FAIL ($E2E_NAME): $tool was not found; install what tools/deps.sh --test installs (xvfb openbox xdotool imagemagick sqlite3)." >&2; exit 1; }
    done
}

e2e_cleanup() {
    local pid
    for ((i = ${#E2E_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${E2E_PIDS[$i]}
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    [[ -n "${E2E_TMP:-}" ]] && rm -rf "$E2E_TMP"
}

# e2e_start [DB]: a fresh demo database (or the given one), an X server with a
# window manager, and ForumDesk on it in German, on 19 September 2024 (the
# day of the demo's general assembly), with settings in a temporary home.
e2e_start() {
    e2e_need Xvfb openbox xdotool import sqlite3
    [[ -x "${FD_GUI:-}" && -x "${FD_CLI:-}" ]] || { echo "FAIL: FD_GUI and FD_CLI must name the built programs." >&2; exit 1; }
    rm -rf "$E2E_OUT"
    mkdir -p "$E2E_OUT"
    E2E_TMP=$(mktemp -d)
    trap e2e_cleanup EXIT
    export HOME="$E2E_TMP/home" XDG_CONFIG_HOME="$E2E_TMP/home/.config" XDG_DATA_HOME="$E2E_TMP/home/.local/share"
    export XDG_RUNTIME_DIR="$E2E_TMP/run" TZ=Europe/Berlin LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=de
    export FORUMDESK_TODAY="${FORUMDESK_TODAY:-2024-09-19}"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    E2E_DB="${1:-$E2E_TMP/office.sqlite}"
    if [[ ! -f "$E2E_DB" ]]; then
        "$FD_CLI" --db "$E2E_DB" demo >/dev/null || e2e_fail "the demo database could not be made"
    fi

    # A free display: Xvfb picks one and writes its number to the pipe.
    exec {fd}<> <(:)
    Xvfb -displayfd "$fd" -screen 0 1366x768x24 -nolisten tcp >"$E2E_OUT/xvfb.log" 2>&1 &
    E2E_PIDS+=($!)
    local display=""
    read -r -t 20 display <&"$fd" || e2e_fail "Xvfb did not start"
    exec {fd}<&-
    export DISPLAY=":$display"
    openbox >"$E2E_OUT/openbox.log" 2>&1 &
    E2E_PIDS+=($!)
    sleep 0.5

    QT_QPA_PLATFORM=xcb "$FD_GUI" --db "$E2E_DB" >"$E2E_OUT/forumdesk.log" 2>&1 &
    E2E_GUI_PID=$!
    E2E_PIDS+=($E2E_GUI_PID)
    E2E_WINDOW=""
    for _ in $(seq 100); do
        E2E_WINDOW=$(xdotool search --onlyvisible --pid "$E2E_GUI_PID" 2>/dev/null | head -1) && [[ -n "$E2E_WINDOW" ]] && break
        kill -0 "$E2E_GUI_PID" 2>/dev/null || e2e_fail "forumdesk ended at start"
        sleep 0.2
    done
    [[ -n "$E2E_WINDOW" ]] || e2e_fail "no ForumDesk window appeared"
    xdotool windowactivate --sync "$E2E_WINDOW" >/dev/null 2>&1 || true
    e2e_settle
    e2e_shot start
}

# Lets the program react (and the window manager map popups) after input.
e2e_settle() { sleep "${1:-0.6}"; }

e2e_shot() {
    E2E_STEP=$((E2E_STEP + 1))
    import -window root "$E2E_OUT/$(printf %02d "$E2E_STEP")-$1.png" 2>/dev/null || true
}

# Real key events to the focused window: e2e_key ctrl+3 Return ...
e2e_key() {
    xdotool key --delay 80 "$@"
    e2e_settle
}

# Types text as a person would, letter by letter.
e2e_type() {
    # A letter beyond ASCII (ö) is typed through a key xdotool maps for it
    # and maps back at once; on a loaded machine the program sometimes read
    # the key after it was mapped back and lost the letter ("Jrg"). Such a
    # letter gets a call of its own and a moment before the next one.
    local text="$1" run="" ch i
    for ((i = 0; i < ${#text}; i++)); do
        ch="${text:i:1}"
        if [ "$(printf '%s' "$ch" | wc -c)" -gt 1 ]; then
            [ -n "$run" ] && xdotool type --delay 60 -- "$run"
            run=""
            xdotool type --delay 60 -- "$ch"
            sleep 0.3
        else
            run+="$ch"
        fi
    done
    [ -n "$run" ] && xdotool type --delay 60 -- "$run"
    e2e_settle
}

e2e_sql() {
    sqlite3 -cmd ".timeout 5000" "file:$E2E_DB?mode=ro" "$1"
}

# e2e_wait_sql "what" QUERY EXPECTED [SECONDS]: waits until QUERY prints EXPECTED.
e2e_wait_sql() {
    local what=$1 query=$2 expected=$3 seconds=${4:-10} got=""
    local end=$((SECONDS + seconds))
    while ((SECONDS <= end)); do
        got=$(e2e_sql "$query" 2>/dev/null || true)
        [[ "$got" == "$expected" ]] && return 0
        sleep 0.2
    done
    e2e_fail "$what: expected '$expected', the database says '$got'"
}

# e2e_stays_sql "what" QUERY EXPECTED [SECONDS]: QUERY prints EXPECTED now and
# still does after SECONDS (nothing happens late, e.g. a second registration).
e2e_stays_sql() {
    local what=$1 query=$2 expected=$3 seconds=${4:-1.5}
    e2e_wait_sql "$what" "$query" "$expected"
    sleep "$seconds"
    local got
    got=$(e2e_sql "$query")
    [[ "$got" == "$expected" ]] || e2e_fail "$what: was '$expected', then became '$got'"
}

e2e_pass() {
    e2e_shot done
    echo "PASS ($E2E_NAME)"
}
