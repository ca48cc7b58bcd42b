#!/usr/bin/env bash
# make demo: judge every reference solution in solutions/ against its problem and
# print one row per problem. Exits non-zero unless every reference is accepted.
set -u
judge=${1:-build/judge}
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
printf '%-30s %-8s %-9s %-6s %9s %9s\n' PROBLEM VERDICT SCORE TESTS "MAX CPU" "WALL"
for solution in "$root"/solutions/*.c; do
    id=$(basename "$solution" .c)
    start=$(date +%s%N)
    json=$("$judge" --problems "$root/problems" test "$id" "$solution" --json)
    rc=$?
    wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    verdict=$(grep -m1 -o '"verdict": "[A-Z]*"' <<<"$json" | cut -d'"' -f4)
    score=$(grep -m1 -o '"score": [0-9]*' <<<"$json" | grep -o '[0-9]*$')
    max=$(grep -m1 -o '"max_score": [0-9]*' <<<"$json" | grep -o '[0-9]*$')
    tests=$(grep -c '"name":' <<<"$json")
    cpu=$(sed -n '/"tests": \[/,$p' <<<"$json" | grep -o '"time_ms": [0-9]*' | grep -o '[0-9]*$' |
        sort -n | tail -1)
    printf '%-30s %-8s %-9s %-6s %6s ms %6s ms\n' "$id" "${verdict:-?}" "${score:-?}/${max:-?}" \
        "$tests" "${cpu:-0}" "$wall_ms"
    [ "$rc" -eq 0 ] || status=1
done
if [ "$status" -eq 0 ]; then
    echo "every reference solution is accepted"
else
    echo "some reference solutions were not accepted (run build/judge test ID solutions/ID.c)"
fi
exit "$status"
