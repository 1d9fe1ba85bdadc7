/* SPDX-License-Identifier: MIT */
/*
 * cacheline: two processes ping-pong a counter on one shared cache line
 * (a MAP_SHARED anonymous page set up before the fork), each spinning on a
 * load until the peer's store arrives.  The lat row's p50_ns is one-way:
 * half the round trip of the line between the two placed CPUs, the floor
 * of any cross-core notification.  No payload moves: --size is accepted and
 * ignored (noted size_ignored=1).  IPC_NO_BW.
 *
 * On one CPU two spinners can only take turns, so there each waiting loop
 * calls sched_yield() (noted spin=yield): the row then measures a yield and
 * a context switch, not the cache.  Unpinned, it spins and yields every
 * 1024 tries, so a shared CPU cannot livelock.  The spinning burns the whole
 * CPU of the waiting side, shown in cpu_ns_per_msg.
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
	if (r->cpu[0] >= 0 && r->cpu[0] == r->cpu[1])
		p->yield_every = 1;
	else if (r->cpu[0] < 0)
		p->yield_every = 1024;
	ipc_note(r, "size_ignored=1;spin=%s", p->yield_every == 1 ? "yield" :
		 p->yield_every ? "spin+yield/1024" : "pure");
	return 0;
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
	uint64_t want = ++p->seen;
	unsigned n = 0;

	(void)role;
	while (__atomic_load_n(p->line, __ATOMIC_ACQUIRE) != want) {
		if (p->yield_every && ++n % p->yield_every == 0)
			sched_yield();
		else
			cpu_relax();
	}
	if (r->verify)
		memcpy(buf, p->slot, r->size);
	*data = buf;
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
	.flags = IPC_NO_BW,
	.setup = cl_setup,
	.send = cl_send,
	.recv = cl_recv,
	.cleanup = cl_cleanup,
};

IPC_PRIMITIVE(cl_prim);
