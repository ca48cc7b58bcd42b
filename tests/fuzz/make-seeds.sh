#!/usr/bin/env bash
# Regenerates the seed corpora in tests/fuzz/corpus/ from the real problems and a few
# hand-made cases. Run from the repository root; the output is checked in.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fuzz/corpus
rm -rf "$out"
mkdir -p "$out"/{problem,checker,units,json}

# seed TARGET NAME PRINTF-FORMAT: one file, written with printf's escapes.
seed() { printf "$3" >"$out/$1/$2"; }

# ---- problem: every real problem, renamed to the fuzz folder's id 'p' ----
for yaml in problems/*/problem.yaml tests/fixtures/problems/*/problem.yaml; do
    [ -f "$yaml" ] || continue
    id=$(basename "$(dirname "$yaml")")
    sed -e 's/^id: .*/id: p/' "$yaml" >"$out/problem/real-$id.yaml"
done
head='id: p\ntitle: T\ndifficulty: easy\nstatement: statement.md\n'
groups='groups:\n  - name: samples\n    tests:\n      - name: a\n        input: "1\\n"\n        output: "1\\n"\n'
seed problem min.yaml "${head}kind: program\n${groups}"
seed problem function.yaml "${head}kind: function\nfunction:\n  signature: \"int f(int* a, int n);\"\n  harness: harness.c\n${groups}"
seed problem checkers.yaml "${head}kind: program\nchecker: {type: float, absolute: 1e-6, relative: 1e-9}\n${groups}"
seed problem custom.yaml "${head}kind: program\nchecker: {type: custom, source: checker.c}\n${groups}"
seed problem files.yaml "${head}kind: program\nreference: ../../solutions/p.c\ngenerators:\n  gen: gen.c\ngroups:\n  - name: g\n    points: 10\n    visible: false\n    description: x\n    limits: {time: 500ms, wall: 2s, memory: 64MiB, output: 1KiB}\n    tests:\n      - name: f\n        input_file: data/01.in\n        output_file: data/01.out\n      - name: gen\n        generate: gen 10 7\n        expect: reference\n        limits: {time: 1.5s}\n      - name: src\n        generate: gen.c --n 3\n        output: x\n"
seed problem hints.yaml "${head}kind: program\ntags: [a, b]\nhints:\n  - one\n  - two\n${groups}"
seed problem tab.yaml "${head}kind: program\ngroups:\n\t- name: g\n"
seed problem unclosed.yaml "${head}kind: program\ntitle: \"unclosed\n${groups}"
seed problem alias.yaml "${head}kind: program\nx: &a [*a]\ngroups: &g [{name: g, tests: *g}]\n"
seed problem flow.yaml "{id: p, title: T, difficulty: hard, statement: statement.md, kind: program, groups: [{name: g, tests: [{name: a, input: x, output: y}]}]}\n"
seed problem dup.yaml "${head}kind: program\ntitle: again\nlimts: 1\n${groups}${groups}"
seed problem anchors.yaml "${head}kind: program\nlimits: &l {time: 2s}\ngroups:\n  - &g {name: a, limits: *l, tests: [{name: t1, input: x, output: x}]}\n  - {name: b, tests: [{name: t2, input: !!binary AAE=, output: \"\\\\0\\\\x01\"}]}\n"

# ---- checker: one settings byte, then EXPECTED|ACTUAL ----
seed checker exact '\000hello\n|hello\n'
seed checker exact-diff '\011line 1\nline 2\n1 2 3 4\n|line 1\nline 2\n1 2 5 4\n'
seed checker no-newline '\001a b c\n|a b c'
seed checker extra-newline '\002a\n|a\n\n'
seed checker tokens '\003  1   2\t3\r\n|1 2 3'
seed checker float '\014 0.333333 1e-7 -5 nan inf\n|0.3333334 0 -5.0000001 nan inf\n'
seed checker float-huge '\030 1e308 -1e308 0x1p3 1e-320\n|1.0000001e308 -1e308 8 0\n'
seed checker lines '\005b\na  \n\nc\n|c\na\nb\n'
seed checker lines-dup '\006x\nx\ny\n|x\ny\ny\n'
seed checker binary '\007\000\001\002\377\376|\000\001\003\377\376'
seed checker nul-lines '\010a\000b\nc\n|a\000b\nd\n'
seed checker utf8 '\020caf\303\251 \342\202\254\n|caf\303\251 \342\202\255\n'
seed checker empty-expected '\021|x\n'
seed checker empty-both '\022|'
seed checker wide "\377$(printf 'x%.0s' {1..300})y\n|$(printf 'x%.0s' {1..300})z\n"

# ---- units: one byte (0 time, 1 size, 2 formatters), then the text ----
for t in 500ms 2s 1.5s 0.25s 0ms 1.0005s 86400s 86400001ms 0.4ms 1 1e3s -5ms ' 1s' 1.s .5s 1s\ 0x10s nans 99999999999999999999s; do
    printf '\000%s' "$t" >"$out/units/time-$(printf %s "$t" | tr -c 'a-zA-Z0-9.' _)"
done
for s in 100B 512KiB 64MiB 1GiB 1.5GiB 1TiB 1KB 1kB 2MB 3GB 1TB 1.0000001TiB 0.001B 0.5B 1024.005KiB 1b 1Kib 1e3MB; do
    printf '\001%s' "$s" >"$out/units/size-$(printf %s "$s" | tr -c 'a-zA-Z0-9.' _)"
done
seed units fmt-zero '\002\000\000\000\000\000\000\000\000\050'
seed units fmt-max '\002\000\000\000\000\000\001\000\000\050'
seed units fmt-neg '\002\377\377\377\377\377\377\377\377\003'
seed units fmt-1025 '\002\001\004\000\000\000\000\000\000\050'

# ---- json: raw bytes to escape ----
seed json ascii 'hello, "world" \\ /'
seed json controls '\000\001\b\t\n\v\f\r\033\177'
seed json utf8 'caf\303\251 \342\202\254 \360\237\230\200'
seed json overlong '\300\257 \340\200\257 \301\277'
seed json surrogate '\355\240\200\355\260\200'
seed json beyond '\364\220\200\200 \365\200\200\200 \370'
seed json truncated 'x\342\202'
seed json lone-continuation '\200\277\376\377'
