# ipcfloor: the raw cost of moving bytes between two processes.
# `make run` and `make test` are all a fresh Debian 12 machine needs.

# The primitives, listed in micro/primitives.list: micro/<name>.c -> micro/bin/<name>.
PRIMITIVES := $(shell grep -v '^\#' micro/primitives.list)

CC      ?= gcc
OPT     ?= -O2 -g
CFLAGS  += $(OPT) -std=gnu11 -Wall -Wextra -Werror \
           $(shell pkg-config --cflags liburing numa 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs liburing numa 2>/dev/null) -lm
PY      := /usr/bin/python3
BIN     := micro/bin
OBJ     := micro/obj
LIB_SRC := micro/harness.c micro/util.c micro/parse.c micro/stats.c micro/topo.c
LIB_OBJ := $(LIB_SRC:micro/%.c=$(OBJ)/%.o)
PROGS   := $(PRIMITIVES:%=$(BIN)/%)
HDRS    := micro/harness.h micro/lib.h

.PHONY: all build deps run quick test unit plots report compare explain clean help
.DEFAULT_GOAL := all

help:
	@echo "make run      build, then the full sweep into results/<machine>/<run-id>/"
	@echo "make quick    the same pipeline on a few sizes (about a minute)"
	@echo "make test     unit and integration tests"
	@echo "make plots    gnuplot plots for run folders lacking them (RUN=dir for one)"
	@echo "make report   REPORT.md for a run folder (RUN=dir; default the newest)"
	@echo "make compare  A=<run folder> B=<run folder>: medians, ratios, significance"
	@echo "make explain  where each transport loses time, for a run folder (RUN=dir)"
	@echo "make clean    remove build outputs"

all: build

# Installs missing Debian packages when root; otherwise prints the apt-get line and stops.
deps:
	@scripts/deps.sh

build: deps
	@$(MAKE) --no-print-directory $(PROGS) $(BIN)/BUILDINFO

$(OBJ)/%.o: micro/%.c $(HDRS) | $(OBJ)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BIN)/%: $(OBJ)/%.o $(LIB_OBJ) | $(BIN)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# what meta.json records about the build
$(BIN)/BUILDINFO: $(PROGS)
	@{ echo "compiler=$$($(CC) --version | head -1)"; echo "cflags=$(CFLAGS)"; \
	   echo "liburing=$$(pkg-config --modversion liburing 2>/dev/null)"; \
	   echo "libnuma=$$(pkg-config --modversion numa 2>/dev/null)"; } > $@

$(BIN) $(OBJ):
	@mkdir -p $@

run: build
	$(PY) scripts/sweep.py --kind full

quick: build
	$(PY) scripts/sweep.py --kind quick

# unit tests (cmocka) for parsers, statistics and topology
UNIT := tests/unit/test_lib
$(UNIT): tests/unit/test_lib.c $(filter-out $(OBJ)/harness.o,$(LIB_OBJ)) micro/lib.h
	$(CC) $(CFLAGS) -Imicro -o $@ $< $(filter-out $(OBJ)/harness.o,$(LIB_OBJ)) -lcmocka -lm

unit: build $(UNIT)
	$(UNIT)

test: build
	@$(MAKE) --no-print-directory $(UNIT)
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

clean:
	rm -rf $(BIN) $(OBJ) $(UNIT)
