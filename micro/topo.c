/* SPDX-License-Identifier: MIT */
/*
 * CPU topology from sysfs, under a root that tests point at fixtures, and the
 * mapping of a placement (same CPU, SMT sibling, other core, other NUMA node)
 * to a concrete pair of CPUs.  A placement this machine cannot satisfy is a
 * skip with its reason, never a silent substitute.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lib.h"

const char *const placement_names[PL_COUNT] = {
	"same-cpu", "smt", "cross-core", "cross-numa", "unpinned", "cpus",
};

int placement_from_name(const char *s)
{
	for (int i = 0; i < PL_COUNT; i++)
		if (!strcmp(s, placement_names[i]))
			return i;
	return -1;
}

static int read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	if (!fgets(buf, (int)len, f)) {
		fclose(f);
		return -1;
	}
	fclose(f);
	buf[strcspn(buf, "\n")] = 0;
	return 0;
}

static int read_int(const char *path, int dflt)
{
	char buf[64];

	if (read_line(path, buf, sizeof(buf)))
		return dflt;
	return atoi(buf);
}

static int lowest(const unsigned char *set, int max)
{
	for (int i = 0; i < max; i++)
		if (set[i])
			return i;
	return -1;
}

/* the highest-level unified or data cache this CPU has, named by its lowest sharer */
static int read_llc(const char *root, int cpu)
{
	static unsigned char set[TOPO_MAX_CPUS];
	char path[700], buf[4096];
	int best_level = -1, id = cpu;

	for (int idx = 0; idx < 16; idx++) {
		int level;

		snprintf(path, sizeof(path), "%s/devices/system/cpu/cpu%d/cache/index%d/level",
			 root, cpu, idx);
		level = read_int(path, -1);
		if (level < 0)
			break;
		snprintf(path, sizeof(path), "%s/devices/system/cpu/cpu%d/cache/index%d/type",
			 root, cpu, idx);
		if (!read_line(path, buf, sizeof(buf)) && !strcmp(buf, "Instruction"))
			continue;
		snprintf(path, sizeof(path),
			 "%s/devices/system/cpu/cpu%d/cache/index%d/shared_cpu_list", root, cpu, idx);
		if (level > best_level && !read_line(path, buf, sizeof(buf)) &&
		    parse_cpulist(buf, set, TOPO_MAX_CPUS) > 0) {
			best_level = level;
			id = lowest(set, TOPO_MAX_CPUS);
		}
	}
	return id;
}

static void read_model(struct topo *t)
{
	FILE *f;
	char line[512];

	snprintf(t->model, sizeof(t->model), "unknown");
	if (strcmp(t->root, "/sys"))
		return;	/* a fixture has no /proc/cpuinfo of its own */
	f = fopen("/proc/cpuinfo", "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *colon = strchr(line, ':');

		if (!strncmp(line, "model name", 10) && colon) {
			colon += 2;
			colon[strcspn(colon, "\n")] = 0;
			snprintf(t->model, sizeof(t->model), "%s", colon);
			break;
		}
	}
	fclose(f);
}

int topo_read(struct topo *t, const char *root, char *msg, size_t msglen)
{
	static unsigned char online[TOPO_MAX_CPUS], set[TOPO_MAX_CPUS];
	char path[700], buf[8192];
	int n;

	memset(t, 0, sizeof(*t));
	snprintf(t->root, sizeof(t->root), "%s", root);
	snprintf(path, sizeof(path), "%s/devices/system/cpu/online", root);
	if (read_line(path, buf, sizeof(buf)) ||
	    (n = parse_cpulist(buf, online, TOPO_MAX_CPUS)) <= 0) {
		snprintf(msg, msglen, "cannot read the online CPUs from %s", path);
		return -1;
	}
	t->nonline = n;
	t->threads_per_core = 1;
	for (int c = 0; c < TOPO_MAX_CPUS; c++) {
		struct topo_cpu *cpu = &t->cpu[c];
		int sib;

		if (!online[c])
			continue;
		cpu->online = 1;
		t->ncpus = c + 1;
		snprintf(path, sizeof(path), "%s/devices/system/cpu/cpu%d/topology/core_id", root, c);
		cpu->core = read_int(path, c);
		snprintf(path, sizeof(path),
			 "%s/devices/system/cpu/cpu%d/topology/physical_package_id", root, c);
		cpu->package = read_int(path, 0);
		if (cpu->package < 0)	/* some hypervisors report -1 */
			cpu->package = 0;
		snprintf(path, sizeof(path),
			 "%s/devices/system/cpu/cpu%d/topology/thread_siblings_list", root, c);
		if (!read_line(path, buf, sizeof(buf)) &&
		    (sib = parse_cpulist(buf, set, TOPO_MAX_CPUS)) > t->threads_per_core)
			t->threads_per_core = sib;
		cpu->llc = read_llc(root, c);
		cpu->node = 0;
	}

	/* NUMA nodes: a kernel without NUMA has no node folder: one node */
	t->nnodes = 1;
	snprintf(path, sizeof(path), "%s/devices/system/node/online", root);
	if (!read_line(path, buf, sizeof(buf)) &&
	    (n = parse_cpulist(buf, set, TOPO_MAX_CPUS)) > 0) {
		static unsigned char nodes[TOPO_MAX_CPUS];

		memcpy(nodes, set, sizeof(nodes));
		t->nnodes = n;
		for (int node = 0; node < TOPO_MAX_CPUS; node++) {
			if (!nodes[node])
				continue;
			snprintf(path, sizeof(path), "%s/devices/system/node/node%d/cpulist", root, node);
			if (read_line(path, buf, sizeof(buf)) ||
			    parse_cpulist(buf, set, TOPO_MAX_CPUS) < 0)
				continue;
			for (int c = 0; c < TOPO_MAX_CPUS; c++)
				if (set[c])
					t->cpu[c].node = node;
		}
	}

	/* distinct (package, core) pairs and packages */
	for (int c = 0; c < t->ncpus; c++) {
		int seen_core = 0, seen_pkg = 0;

		if (!t->cpu[c].online)
			continue;
		for (int d = 0; d < c; d++) {
			if (!t->cpu[d].online)
				continue;
			if (t->cpu[d].package == t->cpu[c].package) {
				seen_pkg = 1;
				if (t->cpu[d].core == t->cpu[c].core)
					seen_core = 1;
			}
		}
		t->ncores += !seen_core;
		t->npackages += !seen_pkg;
	}
	read_model(t);
	return 0;
}

static int usable(const struct topo *t, const unsigned char *allowed, int c)
{
	return c < t->ncpus && t->cpu[c].online && (!allowed || allowed[c]);
}

static int same_core(const struct topo *t, int a, int b)
{
	return t->cpu[a].package == t->cpu[b].package && t->cpu[a].core == t->cpu[b].core;
}

/*
 * Find the first pair (a < b) accepted by ok(), scanning a and b in CPU order;
 * with prefer, pairs that also satisfy prefer() win.
 */
static int find_pair(const struct topo *t, const unsigned char *allowed,
		     int (*ok)(const struct topo *, int, int),
		     int (*prefer)(const struct topo *, int, int), int cpus[2])
{
	for (int pass = prefer ? 0 : 1; pass < 2; pass++)
		for (int a = 0; a < t->ncpus; a++) {
			if (!usable(t, allowed, a))
				continue;
			for (int b = a + 1; b < t->ncpus; b++) {
				if (!usable(t, allowed, b) || !ok(t, a, b))
					continue;
				if (pass == 0 && !prefer(t, a, b))
					continue;
				cpus[0] = a;
				cpus[1] = b;
				return 0;
			}
		}
	return -1;
}

static int is_smt_pair(const struct topo *t, int a, int b)
{
	return same_core(t, a, b);
}

static int is_cross_core(const struct topo *t, int a, int b)
{
	return !same_core(t, a, b) && t->cpu[a].node == t->cpu[b].node;
}

static int shares_llc(const struct topo *t, int a, int b)
{
	return t->cpu[a].llc == t->cpu[b].llc;
}

static int is_cross_numa(const struct topo *t, int a, int b)
{
	return t->cpu[a].node != t->cpu[b].node;
}

int topo_place(const struct topo *t, enum placement pl, const unsigned char *allowed,
	       int cpus[2], char *why, size_t whylen)
{
	int nallowed = 0;

	for (int c = 0; c < t->ncpus; c++)
		nallowed += usable(t, allowed, c);
	cpus[0] = cpus[1] = -1;
	switch (pl) {
	case PL_UNPINNED:
		return 0;
	case PL_SAME_CPU:
		for (int c = 0; c < t->ncpus; c++)
			if (usable(t, allowed, c)) {
				cpus[0] = cpus[1] = c;
				return 0;
			}
		snprintf(why, whylen, "same-cpu: no usable CPU");
		return IPC_SKIP;
	case PL_SMT:
		if (!find_pair(t, allowed, is_smt_pair, NULL, cpus))
			return 0;
		if (t->threads_per_core < 2)
			snprintf(why, whylen, "smt: no SMT siblings (1 thread per core)");
		else
			snprintf(why, whylen, "smt: no two siblings of one core are both usable");
		return IPC_SKIP;
	case PL_CROSS_CORE:
		/* two cores sharing the last-level cache first: the common case */
		if (!find_pair(t, allowed, is_cross_core, shares_llc, cpus))
			return 0;
		snprintf(why, whylen, "cross-core: %s",
			 t->ncores < 2 ? "only 1 core" : "no two usable CPUs on different cores of one node");
		return IPC_SKIP;
	case PL_CROSS_NUMA:
		if (!find_pair(t, allowed, is_cross_numa, NULL, cpus))
			return 0;
		if (t->nnodes < 2)
			snprintf(why, whylen, "cross-numa: 1 NUMA node");
		else
			snprintf(why, whylen, "cross-numa: no usable CPUs on two nodes (%d usable)",
				 nallowed);
		return IPC_SKIP;
	default:
		snprintf(why, whylen, "placement needs explicit CPUs");
		return IPC_SKIP;
	}
}
