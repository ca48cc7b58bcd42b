#!/usr/bin/env bash
# Benchmark of `judge grade`: a synthetic class of STUDENTS students x every problem,
# graded with --jobs 1, with --jobs 2, and once more from the result cache.
#
#   bench/grade_class.sh [JUDGE] [STUDENTS]      (defaults: build/judge, 30)
#
# Each (student, problem) file is, by a fixed pattern: the reference solution (50%), a
# known-wrong solution from tests/wrong/<id>/ (25%), a slow one -- a wrong solution whose
# first line says TLE (10%), or a hostile program from tests/hostile/ wrapped into the
# problem's function (15%). Every file starts with its own "student NN" comment, so no two
# files are identical and deduplication does not hide any work: the figures are for
# judging every file. Everything happens in a temporary folder with its own JUDGE_CACHE;
# a warm-up run fills the test-data cache first (generated inputs, reference outputs),
# so the timed runs measure judging, not test generation. Not a test: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
judge=$(realpath "${1:-build/judge}")
students=${2:-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/judge-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export JUDGE_CACHE=$work/cache NO_COLOR=1

problems=$(cd problems && ls -d */ | tr -d / | sort)
hostile=$(ls tests/hostile/*.c | sort)

# The i-th element (wrapping) of a newline-separated list.
pick() { local list=$1 i=$2 n; n=$(printf '%s\n' "$list" | wc -l); printf '%s\n' "$list" | sed -n "$(( i % n + 1 ))p"; }

signature() { sed -n 's/^ *signature: *"\(.*\)" *$/\1/p' "problems/$1/problem.yaml"; }

# A hostile program as a submission for problem $1: its main() renamed and called from
# the problem's function (a program problem gets the program as it is).
wrap_hostile() {
    local id=$1 src=$2 sig
    sig=$(signature "$id")
    if [ -z "$sig" ]; then cat "$src"; return; fi
    sed 's/\bmain\b/hostile_main/g' "$src"
    printf '\n%s\n{\n    static char *args[] = {"prog", "100", 0};\n' "${sig%;}"
    printf '    ((int (*)(int, char **))hostile_main)(2, args);\n    __builtin_trap();\n}\n'
}

# The known-wrong solutions of problem $1 whose first line names TLE (with -v: the others).
labelled() {
    local f
    for f in tests/wrong/"$1"/*.c; do
        [ -e "$f" ] || continue
        if head -n 1 "$f" | grep -q '\bTLE\b'; then [ "${2:-}" = -v ] || echo "$f"
        else [ "${2:-}" = -v ] && echo "$f"; fi
    done
    return 0
}

make_file() {
    local s=$1 j=$2 id=$3 out=$4 kind wrong slow
    wrong=$(labelled "$id" -v)
    slow=$(labelled "$id")
    kind=$(( (s * 7 + j * 3) % 20 ))
    printf '/* student %02d */\n' "$s" >"$out"
    if [ "$kind" -lt 10 ] || { [ "$kind" -lt 15 ] && [ -z "$wrong" ]; } ||
       { [ "$kind" -lt 17 ] && [ "$kind" -ge 15 ] && [ -z "$slow" ]; }; then
        cat "solutions/$id.c" >>"$out"; echo reference
    elif [ "$kind" -lt 15 ]; then
        cat "$(pick "$wrong" $((s + j)))" >>"$out"; echo wrong
    elif [ "$kind" -lt 17 ]; then
        cat "$(pick "$slow" $((s + j)))" >>"$out"; echo slow
    else
        wrap_hostile "$id" "$(pick "$hostile" $((s * 5 + j)))" >>"$out"; echo hostile
    fi
}

echo "generating $students students x $(echo "$problems" | wc -w) problems in $work/class"
declare -A kinds=()
for s in $(seq 1 "$students"); do
    dir=$work/class/$(printf 'student%02d' "$s")
    mkdir -p "$dir"
    j=0
    for id in $problems; do
        k=$(make_file "$s" "$j" "$id" "$dir/$id.c")
        kinds[$k]=$(( ${kinds[$k]:-0} + 1 ))
        j=$((j + 1))
    done
done
for k in reference wrong slow hostile; do printf '  %-10s %4d files\n' "$k" "${kinds[$k]:-0}"; done

mkdir -p "$work/warm/warm"
for id in $problems; do cp "solutions/$id.c" "$work/warm/warm/$id.c"; done
echo "warm-up: filling the test-data cache with the references"
"$judge" grade "$work/warm" --jobs 2 >/dev/null 2>&1 || true

timed() {
    local label=$1; shift
    local start end
    start=$(date +%s.%N)
    "$judge" grade "$work/class" "$@" >"$work/$label.out" 2>"$work/$label.err" || true
    end=$(date +%s.%N)
    printf '%-34s %8.1f s\n' "$label" "$(echo "$end - $start" | bc)"
}

echo
printf '%-34s %10s\n' "run" "wall"
timed "--jobs 1 (every file judged)" --jobs 1 --rejudge --json "$work/j1.json"
timed "--jobs 2 (every file judged)" --jobs 2 --rejudge --json "$work/j2.json"
timed "--jobs 2, results from the cache" --jobs 2 --json "$work/cached.json"

echo
echo "verdicts (--jobs 2 run):"
grep -A1 '"cached":' "$work/j2.json" | sed -n 's/^ *"verdict": "\([A-Z]*\)",$/\1/p' | sort | uniq -c |
    awk '{printf "  %-4s %4d\n", $2, $1}'
if ! cmp -s <(grep -A1 '"cached":' "$work/j1.json" | grep '"verdict"') \
            <(grep -A1 '"cached":' "$work/j2.json" | grep '"verdict"'); then
    echo "note: some verdicts differ between --jobs 1 and --jobs 2:"
    diff <(grep -B6 -A1 '"cached":' "$work/j1.json" | grep -E '"(file|verdict)"' | paste - -) \
         <(grep -B6 -A1 '"cached":' "$work/j2.json" | grep -E '"(file|verdict)"' | paste - -) || true
fi
echo
sed -n '1p' "$work/--jobs 2, results from the cache.out"
