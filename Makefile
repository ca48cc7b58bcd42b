# judge: build, test, install. `make help` lists the targets.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/judge

CC      ?= gcc
PKGS     = libseccomp yaml-0.1 nettle
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

DEB_PACKAGES = gcc make libc6-dev libseccomp-dev libyaml-dev check libsubunit-dev pkg-config uthash-dev nettle-dev

.PHONY: all deps demo check unit asan install uninstall clean format help

all: $(BUILD)/judge

help:
	@echo "make            build build/judge"
	@echo "make demo       judge every reference solution against its problem"
	@echo "make check      unit + integration tests (Check)"
	@echo "make asan       the whole suite under AddressSanitizer + UBSan"
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

# The closing "Checks: N, Failures: 0, Errors: 0" line is what CI reads.
check: deps
	@$(MAKE) --no-print-directory $(BUILD)/judge $(BUILD)/check_judge
	@JUDGE_BIN=$(abspath $(BUILD)/judge) JUDGE_ROOT=$(CURDIR) $(BUILD)/check_judge

asan: deps
	@$(MAKE) --no-print-directory check BUILD=build-asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  HARDEN= LDFLAGS=

# The data dir mirrors the repository: references (expect: reference) are found at
# problems/../solutions/<id>.c and known-wrong solutions (judge validate) at
# problems/../tests/wrong/<id>/.
install: $(BUILD)/judge
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/problems $(DESTDIR)$(DATADIR)/runtime \
	  $(DESTDIR)$(DATADIR)/solutions $(DESTDIR)$(DATADIR)/tests/wrong
	install -m 755 $(BUILD)/judge $(DESTDIR)$(BINDIR)/judge
	cp -R problems/. $(DESTDIR)$(DATADIR)/problems/
	install -m 644 judge/runtime/*.h $(DESTDIR)$(DATADIR)/runtime/
	install -m 644 solutions/*.c $(DESTDIR)$(DATADIR)/solutions/
	cp -R tests/wrong/. $(DESTDIR)$(DATADIR)/tests/wrong/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/judge
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i judge/*.c judge/*.h judge/runtime/*.h tests/*.c tests/*.h solutions/*.c

clean:
	rm -rf build build-asan

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/obj/tests/*.d)
