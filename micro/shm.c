/* SPDX-License-Identifier: MIT */
/*
 * shm: a shared memory region with a slot ring per direction, and futex
 * wait/wake (or busy-polling) for notification.  Measures what two processes
 * pay to hand each other bytes through memory they both map: the copies the
 * protocol makes, the cache-line traffic of the counters and the cost of
 * waking a sleeping peer.
 *
 *   copy             sender memcpy's its buffer into a slot, receiver copies
 *                    the slot out into its own buffer; futex notification
 *   inplace          (zero-copy) the sender builds the message in the slot
 *                    (tx_buf) and the receiver reads it where it lies until
 *                    release(); futex notification
 *   copyout          the sender builds the message in the slot, as inplace,
 *                    and the receiver copies it out into its own buffer:
 *                    one copy in all (pvm's count, and vmsplice read's), where
 *                    copy makes two
 *   spin             copy, but waiting is a busy-poll of the counter
 *   spin-then-futex  copy, waiting spins for a bounded time, then sleeps
 *   seqlock          copy, the message shares cache lines with its sequence
 *                    number: each 64-byte line holds an 8-byte sequence word
 *                    and 56 payload bytes, so a message of up to 56 B is one
 *                    line and the notification travels with the data.  The
 *                    receiver spins on the LAST line's word (the sender
 *                    writes it last, with release order), then copies every
 *                    line, checking each word (a torn message fails the run).
 *                    No separate head/slot/tail lines to bounce: the floor a
 *                    small message can reach is the cache-line floor.
 *   stream           copy for large messages: a ring of STREAM_CHUNKS chunks
 *                    of STREAM_CHUNK bytes, each with its own sequence word,
 *                    so the sender copies chunk i in while the receiver
 *                    copies chunk i-1 out on the other CPU; the ring stays in
 *                    the caches, and each side makes one copy at a time.
 *                    seqlock and stream wait as spin does.
 *
 * The region is one memfd (nothing named, so nothing to leak), sized,
 * allocated and mapped MAP_SHARED in setup(); both children inherit the
 * mapping and prefault it in attach(), so no timed message takes a fault.
 * Each direction is a ring of slots (in throughput mode two, or for small
 * messages up to 1 MiB of them; one in latency mode, where only one message
 * is ever in flight) with two free-running 32-bit counters:
 * head (messages published, written only by the sender) and tail (messages
 * released, written only by the receiver), each on its own cache lines.  A
 * side that must wait sets a waiting flag and sleeps in FUTEX_WAIT on the
 * counter; the other side calls FUTEX_WAKE only when the flag was set, so an
 * uncontended message costs no system call.  The futexes are shared (not
 * FUTEX_PRIVATE), as they must be across processes.
 *
 * Spinning happens inside the waiting process, so the harness's per-side CPU
 * time shows what it burns.  A spin can only end when the peer runs, so
 * when both roles share one CPU (same-cpu) or are unpinned, spin yields the
 * CPU with sched_yield() between polls and spin-then-futex goes straight to
 * the futex (same-cpu) or yields while it spins (unpinned); the policy used
 * is recorded in the notes as wait=...
 *
 * Leaves out: more than two slots, variable-size messages, multiple
 * producers, and the robustness a real design needs against a peer that
 * dies while holding a slot (here the harness kills the survivor).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"

#define PAGE		4096ul
#define LINE		128	/* two cache lines: adjacent-line prefetch shares pairs */
#define SPIN_NS		20000	/* spin-then-futex: spin at most this long */
#define RING_BYTES	(1ul << 20)	/* throughput ring: slots of small messages */
#define RING_SLOTS_MAX	256
#define SEQ_LINE	64	/* seqlock: one line = sequence word + payload */
#define SEQ_PAYLOAD	(SEQ_LINE - 8)
#define STREAM_CHUNK	(128ul << 10)	/* stream: bytes per chunk */
#define STREAM_CHUNKS	8		/* chunks in the ring: 1 MiB, in L2 */

enum shm_kind { SHM_COPY, SHM_INPLACE, SHM_COPYOUT, SHM_SPIN, SHM_SPIN_FUTEX, SHM_SEQLOCK,
		SHM_STREAM };

/* seqlock: a line of a message */
struct seq_line {
	uint64_t seq;
	unsigned char data[SEQ_PAYLOAD];
};

/* stream: each chunk's sequence word on a line of its own */
struct seq_word {
	_Alignas(LINE) uint64_t seq;
};

/* one direction: head and tail on lines of their own */
struct ring {
	_Alignas(LINE) uint32_t head;	/* published; written by the sender */
	uint32_t rx_waiting;		/* receiver sleeps on head */
	_Alignas(LINE) uint32_t tail;	/* released; written by the receiver */
	uint32_t tx_waiting;		/* sender sleeps on tail (ring full) */
	/* seqlock, stream: messages / chunks the receiver is done with */
	_Alignas(LINE) uint64_t done;
};

enum wait_policy {
	WAIT_FUTEX,		/* sleep at once */
	WAIT_SPIN,		/* busy-poll, never sleep */
	WAIT_SPIN_YIELD,	/* poll, yielding the CPU between polls */
	WAIT_SPIN_FUTEX,	/* poll up to SPIN_NS, then sleep */
	WAIT_YIELD_FUTEX,	/* poll with yields up to SPIN_NS, then sleep */
};

struct shm_priv {
	enum shm_kind kind;
	unsigned char *map;	/* the whole region */
	size_t map_len;
	struct ring *ring;	/* ring[0] A->B, ring[1] B->A */
	unsigned char *slots[2];	/* first slot of each direction */
	size_t stride;		/* bytes per slot, page-aligned */
	uint32_t nslot;
	int inplace;
	size_t nlines;		/* seqlock: lines per message */
	struct seq_word *cseq[2];	/* stream: per-chunk words of each direction */
	uint64_t seqno;		/* seqlock: messages this side has sent or received */
	uint64_t sent[2], got[2];	/* stream: chunks so far */
	uint64_t tail_seen[2];	/* seqlock, stream: last done count read (sender) */
	enum wait_policy wait;
	uint32_t head[2], tail[2];	/* this process's copy of the counters it writes */
	unsigned char *txbuf;	/* copy variants: the sender's own buffer */
	unsigned char *rxbuf;	/* seqlock's loop: the receiver's own buffer */
	int tx_failed;		/* inplace kinds: tx_buf() found no free slot */
};

static long futex(uint32_t *uaddr, int op, uint32_t val)
{
	return syscall(SYS_futex, uaddr, op, val, NULL, NULL, 0);
}

static inline uint32_t load_acq(const uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

/* spin until *word != v or the budget is spent; 0 when it changed */
static int spin_for(const uint32_t *word, uint32_t v, int yield, uint64_t budget_ns)
{
	uint64_t end = budget_ns ? now_ns() + budget_ns : 0;

	for (unsigned n = 1;; n++) {
		if (load_acq(word) != v)
			return 0;
		if (yield)
			sched_yield();
		else
			cpu_relax();
		/* a clock read every 64 polls keeps the check off the fast path */
		if (end && !(n & 63) && now_ns() >= end)
			return -1;
	}
}

/*
 * Wait until *word != v.  The waiting flag and the counter are both accessed
 * seq_cst, as is the publisher's store-then-load: either the publisher sees
 * the flag and wakes us, or we see the new value before sleeping, and
 * FUTEX_WAIT itself refuses to sleep if *word moved in between.  The flag
 * stays up until we have seen the change, so every publish meanwhile wakes.
 */
static int await_change(struct ipc_run *r, uint32_t *word, uint32_t *waiting, uint32_t v)
{
	struct shm_priv *p = r->priv;
	int slept = 0;

	switch (p->wait) {
	case WAIT_SPIN:
		return spin_for(word, v, 0, 0);
	case WAIT_SPIN_YIELD:
		return spin_for(word, v, 1, 0);
	case WAIT_SPIN_FUTEX:
		if (!spin_for(word, v, 0, SPIN_NS))
			return 0;
		break;
	case WAIT_YIELD_FUTEX:
		if (!spin_for(word, v, 1, SPIN_NS))
			return 0;
		break;
	case WAIT_FUTEX:
		break;
	}
	for (;;) {
		if (__atomic_load_n(word, __ATOMIC_SEQ_CST) != v)
			break;
		__atomic_store_n(waiting, 1, __ATOMIC_SEQ_CST);
		slept = 1;
		if (__atomic_load_n(word, __ATOMIC_SEQ_CST) != v)
			break;
		if (futex(word, FUTEX_WAIT, v) < 0 && errno != EAGAIN && errno != EINTR) {
			ipc_reason(r, "futex wait: %s", strerror(errno));
			return -1;
		}
	}
	/* the change is seen: no more wake-ups wanted (we are its only waiter) */
	if (slept)
		__atomic_store_n(waiting, 0, __ATOMIC_RELAXED);
	return 0;
}

static int publish(struct ipc_run *r, uint32_t *word, uint32_t *waiting, uint32_t v)
{
	struct shm_priv *p = r->priv;

	__atomic_store_n(word, v, __ATOMIC_SEQ_CST);
	if (p->wait == WAIT_SPIN || p->wait == WAIT_SPIN_YIELD)
		return 0;	/* nobody ever sleeps */
	/* only the waiter clears its flag: were it cleared here, a wake-up
	   late from an older publish could eat the flag of a newer wait */
	if (__atomic_load_n(waiting, __ATOMIC_SEQ_CST) && futex(word, FUTEX_WAKE, 1) < 0) {
		ipc_reason(r, "futex wake: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static unsigned char *slot(struct shm_priv *p, int dir, uint32_t seq)
{
	return p->slots[dir] + (size_t)(seq % p->nslot) * p->stride;
}

static void choose_wait(struct ipc_run *r, struct shm_priv *p)
{
	int same = r->cpu[0] >= 0 && r->cpu[0] == r->cpu[1];
	int unpinned = r->cpu[0] < 0 || r->cpu[1] < 0;

	if (p->kind == SHM_SPIN || p->kind == SHM_SEQLOCK || p->kind == SHM_STREAM) {
		p->wait = same || unpinned ? WAIT_SPIN_YIELD : WAIT_SPIN;
		ipc_note(r, "wait=%s", same ? "spin-yield(same-cpu)" :
			 unpinned ? "spin-yield(unpinned)" : "spin");
	} else if (p->kind == SHM_SPIN_FUTEX) {
		/* on one CPU the peer cannot move while we spin: sleep at once */
		p->wait = same ? WAIT_FUTEX : unpinned ? WAIT_YIELD_FUTEX : WAIT_SPIN_FUTEX;
		ipc_note(r, "wait=%s;spin_ns=%d", same ? "futex(same-cpu)" :
			 unpinned ? "spin-yield-then-futex(unpinned)" : "spin-then-futex",
			 same ? 0 : SPIN_NS);
	} else {
		p->wait = WAIT_FUTEX;
		ipc_note(r, "wait=futex");
	}
}

static int shm_setup(struct ipc_run *r)
{
	struct shm_priv *p = calloc(1, sizeof(*p));
	size_t ctl = (sizeof(struct ring) * 2 + PAGE - 1) & ~(PAGE - 1);
	int fd;

	if (!p)
		return -1;
	r->priv = p;
	p->map = MAP_FAILED;
	p->kind = (enum shm_kind)r->kind;
	/* built in the slot: inplace, and copyout, whose receiver then copies */
	p->inplace = p->kind == SHM_INPLACE || p->kind == SHM_COPYOUT;
	choose_wait(r, p);
	/* whole cache lines for small messages, whole pages for the rest */
	p->stride = r->size < PAGE ? (r->size + 63) & ~63ul : (r->size + PAGE - 1) & ~(PAGE - 1);
	if (p->kind == SHM_SEQLOCK) {
		p->nlines = (r->size + SEQ_PAYLOAD - 1) / SEQ_PAYLOAD;
		p->stride = (p->nlines * SEQ_LINE + PAGE - 1) & ~(PAGE - 1);
		/* lines of a small message start a 128-byte pair, which the
		   adjacent-line prefetcher fetches together */
		if (p->nlines <= 2)
			p->stride = 2 * SEQ_LINE;
	} else if (p->kind == SHM_STREAM) {
		/* one ring of chunks per direction, then the chunks' words */
		p->stride = STREAM_CHUNKS * STREAM_CHUNK + STREAM_CHUNKS * sizeof(struct seq_word);
	}
	/*
	 * Latency mode has one message in flight per direction.  Throughput
	 * mode uses its one direction as a ring: at least two slots (the sender
	 * fills one while the receiver drains the other), and for small
	 * messages as many as fit in RING_BYTES, so a sleeping side is woken
	 * once per batch rather than once per message, as a pipe's 64 KiB
	 * buffer allows.
	 */
	if (r->mode == MODE_LAT || p->kind == SHM_STREAM) {
		p->nslot = 1;	/* stream: its ring is inside the one slot */
	} else {
		size_t n = RING_BYTES / p->stride;

		/* a power of two, so seq % nslot survives the counters' wrap */
		p->nslot = 2;
		while (p->nslot * 2 <= n && p->nslot < RING_SLOTS_MAX)
			p->nslot *= 2;
	}
	p->map_len = ctl + (r->mode == MODE_LAT ? 2 : p->nslot) * p->stride;
	if (p->kind == SHM_STREAM && r->mode == MODE_BW)
		p->map_len = ctl + p->stride;

	fd = memfd_create("ipcfloor-shm", MFD_CLOEXEC);
	if (fd < 0) {
		ipc_reason(r, "memfd_create: %s", strerror(errno));
		return errno == ENOSYS ? IPC_SKIP : -1;
	}
	/* allocate now, so a region memory cannot hold fails here, not mid-run */
	if (ftruncate(fd, (off_t)p->map_len) || fallocate(fd, 0, 0, (off_t)p->map_len)) {
		ipc_reason(r, "cannot allocate a %zu-byte shared region: %s", p->map_len,
			   strerror(errno));
		close(fd);
		return errno == ENOSPC || errno == ENOMEM ? IPC_SKIP : -1;
	}
	p->map = mmap(NULL, p->map_len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);	/* the mapping keeps the memory; nothing else needs the fd */
	if (p->map == MAP_FAILED) {
		ipc_reason(r, "mmap of %zu shared bytes: %s", p->map_len, strerror(errno));
		return -1;
	}
	p->ring = (struct ring *)p->map;
	p->slots[0] = p->map + ctl;
	p->slots[1] = p->map + ctl + (r->mode == MODE_LAT ? p->stride : 0);	/* lat only */
	/* seqlock, latency mode: one message in flight, so both directions
	   share the slot and a round trip moves its line twice, as the
	   cache-line floor's does (a line per direction costs about twice that:
	   each side's store must take the line back from the peer's poll) */
	if (p->kind == SHM_SEQLOCK)
		p->slots[1] = p->slots[0];
	if (p->kind == SHM_STREAM) {
		for (int d = 0; d < 2; d++)
			p->cseq[d] = (struct seq_word *)(p->slots[d] + STREAM_CHUNKS * STREAM_CHUNK);
		ipc_note(r, "chunks=%d;chunk_bytes=%lu", STREAM_CHUNKS, STREAM_CHUNK);
	} else if (p->kind == SHM_SEQLOCK) {
		ipc_note(r, "slots=%u;lines=%zu;line_payload=%d", p->nslot, p->nlines,
			 SEQ_PAYLOAD);
	} else {
		ipc_note(r, "slots=%u;slot_bytes=%zu", p->nslot, p->stride);
	}
	return 0;
}

static int shm_attach(struct ipc_run *r, enum ipc_role role)
{
	struct shm_priv *p = r->priv;

	/* page tables are not inherited for shared mappings: fault them in now */
	if (madvise(p->map, p->map_len, MADV_POPULATE_WRITE)) {
		for (size_t off = 0; off < p->map_len; off += PAGE)
			(void)*(volatile unsigned char *)(p->map + off);
	}
	/*
	 * tx_buf() is one hook for all variants; the copy variants answer it
	 * with a private buffer of the sender's, the stand-in for the harness's,
	 * which they copy from into the slot.  Prefaulted, as the harness's is.
	 */
	if (!p->inplace && (role == ROLE_A || r->mode == MODE_LAT)) {
		p->txbuf = ipc_map_filled(r->size, 0x5a);
		if (p->kind == SHM_SEQLOCK && r->mode == MODE_LAT && p->txbuf)
			p->rxbuf = ipc_map_filled(r->size, 0xa5);
		if (!p->txbuf || (p->kind == SHM_SEQLOCK && r->mode == MODE_LAT && !p->rxbuf)) {
			ipc_reason(r, "cannot map a %zu-byte send buffer: %s", r->size,
				   strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* the sender's next slot, once the receiver has released it */
static unsigned char *next_free(struct ipc_run *r, int dir)
{
	struct shm_priv *p = r->priv;
	struct ring *g = &p->ring[dir];
	uint32_t h = p->head[dir];

	if (h - load_acq(&g->tail) >= p->nslot &&
	    await_change(r, &g->tail, &g->tx_waiting, h - p->nslot))
		return NULL;
	return slot(p, dir, h);
}

static void *shm_tx_buf(struct ipc_run *r, enum ipc_role role)
{
	struct shm_priv *p = r->priv;

	unsigned char *s;

	if (!p->inplace)
		return p->txbuf;
	s = next_free(r, role);
	/* NULL would mean the harness's own buffer: the failure waits for send() */
	p->tx_failed = !s;
	return s;
}

static int seq_send(struct ipc_run *r, int dir, const void *buf);
static int seq_recv(struct ipc_run *r, int dir, void *buf);
static int stream_send(struct ipc_run *r, int dir, const void *buf);
static int stream_recv(struct ipc_run *r, int dir, void *buf);

static int shm_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct shm_priv *p = r->priv;
	struct ring *g = &p->ring[role];

	if (p->kind == SHM_SEQLOCK)
		return seq_send(r, role, buf);
	if (p->kind == SHM_STREAM)
		return stream_send(r, role, buf);

	if (!p->inplace) {
		unsigned char *s = next_free(r, role);

		if (!s)
			return -1;
		memcpy(s, buf, r->size);
	}
	/* inplace: tx_buf() already waited and the message was built in the slot */
	if (p->tx_failed)
		return -1;
	return publish(r, &g->head, &g->rx_waiting, ++p->head[role]);
}

static int shm_release(struct ipc_run *r, enum ipc_role role)
{
	struct shm_priv *p = r->priv;
	int dir = !role;
	struct ring *g = &p->ring[dir];

	if (p->kind != SHM_INPLACE)
		return 0;	/* copying variants released the slot in recv() */
	return publish(r, &g->tail, &g->tx_waiting, ++p->tail[dir]);
}

static int shm_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct shm_priv *p = r->priv;
	int dir = !role;
	struct ring *g = &p->ring[dir];
	uint32_t t = p->tail[dir];
	unsigned char *s;

	*data = buf;
	if (p->kind == SHM_SEQLOCK)
		return seq_recv(r, dir, buf);
	if (p->kind == SHM_STREAM)
		return stream_recv(r, dir, buf);
	if (load_acq(&g->head) == t && await_change(r, &g->head, &g->rx_waiting, t))
		return -1;
	s = slot(p, dir, t);
	if (p->kind == SHM_INPLACE) {
		*data = s;
		return 0;
	}
	memcpy(buf, s, r->size);
	*data = buf;
	return publish(r, &g->tail, &g->tx_waiting, ++p->tail[dir]);
}

/* wait until the 64-bit *word reaches v (it only grows) */
static int await64(struct ipc_run *r, const uint64_t *word, uint64_t v)
{
	struct shm_priv *p = r->priv;

	/*
	 * pause between polls: a bare load loop re-reads the line while the
	 * peer is between its payload store and its sequence store, so the
	 * peer's second store must take the line back (measured with a
	 * stand-alone bounce of 8 B + sequence in one line: ~75-85 ns one-way
	 * with pause, ~110-125 ns without, beside a 67-78 ns bare bounce)
	 */
	if (p->wait == WAIT_SPIN) {
		while (__atomic_load_n(word, __ATOMIC_ACQUIRE) < v)
			cpu_relax();
		return 0;
	}
	/* sharing a CPU, or unpinned: the peer may need ours to move at all */
	while (__atomic_load_n(word, __ATOMIC_ACQUIRE) < v)
		sched_yield();
	return 0;
}

/*
 * seqlock.  Each side numbers every message it sends or receives (h, from
 * 1), so both agree on h; message h goes to slot (h - 1) % nslot (latency
 * mode: the one slot both directions share) and every line's word becomes
 * h after its payload.  The ring's done counts
 * messages the receiver has copied out (throughput mode: the sender may run
 * nslot ahead; latency mode has one message in flight and no need of it).
 */
static int seq_send(struct ipc_run *r, int dir, const void *buf)
{
	struct shm_priv *p = r->priv;
	struct ring *g = &p->ring[dir];
	uint64_t h = ++p->seqno;
	struct seq_line *l;
	const unsigned char *b = buf;
	size_t left = r->size;

	if (r->mode == MODE_BW && h - p->tail_seen[dir] > p->nslot) {
		/* the slot is still the receiver's: wait for it, re-reading the
		   shared count only then */
		await64(r, &g->done, h - p->nslot);
		p->tail_seen[dir] = __atomic_load_n(&g->done, __ATOMIC_ACQUIRE);
	}
	l = (struct seq_line *)slot(p, dir, (uint32_t)(h - 1));
	for (size_t i = 0; i < p->nlines; i++, b += SEQ_PAYLOAD, left -= SEQ_PAYLOAD) {
		memcpy(l[i].data, b, left < SEQ_PAYLOAD ? left : SEQ_PAYLOAD);
		/* release: the payload of this line (and all before) is visible
		   before the word that says it is there */
		__atomic_store_n(&l[i].seq, h, __ATOMIC_RELEASE);
		if (left <= SEQ_PAYLOAD)
			break;
	}
	return 0;
}

static int seq_recv(struct ipc_run *r, int dir, void *buf)
{
	struct shm_priv *p = r->priv;
	struct ring *g = &p->ring[dir];
	uint64_t h = ++p->seqno;
	struct seq_line *l = (struct seq_line *)slot(p, dir, (uint32_t)(h - 1));
	unsigned char *b = buf;
	size_t left = r->size;

	/* the last line is written last: once it says h, every line does */
	await64(r, &l[p->nlines - 1].seq, h);
	for (size_t i = 0; i < p->nlines; i++, b += SEQ_PAYLOAD, left -= SEQ_PAYLOAD) {
		if (__atomic_load_n(&l[i].seq, __ATOMIC_ACQUIRE) != h) {
			ipc_reason(r, "seqlock: line %zu of message %llu holds sequence %llu", i,
				   (unsigned long long)h,
				   (unsigned long long)__atomic_load_n(&l[i].seq, __ATOMIC_RELAXED));
			return -1;
		}
		memcpy(b, l[i].data, left < SEQ_PAYLOAD ? left : SEQ_PAYLOAD);
		if (left <= SEQ_PAYLOAD)
			break;
	}
	if (r->mode == MODE_BW)
		__atomic_store_n(&g->done, h, __ATOMIC_RELEASE);
	return 0;
}

/*
 * seqlock's timed loop (harness `loop` hook, latency mode): the same
 * seq_send() and seq_recv() of r->size bytes from and into buffers of this
 * side's own, without the harness's hook calls per message.  The copies and
 * the line transfers are all still there; what is left out is the harness
 * code between seeing the peer's message and answering it, which on the
 * Intel guest put ~50 ns on each one-way trip of a bare bounce (cacheline
 * through send/recv: 127-160 ns; through its loop: 75-108 ns).  So this
 * row and the cacheline floor are timed alike.
 */
static int seq_loop(struct ipc_run *r, enum ipc_role role, uint64_t count)
{
	struct shm_priv *p = r->priv;

	for (uint64_t i = 0; i < count; i++) {
		if (role == ROLE_A) {
			if (seq_send(r, role, p->txbuf) || seq_recv(r, !role, p->rxbuf))
				return -1;
		} else {
			if (seq_recv(r, !role, p->rxbuf) || seq_send(r, role, p->txbuf))
				return -1;
		}
	}
	return 0;
}

/*
 * stream.  Chunk c (from 1, counted over all messages of a direction) goes
 * to ring position (c - 1) % STREAM_CHUNKS; its word becomes c after its
 * bytes, and the ring's done counts chunks the receiver has copied out.
 */
static int stream_send(struct ipc_run *r, int dir, const void *buf)
{
	struct shm_priv *p = r->priv;
	uint64_t *tail = &p->ring[dir].done;
	const unsigned char *b = buf;

	for (size_t off = 0; off < r->size; off += STREAM_CHUNK) {
		uint64_t c = ++p->sent[dir];
		size_t n = r->size - off < STREAM_CHUNK ? r->size - off : STREAM_CHUNK;

		if (c - p->tail_seen[dir] > STREAM_CHUNKS) {
			await64(r, tail, c - STREAM_CHUNKS);
			p->tail_seen[dir] = __atomic_load_n(tail, __ATOMIC_ACQUIRE);
		}
		memcpy(p->slots[dir] + ((c - 1) % STREAM_CHUNKS) * STREAM_CHUNK, b + off, n);
		__atomic_store_n(&p->cseq[dir][(c - 1) % STREAM_CHUNKS].seq, c, __ATOMIC_RELEASE);
	}
	return 0;
}

static int stream_recv(struct ipc_run *r, int dir, void *buf)
{
	struct shm_priv *p = r->priv;
	uint64_t *tail = &p->ring[dir].done;
	unsigned char *b = buf;

	for (size_t off = 0; off < r->size; off += STREAM_CHUNK) {
		uint64_t c = ++p->got[dir];
		size_t n = r->size - off < STREAM_CHUNK ? r->size - off : STREAM_CHUNK;

		await64(r, &p->cseq[dir][(c - 1) % STREAM_CHUNKS].seq, c);
		memcpy(b + off, p->slots[dir] + ((c - 1) % STREAM_CHUNKS) * STREAM_CHUNK, n);
		__atomic_store_n(tail, c, __ATOMIC_RELEASE);
	}
	return 0;
}

static void shm_cleanup(struct ipc_run *r)
{
	struct shm_priv *p = r->priv;

	if (!p)
		return;
	if (p->map != MAP_FAILED)
		munmap(p->map, p->map_len);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant shm_variants[] = {
	{ "copy", "memcpy into a shared slot and out again; futex wake-up", 0, SHM_COPY },
	{ "inplace", "message built in the shared slot and read where it lies; futex wake-up",
	  IPC_ZEROCOPY, SHM_INPLACE },
	{ "copyout", "built in the shared slot, copied out by the receiver: one copy; futex", 0,
	  SHM_COPYOUT },
	{ "spin", "copy, waiting by busy-polling the counter (burns CPU; yields on one CPU)", 0,
	  SHM_SPIN },
	{ "spin-then-futex", "copy, spin up to 20 us then futex (futex only on one CPU)", 0,
	  SHM_SPIN_FUTEX },
	{ "seqlock", "copy, payload and sequence word share each cache line; spin", IPC_LOOP,
	  SHM_SEQLOCK },
	{ "stream", "copy through a ring of 128 KiB chunks, both copies at once; spin", 0,
	  SHM_STREAM },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive shm_prim = {
	.name = "shm",
	.summary = "shared memory slot ring with futex or spinning notification",
	.variants = shm_variants,
	/* two slots (more only while small), plus the copy variants' own send
	   buffer on each side */
	.mem_factor = 4.0,
	.shm_factor = 0,	/* memfd: not in /dev/shm */
	.setup = shm_setup,
	.attach = shm_attach,
	.tx_buf = shm_tx_buf,
	.send = shm_send,
	.recv = shm_recv,
	.release = shm_release,
	.loop = seq_loop,	/* seqlock only: the one variant flagged IPC_LOOP */
	.cleanup = shm_cleanup,
};

IPC_PRIMITIVE(shm_prim);
