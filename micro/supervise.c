/* SPDX-License-Identifier: MIT */
/*
 * The controller while the children run.  It takes every signal that
 * matters synchronously and only sleeps in sigtimedwait() until both
 * children have exited, a signal arrives or the deadline passes: it never
 * wakes during a measurement, so it costs the pinned CPUs nothing, and a
 * Ctrl-C can never land between a create and its cleanup.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* the children, -1 once reaped; only this file forks, kills and reaps them */
static pid_t pids[2] = { -1, -1 };

void supervise_block_signals(sigset_t *set, sigset_t *oldmask)
{
	sigemptyset(set);
	sigaddset(set, SIGCHLD);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGHUP);
	sigprocmask(SIG_BLOCK, set, oldmask);
	signal(SIGPIPE, SIG_IGN);	/* a closed peer is EPIPE, not a silent death */
}

static void kill_children(void)
{
	for (int i = 0; i < 2; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGKILL);
	for (int i = 0; i < 2; i++)
		if (pids[i] > 0) {
			waitpid(pids[i], NULL, 0);
			pids[i] = -1;
		}
}

void supervise_cleanup(struct harness *h)
{
	kill_children();
	if (h->p->cleanup)
		h->p->cleanup(&h->run);
}

void supervise_start(struct harness *h, pid_t self, const sigset_t *oldmask)
{
	for (int role = 0; role < ((h->run.flags & IPC_SOLO) ? 1 : 2); role++) {
		pids[role] = fork();
		if (pids[role] < 0) {
			supervise_cleanup(h);
			die("fork: %s", strerror(errno));
		}
		if (pids[role] == 0)
			child_main(h, (enum ipc_role)role, self, oldmask);
	}
}

/*
 * A child has ended with status st: 0 when it ended well, else the run's
 * exit status with why.
 */
static int judge_exit(const struct harness *h, int role, int st, char *why, size_t whylen)
{
	const char *r = h->sh->side[role].reason;

	if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		return 0;
	if (WIFEXITED(st) && WEXITSTATUS(st) == IPC_SKIP) {
		snprintf(why, whylen, "%s", r[0] ? r : "skipped");
		return IPC_SKIP;
	}
	if (WIFSIGNALED(st)) {
		snprintf(why, whylen, "role %c killed by signal %d (%s)", role ? 'B' : 'A',
			 WTERMSIG(st), strsignal(WTERMSIG(st)));
		return 1;
	}
	snprintf(why, whylen, "%s", r[0] ? r : "role failed");
	return 1;
}

/* the run's default deadline: generous, for calibration, warm-up and
   faulting in buffers of the size */
static double deadline_s(const struct opts *o)
{
	if (o->timeout_s > 0)
		return o->timeout_s;
	return 60 + 3 * (o->time_s + o->warm_s) + (double)o->size * 8 / 100e6;
}

int supervise(struct harness *h, const sigset_t *set, char *why, size_t whylen)
{
	const double timeout_s = deadline_s(&h->o);
	uint64_t deadline = now_ns() + (uint64_t)(timeout_s * 1e9);
	int alive = (pids[0] > 0) + (pids[1] > 0);

	while (alive) {
		uint64_t now = now_ns();
		struct timespec ts;
		siginfo_t si;
		int sig, st;
		pid_t pid;

		if (now >= deadline) {
			snprintf(why, whylen, "no result within the %.0f s deadline (a side hung)",
				 timeout_s);
			return 1;
		}
		ts.tv_sec = (time_t)((deadline - now) / 1000000000ull);
		ts.tv_nsec = (long)((deadline - now) % 1000000000ull);
		sig = sigtimedwait(set, &si, &ts);
		if (sig < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			snprintf(why, whylen, "sigtimedwait: %s", strerror(errno));
			return 1;
		}
		if (sig != SIGCHLD) {
			supervise_cleanup(h);
			fprintf(stderr, "%s: interrupted by signal %d; children stopped\n",
				ipc_progname, sig);
			exit(128 + sig);
		}
		while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
			int role = pid == pids[0] ? 0 : pid == pids[1] ? 1 : -1, result;

			if (role < 0)
				continue;
			pids[role] = -1;
			alive--;
			result = judge_exit(h, role, st, why, whylen);
			/* the other side may wait forever on a peer that is gone */
			if (result)
				return result;
		}
	}
	return 0;
}
