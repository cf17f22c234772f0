#!/usr/bin/env bash
# Fails if Qt SQL reaches ui/ or app/: a file there that mentions it
# (QSqlQuery, QSqlDatabase, QSqlError, <QSql...>, <QtSql/...>, Qt::Sql), or a
# core header that such a file includes, directly or through other headers.
# SQL lives in core/, behind its services; the widgets reach the database
# only through them (core's SQL side is in db/connection.h, for core only).
set -euo pipefail
src="${1:?source dir}"
cd "$src"
for dir in ui app core; do
    if [[ ! -d "$dir" ]]; then
        echo "FAIL: $src/$dir does not exist: wrong source dir?" >&2
        exit 1
    fi
done
pattern='QSql|QtSql|Qt6?::Sql'
mapfile -t own < <(find ui app -type f \( -name '*.cpp' -o -name '*.h' -o -name 'CMakeLists.txt' \) | sort)
if [[ ${#own[@]} -eq 0 ]]; then
    echo "FAIL: no sources found under $src/ui and $src/app" >&2
    exit 1
fi
status=0
if grep -nE "$pattern" "${own[@]}"; then
    echo "FAIL: the lines above use Qt SQL in ui/ or app/ (move the SQL into a core function)." >&2
    status=1
fi

# Every project header that ui/ and app/ include, followed through headers.
resolve() { # include name -> file, searched as the build does (ui/, core/)
    local name=$1
    for base in ui core; do
        if [[ -f "$base/$name" ]]; then
            echo "$base/$name"
            return 0
        fi
    done
    return 0 # Qt's or the system's header: not ours to check
}
declare -A seen=()
queue=("${own[@]}")
while [[ ${#queue[@]} -gt 0 ]]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    while read -r name; do
        header=$(resolve "$name")
        [[ -z "$header" || -n "${seen[$header]:-}" ]] && continue
        seen[$header]=1
        queue+=("$header")
    done < <(sed -nE 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/p' "$file")
done
for header in "${!seen[@]}"; do
    [[ $header == core/* ]] || continue
    if grep -nE "$pattern" "$header" | grep -vE '^[0-9]+:[[:space:]]*//' | sed "s|^|$header:|" | grep .; then
        echo "FAIL: $header brings Qt SQL into ui/ or app/ (they include it); keep it to a core-internal header." >&2
        status=1
    fi
done
[[ $status -ne 0 ]] || echo "OK: ${#own[@]} files under ui/ and app/ and the ${#seen[@]} headers they include are free of Qt SQL."
exit $status
