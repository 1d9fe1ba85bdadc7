/* SPDX-License-Identifier: MIT */
/*
 * cacheline: two processes ping-pong a counter on one shared cache line
 * (a MAP_SHARED anonymous page set up before the fork), each spinning on a
 * load until the peer's store arrives.  The lat row's p50_ns is one-way:
 * half the round trip of the line between the two placed CPUs, the floor
 * of any cross-core notification.  No payload moves: --size is accepted and
 * ignored (noted size_ignored=1).  IPC_NO_BW.
 *
 * The timed loop is the bounce itself (the harness's `loop` hook): A
 * stores, then loads until B's answer arrives; B loads until A's store
 * arrives and answers at once.  Calling a send and a recv hook per message,
 * as the transfer primitives do, put ~40% of harness code on top of the
 * line's own time on a Zen 4 guest (43-45 ns against a 28.6-30.6 ns bare
 * bounce); micro/ref/linebounce.c is that bare bounce, and `make
 * crosscheck` sets the two side by side.  Pinned to two CPUs the wait is a
 * bare load loop (noted spin=pure): a pause instruction in it delays
 * seeing the store by up to its own latency (~140 cycles on recent Intel).
 *
 * On one CPU two spinners can only take turns, so there each waiting loop
 * calls sched_yield() (noted spin=yield): the row then measures a yield and
 * a context switch, not the cache.  Unpinned, it spins (with pause) and
 * yields every 1024 tries, so a shared CPU cannot livelock.  The spinning
 * burns the whole CPU of the waiting side, shown in cpu_ns_per_msg.
 *
 * --verify: no payload normally, so the payload is copied through a shared
 * slot written before the counter store (release) and read after the
 * counter load (acquire): it checks the ordering any such protocol needs.
 * Leaves out: the payload copy (see memcpy), sleeping waiters (futexwake).
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "harness.h"

struct cl_priv {
	uint64_t *line;		/* the counter: the one line both sides spin on */
	unsigned char *slot;	/* verify only: the payload */
	size_t map_len;
	uint64_t seen;		/* messages sent + received by this side */
	unsigned yield_every;	/* 1: same CPU; 1024: unpinned; 0: never */
};

static int cl_setup(struct ipc_run *r)
{
	struct cl_priv *p = calloc(1, sizeof(*p));
	void *m;

	if (!p)
		return -1;
	r->priv = p;
	/* a page of its own: nothing else lives on the line */
	p->map_len = 4096 + (r->verify ? (r->size + 4095) / 4096 * 4096 : 0);
	m = mmap(NULL, p->map_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return -1;
	p->line = m;
	p->slot = (unsigned char *)m + 4096;
	ipc_note(r, "size_ignored=1");
	p->yield_every = ipc_spin_policy(r);
	return 0;
}

/* wait until the line holds want; a bare load loop when the two sides have
   CPUs of their own, so the answer follows the load that saw the change */
static inline void wait_for(uint64_t *line, uint64_t want, unsigned yield_every)
{
	unsigned n = 0;

	if (!yield_every) {
		while (__atomic_load_n(line, __ATOMIC_ACQUIRE) != want)
			;
		return;
	}
	while (__atomic_load_n(line, __ATOMIC_ACQUIRE) != want) {
		if (++n % yield_every == 0)
			sched_yield();
		else
			cpu_relax();
	}
}

static int cl_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct cl_priv *p = r->priv;

	(void)role;
	if (r->verify)
		memcpy(p->slot, buf, r->size);
	__atomic_store_n(p->line, ++p->seen, __ATOMIC_RELEASE);
	return 0;
}

static int cl_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct cl_priv *p = r->priv;

	(void)role;
	wait_for(p->line, ++p->seen, p->yield_every);
	if (r->verify)
		memcpy(buf, p->slot, r->size);
	*data = buf;
	return 0;
}

/*
 * The timed loop itself (harness `loop` hook): count round trips with
 * nothing between seeing the peer's store and storing the answer — no
 * hook call, no buffer, no branch on the mode.  The harness still reads
 * the clock around each batch, repeats and reports.
 */
static int cl_loop(struct ipc_run *r, enum ipc_role role, uint64_t count)
{
	struct cl_priv *p = r->priv;
	uint64_t *line = p->line, v = p->seen;
	unsigned ye = p->yield_every;

	/* locals, not p->: a store to *line could alias p, which would make the
	   compiler reload p->line between the load that sees and the answer */
	if (role == ROLE_A) {
		for (uint64_t i = 0; i < count; i++) {
			__atomic_store_n(line, ++v, __ATOMIC_RELEASE);
			wait_for(line, ++v, ye);
		}
	} else {
		for (uint64_t i = 0; i < count; i++) {
			wait_for(line, ++v, ye);
			__atomic_store_n(line, ++v, __ATOMIC_RELEASE);
		}
	}
	p->seen = v;
	return 0;
}

static void cl_cleanup(struct ipc_run *r)
{
	struct cl_priv *p = r->priv;

	if (!p)
		return;
	if (p->line)
		munmap(p->line, p->map_len);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant cl_variants[] = {
	{ "default", "spin on a shared line; sched_yield when both share one CPU", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive cl_prim = {
	.name = "cacheline",
	.summary = "floor: cache-line round trip between two spinning processes (no payload)",
	.variants = cl_variants,
	.flags = IPC_NO_BW | IPC_FLOOR | IPC_LOOP,
	.setup = cl_setup,
	.send = cl_send,
	.recv = cl_recv,
	.loop = cl_loop,
	.cleanup = cl_cleanup,
};

IPC_PRIMITIVE(cl_prim);
