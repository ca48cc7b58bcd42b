# judge: build, test, install. `make help` lists the targets.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/judge
MANDIR   = $(PREFIX)/share/man/man1
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions

CC      ?= gcc
PKGS     = libseccomp yaml-0.1 nettle jansson sqlite3
CHECK_PKGS = check
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2
HARDEN   = -D_FORTIFY_SOURCE=2 -fstack-protector-strong
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=gnu11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) -MMD -MP \
             -DJUDGE_DATADIR='"$(DATADIR)"' -Ijudge \
             $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS_JUDGE = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
LDFLAGS ?= -Wl,-z,relro,-z,now
BUILD   ?= build

JUDGE_SRCS := $(filter-out judge/main.c,$(wildcard judge/*.c))
JUDGE_OBJS := $(JUDGE_SRCS:judge/%.c=$(BUILD)/obj/%.o)
TEST_SRCS  := $(wildcard tests/check_*.c)
TEST_OBJS  := $(TEST_SRCS:tests/%.c=$(BUILD)/obj/tests/%.o)

DEB_PACKAGES = gcc make libc6-dev libseccomp-dev libyaml-dev check libsubunit-dev pkg-config uthash-dev nettle-dev libjansson-dev libsqlite3-dev

.PHONY: all deps demo check unit asan install uninstall clean format help

all: $(BUILD)/judge

help:
	@echo "make            build build/judge"
	@echo "make demo       judge every reference solution against its problem"
	@echo "make check      unit + integration tests (Check)"
	@echo "make asan       the whole suite under AddressSanitizer + UBSan"
	@echo "make asan-unit  only the unit suites under ASan + UBSan (what CI runs)"
	@echo "make fuzz       every libFuzzer target for FUZZ_SECONDS (600); fuzz-smoke: 30 s"
	@echo "make lint       cppcheck and clang-tidy on judge/*.c"
	@echo "make install    install to \$$DESTDIR\$$PREFIX ($(PREFIX))"

# Installs missing build dependencies when root with apt; otherwise prints the command.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "missing build dependencies; install them with:"; \
	  echo "  sudo apt-get install$$missing"; exit 1; \
	fi

Q = $(if $(V),,@)

$(BUILD)/judge: $(JUDGE_OBJS) $(BUILD)/obj/main.o
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(EXTRA_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS_JUDGE)

$(BUILD)/obj/%.o: judge/%.c | $(BUILD)/obj/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(HARDEN) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c | $(BUILD)/obj/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -Itests $(shell pkg-config --cflags $(CHECK_PKGS)) -c -o $@ $<

$(BUILD)/obj/tests:
	mkdir -p $@

$(BUILD)/check_judge: $(TEST_OBJS) $(JUDGE_OBJS)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(EXTRA_CFLAGS) -o $@ $^ $(LDLIBS_JUDGE) $(shell pkg-config --libs $(CHECK_PKGS))

demo: deps
	@$(MAKE) --no-print-directory $(BUILD)/judge
	@bash tests/demo.sh $(BUILD)/judge

# The closing "Checks: N, Failures: 0, Errors: 0" line is what CI reads. The judged attempts
# go to a history of their own (judge history), not the user's.
check: deps
	@$(MAKE) --no-print-directory $(BUILD)/judge $(BUILD)/check_judge
	@JUDGE_BIN=$(abspath $(BUILD)/judge) JUDGE_ROOT=$(CURDIR) XDG_STATE_HOME=$(abspath $(BUILD))/state \
	  $(BUILD)/check_judge

asan: deps
	@$(MAKE) --no-print-directory check BUILD=build-asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  HARDEN= LDFLAGS=

# The data dir mirrors the repository: references (expect: reference) are found at
# problems/../solutions/<id>.c and known-wrong solutions (judge validate) at
# problems/../tests/wrong/<id>/. The runtime's .c files are the validator templates of
# `judge export`. tests/check_kattis.c installs into a temporary DESTDIR and runs the result.
install: $(BUILD)/judge
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/problems $(DESTDIR)$(DATADIR)/runtime \
	  $(DESTDIR)$(DATADIR)/solutions $(DESTDIR)$(DATADIR)/tests/wrong $(DESTDIR)$(MANDIR) \
	  $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(BUILD)/judge $(DESTDIR)$(BINDIR)/judge
	cp -R problems/. $(DESTDIR)$(DATADIR)/problems/
	install -m 644 judge/runtime/*.h judge/runtime/*.c $(DESTDIR)$(DATADIR)/runtime/
	install -m 644 solutions/*.c $(DESTDIR)$(DATADIR)/solutions/
	cp -R tests/wrong/. $(DESTDIR)$(DATADIR)/tests/wrong/
	install -m 644 man/judge.1 $(DESTDIR)$(MANDIR)/judge.1
	install -m 644 completions/judge.bash $(DESTDIR)$(BASHCOMPDIR)/judge
	install -m 644 completions/_judge $(DESTDIR)$(ZSHCOMPDIR)/_judge

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/judge $(DESTDIR)$(MANDIR)/judge.1 \
	  $(DESTDIR)$(BASHCOMPDIR)/judge $(DESTDIR)$(ZSHCOMPDIR)/_judge
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i judge/*.c judge/*.h judge/runtime/*.h tests/*.c tests/*.h solutions/*.c

clean:
	rm -rf build build-asan

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/obj/tests/*.d)

# ---- hardening (issue 8): fuzzing, lint, sanitizer unit tests ----
# libFuzzer targets in tests/fuzz/, built with clang into build/fuzz/. New inputs go to
# build/fuzz/corpus/<target>/ (the checked-in seeds in tests/fuzz/corpus/<target>/ are
# only read) and crashes to build/fuzz/crashes/. `make fuzz` runs every target for
# FUZZ_SECONDS (-j2 runs two at once); a crash fails the target and prints its log.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 600
FUZZ_DIR      = build/fuzz
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS   = -std=gnu11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) -Ijudge \
                $(shell pkg-config --cflags yaml-0.1 2>/dev/null)
FUZZ_TARGETS  = problem checker units json
fuzz_problem_MODULES = problem units checker util sizegen
fuzz_checker_MODULES = checker
fuzz_units_MODULES   = units
fuzz_json_MODULES    = json util
fuzz_problem_LIBS    = $(shell pkg-config --libs yaml-0.1 2>/dev/null)
fuzz_problem_ARGS    = -max_len=8192 -dict=tests/fuzz/problem.dict
fuzz_checker_ARGS    = -max_len=16384
fuzz_units_ARGS      = -max_len=64 -dict=tests/fuzz/units.dict
fuzz_json_ARGS       = -max_len=4096
FUZZ_DEB_PACKAGES    = clang libclang-rt-14-dev
LINT_DEB_PACKAGES    = cppcheck clang-tidy

.PHONY: fuzz fuzz-smoke fuzz-build lint asan-unit deps-fuzz deps-lint

$(FUZZ_DIR)/obj/%.o: judge/%.c
	@mkdir -p $(@D)
	@echo "  CC      $< (fuzz)"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/obj/fuzz_%.o: tests/fuzz/fuzz_%.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

.PRECIOUS: $(FUZZ_DIR)/obj/%.o
.SECONDEXPANSION:
$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/obj/fuzz_%.o \
  $$(addprefix $(FUZZ_DIR)/obj/,$$(addsuffix .o,$$(fuzz_$$*_MODULES)))
	@echo "  LINK    $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(fuzz_$*_LIBS) -lm

# The tools come from Debian: installed like `make deps` does, or named when not root.
deps-fuzz:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(FUZZ_DEB_PACKAGES)"
deps-lint:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(LINT_DEB_PACKAGES)"

fuzz-build: deps-fuzz
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

# One run: $(FUZZ_SECONDS) of fuzzing, then a one-line summary; the log stays in
# build/fuzz/logs/, and on a crash its tail is printed.
fuzz-run-%: fuzz-build
	@mkdir -p $(FUZZ_DIR)/corpus/$* $(FUZZ_DIR)/crashes $(FUZZ_DIR)/logs
	@log=$(FUZZ_DIR)/logs/$*.log; \
	if $(FUZZ_DIR)/fuzz_$* $(FUZZ_DIR)/corpus/$* tests/fuzz/corpus/$* \
	     -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	     -artifact_prefix=$(FUZZ_DIR)/crashes/$*- $(fuzz_$*_ARGS) >$$log 2>&1; then \
	  echo "  FUZZ    $*: $$(sed -n 's/^stat::number_of_executed_units: *//p' $$log) execs in" \
	       "$(FUZZ_SECONDS) s, no crash ($$(ls $(FUZZ_DIR)/corpus/$* | wc -l) inputs found so far)"; \
	else \
	  echo "  FUZZ    $*: FAILED (log: $$log)"; tail -n 60 $$log; exit 1; \
	fi

fuzz: $(FUZZ_TARGETS:%=fuzz-run-%)

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(if $(filter 600,$(FUZZ_SECONDS)),30,$(FUZZ_SECONDS))

# Only the unit suites (no $JUDGE_BIN runs) under ASan + UBSan: what CI can afford.
ASAN_UNIT_SUITES = units checker problem source verdict cache
asan-unit: deps
	@$(MAKE) --no-print-directory build-asan/check_judge BUILD=build-asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  HARDEN= LDFLAGS=
	@for s in $(ASAN_UNIT_SUITES); do \
	  CK_RUN_SUITE=$$s JUDGE_ROOT=$(CURDIR) build-asan/check_judge || exit 1; \
	done

# cppcheck and clang-tidy on judge/*.c, configured by tests/lint/cppcheck.supp and
# .clang-tidy; both must be silent. cppcheck is told that _Noreturn means noreturn, or it
# follows paths through die().
LINT_CFLAGS = -std=gnu11 -D_GNU_SOURCE -Ijudge $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
lint: deps-lint
	@echo "  CPPCHECK judge/*.c"
	$(Q)cppcheck --quiet --error-exitcode=1 --enable=style,warning,portability,performance \
	  --inline-suppr --suppressions-list=tests/lint/cppcheck.supp --std=c11 -D_GNU_SOURCE \
	  '-D_Noreturn=__attribute__((noreturn))' -Ijudge --library=posix judge/*.c
	@echo "  TIDY    judge/*.c"
	@mkdir -p build
	$(Q)clang-tidy --quiet judge/*.c -- $(LINT_CFLAGS) >build/clang-tidy.log 2>&1; rc=$$?; \
	  grep -v -E '^[0-9]+ warnings?( and [0-9]+ errors?)? generated\.$$' build/clang-tidy.log; \
	  exit $$rc

-include $(wildcard $(FUZZ_DIR)/obj/*.d)
