/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target for everything that turns user text into numbers: the
 * value parsers of parse.c (sizes, seconds, integers, sysfs CPU lists) and
 * the whole command line of the programs (opts_parse, opts_variant, and
 * opts_cpus behind --cpus).
 *
 * The input is read as lines.  Every line is given to each value parser on
 * its own, and all the lines together are the argument vector of one
 * program run, so seed files stay readable ("--size\n4K\n--verify").
 *
 * This file links micro/opts.c, the very code the programs run; its parser
 * returns a refusal instead of exiting, so one process can take millions of
 * command lines.  Besides the sanitizers' own checks, every value a parser
 * accepts is checked against its documented range and, where a printed
 * form exists, parsed again from it; every refusal must be status 2 with a
 * one-line message.
 *
 * Build: make tests/fuzz/fuzz_parse (clang); run: make fuzz.
 */
#define _GNU_SOURCE
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lib.h"

#define FUZZ_MAX_ARGS	64
#define FUZZ_MAX_CPUS	64	/* bit set size for parse_cpulist */

const char *ipc_progname = "fuzz";	/* opts_exit() names the program */

/* Any broken invariant is a crash, so libFuzzer keeps the input. */
#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "fuzz_parse: %s:%d: %s: ", __FILE__,	\
				__LINE__, #cond);			\
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
			abort();					\
		}							\
	} while (0)

/* A primitive with a copying and a zero-copy variant, for opts_parse. */
static const struct ipc_variant fuzz_variants[] = {
	{ "default", "a copying variant", 0, 0 },
	{ "zc", "a zero-copy variant", IPC_ZEROCOPY, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct ipc_primitive fuzz_desc = {
	.name = "fuzz",
	.summary = "parser fuzz target",
	.variants = fuzz_variants,
};

/* a machine of 8 CPUs with CPU 5 offline, for opts_cpus */
static struct topo fuzz_topo;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_topo.ncpus = 8;
	fuzz_topo.nonline = 7;
	for (int c = 0; c < 8; c++)
		fuzz_topo.cpu[c].online = c != 5;
	return 0;
}

/* parse_size, and its two printed forms read back */
static void fuzz_size(const char *s, uint64_t lo, uint64_t hi)
{
	char msg[160], text[64];
	uint64_t v, again;

	msg[0] = 0;
	if (parse_size(s, lo, hi, &v, msg, sizeof(msg))) {
		CHECK(msg[0], "'%s' refused without a reason", s);
		return;
	}
	CHECK(v >= lo && v <= hi, "'%s' -> %llu outside %llu..%llu", s,
	      (unsigned long long)v, (unsigned long long)lo, (unsigned long long)hi);
	snprintf(text, sizeof(text), "%llu", (unsigned long long)v);
	CHECK(!parse_size(text, lo, hi, &again, msg, sizeof(msg)) && again == v,
	      "'%s' -> %llu, but '%s' does not read back (%s)", s,
	      (unsigned long long)v, text, msg);
	/* fmt_bytes writes "4 MiB": without the space it is a size again,
	   when it is exact (a "1.5 GiB" may be rounded) and below the TiB
	   that only messages use */
	fmt_bytes(v, text, sizeof(text));
	if (!strchr(text, '.') && v < (1ull << 40)) {
		char *sp = strchr(text, ' ');

		CHECK(sp, "fmt_bytes(%llu) = '%s' has no unit", (unsigned long long)v, text);
		memmove(sp, sp + 1, strlen(sp));
		CHECK(!parse_size(text, lo, hi, &again, msg, sizeof(msg)) && again == v,
		      "fmt_bytes(%llu) = '%s' does not read back (%s)",
		      (unsigned long long)v, text, msg);
	}
}

static void fuzz_seconds(const char *s, double hi)
{
	char msg[160], text[64];
	double v, again;

	msg[0] = 0;
	if (parse_seconds(s, hi, &v, msg, sizeof(msg))) {
		CHECK(msg[0], "'%s' refused without a reason", s);
		return;
	}
	CHECK(isfinite(v) && v > 0 && v <= hi, "'%s' -> %g outside (0, %g]", s, v, hi);
	/* decimal only: strtod alone would also read hex ("0x10" = 16 s) */
	CHECK(strspn(s, "0123456789.eE+-") == strlen(s), "'%s' accepted as seconds", s);
	/* %.17g is exact; below DBL_MIN strtod may call the text an underflow */
	if (v >= DBL_MIN) {
		snprintf(text, sizeof(text), "%.17g", v);
		CHECK(!parse_seconds(text, hi, &again, msg, sizeof(msg)) && again == v,
		      "'%s' -> %.17g does not read back (%s)", s, v, msg);
	}
}

static void fuzz_long(const char *s, long lo, long hi)
{
	char msg[160], text[32];
	long v, again;

	msg[0] = 0;
	if (parse_long(s, lo, hi, &v, msg, sizeof(msg))) {
		CHECK(msg[0], "'%s' refused without a reason", s);
		return;
	}
	CHECK(v >= lo && v <= hi, "'%s' -> %ld outside %ld..%ld", s, v, lo, hi);
	snprintf(text, sizeof(text), "%ld", v);
	CHECK(!parse_long(text, lo, hi, &again, msg, sizeof(msg)) && again == v,
	      "'%s' -> %ld does not read back", s, v);
}

/* parse_cpulist: the count matches the set, and the set printed reads back */
static void fuzz_cpulist(const char *s)
{
	unsigned char set[FUZZ_MAX_CPUS], set2[FUZZ_MAX_CPUS];
	char text[FUZZ_MAX_CPUS * 4 + 1];
	size_t len = 0;
	int n, bits = 0;

	n = parse_cpulist(s, set, FUZZ_MAX_CPUS);
	CHECK(n >= -1 && n <= FUZZ_MAX_CPUS, "'%s' -> count %d", s, n);
	if (n < 0)
		return;
	text[0] = 0;
	for (int c = 0; c < FUZZ_MAX_CPUS; c++) {
		CHECK(set[c] <= 1, "'%s': set[%d] = %d", s, c, set[c]);
		if (set[c]) {
			bits++;
			len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%d",
						len ? "," : "", c);
		}
	}
	CHECK(bits == n, "'%s' -> count %d but %d CPUs set", s, n, bits);
	CHECK(parse_cpulist(text, set2, FUZZ_MAX_CPUS) == n && !memcmp(set, set2, sizeof(set)),
	      "'%s' printed as '%s' does not read back", s, text);
}

/* a refusal is status 2 and one line that says something */
static void check_refusal(const struct opt_error *err, const char *what)
{
	CHECK(err->code == 2, "%s: refused with status %d", what, err->code);
	CHECK(err->msg[0] && !strchr(err->msg, '\n'), "%s: refused with '%s'", what, err->msg);
}

/* --cpus against the 8-CPU machine */
static void fuzz_cpus(const char *s)
{
	struct opt_error err = { 0, "" };
	struct opts o;

	opts_defaults(&o);
	o.cpus_arg = s;
	if (opts_cpus(&o, &fuzz_topo, NULL, &err)) {
		check_refusal(&err, "--cpus");
		return;
	}
	for (int i = 0; i < 2; i++)
		CHECK(o.cpus[i] >= 0 && o.cpus[i] < fuzz_topo.ncpus &&
		      fuzz_topo.cpu[o.cpus[i]].online,
		      "--cpus '%s' -> CPU %d", s, o.cpus[i]);
}

/* every field of a command line opts_parse accepted is in its range */
static void check_opts(const struct opts *o)
{
	CHECK(o->mode == MODE_LAT || o->mode == MODE_BW, "mode %d", o->mode);
	CHECK(o->size >= 1 && o->size <= SIZE_MAX_OPT, "size %llu", (unsigned long long)o->size);
	CHECK(o->variant, "no variant");
	CHECK(o->rx_touch == 0 || o->rx_touch == 1, "rx_touch %d", o->rx_touch);
	CHECK(o->fmt == FMT_HUMAN || o->fmt == FMT_CSV, "format %d", o->fmt);
	CHECK(o->placement >= 0 && o->placement < PL_COUNT, "placement %d", o->placement);
	CHECK((o->placement == PL_CPUS) == (o->cpus_arg != NULL), "placement %d with --cpus %s",
	      o->placement, o->cpus_arg ? o->cpus_arg : "(none)");
	CHECK(o->time_s > 0 && o->time_s <= 86400, "time %g", o->time_s);
	CHECK(o->warm_s > 0 && o->warm_s <= 3600, "warmup %g", o->warm_s);
	CHECK(o->timeout_s == 0 || (o->timeout_s > 0 && o->timeout_s <= 86400), "timeout %g",
	      o->timeout_s);
	CHECK(o->iters == 0 || (o->iters >= 1 && o->iters <= 1000000000L), "iters %ld", o->iters);
	CHECK(o->reps >= 1 && o->reps <= MAX_REPS, "reps %ld", o->reps);
	CHECK(!o->sysfs || o->sysfs[0], "an empty --sysfs accepted");
	CHECK(o->header + o->list + o->show_placements + o->clock <= 1,
	      "two of --header, --list, --show-placements, --clock accepted");
}

/* one command line: refused with status 2, --help, or every field in range */
static void fuzz_args(int argc, char **argv)
{
	struct opt_error err = { 0, "" };
	struct opts o;
	int r;

	opts_defaults(&o);
	r = opts_parse(&o, &fuzz_desc, argc, argv, &err);
	CHECK(r == 0 || r == OPTS_HELP || r == -1, "opts_parse returned %d", r);
	if (r == -1)
		check_refusal(&err, "opts_parse");
	if (r)
		return;
	check_opts(&o);
	if (!opts_variant(&o, &fuzz_desc, &err))
		check_refusal(&err, "opts_variant");
	if (o.cpus_arg)
		fuzz_cpus(o.cpus_arg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[FUZZ_MAX_ARGS + 2];
	char *copy, *line, *next;
	int argc = 0;

	/* a private, exactly sized copy: ASan sees any read past its end */
	copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = 0;

	argv[argc++] = "fuzz";
	for (line = copy; line && argc <= FUZZ_MAX_ARGS; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		argv[argc++] = line;

		fuzz_size(line, 1, SIZE_MAX_OPT);	/* what --size accepts */
		fuzz_size(line, 0, UINT64_MAX);		/* the widest range */
		fuzz_size(line, 4096, 1u << 20);
		fuzz_seconds(line, 86400);
		fuzz_seconds(line, 0.5);
		fuzz_long(line, 1, MAX_REPS);
		fuzz_long(line, 0, LONG_MAX);
		fuzz_cpulist(line);
		fuzz_cpus(line);
	}
	argv[argc] = NULL;
	fuzz_args(argc, argv);
	free(copy);
	return 0;
}
