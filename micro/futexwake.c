/* SPDX-License-Identifier: MIT */
/*
 * futexwake: two processes ping-pong futex wake-ups.  Each direction has
 * one 32-bit word in a MAP_SHARED anonymous page; the sender stores the
 * next sequence number and calls FUTEX_WAKE, the receiver sleeps in
 * FUTEX_WAIT until the word changes.  The lat row's p50_ns is one-way: the
 * time from a store + wake to the sleeping peer running again, the wake-up
 * floor under any blocking transport; ctxsw_per_msg shows how often the
 * peer really slept (about 1 on one CPU).  No payload: --size is ignored
 * (noted); IPC_NO_BW.  Shared (not PRIVATE) futex ops, since two processes
 * share the word.
 *
 * --verify: the payload is copied through a shared slot written before the
 * store, read after the wait, to check the ordering.  Leaves out: the
 * payload (see memcpy), spinning before sleeping (see cacheline).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"

struct fw_priv {
	uint32_t *word;		/* word[0]: A->B, word[1]: B->A, a line apart */
	unsigned char *slot;	/* verify only */
	size_t map_len;
	uint32_t sent, got;	/* per side: last value stored / awaited */
};

static long futex(uint32_t *uaddr, int op, uint32_t val)
{
	return syscall(SYS_futex, uaddr, op, val, NULL, NULL, 0);
}

static int fw_setup(struct ipc_run *r)
{
	struct fw_priv *p = calloc(1, sizeof(*p));
	void *m;

	if (!p)
		return -1;
	r->priv = p;
	p->map_len = 4096 + (r->verify ? (r->size + 4095) / 4096 * 4096 : 0);
	m = mmap(NULL, p->map_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		return -1;
	p->word = m;
	p->slot = (unsigned char *)m + 4096;
	ipc_note(r, "size_ignored=1");
	return 0;
}

static uint32_t *word_of(struct fw_priv *p, int dir)
{
	return p->word + dir * 16;	/* 64 bytes apart: no false sharing */
}

static int fw_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct fw_priv *p = r->priv;
	uint32_t *w = word_of(p, role);

	if (r->verify)
		memcpy(p->slot, buf, r->size);
	__atomic_store_n(w, ++p->sent, __ATOMIC_RELEASE);
	/* always wake: a transport that does not track waiters pays this */
	if (futex(w, FUTEX_WAKE, 1) < 0)
		return -1;
	return 0;
}

static int fw_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct fw_priv *p = r->priv;
	uint32_t *w = word_of(p, !role);
	uint32_t want = ++p->got, v;

	while ((v = __atomic_load_n(w, __ATOMIC_ACQUIRE)) != want) {
		/* sleeps only while the word still holds v; EAGAIN: it changed */
		if (futex(w, FUTEX_WAIT, v) < 0 && errno != EAGAIN && errno != EINTR)
			return -1;
	}
	if (r->verify)
		memcpy(buf, p->slot, r->size);
	*data = buf;
	return 0;
}

static void fw_cleanup(struct ipc_run *r)
{
	struct fw_priv *p = r->priv;

	if (!p)
		return;
	if (p->word)
		munmap(p->word, p->map_len);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant fw_variants[] = {
	{ "default", "store + FUTEX_WAKE; the peer sleeps in FUTEX_WAIT", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive fw_prim = {
	.name = "futexwake",
	.summary = "floor: futex wake-up of a sleeping peer, ping-pong (no payload)",
	.variants = fw_variants,
	.flags = IPC_NO_BW | IPC_FLOOR,
	.setup = fw_setup,
	.send = fw_send,
	.recv = fw_recv,
	.cleanup = fw_cleanup,
};

IPC_PRIMITIVE(fw_prim);
