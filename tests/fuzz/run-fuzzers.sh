#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build (`cmake --preset fuzz`) for a set time each, and fails
# on any crash, leak, UndefinedBehaviorSanitizer report, timeout or out-of-memory.
#
#   tests/fuzz/run-fuzzers.sh [BUILD_DIR [SECONDS [TARGET...]]]     (defaults: build-fuzz, 60, all)
#
# Seeds are gathered into BUILD_DIR/fuzz/seeds/TARGET on each run: the sample articles, the test
# suite's hostile inputs and data, the reproducers of earlier findings (tests/data/fuzz/TARGET) and,
# when present, the corpora beside the clone (../shared/corpora). What the fuzzer finds new goes to
# BUILD_DIR/fuzz/corpus/TARGET and is kept between runs; crashes, leaks, timeouts and the inputs
# that cause them to BUILD_DIR/fuzz/artifacts, and each run's output to BUILD_DIR/fuzz/logs.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-build-fuzz}" && pwd)
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
all_targets=(articlemerge boundedrender criticmarkup dateparser docxreader frontmatter plaintextimport review searchquery
    stampsfile suggestedit textcodec worddiff wordscanner)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

work=$build_dir/fuzz
fuzz_dir=$source_dir/tests/fuzz

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$fuzz_dir/lsan.supp:print_suppressions=0}

# Per target: the largest input, the dictionary and the kind of seeds. Scanners get megabyte
# inputs, long enough to reach a super-linear path on one line.
max_len() {
    case "$1" in
        boundedrender | criticmarkup | wordscanner) echo 1048576 ;;
        textcodec | plaintextimport | review | docxreader) echo 262144 ;;
        articlemerge | suggestedit | worddiff | stampsfile) echo 65536 ;;
        frontmatter) echo 65536 ;;
        searchquery) echo 4096 ;;
        dateparser) echo 256 ;;
    esac
}

dictionary() {
    case "$1" in
        frontmatter) echo "$fuzz_dir/frontmatter.dict" ;;
        dateparser) echo "$fuzz_dir/dateparser.dict" ;;
        searchquery) echo "$fuzz_dir/searchquery.dict" ;;
        *) echo "$fuzz_dir/markdown.dict" ;;
    esac
}

# copy_seeds DIR PREFIX FILE... — copies files in under names that cannot collide.
copy_seeds() {
    local dir=$1 prefix=$2
    shift 2
    local file
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "$dir/$prefix-$(basename "$file")"
    done
    return 0
}

# write_seeds DIR PREFIX LINE... — one seed file per line of text.
write_seeds() {
    local dir=$1 prefix=$2 number=0
    shift 2
    local line
    for line in "$@"; do
        number=$((number + 1))
        printf '%s' "$line" >"$dir/$prefix-$number"
    done
}

gather_seeds() {
    local target=$1 dir=$work/seeds/$1
    rm -rf "$dir"
    mkdir -p "$dir"
    case "$target" in
        dateparser)
            write_seeds "$dir" date 2011-11-15 2011-11-15T10:00:00Z "2015-03-17 10:00:00 -4" 2024-4-09 2011/11/15 \
                "November 15, 2011" "15 Nov 2011" "Tuesday, November 15th, 2011" "Sept. 3, 2019" \
                2011-11-15-title.md "2011-11-15T10:00:00.123+05:30"
            ;;
        searchquery)
            write_seeds "$dir" query "harbour wall" '"exact phrase"' "ferry OR tram" -excluded "harb*" \
                "title:harbour author:lee tag:city" "status:draft lang:en" "after:2011-01-01 before:2012" \
                'author:lee "harbour wall" after:2024 sort:date' "tag:city -draft" 'c++ e-mail "unbalanced' \
                "title: -\"a b\" harb* OR" "港口 城市"
            ;;
        stampsfile | docxreader) ;; # the files under tests/data/fuzz/TARGET, below
        *)
            copy_seeds "$dir" sample "$source_dir"/resources/samples/*
            copy_seeds "$dir" data "$source_dir"/tests/data/*.md "$source_dir"/tests/data/*.txt
            "$build_dir/tests/fuzz/hostile_seeds" "$dir"
            if [ -d "$source_dir/../shared/corpora" ]; then
                find "$source_dir/../shared/corpora" -type f \( -name '*.md' -o -name '*.txt' \) -size -1M \
                    -print0 | while IFS= read -r -d '' file; do
                    cp "$file" "$dir/corpus-$(printf '%s' "$file" | md5sum | cut -c1-12)"
                done
            fi
            ;;
    esac
    copy_seeds "$dir" finding "$source_dir"/tests/data/fuzz/"$target"/*
}

failed=()
mkdir -p "$work/artifacts" "$work/logs"
for target in "${targets[@]}"; do
    binary=$build_dir/tests/fuzz/${target}_fuzzer
    if [ ! -x "$binary" ]; then
        echo "run-fuzzers.sh: $binary is not built (cmake --build --preset fuzz --target byline_fuzzers)" >&2
        exit 2
    fi
    gather_seeds "$target"
    mkdir -p "$work/corpus/$target"
    log=$work/logs/$target.log
    echo "== $target: $seconds s"
    if "$binary" "$work/corpus/$target" "$work/seeds/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len="$(max_len "$target")" \
        -dict="$(dictionary "$target")" -artifact_prefix="$work/artifacts/$target-" \
        -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | tr '\n' ' '
        echo
    else
        failed+=("$target")
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*property broken|.*Test unit written|.*ALARM)' "$log" |
            head -20 || true
        echo "   $target failed; the whole output is in $log"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers.sh: findings in ${failed[*]}; inputs in $work/artifacts (minimize with -minimize_crash=1)" >&2
    exit 1
fi
