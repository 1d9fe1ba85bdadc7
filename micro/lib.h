/* SPDX-License-Identifier: MIT */
/*
 * Internals of the harness that the unit tests reach directly: parsers,
 * statistics and topology.  Primitives include harness.h only.
 */
#ifndef IPCFLOOR_LIB_H
#define IPCFLOOR_LIB_H

#include <stddef.h>
#include <stdint.h>

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

#endif
