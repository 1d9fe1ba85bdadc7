/* SPDX-License-Identifier: MIT */
/*
 * linebounce: the smallest program that bounces one cache line between two
 * processes, written apart from the harness so that the `cacheline` floor
 * can be checked against an independent measurement (make crosscheck).
 *
 * Two processes pinned to CPU A and CPU B share one counter in a
 * MAP_SHARED page.  A stores an odd value and spins until B has stored the
 * next even one; B spins for the odd value and answers.  Nothing but a load
 * loop and a store lies between seeing the peer's write and answering it.
 * One-way time = round trip / 2.  Prints the median over the repetitions
 * (and min, max) in ns; each repetition times `iters` round trips with one
 * pair of clock reads, so the clock costs nothing per trip.
 *
 * With LINES > 1 the message is that many lines, each carrying the
 * sequence value (as shm/seqlock carries a message longer than one line's
 * 56 B of payload): the writer stores the lines in order, the reader polls
 * the last and then reads every line.  This is the floor of a message that
 * needs more than one line: a 64 B payload plus its sequence word is two.
 *
 * usage: linebounce CPU_A CPU_B [iters [reps [lines]]]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_REPS 101
#define MAX_LINES 64

/* one cache line of the message: its word, and the rest of the line unused */
struct line {
	volatile uint64_t seq;
	char pad[56];
};

static long nlines = 1;

/* store v in every line, first to last: the last store says all are there */
static void put(struct line *l, uint64_t v)
{
	for (long i = 0; i < nlines; i++) {
		__atomic_thread_fence(__ATOMIC_RELEASE);
		l[i].seq = v;
	}
}

/* spin until the last line says v, then read every line */
static void take(struct line *l, uint64_t v)
{
	while (l[nlines - 1].seq != v)
		;
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	for (long i = 0; i < nlines - 1; i++) {
		if (l[i].seq != v) {
			fprintf(stderr, "linebounce: line %ld holds %llu, not %llu\n", i,
				(unsigned long long)l[i].seq, (unsigned long long)v);
			exit(1);
		}
	}
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set)) {
		fprintf(stderr, "linebounce: cannot pin to CPU %d: %s\n", cpu, strerror(errno));
		exit(2);
	}
}

static long arg(const char *s, long lo, long hi, const char *what)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (!*s || *end || v < lo || v > hi) {
		fprintf(stderr, "linebounce: %s '%s': expected %ld..%ld\n", what, s, lo, hi);
		exit(2);
	}
	return v;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	long cpu_a, cpu_b, iters = 1000000, reps = 11;
	struct line *line;
	double ns[MAX_REPS];
	pid_t pid;
	int st;

	if (argc < 3 || argc > 6 || !strcmp(argv[1], "--help")) {
		fprintf(argc < 3 ? stderr : stdout,
			"usage: linebounce CPU_A CPU_B [iters [reps [lines]]]\n"
			"one-way ns of a message of `lines` cache lines (default 1) bounced\n"
			"between two pinned processes\n");
		return argc < 3 ? 2 : 0;
	}
	cpu_a = arg(argv[1], 0, CPU_SETSIZE - 1, "CPU_A");
	cpu_b = arg(argv[2], 0, CPU_SETSIZE - 1, "CPU_B");
	if (argc > 3)
		iters = arg(argv[3], 1, 1000000000L, "iters");
	if (argc > 4)
		reps = arg(argv[4], 1, MAX_REPS, "reps");
	if (argc > 5)
		nlines = arg(argv[5], 1, MAX_LINES, "lines");
	line = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (line == MAP_FAILED) {
		perror("linebounce: mmap");
		return 1;
	}
	pid = fork();
	if (pid < 0) {
		perror("linebounce: fork");
		return 1;
	}
	if (pid == 0) {
		uint64_t v = 0, total = (uint64_t)(iters * (reps + 1));

		prctl(PR_SET_PDEATHSIG, SIGKILL);
		pin((int)cpu_b);
		for (uint64_t i = 0; i < total; i++) {
			v++;
			take(line, v);
			put(line, ++v);
		}
		_exit(0);
	}
	pin((int)cpu_a);
	{
		uint64_t v = 0;

		/* repetition 0 is the warm-up, not kept */
		for (long r = 0; r <= reps; r++) {
			uint64_t t0 = now_ns();

			for (long i = 0; i < iters; i++) {
				put(line, ++v);
				v++;
				take(line, v);
			}
			if (r)
				ns[r - 1] = (double)(now_ns() - t0) / (double)iters / 2.0;
		}
	}
	waitpid(pid, &st, 0);
	qsort(ns, (size_t)reps, sizeof(ns[0]), cmp);
	printf("linebounce cpus %ld,%ld lines %ld: one-way p50 %.2f ns (min %.2f, max %.2f) over %ld reps x %ld round trips\n",
	       cpu_a, cpu_b, nlines, ns[reps / 2], ns[0], ns[reps - 1], reps, iters);
	return 0;
}
