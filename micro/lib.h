/* SPDX-License-Identifier: MIT */
/*
 * Internals of the harness that the unit tests and the fuzz target reach
 * directly: parsers, options, statistics and topology.  Primitives include
 * harness.h only.
 */
#ifndef IPCFLOOR_LIB_H
#define IPCFLOOR_LIB_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- parse.c ---- */
/*
 * "4096", "64K", "4KiB", "1.5M", "1G": K, M, G (and KiB, MiB, GiB) are
 * powers of 1024; a trailing B is allowed.  0 on success; -1 with msg set
 * to a one-line reason otherwise.  Accepts lo <= value <= hi only.
 */
int parse_size(const char *s, uint64_t lo, uint64_t hi, uint64_t *out,
	       char *msg, size_t msglen);
/* a decimal number of seconds ("0.5", "2"), 0 < v <= hi */
int parse_seconds(const char *s, double hi, double *out, char *msg, size_t msglen);
/* a decimal integer lo..hi */
int parse_long(const char *s, long lo, long hi, long *out, char *msg, size_t msglen);
/*
 * A sysfs cpu list "0-3,8,10-11" into a bit set of at most max CPUs; returns
 * the number of CPUs set, or -1 when malformed.
 */
int parse_cpulist(const char *s, unsigned char *set, int max);
/* "12.3 MiB"-style rendering for messages */
void fmt_bytes(uint64_t v, char *buf, size_t len);

/* ---- stats.c ---- */
/* sorts v in place; linear interpolation between closest ranks (numpy's default) */
double percentile_sorted(const double *v, size_t n, double p);
void sort_doubles(double *v, size_t n);
double median_of(double *v, size_t n);	/* sorts v */

/* ---- topo.c ---- */
#define TOPO_MAX_CPUS 1024

struct topo_cpu {
	int online;
	int core;		/* core id, unique per package */
	int package;
	int node;		/* NUMA node, 0 when the kernel has no node dirs */
	int llc;		/* id of the last-level cache it shares: lowest CPU sharing it */
};

struct topo {
	char root[512];		/* sysfs root the facts were read from */
	int ncpus;		/* highest online CPU + 1 */
	int nonline;
	int nnodes;
	int threads_per_core;
	int npackages;
	int ncores;
	struct topo_cpu cpu[TOPO_MAX_CPUS];
	char model[128];	/* from /proc/cpuinfo when root is the real /sys */
};

/*
 * Read topology below root ("/sys", or a fixture folder shaped like it:
 * <root>/devices/system/cpu/..., <root>/devices/system/node/...).
 * 0 on success, -1 with msg set.
 */
int topo_read(struct topo *t, const char *root, char *msg, size_t msglen);

enum placement { PL_SAME_CPU, PL_SMT, PL_CROSS_CORE, PL_CROSS_NUMA, PL_UNPINNED, PL_CPUS, PL_COUNT };
extern const char *const placement_names[PL_COUNT];
int placement_from_name(const char *s);	/* -1 when unknown */

/*
 * Choose the CPU pair for a placement.  allowed may be NULL (all online CPUs
 * allowed).  Returns 0 with cpus set (both -1 for unpinned), or IPC_SKIP
 * (77) with why set ("cross-numa: 1 NUMA node").
 */
int topo_place(const struct topo *t, enum placement pl, const unsigned char *allowed,
	       int cpus[2], char *why, size_t whylen);

/* ---- opts.c: the command line, from one table of options ---- */
#define MAX_REPS	1000
#define SIZE_MAX_OPT	(16ull << 30)	/* --size above 16 GiB is refused outright */

enum fmt { FMT_HUMAN, FMT_CSV };

struct opts {
	int mode;		/* enum ipc_mode */
	uint64_t size;
	const char *variant;	/* the primitive's first variant unless given */
	int rx_touch;		/* zero-copy variants: read every byte on receipt */
	int rx_given;
	int placement;		/* enum placement; PL_CPUS with --cpus */
	const char *cpus_arg;	/* --cpus as given, checked by opts_cpus() */
	int cpus[2];
	double time_s;		/* measured time budget over all repetitions */
	double warm_s;
	long iters;		/* 0: calibrate */
	long reps;
	int verify;
	int membind;
	int fmt;		/* enum fmt */
	double timeout_s;	/* 0: derived from the budget and the size */
	const char *sysfs;
	/* the options that print something and exit */
	int header, list, show_placements, clock;
};

/* a refused command line: the one line to print and the exit status */
struct opt_error {
	int code;		/* 2: bad usage */
	char msg[256];		/* without the program name and "(see --help)" */
};

struct ipc_primitive;
struct ipc_variant;

#define OPTS_HELP	1	/* opts_parse: --help was asked for */
void opts_defaults(struct opts *o);
/*
 * Parse argv into o (which holds the defaults).  Returns 0, OPTS_HELP, or
 * -1 with err filled; never prints and never exits, so the fuzz target and
 * the unit tests can call it again and again.
 */
int opts_parse(struct opts *o, const struct ipc_primitive *p, int argc, char **argv,
	       struct opt_error *err);
/* --cpus A,B against the topology and the affinity mask (NULL: all allowed) */
int opts_cpus(struct opts *o, const struct topo *t, const unsigned char *allowed,
	      struct opt_error *err);
/* the variant --variant names, and --rx only with a zero-copy one; NULL with err */
const struct ipc_variant *opts_variant(const struct opts *o, const struct ipc_primitive *p,
				       struct opt_error *err);
/* fill err (code 2) and return -1 */
int opt_fail(struct opt_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "<prog>: <msg> (see --help)" on stderr, then exit(err->code) */
void opts_exit(const struct opt_error *err) __attribute__((noreturn));
void opts_usage(FILE *f, const struct ipc_primitive *p);
void opts_list_variants(FILE *f, const struct ipc_primitive *p);

#endif
