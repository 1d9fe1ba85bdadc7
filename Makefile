# ipcfloor: the raw cost of moving bytes between two processes.
# `make run` and `make test` are all a fresh Debian 12 machine needs.

# The primitives, listed in micro/primitives.list: micro/<name>.c -> micro/bin/<name>.
PRIMITIVES := $(shell grep -v '^\#' micro/primitives.list)

CC      ?= gcc
OPT     ?= -O2 -g
WARN    := -std=gnu11 -Wall -Wextra -Werror \
           $(shell pkg-config --cflags liburing numa 2>/dev/null)
CFLAGS  += $(OPT) $(WARN)
LDLIBS  += $(shell pkg-config --libs liburing numa 2>/dev/null) -lm
PY      := /usr/bin/python3
BIN     := micro/bin
OBJ     := micro/obj
# the harness (main.c and its parts) and the helpers every program links
LIB_SRC := micro/main.c micro/opts.c micro/child.c micro/supervise.c micro/row.c \
           micro/verify.c micro/util.c micro/parse.c micro/stats.c micro/topo.c
LIB_OBJ := $(LIB_SRC:micro/%.c=$(OBJ)/%.o)
PROGS   := $(PRIMITIVES:%=$(BIN)/%)
HDRS    := micro/harness.h micro/lib.h micro/internal.h

# The same programs built with AddressSanitizer and UndefinedBehaviorSanitizer,
# for the tests only (timed results never come from them).  -O1 is what ASan's
# authors advise: fast enough, and reports keep their line numbers.  Every
# finding is fatal (-fno-sanitize-recover=all) so a UB report fails the run.
SAN      := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SAN_CFLAGS := -O1 -g $(WARN) $(SAN)
SAN_BIN  := micro/bin-san
SAN_OBJ  := micro/obj-san
SAN_LIB  := $(LIB_SRC:micro/%.c=$(SAN_OBJ)/%.o)
SAN_PROGS := $(PRIMITIVES:%=$(SAN_BIN)/%)

# libFuzzer target for the option and size parsers: clang only (gcc has no
# libFuzzer).  clang and libclang-rt-14-dev are in scripts/packages.txt.
FUZZ_CC  := clang
FUZZ     := tests/fuzz/fuzz_parse
FUZZ_SRC := tests/fuzz/fuzz_parse.c micro/opts.c micro/parse.c micro/topo.c
FUZZ_TIME ?= 60

.PHONY: all build deps run quick test unit sanitize fuzz crosscheck plots report compare ablations \
        explain clean help
.DEFAULT_GOAL := all

help:
	@echo "make run      build, then the full sweep into results/<machine>/<run-id>/"
	@echo "make quick    the same pipeline on a few sizes (about a minute)"
	@echo "make test     unit and integration tests (also builds the two below)"
	@echo "make sanitize the programs built with ASan + UBSan into $(SAN_BIN)/"
	@echo "make fuzz     libFuzzer on the option and size parsers (FUZZ_TIME=$(FUZZ_TIME) s)"
	@echo "make crosscheck build, then scripts/crosscheck.py"
	@echo "make plots    gnuplot plots for run folders lacking them (RUN=dir for one)"
	@echo "make report   REPORT.md for a run folder (RUN=dir; default the newest)"
	@echo "make compare  A=<run folder> B=<run folder>: medians, ratios, significance"
	@echo "make explain  where each transport loses time, for a run folder (RUN=dir)"
	@echo "make ablations RUN=dir: change one thing per transport, saving against the prediction; REMEDIES.md"
	@echo "make clean    remove build outputs"

all: build

# Installs missing Debian packages when root; otherwise prints the apt-get line and stops.
deps:
	@scripts/deps.sh

build: deps
	@$(MAKE) --no-print-directory $(PROGS) $(REFS) $(BIN)/BUILDINFO

# reference programs written apart from the harness, for make crosscheck
REFS    := $(patsubst micro/ref/%.c,$(BIN)/ref-%,$(wildcard micro/ref/*.c))
$(BIN)/ref-%: micro/ref/%.c | $(BIN)
	$(CC) $(OPT) -std=gnu11 -Wall -Wextra -Werror -o $@ $<

$(OBJ)/%.o: micro/%.c $(HDRS) | $(OBJ)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BIN)/%: $(OBJ)/%.o $(LIB_OBJ) | $(BIN)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# what meta.json records about the build
$(BIN)/BUILDINFO: $(PROGS)
	@{ echo "compiler=$$($(CC) --version | head -1)"; echo "cflags=$(CFLAGS)"; \
	   echo "liburing=$$(pkg-config --modversion liburing 2>/dev/null)"; \
	   echo "libnuma=$$(pkg-config --modversion numa 2>/dev/null)"; } > $@

$(BIN) $(OBJ) $(SAN_BIN) $(SAN_OBJ):
	@mkdir -p $@

sanitize: deps
	@$(MAKE) --no-print-directory $(SAN_PROGS) $(SAN_BIN)/BUILDINFO

$(SAN_OBJ)/%.o: micro/%.c $(HDRS) | $(SAN_OBJ)
	$(CC) $(SAN_CFLAGS) -c -o $@ $<

$(SAN_BIN)/%: $(SAN_OBJ)/%.o $(SAN_LIB) | $(SAN_BIN)
	$(CC) $(SAN_CFLAGS) -o $@ $^ $(LDLIBS)

# the tests check from this that the sanitizer flags reached the compiler
$(SAN_BIN)/BUILDINFO: $(SAN_PROGS)
	@{ echo "compiler=$$($(CC) --version | head -1)"; echo "cflags=$(SAN_CFLAGS)"; \
	   echo "liburing=$$(pkg-config --modversion liburing 2>/dev/null)"; \
	   echo "libnuma=$$(pkg-config --modversion numa 2>/dev/null)"; } > $@

# fuzz_parse.c links the option table (opts.c) and the parsers it calls
$(FUZZ): $(FUZZ_SRC) $(HDRS)
	$(FUZZ_CC) -O1 -g $(WARN) -Imicro -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all -fno-omit-frame-pointer -o $@ $(FUZZ_SRC) -lm

# new inputs go to the ignored tests/fuzz/work/, never into the seed corpus
fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ)
	@mkdir -p tests/fuzz/work tests/fuzz/artifacts
	$(FUZZ) -max_total_time=$(FUZZ_TIME) -close_fd_mask=3 -dict=tests/fuzz/parse.dict \
		-artifact_prefix=tests/fuzz/artifacts/ tests/fuzz/work tests/fuzz/corpus

crosscheck: build
	$(PY) scripts/crosscheck.py

run: build
	$(PY) scripts/sweep.py --kind full

quick: build
	$(PY) scripts/sweep.py --kind quick

# unit tests (cmocka) for parsers, statistics and topology
UNIT := tests/unit/test_lib
# (everything but main(): test_lib.c is a primitive of its own)
UNIT_OBJ := $(filter-out $(OBJ)/main.o,$(LIB_OBJ))
$(UNIT): tests/unit/test_lib.c $(UNIT_OBJ) $(HDRS)
	$(CC) $(CFLAGS) -Imicro -o $@ $< $(UNIT_OBJ) $(LDLIBS) -lcmocka

unit: build $(UNIT)
	$(UNIT)

test: build
	@$(MAKE) --no-print-directory $(UNIT) $(SAN_PROGS) $(SAN_BIN)/BUILDINFO $(FUZZ)
	$(UNIT)
	tests/isolated $(PY) -m pytest -q tests

plots: deps
	$(PY) scripts/plots.py $(RUN)

report: deps
	$(PY) scripts/report.py $(RUN)

compare: deps
	@test -n "$(A)" -a -n "$(B)" || { echo "usage: make compare A=<run folder> B=<run folder>" >&2; exit 2; }
	$(PY) scripts/compare.py $(A) $(B)

explain: deps
	$(PY) scripts/explain.py $(RUN)

ablations: deps
	@test -n "$(RUN)" || { echo "usage: make ablations RUN=<run folder>" >&2; exit 2; }
	$(PY) scripts/ablations.py $(RUN)

clean:
	rm -rf $(BIN) $(OBJ) $(UNIT) $(SAN_BIN) $(SAN_OBJ) $(FUZZ) tests/fuzz/work \
	       tests/fuzz/artifacts
