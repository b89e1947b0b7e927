#!/usr/bin/env bash
# Runs every command of `byline` on every hostile input — the test suite's (tests/core/hostileinputs.h)
# and the ones below — and prints seconds, peak memory and exit code of each run, flagging every
# run over the budget of 2 s and 200 MB per input (issue 17).
#   tests/bench/run-hostile-inputs.sh [BUILD_DIR] [FILTER]   FILTER: only inputs whose name contains it
# Environment: BYLINE_HOSTILE_TIMEOUT (seconds a run may take, 60), BYLINE_HOSTILE_MEMORY (MB of
# address space a run may take, 4096, so a runaway input cannot take the machine down).
# Exit code: 0 all within budget, 1 a run over budget or killed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
filter=${2:-}
byline="$build/app/byline"
timeout_s=${BYLINE_HOSTILE_TIMEOUT:-60}
memory_mb=${BYLINE_HOSTILE_MEMORY:-4096}
budget_s=2
budget_mb=200
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs="$work/inputs"
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export QT_QPA_PLATFORM=offscreen

"$build/tests/bench/byline_hostile_inputs" "$inputs"
python3 - "$inputs" <<'PY'
import os, sys
out = sys.argv[1]
MB = 1024 * 1024

def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def line_of(piece, size=MB):
    return (piece * (size // len(piece) + 1))[:size] + "\n"

prose = "The harbour wall took the weather all winter, and the council met about it every month.\n\n"
# Front matter
laughs = "".join("%s: &%s [%s]\n" % (c, c, ",".join(["*" + p] * 9)) for p, c in zip("abcdefgh", "bcdefghi"))
write("yaml-alias-bomb.md", '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + laughs + "---\nbody\n")
write("yaml-nested-500.md", "---\ntitle: " + "[" * 500 + "]" * 500 + "\n---\nbody\n")
write("yaml-nested-10000.md", "---\ntitle: " + "[" * 10000 + "]" * 10000 + "\n---\nbody\n")
write("yaml-block-nested-500.md", "---\n" + "".join(" " * d + "k%d:\n" % d for d in range(500)) + "---\nbody\n")
write("toml-nested-10000.md", "+++\ntitle = " + "[" * 10000 + "]" * 10000 + "\n+++\nbody\n")
write("yaml-100k-keys.md", "---\n" + "".join("key%d: value %d\n" % (i, i) for i in range(100000)) + "---\nbody\n")
write("yaml-unclosed-5mb.md", "---\ntitle: x\n" + "tags: [a, b, c]\n" * 300000)
# One-megabyte lines of every bracket, backtick, <, *, _ and \ kind
for name, piece in [("brackets-paren", "[ (]("), ("unclosed-angle-link", "[a](<b"), ("backticks", "`"),
                    ("angle", "<"), ("stars", "*"), ("underscores", "_"), ("backslashes", "\\"),
                    ("open-brackets", "["), ("image-openers", "!["), ("autolink-opener", "<http://a"),
                    ("critic-additions", "{++"), ("critic-substitution", "{~~a~>"), ("html-comment", "<!--"),
                    ("entity", "&#"), ("pipes", "|")]:
    write("line-1mb-%s.md" % name, line_of(piece))
write("line-10mb-words.md", line_of("word ", 10 * MB))
# Size and structure
write("size-50mb.md", prose * (50 * MB // len(prose)))
write("size-19mb.md", prose * (19 * MB // len(prose)))
write("table-100k-lines.md", "| a | b | c |\n|---|---|---|\n" + "| x | y | z |\n" * 100000)
write("blockquotes-10000-deep.md", "> " * 10000 + "a\n")
write("ordered-lists-10000-deep.md", "1. " * 10000 + "a\n")
write("mixed-nesting-10000-deep.md", "- > " * 5000 + "a\n")
write("lines-1m-empty.md", "\n" * MB)
write("headings-100k.md", "# heading\n\n" * 100000)
write("links-100k.md", "[harbour](http://example.com/a) " * 100000)
write("words-unique-100k.md", " ".join("zq%dx" % i for i in range(100000)) + "\n")
# Bytes
write("nul-bytes.md", b"---\ntitle: nul\n---\n" + b"text\0" * 200000)
write("binary-1mb.bin.md", bytes(range(256)) * 4096)
write("invalid-utf8-1mb.md", b"harbour \xff\xfe\xc3( \xe2\x82 wall\n" * 50000)
write("latin1-1mb.md", "caf\xe9 na\xefve r\xe9sum\xe9\n".encode("latin-1") * 50000)
write("utf16-bom.md", ("\ufeff" + prose * 1000).encode("utf-16-le"))
PY

commands=(stats "stats --json" check "check --suggest" "export html" "export fragment" "export txt"
          "export pdf" "export odt" index search "history --keep")

run_one() { # input command → "seconds peak_kb exit"
    local file=$1 command=$2 library="$work/library" out="$work/out"
    local -a args
    rm -rf "$out" && mkdir -p "$out"
    case $command in
    export*) args=(export "$file" --format "${command#export }" --output "$out/") ;;
    index) rm -rf "$library" "$XDG_CACHE_HOME" && mkdir -p "$library" && cp "$file" "$library/" &&
        args=(index --library "$library") ;;
    search) args=(search harbour --library "$library") ;;
    *) read -ra args <<<"$command" && args+=("$file") ;;
    esac
    local status=0
    (ulimit -v $((memory_mb * 1024)) && /usr/bin/time -f '%e %M' -o "$work/time" \
        timeout -s KILL "$timeout_s" "$byline" "${args[@]}") >/dev/null 2>"$work/stderr" || status=$?
    local measured
    measured=$(tail -n 1 "$work/time")
    case $measured in
    *[0-9]" "[0-9]*) ;;
    *) measured="$timeout_s 0" ;; # killed before time could report
    esac
    echo "$measured $status"
}

printf '%-34s %-16s %8s %8s %5s\n' input command seconds "peak MB" exit
over=0
declare -A worst_s worst_mb
for file in "$inputs"/*; do
    name=$(basename "$file")
    [[ -z $filter || $name == *"$filter"* ]] || continue
    for command in "${commands[@]}"; do
        read -r seconds peak_kb status <<<"$(run_one "$file" "$command")"
        peak_mb=$((peak_kb / 1024))
        flag=""
        if (($(echo "$seconds > $budget_s" | bc -l))) || ((peak_mb > budget_mb)); then
            flag="  OVER BUDGET"
            over=1
        fi
        shown_mb=$peak_mb
        case $status in
        137) flag="$flag (killed at ${timeout_s} s; its peak memory is not known)" && over=1 && shown_mb=- ;;
        134 | 139) flag="$flag (crashed)" && over=1 ;;
        esac
        printf '%-34s %-16s %8.2f %8s %5d%s\n' "${name%.md}" "$command" "$seconds" "$shown_mb" "$status" "$flag"
        if (($(echo "$seconds > ${worst_s[$command]:-0}" | bc -l))); then worst_s[$command]=$seconds; fi
        if ((peak_mb > ${worst_mb[$command]:-0})); then worst_mb[$command]=$peak_mb; fi
    done
done
echo "== The worst of each command (budget: ${budget_s} s, ${budget_mb} MB)"
for command in "${commands[@]}"; do
    printf '  %-16s %8.2f s %8d MB\n' "$command" "${worst_s[$command]:-0}" "${worst_mb[$command]:-0}"
done
exit $over
