/* SPDX-License-Identifier: MIT */
/*
 * The command line of every primitive program, from one table of options.
 *
 * Each row of opt_table says an option's name, the kind of value it takes,
 * the range of that value, the field of struct opts it sets and its --help
 * text.  The getopt_long table, the usage text and the "given twice with
 * two values" check are all made from it, so an option cannot be parsed
 * without being documented, or documented without being parsed.
 *
 * Nothing here prints or exits on a bad command line: opts_parse() returns
 * the refusal (message and exit status), which main() prints and the fuzz
 * target (tests/fuzz/fuzz_parse.c) and the unit tests check.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lib.h"

extern const char *ipc_progname;

enum opt_kind {
	OPT_FLAG,	/* no value: sets an int field to 1 */
	OPT_SIZE,	/* parse_size into a uint64_t, lo..hi bytes */
	OPT_SECONDS,	/* parse_seconds into a double, 0 < v <= hi */
	OPT_LONG,	/* parse_long into a long, lo..hi */
	OPT_CHOICE,	/* one word of choices[] into an int field */
	OPT_STRING,	/* kept as given into a const char * field */
	OPT_HELP,	/* the usage text, then exit 0 */
};

struct opt_choice {
	const char *word;
	int value;
};

struct opt_def {
	const char *name;
	enum opt_kind kind;
	const char *arg;	/* the value's name in --help ("N", "SEC") */
	size_t field;		/* offsetof(struct opts, ...) */
	long long lo, hi;	/* range of a size, a number of seconds, a long */
	const struct opt_choice *choices;	/* OPT_CHOICE: ends with { NULL } */
	const char *empty;	/* OPT_STRING: refusal of an empty value, or NULL */
	const char *help;	/* lines of --help, '\n' between them */
};

#define CHOICES(...)	((const struct opt_choice[]){ __VA_ARGS__, { NULL, 0 } })
#define FIELD(f)	offsetof(struct opts, f)

/* the order of --help; the ids below follow it */
enum opt_id {
	O_MODE, O_SIZE, O_VARIANT, O_RX, O_PLACEMENT, O_CPUS, O_MEMBIND, O_TIME, O_WARMUP,
	O_ITERS, O_REPS, O_VERIFY, O_FORMAT, O_HEADER, O_TIMEOUT, O_SYSFS, O_LIST, O_SHOW,
	O_CLOCK, O_HELP, O_COUNT
};

static const struct opt_def opt_table[O_COUNT] = {
	[O_MODE] = { "mode", OPT_CHOICE, "lat|bw", FIELD(mode),
		.choices = CHOICES({ "lat", MODE_LAT }, { "bw", MODE_BW }),
		.help = "lat: ping-pong, one-way percentiles (default)\n"
			"bw: streaming, GB/s from first byte sent to last byte held" },
	[O_SIZE] = { "size", OPT_SIZE, "N", FIELD(size), 1, SIZE_MAX_OPT,
		.help = "payload per message: 4096, 64K, 4MiB, 1G (K/M/G = 1024^n;\n"
			"1 B to 16 GiB; default 64)" },
	[O_VARIANT] = { "variant", OPT_STRING, "NAME", FIELD(variant),
		.help = "one of the variants below (default: the first)" },
	[O_RX] = { "rx", OPT_CHOICE, "touch|handoff", FIELD(rx_touch),
		.choices = CHOICES({ "touch", 1 }, { "handoff", 0 }),
		.help = "zero-copy variants: the receiver reads every byte (touch,\n"
			"default) or only gets access (handoff)" },
	[O_PLACEMENT] = { "placement", OPT_CHOICE, "P", FIELD(placement),
		.choices = CHOICES({ "same-cpu", PL_SAME_CPU }, { "smt", PL_SMT },
				   { "cross-core", PL_CROSS_CORE },
				   { "cross-numa", PL_CROSS_NUMA }, { "unpinned", PL_UNPINNED }),
		.help = "same-cpu (default), smt, cross-core, cross-numa, unpinned" },
	[O_CPUS] = { "cpus", OPT_STRING, "A,B", FIELD(cpus_arg),
		.help = "pin role A to CPU A and role B to CPU B instead" },
	[O_MEMBIND] = { "membind", OPT_FLAG, NULL, FIELD(membind),
		.help = "bind each role's memory to its CPU's NUMA node\n"
			"(implied by cross-numa)" },
	[O_TIME] = { "time", OPT_SECONDS, "SEC", FIELD(time_s), 0, 86400,
		.help = "measured time budget over all repetitions (default 1)" },
	[O_WARMUP] = { "warmup", OPT_SECONDS, "SEC", FIELD(warm_s), 0, 3600,
		.help = "warm-up before measuring (default 0.1)" },
	[O_ITERS] = { "iters", OPT_LONG, "N", FIELD(iters), 1, 1000000000L,
		.help = "round trips (lat) or messages (bw) per repetition,\n"
			"instead of calibrating to --time" },
	[O_REPS] = { "reps", OPT_LONG, "N", FIELD(reps), 1, MAX_REPS,
		.help = "repetitions (default 5)" },
	[O_VERIFY] = { "verify", OPT_FLAG, NULL, FIELD(verify),
		.help = "stamp every message and check every byte on receipt\n"
			"(for tests; timed results are made without it)" },
	[O_FORMAT] = { "format", OPT_CHOICE, "human|csv", FIELD(fmt),
		.choices = CHOICES({ "human", FMT_HUMAN }, { "csv", FMT_CSV }),
		.help = "a readable line (default) or a CSV row" },
	[O_HEADER] = { "header", OPT_FLAG, NULL, FIELD(header),
		.help = "print the CSV header and exit" },
	[O_TIMEOUT] = { "timeout", OPT_SECONDS, "SEC", FIELD(timeout_s), 0, 86400,
		.help = "deadline for the whole run (default: from budget and size)" },
	[O_SYSFS] = { "sysfs", OPT_STRING, "DIR", FIELD(sysfs), .empty = "empty folder name",
		.help = "read topology below DIR instead of /sys\n"
			"(also $IPCFLOOR_SYSFS)" },
	[O_LIST] = { "list", OPT_FLAG, NULL, FIELD(list),
		.help = "print the variants (name, flags, summary) and exit" },
	[O_SHOW] = { "show-placements", OPT_FLAG, NULL, FIELD(show_placements),
		.help = "print each placement's CPUs or skip reason and exit" },
	[O_CLOCK] = { "clock", OPT_FLAG, NULL, FIELD(clock),
		.help = "print the measured cost of one clock read (ns) and exit" },
	[O_HELP] = { "help", OPT_HELP, .help = "this text" },
};

/* getopt_long's value of an option: above every short option's character */
#define OPT_VAL(id)	(256 + (id))

void opts_defaults(struct opts *o)
{
	*o = (struct opts){
		.mode = MODE_LAT, .size = 64, .rx_touch = 1, .placement = PL_SAME_CPU,
		.cpus = { -1, -1 }, .time_s = 1.0, .warm_s = 0.1, .reps = 5, .fmt = FMT_HUMAN,
	};
}

int opt_fail(struct opt_error *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	err->code = 2;
	return -1;
}

void opts_exit(const struct opt_error *err)
{
	fprintf(stderr, "%s: %s (see --help)\n", ipc_progname, err->msg);
	exit(err->code);
}

/* ---- help and listings ---- */
static const char usage_head[] =
"usage: %s [options]\n"
"%s\n\n"
"Two processes (role A initiates, role B responds) move --size-byte messages\n"
"with this primitive; the harness times them and prints one result row.\n\n";

static const char usage_tail[] =
"\nExit status: 0 ok, 77 skipped (the machine cannot run this case; the reason\n"
"is printed), 1 the run failed, 2 bad usage.\n\nvariants:\n";

/* "  --name ARG" padded to the help column, then the help lines under each other */
static void usage_option(FILE *f, const struct opt_def *d)
{
	char left[40];
	const char *line = d->help;

	snprintf(left, sizeof(left), "--%s%s%s", d->name, d->arg ? " " : "", d->arg ? d->arg : "");
	fprintf(f, "  %-21s", left);
	for (;;) {
		const char *nl = strchr(line, '\n');
		int len = nl ? (int)(nl - line) : (int)strlen(line);

		fprintf(f, " %.*s\n", len, line);
		if (!nl)
			break;
		line = nl + 1;
		fprintf(f, "%23s", "");
	}
}

void opts_usage(FILE *f, const struct ipc_primitive *p)
{
	fprintf(f, usage_head, p->name, p->summary);
	for (int i = 0; i < O_COUNT; i++)
		usage_option(f, &opt_table[i]);
	fputs(usage_tail, f);
	for (const struct ipc_variant *v = p->variants; v->name; v++)
		fprintf(f, "  %-20s %s%s\n", v->name, v->summary,
			((p->flags | v->flags) & IPC_ZEROCOPY) ? " [zero-copy]" : "");
}

void opts_list_variants(FILE *f, const struct ipc_primitive *p)
{
	static const struct { unsigned flag; const char *word; } names[] = {
		{ IPC_ZEROCOPY, "zerocopy" }, { IPC_SOLO, "solo" }, { IPC_NO_LAT, "no-lat" },
		{ IPC_NO_BW, "no-bw" }, { IPC_FLOOR, "floor" }, { IPC_LOOP, "loop" },
		{ IPC_UNREAD, "unread" },
	};

	for (const struct ipc_variant *v = p->variants; v->name; v++) {
		unsigned fl = p->flags | v->flags;
		char flags[64] = "";

		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (fl & names[i].flag) {
				strcat(flags, flags[0] ? "," : "");
				strcat(flags, names[i].word);
			}
		fprintf(f, "%s\t%s\t%s\n", v->name, flags[0] ? flags : "-", v->summary);
	}
}

/* ---- one value ---- */

/* "expected lat or bw", "expected same-cpu, smt, ... or unpinned" */
static int choice_fail(const struct opt_def *d, const char *val, struct opt_error *err)
{
	char words[160] = "";
	size_t len = 0;

	for (const struct opt_choice *c = d->choices; c->word; c++)
		len += (size_t)snprintf(words + len, sizeof(words) - len, "%s%s",
					c == d->choices ? "" : c[1].word ? ", " : " or ",
					c->word);
	return opt_fail(err, "--%s '%s': expected %s", d->name, val, words);
}

static int set_value(struct opts *o, const struct opt_def *d, const char *val,
		     struct opt_error *err)
{
	char *at = (char *)o + d->field, msg[160];

	switch (d->kind) {
	case OPT_FLAG:
		*(int *)at = 1;
		return 0;
	case OPT_SIZE:
		if (parse_size(val, (uint64_t)d->lo, (uint64_t)d->hi, (uint64_t *)at, msg,
			       sizeof(msg)))
			return opt_fail(err, "--%s: %s", d->name, msg);
		return 0;
	case OPT_SECONDS:
		if (parse_seconds(val, (double)d->hi, (double *)at, msg, sizeof(msg)))
			return opt_fail(err, "--%s: %s", d->name, msg);
		return 0;
	case OPT_LONG:
		if (parse_long(val, (long)d->lo, (long)d->hi, (long *)at, msg, sizeof(msg)))
			return opt_fail(err, "--%s: %s", d->name, msg);
		return 0;
	case OPT_CHOICE:
		for (const struct opt_choice *c = d->choices; c->word; c++)
			if (!strcmp(val, c->word)) {
				*(int *)at = c->value;
				return 0;
			}
		return choice_fail(d, val, err);
	case OPT_STRING:
		if (d->empty && !*val)
			return opt_fail(err, "--%s: %s", d->name, d->empty);
		*(const char **)at = val;
		return 0;
	case OPT_HELP:
		break;
	}
	return 0;
}

/* ---- the whole command line ---- */

static void make_getopt_table(struct option lo[O_COUNT + 1])
{
	for (int i = 0; i < O_COUNT; i++) {
		const struct opt_def *d = &opt_table[i];

		lo[i] = (struct option){ d->name, d->arg ? required_argument : no_argument,
					 NULL, OPT_VAL(i) };
	}
	lo[O_COUNT] = (struct option){ NULL, 0, NULL, 0 };
}

/* what getopt_long returned that is not one of our options */
static int getopt_fail(int c, char **argv, struct opt_error *err)
{
	if (c == ':')
		return opt_fail(err, "%s needs a value", argv[optind - 1]);
	/* getopt_long sets optopt to the option of a "--flag=value" */
	if (optopt >= OPT_VAL(0) && optopt < OPT_VAL(O_COUNT))
		return opt_fail(err, "--%s takes no value ('%s')",
				opt_table[optopt - OPT_VAL(0)].name, argv[optind - 1]);
	return opt_fail(err, "unknown option '%s'", argv[optind - 1]);
}

/* the rules between options, once all are read; seen[id]: given */
static int check_combination(struct opts *o, const char *const seen[O_COUNT],
			     struct opt_error *err)
{
	if (seen[O_CPUS] && seen[O_PLACEMENT])
		return opt_fail(err, "--cpus and --placement exclude each other");
	if (seen[O_ITERS] && seen[O_TIME])
		return opt_fail(err, "--iters and --time exclude each other (--iters replaces"
				" the calibration to --time)");
	if (o->header + o->list + o->show_placements + o->clock > 1)
		return opt_fail(err, "--header, --list, --show-placements and --clock exclude"
				" each other");
	return 0;
}

int opts_parse(struct opts *o, const struct ipc_primitive *p, int argc, char **argv,
	       struct opt_error *err)
{
	struct option lo[O_COUNT + 1];
	const char *seen[O_COUNT] = { 0 };
	int c;

	make_getopt_table(lo);
	opterr = 0;
	optind = 0;		/* GNU getopt: start afresh, forget any earlier vector */
	while ((c = getopt_long(argc, argv, ":h", lo, NULL)) != -1) {
		const struct opt_def *d;
		int id = c - OPT_VAL(0);

		if (c == 'h')
			return OPTS_HELP;
		if (id < 0 || id >= O_COUNT)
			return getopt_fail(c, argv, err);
		d = &opt_table[id];
		if (d->kind == OPT_HELP)
			return OPTS_HELP;
		/* one value per option, or the same one twice */
		if (d->arg && seen[id] && strcmp(seen[id], optarg))
			return opt_fail(err, "--%s given twice ('%s' and '%s')", d->name,
					seen[id], optarg);
		seen[id] = d->arg ? optarg : "";
		if (set_value(o, d, optarg, err))
			return -1;
	}
	if (optind < argc)
		return opt_fail(err, "unexpected argument '%s'", argv[optind]);
	if (check_combination(o, seen, err))
		return -1;
	o->rx_given = seen[O_RX] != NULL;
	if (o->cpus_arg)
		o->placement = PL_CPUS;
	if (!o->variant)
		o->variant = p->variants[0].name;
	return 0;
}

int opts_cpus(struct opts *o, const struct topo *t, const unsigned char *allowed,
	      struct opt_error *err)
{
	const char *s = o->cpus_arg, *comma = strchr(s, ',');
	char msg[128], first[32];
	long v[2];

	if (!comma || (size_t)(comma - s) >= sizeof(first))
		return opt_fail(err, "--cpus '%s': expected two CPU numbers, A,B", s);
	memcpy(first, s, (size_t)(comma - s));
	first[comma - s] = 0;
	if (parse_long(first, 0, TOPO_MAX_CPUS - 1, &v[0], msg, sizeof(msg)) ||
	    parse_long(comma + 1, 0, TOPO_MAX_CPUS - 1, &v[1], msg, sizeof(msg)))
		return opt_fail(err, "--cpus '%s': %s", s, msg);
	for (int i = 0; i < 2; i++) {
		if (v[i] >= t->ncpus || !t->cpu[v[i]].online)
			return opt_fail(err, "--cpus: CPU %ld does not exist (%d CPUs online)",
					v[i], t->nonline);
		if (allowed && !allowed[v[i]])
			return opt_fail(err, "--cpus: CPU %ld is not in this process's affinity"
					" mask", v[i]);
		o->cpus[i] = (int)v[i];
	}
	return 0;
}

const struct ipc_variant *opts_variant(const struct opts *o, const struct ipc_primitive *p,
				       struct opt_error *err)
{
	const struct ipc_variant *v = p->variants;

	while (v->name && strcmp(v->name, o->variant))
		v++;
	if (!v->name) {
		opt_fail(err, "--variant '%s': %s has no such variant (see --list)", o->variant,
			 p->name);
		return NULL;
	}
	if (o->rx_given && !((p->flags | v->flags) & IPC_ZEROCOPY)) {
		opt_fail(err, "--rx applies to zero-copy variants only; %s %s copies", p->name,
			 v->name);
		return NULL;
	}
	return v;
}
