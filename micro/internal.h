/* SPDX-License-Identifier: MIT */
/*
 * What the files of the harness share with each other (main.c, opts.c,
 * child.c, supervise.c, row.c, verify.c).  Primitives include harness.h
 * only; the unit tests and the fuzz target reach the parsers through lib.h.
 *
 * One `struct harness` holds a run's whole state and is handed to every
 * function that needs it, so no file reads another's globals; the only
 * globals left are the ones the primitive interface forces: ipc_progname
 * (die() names the program) and the reason and notes buffers behind
 * ipc_reason() and ipc_note(), whose callers pass no harness.
 */
#ifndef IPCFLOOR_INTERNAL_H
#define IPCFLOOR_INTERNAL_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "harness.h"
#include "lib.h"

#define MAX_SAMPLES	(1u << 21)	/* latency samples kept per run, all reps */
#define REASON_LEN	256
#define NOTES_LEN	512
#define PHASE_WARM	(-1)
#define PHASE_END	(-2)
/*
 * A row whose spread ((max - min) / median over the repetitions) exceeds
 * this is flagged noisy: "noisy=spread X>T" in its notes, NOISY on the
 * human line.  Measured on a 2-vCPU KVM guest, 7 reps of 1 s
 * (results/README.md): quiet latency rows mostly 0.03-0.17, one
 * repetition 40% off (a hog on the other CPU) gives 0.40; above 0.25 one
 * repetition disagrees with the median by more than a quarter, which is
 * not a clean figure.
 */
#define NOISY_SPREAD	0.25

extern const char *ipc_progname;

/* ---- what the children report back, in a shared mapping ---- */
struct side {
	int status;		/* 0 ok, IPC_SKIP, 1 fail */
	char reason[REASON_LEN];
	char notes[NOTES_LEN];
	uint64_t nvcsw, nivcsw, minflt, majflt;
	uint64_t utime_ns, stime_ns, cpu_ns;
};

struct shared {
	struct side side[2];
	long reps, iters, batch;
	uint64_t t0[MAX_REPS], t1[MAX_REPS];	/* bw: sender start, receiver end */
	uint64_t warm_t0, warm_t1;
	uint64_t rep_samples[MAX_REPS];		/* lat: samples in each rep */
	double samples[];			/* lat: one-way ns per sample */
};

/* ---- one run ---- */
struct harness {
	const struct ipc_primitive *p;
	struct opts o;
	struct ipc_run run;
	struct shared *sh;	/* shared with the children */
	double clock_ns;	/* cost of one clock read */
	int sync_fd[2];		/* A <-> B phase announcements */
	char variant_label[96];	/* "touch-handoff": the variant as rows name it */
	char cpus_label[32];	/* "0;1", or "-" unpinned */
	/* test hook: IPCFLOOR_CORRUPT=<offset> flips that byte of every
	   received copy in verify mode, so tests can see the checker fail */
	long corrupt_at;
	/* test hook: IPCFLOOR_REP_VALUES=<v1;v2;...> replaces the value of
	   repetition r by v_r (as many as given) before rep_values, spread,
	   the noisy flag and, in bw rows, gbps are computed, so a test can set
	   a spread exactly; the percentiles still come from the samples */
	double rep_forced[MAX_REPS];
	long n_rep_forced;
};

/* ---- child.c: the two roles ---- */
void child_main(struct harness *h, enum ipc_role role, pid_t controller,
		const sigset_t *oldmask) __attribute__((noreturn));

/* ---- supervise.c: the controller while the children run ---- */
/* block the signals the controller takes synchronously; the old mask is
   what the children restore */
void supervise_block_signals(sigset_t *set, sigset_t *oldmask);
/* fork A (and B unless solo); dies when fork fails */
void supervise_start(struct harness *h, pid_t self, const sigset_t *oldmask);
/* wait for the children; 0 when both ended well, else the exit status with why */
int supervise(struct harness *h, const sigset_t *set, char *why, size_t whylen);
/* kill and reap the children, then the primitive's cleanup() */
void supervise_cleanup(struct harness *h);

/* ---- row.c: the result row ---- */
/* the controller's reason and notes (ipc_reason/ipc_note write there) */
const char *row_reason(void);
/* make ipc_reason/ipc_note write into a child's own slots */
void row_say_into(char *reason, char *notes);
void row_print_header(void);
/* statistics from the shared area, then the row */
void row_report(struct harness *h);
void row_report_and_exit(struct harness *h, int status, const char *reason)
	__attribute__((noreturn));

/* ---- verify.c: every message stamped with its sequence number ---- */
void verify_stamp(void *buf, size_t size, uint64_t seq, uint64_t salt);
/* 0 when buf holds message seq; -1 with the first wrong byte said in r */
int verify_check(struct ipc_run *r, const void *buf, size_t size, uint64_t seq,
		 uint64_t salt);
/* read every byte of a zero-copy message, so a mapping is not taken for a transfer */
void verify_touch(const void *buf, size_t size);

#endif
