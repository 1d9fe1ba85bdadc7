/* SPDX-License-Identifier: MIT */
/*
 * The two roles.  Each child pins itself, binds its memory, attaches, and
 * runs the phases A announces over a private seqpacket socket (the "sync"
 * channel):
 *
 *   A -> B  { phase, count }   B answers `count` round trips (lat) or
 *                              receives `count` messages (bw)
 *   B -> A  { ack }            after the phase, outside every timed region
 *
 * Timed regions contain only the primitive's send/recv (or its own loop)
 * and, in verify mode, the stamping and checking of every byte.  Results
 * go to the shared mapping (struct shared), never through text.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <numa.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

struct child {
	struct harness *h;
	enum ipc_role role;
	unsigned char *tx, *rx;		/* harness buffers, page-aligned, prefaulted */
	uint64_t seq;			/* messages this side has sent or received */
	struct rusage ru0;
	uint64_t cpu0;
};

struct phase_msg {
	int64_t phase;
	uint64_t count;
};

static const uint64_t salt_of[2] = { 0xA, 0xB };

static char role_name(enum ipc_role role)
{
	return role == ROLE_A ? 'A' : 'B';
}

static void child_fail(struct child *c) __attribute__((noreturn));
static void child_fail(struct child *c)
{
	/* first reason wins: this one only when nothing said more */
	ipc_reason(&c->h->run, "role %c: %s", role_name(c->role), strerror(errno));
	c->h->sh->side[c->role].status = 1;
	_exit(1);
}

static void check_hook(struct child *c, int ret, const char *what)
{
	if (ret == 0)
		return;
	if (ret == IPC_SKIP) {
		ipc_reason(&c->h->run, "%s: skipped", what);
		c->h->sh->side[c->role].status = IPC_SKIP;
		_exit(IPC_SKIP);
	}
	ipc_reason(&c->h->run, "%s (role %c): %s", what, role_name(c->role), strerror(errno));
	child_fail(c);
}

/* ---- CPU-cost counters around each measured phase ---- */
static uint64_t cputime_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void counters_start(struct child *c)
{
	getrusage(RUSAGE_SELF, &c->ru0);
	c->cpu0 = cputime_ns();
}

static uint64_t tv_ns(struct timeval tv)
{
	return (uint64_t)tv.tv_sec * 1000000000ull + (uint64_t)tv.tv_usec * 1000ull;
}

static void counters_stop(struct child *c)
{
	struct side *s = &c->h->sh->side[c->role];
	uint64_t cpu = cputime_ns();
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	s->cpu_ns += cpu - c->cpu0;
	s->nvcsw += (uint64_t)(ru.ru_nvcsw - c->ru0.ru_nvcsw);
	s->nivcsw += (uint64_t)(ru.ru_nivcsw - c->ru0.ru_nivcsw);
	s->minflt += (uint64_t)(ru.ru_minflt - c->ru0.ru_minflt);
	s->majflt += (uint64_t)(ru.ru_majflt - c->ru0.ru_majflt);
	s->utime_ns += tv_ns(ru.ru_utime) - tv_ns(c->ru0.ru_utime);
	s->stime_ns += tv_ns(ru.ru_stime) - tv_ns(c->ru0.ru_stime);
}

static void *alloc_buf(struct child *c, size_t size, int fill)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		ipc_reason(&c->h->run, "cannot map a %zu-byte buffer: %s", size, strerror(errno));
		child_fail(c);
	}
	/* fault every page in now, so no timed message pays for it; a non-zero
	   fill keeps the kernel from sharing the zero page */
	memset(p, fill, size);
	return p;
}

/* ---- the sync channel ---- */
static void sync_send(struct child *c, const void *m, size_t len)
{
	if (write_full(c->h->sync_fd[c->role], m, len)) {
		ipc_reason(&c->h->run, "role %c: peer gone (%s)", role_name(c->role),
			   strerror(errno));
		child_fail(c);
	}
}

static void sync_recv(struct child *c, void *m, size_t len)
{
	if (read_full(c->h->sync_fd[c->role], m, len)) {
		ipc_reason(&c->h->run, "role %c: peer gone (%s)", role_name(c->role),
			   errno == EPIPE ? "closed" : strerror(errno));
		child_fail(c);
	}
}

/* ---- one message ---- */
static void send_one(struct child *c)
{
	struct harness *h = c->h;
	void *buf = h->p->tx_buf ? h->p->tx_buf(&h->run, c->role) : NULL;

	if (!buf)
		buf = c->tx;
	if (h->o.verify)
		verify_stamp(buf, h->o.size, c->seq, salt_of[c->role]);
	check_hook(c, h->p->send(&h->run, c->role, buf), "send");
	c->seq++;
}

static void recv_one(struct child *c)
{
	struct harness *h = c->h;
	const void *data = NULL;

	check_hook(c, h->p->recv(&h->run, c->role, c->rx, &data), "recv");
	if (h->o.verify && h->corrupt_at >= 0 && data == c->rx &&
	    (size_t)h->corrupt_at < h->o.size)
		c->rx[h->corrupt_at] ^= 0xff;
	if (h->o.verify) {
		if (verify_check(&h->run, data, h->o.size, c->seq, salt_of[!c->role]))
			child_fail(c);
	} else if (h->o.rx_touch && data != c->rx) {
		verify_touch(data, h->o.size);
	}
	if (h->p->release)
		check_hook(c, h->p->release(&h->run, c->role), "release");
	c->seq++;
}

/* the primitive's own timed loop replaces the send()/recv() pairs */
static int use_loop(const struct harness *h)
{
	return h->p->loop && (h->run.flags & IPC_LOOP) && h->o.mode == MODE_LAT &&
	       !h->o.verify && !(h->run.flags & IPC_SOLO);
}

/* ---- role B ---- */

/* B's side of one phase: count round trips (lat) or messages (bw) */
static void phase_b(struct child *c, uint64_t count)
{
	struct harness *h = c->h;

	if (use_loop(h)) {
		check_hook(c, h->p->loop(&h->run, c->role, count), "loop");
		return;
	}
	/* sequence numbers count messages in both directions, as A's do */
	for (uint64_t i = 0; i < count; i++) {
		recv_one(c);
		if (h->o.mode == MODE_LAT)
			send_one(c);
	}
}

/* Role B: answer the phases A announces until the end marker. */
static void run_b(struct child *c)
{
	struct harness *h = c->h;
	struct phase_msg m;
	uint64_t ack = 1;

	sync_send(c, &ack, sizeof(ack));	/* attached: A may start */
	for (;;) {
		sync_recv(c, &m, sizeof(m));
		if (m.phase == PHASE_END)
			break;
		if (m.phase >= 0)
			counters_start(c);
		phase_b(c, m.count);
		if (h->o.mode == MODE_BW) {
			uint64_t t1 = now_ns();

			if (m.phase >= 0)
				h->sh->t1[m.phase] = t1;
			else
				h->sh->warm_t1 = t1;
		}
		if (m.phase >= 0)
			counters_stop(c);
		sync_send(c, &ack, sizeof(ack));
	}
}

/* ---- role A ---- */

/* A's side of batch round trips (lat), messages (bw) or operations (solo) */
static void run_batch(struct child *c, long batch)
{
	struct harness *h = c->h;

	if (use_loop(h)) {
		check_hook(c, h->p->loop(&h->run, c->role, (uint64_t)batch), "loop");
		return;
	}
	for (long j = 0; j < batch; j++) {
		if (h->run.flags & IPC_SOLO) {
			check_hook(c, h->p->send(&h->run, c->role, c->tx), "op");
		} else if (h->o.mode == MODE_LAT) {
			/* A's seq counts messages in both directions, as B's does */
			send_one(c);
			recv_one(c);
		} else {
			send_one(c);
		}
	}
}

/* where a bw phase's first and last byte times go */
static uint64_t *bw_t0(struct harness *h, int64_t phase)
{
	return phase >= 0 ? &h->sh->t0[phase] : &h->sh->warm_t0;
}

static uint64_t *bw_t1(struct harness *h, int64_t phase)
{
	return phase >= 0 ? &h->sh->t1[phase] : &h->sh->warm_t1;
}

/*
 * One phase from A's side.  Latency samples go to out (NULL while warming
 * up); returns the time of the loop itself, which excludes the phase
 * announcement and the ack.
 */
static uint64_t phase_a(struct child *c, int64_t phase, uint64_t count, long batch, double *out)
{
	struct harness *h = c->h;
	const int solo = h->run.flags & IPC_SOLO;
	struct phase_msg m = { phase, count };
	uint64_t ack, t0, t, elapsed;

	if (!solo)
		sync_send(c, &m, sizeof(m));
	if (phase >= 0)
		counters_start(c);
	t0 = now_ns();
	if (h->o.mode == MODE_BW)
		*bw_t0(h, phase) = t0;
	t = t0;
	for (uint64_t i = 0; i < count; i += (uint64_t)batch) {
		run_batch(c, batch);
		if (out) {
			uint64_t t2 = now_ns();

			/* one-way = half the round trip; a solo operation is its own time */
			*out++ = (double)(t2 - t) / (double)batch / (solo ? 1.0 : 2.0);
			t = t2;
		}
	}
	elapsed = now_ns() - t0;
	if (phase >= 0)
		counters_stop(c);
	if (!solo)
		sync_recv(c, &ack, sizeof(ack));
	if (solo && h->o.mode == MODE_BW)
		*bw_t1(h, phase) = t0 + elapsed;
	return elapsed;
}

/* warm-up: doubling phases until the warm-up time is spent; returns ns per op */
static uint64_t warm_up(struct child *c)
{
	struct harness *h = c->h;
	const int solo = h->run.flags & IPC_SOLO;
	const uint64_t warm_ns = (uint64_t)(h->o.warm_s * 1e9);
	uint64_t spent = 0, n = 1, per_op_ns;

	for (;;) {
		uint64_t t = phase_a(c, PHASE_WARM, n, 1, NULL);

		if (h->o.mode == MODE_BW && !solo)
			t = h->sh->warm_t1 - h->sh->warm_t0;	/* until the receiver has it all */
		per_op_ns = t / n ? t / n : 1;
		spent += t;
		if (spent >= warm_ns || h->o.iters)
			return per_op_ns;
		n *= 2;
		if (n * per_op_ns > warm_ns)
			n = warm_ns / per_op_ns + 1;
	}
}

/* iterations per repetition and the batch timed as one sample, into sh */
static void calibrate(struct harness *h, uint64_t per_op_ns)
{
	const struct opts *o = &h->o;
	long batch = 1, iters;

	/* batch round trips too short to time alone: clock reads < 0.5% of a sample */
	if (o->mode == MODE_LAT && (double)per_op_ns < 200.0 * h->clock_ns)
		batch = (long)ceil(200.0 * h->clock_ns / (double)per_op_ns);
	if (o->iters) {
		iters = o->iters;
	} else {
		double want = o->time_s * 1e9 / (double)o->reps / (double)per_op_ns;

		iters = want < 1 ? 1 : want > 1e9 ? 1000000000L : (long)want;
	}
	if (o->mode == MODE_LAT) {
		long cap = (long)(MAX_SAMPLES / (unsigned long)o->reps);

		if (iters / batch > cap)
			batch = (iters + cap - 1) / cap;
		if (batch > iters)
			iters = batch;
		iters = (iters + batch - 1) / batch * batch;
	}
	h->sh->iters = iters;
	h->sh->batch = batch;
	h->sh->reps = o->reps;
}

static void run_a(struct child *c)
{
	struct harness *h = c->h;
	struct shared *sh = h->sh;
	const int lat = h->o.mode == MODE_LAT;
	struct phase_msg end = { PHASE_END, 0 };
	double *out = sh->samples;
	uint64_t ack;

	if (!(h->run.flags & IPC_SOLO))
		sync_recv(c, &ack, sizeof(ack));	/* B has attached */
	calibrate(h, warm_up(c));
	for (long rep = 0; rep < h->o.reps; rep++) {
		phase_a(c, rep, (uint64_t)sh->iters, sh->batch, lat ? out : NULL);
		if (lat) {
			sh->rep_samples[rep] = (uint64_t)(sh->iters / sh->batch);
			out += sh->iters / sh->batch;
		}
	}
	if (!(h->run.flags & IPC_SOLO))
		sync_send(c, &end, sizeof(end));
}

/* ---- a child's life ---- */
static void pin_and_bind(struct child *c)
{
	struct ipc_run *run = &c->h->run;
	enum ipc_role role = c->role;

	if (run->cpu[role] >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(run->cpu[role], &set);
		if (sched_setaffinity(0, sizeof(set), &set)) {
			ipc_reason(run, "cannot pin role %c to CPU %d: %s", role_name(role),
				   run->cpu[role], strerror(errno));
			child_fail(c);
		}
	}
	if (run->node[role] >= 0) {
		struct bitmask *bm;

		if (numa_available() < 0) {
			ipc_reason(run, "NUMA binding asked for but the kernel has no NUMA support");
			child_fail(c);
		}
		bm = numa_allocate_nodemask();
		numa_bitmask_setbit(bm, (unsigned)run->node[role]);
		numa_set_bind_policy(1);
		numa_set_membind(bm);
		numa_free_nodemask(bm);
	}
}

void child_main(struct harness *h, enum ipc_role role, pid_t controller, const sigset_t *oldmask)
{
	const struct ipc_primitive *p = h->p;
	struct child c = { .h = h, .role = role };
	int bw = h->o.mode == MODE_BW;

	/* die with the controller, and close the race where it died before this line */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != controller)
		_exit(1);
	sigprocmask(SIG_SETMASK, oldmask, NULL);
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	row_say_into(h->sh->side[role].reason, h->sh->side[role].notes);
	close(h->sync_fd[!role]);

	pin_and_bind(&c);
	/* lat: both sides send and receive; bw: A only sends, B only receives;
	   a solo operation gets a source and a destination */
	if (role == ROLE_A || !bw)
		c.tx = alloc_buf(&c, h->o.size, 0x5a);
	if (role == ROLE_B || !bw || (h->run.flags & IPC_SOLO))
		c.rx = alloc_buf(&c, h->o.size, 0xa5);
	if (p->attach)
		check_hook(&c, p->attach(&h->run, role), "attach");
	if (role == ROLE_A)
		run_a(&c);
	else
		run_b(&c);
	if (p->detach)
		p->detach(&h->run, role);
	_exit(0);
}
