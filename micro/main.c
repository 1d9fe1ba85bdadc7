/* SPDX-License-Identifier: MIT */
/*
 * main() of every primitive program: the controller, the process the user
 * started.  It parses the options (opts.c), resolves the placement from
 * the topology, checks memory, calls the primitive's setup(), forks role A
 * and role B (child.c), waits for them (supervise.c) and prints the one
 * result row (row.c).  Results travel back from the children through a
 * shared anonymous mapping, which also holds the latency samples, so no
 * result is ever parsed from text.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "internal.h"

const char *ipc_progname;

static double measure_clock_ns(void)
{
	double best = 1e9;

	for (int rep = 0; rep < 20; rep++) {
		uint64_t t0 = now_ns(), t1 = t0;

		for (int i = 0; i < 1000; i++)
			t1 = now_ns();
		if ((double)(t1 - t0) / 1000.0 < best)
			best = (double)(t1 - t0) / 1000.0;
	}
	return best;
}

/* IPCFLOOR_CORRUPT and IPCFLOOR_REP_VALUES (see struct harness) */
static void read_test_hooks(struct harness *h)
{
	const char *e = getenv("IPCFLOOR_REP_VALUES");
	char *end;

	if (getenv("IPCFLOOR_CORRUPT"))
		h->corrupt_at = atol(getenv("IPCFLOOR_CORRUPT"));
	while (e && *e && h->n_rep_forced < MAX_REPS) {
		double v = strtod(e, &end);

		if (end == e || !(v > 0) || (*end && *end != ';'))
			die("IPCFLOOR_REP_VALUES: expected positive numbers separated by ';'");
		h->rep_forced[h->n_rep_forced++] = v;
		e = *end ? end + 1 : end;
	}
}

/* the command line, and the options that only print something */
static void read_options(struct harness *h, int argc, char **argv)
{
	struct opt_error err;
	int r;

	opts_defaults(&h->o);
	r = opts_parse(&h->o, h->p, argc, argv, &err);
	if (r < 0)
		opts_exit(&err);
	if (r == OPTS_HELP) {
		opts_usage(stdout, h->p);
		exit(0);
	}
	read_test_hooks(h);
	if (h->o.header) {
		row_print_header();
		exit(0);
	}
	if (h->o.list) {
		opts_list_variants(stdout, h->p);
		exit(0);
	}
	h->clock_ns = measure_clock_ns();
	if (h->o.clock) {
		printf("%.1f\n", h->clock_ns);
		exit(0);
	}
}

static void resolve_variant(struct harness *h)
{
	const struct ipc_variant *v;
	struct opt_error err;

	v = opts_variant(&h->o, h->p, &err);
	if (!v)
		opts_exit(&err);
	h->run.variant = v->name;
	h->run.kind = v->kind;
	h->run.flags = h->p->flags | v->flags;
	h->run.mode = h->o.mode;
	h->run.size = (size_t)h->o.size;
	h->run.verify = h->o.verify;
	if (h->run.flags & IPC_ZEROCOPY)
		snprintf(h->variant_label, sizeof(h->variant_label), "%s-%s", v->name,
			 h->o.rx_touch ? "touch" : "handoff");
	else
		snprintf(h->variant_label, sizeof(h->variant_label), "%s", v->name);
}

/* topology (the real one, or a fixture for tests) and the CPUs we may use */
static void read_topology(struct opts *o, struct topo *topo, unsigned char *allowed)
{
	char msg[256];
	cpu_set_t aff;

	if (!o->sysfs)
		o->sysfs = getenv("IPCFLOOR_SYSFS");
	if (!o->sysfs || !*o->sysfs)
		o->sysfs = "/sys";
	if (topo_read(topo, o->sysfs, msg, sizeof(msg)))
		die("%s", msg);
	/* a fixture describes another machine: its CPUs are not in our mask */
	if (!strcmp(o->sysfs, "/sys") && !sched_getaffinity(0, sizeof(aff), &aff)) {
		for (int c = 0; c < TOPO_MAX_CPUS && c < CPU_SETSIZE; c++)
			allowed[c] = (unsigned char)CPU_ISSET(c, &aff);
	} else {
		memset(allowed, 1, TOPO_MAX_CPUS);
	}
}

static void show_placements(const struct topo *topo, const unsigned char *allowed)
{
	char why[REASON_LEN];

	for (int pl = 0; pl < PL_CPUS; pl++) {
		int cpus[2];

		if (topo_place(topo, pl, allowed, cpus, why, sizeof(why)) == 0)
			printf("%s\t%d,%d\tnodes %d,%d\n", placement_names[pl], cpus[0], cpus[1],
			       cpus[0] < 0 ? -1 : topo->cpu[cpus[0]].node,
			       cpus[1] < 0 ? -1 : topo->cpu[cpus[1]].node);
		else
			printf("%s\tskip\t%s\n", placement_names[pl], why);
	}
}

/* each role's CPU (--cpus or the placement) and memory node */
static void place_roles(struct harness *h, const struct topo *topo, const unsigned char *allowed)
{
	struct ipc_run *run = &h->run;
	struct opt_error err;
	char why[REASON_LEN];

	if (h->o.cpus_arg) {
		if (opts_cpus(&h->o, topo, allowed, &err))
			opts_exit(&err);
		run->cpu[0] = h->o.cpus[0];
		run->cpu[1] = h->o.cpus[1];
	} else if (topo_place(topo, h->o.placement, allowed, run->cpu, why, sizeof(why))) {
		snprintf(h->cpus_label, sizeof(h->cpus_label), "-");
		row_report_and_exit(h, IPC_SKIP, why);
	}
	if (run->cpu[0] >= 0)
		snprintf(h->cpus_label, sizeof(h->cpus_label), "%d;%d", run->cpu[0], run->cpu[1]);
	else
		snprintf(h->cpus_label, sizeof(h->cpus_label), "-");
	run->node[0] = run->node[1] = -1;
	if ((h->o.placement == PL_CROSS_NUMA || h->o.membind) && run->cpu[0] >= 0) {
		run->node[0] = topo->cpu[run->cpu[0]].node;
		run->node[1] = topo->cpu[run->cpu[1]].node;
	} else if (h->o.membind) {
		opt_fail(&err, "--membind needs pinned CPUs");
		opts_exit(&err);
	}
}

static uint64_t mem_available(void)
{
	long long kb = meminfo_kb("MemAvailable");

	return kb > 0 ? (uint64_t)kb * 1024ull : UINT64_MAX;
}

/* refuse, before anything is allocated, a run that cannot fit in memory */
static void check_memory(struct harness *h)
{
	const struct ipc_primitive *p = h->p;
	double bufs = h->o.mode == MODE_LAT ? 4 : 2;
	double need = (double)h->o.size * (bufs + p->mem_factor);
	uint64_t avail = mem_available();
	char a[32], b[32], s[32];
	struct statvfs vfs;

	fmt_bytes(h->o.size, s, sizeof(s));
	fmt_bytes((uint64_t)need, a, sizeof(a));
	fmt_bytes(avail, b, sizeof(b));
	if (need > (double)avail * 0.9) {
		ipc_reason(&h->run, "not enough memory: --size %s needs about %s; %s available",
			   s, a, b);
		row_report_and_exit(h, IPC_SKIP, row_reason());
	}
	if (p->shm_factor > 0 && !statvfs("/dev/shm", &vfs)) {
		double shm = (double)h->o.size * p->shm_factor;
		uint64_t free_b = (uint64_t)vfs.f_bavail * vfs.f_frsize;

		if (shm > (double)free_b) {
			fmt_bytes((uint64_t)shm, a, sizeof(a));
			fmt_bytes(free_b, b, sizeof(b));
			ipc_reason(&h->run, "/dev/shm too small: --size %s needs %s there; %s free",
				   s, a, b);
			row_report_and_exit(h, IPC_SKIP, row_reason());
		}
	}
}

/*
 * Names of shared objects must not be guessable (another user could create
 * them first or wait for them): 64 bits from getrandom(2), with the pid for
 * the reader.
 */
static void make_run_tag(struct ipc_run *run, pid_t self)
{
	uint64_t rnd;
	ssize_t n;

	do
		n = getrandom(&rnd, sizeof(rnd), 0);
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)sizeof(rnd))
		die("getrandom: %s: cannot make unpredictable object names",
		    n < 0 ? strerror(errno) : "short read");
	snprintf(run->run_tag, sizeof(run->run_tag), "ipcfloor-%d-%016llx", (int)self,
		 (unsigned long long)rnd);
}

/* results and samples; NORESERVE: only the pages written cost memory */
static void map_results(struct harness *h)
{
	size_t len = sizeof(struct shared) +
		     (h->o.mode == MODE_LAT ? MAX_SAMPLES * sizeof(double) : 0);

	h->sh = mmap(NULL, len, PROT_READ | PROT_WRITE,
		     MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (h->sh == MAP_FAILED)
		die("cannot map the result area: %s", strerror(errno));
}

/* the primitive's setup(); a skip or a failure is the row */
static void setup_primitive(struct harness *h)
{
	int status = h->p->setup ? h->p->setup(&h->run) : 0;

	if (!status)
		return;
	if (h->p->cleanup)
		h->p->cleanup(&h->run);
	if (status != IPC_SKIP)
		status = 1;
	ipc_reason(&h->run, "setup: %s", strerror(errno));
	row_report_and_exit(h, status, row_reason());
}

/* fork the roles, wait for them, clean up and report */
static int run_children(struct harness *h, pid_t self)
{
	sigset_t set, oldmask;
	char why[REASON_LEN];
	int status;

	supervise_block_signals(&set, &oldmask);
	setup_primitive(h);
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, h->sync_fd))
		die("socketpair: %s", strerror(errno));
	fflush(stdout);
	supervise_start(h, self, &oldmask);
	close(h->sync_fd[0]);
	close(h->sync_fd[1]);
	status = supervise(h, &set, why, sizeof(why));
	supervise_cleanup(h);
	/* notes from the children join the controller's */
	for (int s = 0; s < 2; s++)
		if (h->sh->side[s].notes[0])
			ipc_note(&h->run, "%s", h->sh->side[s].notes);
	if (status)
		row_report_and_exit(h, status, why);
	row_report(h);
	return 0;
}

int main(int argc, char **argv)
{
	static struct harness h = { .sync_fd = { -1, -1 }, .corrupt_at = -1 };
	static unsigned char allowed[TOPO_MAX_CPUS];
	static struct topo topo;
	pid_t self = getpid();

	h.p = ipc_primitive;
	ipc_progname = h.p->name;
	setvbuf(stderr, NULL, _IONBF, 0);
	read_options(&h, argc, argv);
	resolve_variant(&h);
	read_topology(&h.o, &topo, allowed);
	if (h.o.show_placements) {
		show_placements(&topo, allowed);
		return 0;
	}
	place_roles(&h, &topo, allowed);
	if ((h.run.flags & IPC_NO_LAT) && h.o.mode == MODE_LAT)
		row_report_and_exit(&h, IPC_SKIP, "latency mode does not apply to this primitive");
	if ((h.run.flags & IPC_NO_BW) && h.o.mode == MODE_BW)
		row_report_and_exit(&h, IPC_SKIP, "throughput mode does not apply to this primitive");
	check_memory(&h);
	make_run_tag(&h.run, self);
	map_results(&h);
	return run_children(&h, self);
}
