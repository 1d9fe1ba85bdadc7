/* SPDX-License-Identifier: MIT */
/*
 * vmsplice: the sender vmsplice(2)s its pages into a pipe (the pipe holds
 * references to the sender's pages: no copy on the way in); the receiver
 *
 *   read    read(2)s them out: one copy in all
 *   gift    the same with SPLICE_F_GIFT (the pages are offered to the
 *           kernel; a read(2) receiver still copies, so this shows what the
 *           flag costs or saves on this path)
 *   splice  throughput only: splice(2)s them onward to /dev/null.  The
 *           receiver never reads the bytes: the row is the cost of moving
 *           page references, not of a transfer.  With --verify it splices
 *           into a second pipe and read(2)s that instead, so the bytes the
 *           splices moved are checked.
 *
 * and the same two receivers (read, splice) at the best known recipe for
 * pipe throughput, one ingredient at a time so that each effect shows alone:
 *
 *   -huge   the send buffers are 2 MiB pages (reserved hugetlb pages where
 *           there are enough, else transparent huge pages by madvise; noted
 *           as hugepages=hugetlb|thp with the share smaps reports huge; a
 *           skip naming the fix where neither can be had).  Pinning the
 *           sender's pages (get_user_pages) walks one PMD per 2 MiB instead
 *           of 512 PTEs, and the receiver's copy misses the TLB less.
 *   -spin   both ends non-blocking (SPLICE_F_NONBLOCK, O_NONBLOCK) and
 *           retrying on EAGAIN: no sleep, no wake-up IPI, no context switch
 *           per pipe-full.  The waiting burns the CPU (cpu_ns_per_msg says
 *           so).  When both roles share one CPU the retry yields
 *           (spin=yield), unpinned it yields every 1024 tries, else it is a
 *           pure busy loop (spin=pure).
 *
 * Page lifetime: a page handed over with vmsplice must not be rewritten
 * until the reader has consumed it.  The pipe is sized to S pages and the
 * sender rotates N = 1 + ceil(S / pages per message) buffers (+1 for the
 * splice verify path, whose second pipe holds one more), so when vmsplice
 * of message i returns, the buffer of message i + 1 is no longer in any
 * pipe.  S = the payload's page count rounded down to a power of two,
 * between the default 16 pages and /proc/sys/fs/pipe-max-size (as pipe.c
 * raises it); granted sizes and N are noted.  Small messages therefore use
 * many small buffers, large ones two.  The N buffers are consecutive slices
 * of one mapping, so huge pages back small messages too.
 * Leaves out: splicing to files or sockets, and SPLICE_F_MOVE page
 * stealing (the kernel no longer steals pages on these paths).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include "harness.h"

#define PAGE 4096ul

/* a variant's kind: the receiver, and the ingredients of the recipe */
enum {
	VS_SPLICE = 0x1,	/* receiver splices on to /dev/null (else read(2)s) */
	VS_GIFT = 0x2,		/* SPLICE_F_GIFT */
	VS_HUGE = 0x4,		/* send buffers in 2 MiB pages */
	VS_SPIN = 0x8,		/* non-blocking ends, busy retry */
};

struct vs_priv {
	int ab[2], ba[2];	/* A->B and B->A pipes */
	int p2[2];		/* splice --verify: the second pipe */
	int devnull;
	unsigned kind;		/* VS_* */
	unsigned yield_every;	/* spin: 1 same CPU, 1024 unpinned, 0 pure */
	unsigned nbuf, next;
	size_t buf_len;		/* size rounded up to pages */
	long pipe_bytes;	/* granted capacity of ab (and p2) */
	enum ipc_huge huge;
	size_t huge_page;
	void *map, *map_base;	/* this side's send buffers: nbuf slices of map */
	size_t map_len;
};

static int vs_setup(struct ipc_run *r)
{
	struct vs_priv *p = calloc(1, sizeof(*p));
	long long max = read_sysctl_ll("/proc/sys/fs/pipe-max-size");
	size_t pages = (r->size + PAGE - 1) / PAGE;
	long want = 16, slots, got;

	if (!p)
		return -1;
	r->priv = p;
	p->ab[0] = p->ab[1] = p->ba[0] = p->ba[1] = p->p2[0] = p->p2[1] = p->devnull = -1;
	p->kind = (unsigned)r->kind;
	if (max < (long long)(16 * PAGE))
		max = 16 * PAGE;
	while ((size_t)want * 2 <= pages && (long long)(want * 2 * PAGE) <= max)
		want *= 2;
	if (pipe2(p->ab, O_CLOEXEC))
		return -1;
	got = ipc_pipe_size(r, p->ab[1], want * (long)PAGE, "ab");
	if (got <= 0)
		return -1;
	p->pipe_bytes = got;
	if (r->mode == MODE_LAT) {
		if (pipe2(p->ba, O_CLOEXEC))
			return -1;
		if (ipc_pipe_size(r, p->ba[1], want * (long)PAGE, "ba") != got) {
			ipc_reason(r, "the two pipes were granted different sizes");
			return -1;
		}
	}
	if ((p->kind & VS_SPLICE) && r->verify) {
		if (pipe2(p->p2, O_CLOEXEC))
			return -1;
		ipc_pipe_size(r, p->p2[1], got, "p2");
	} else if (p->kind & VS_SPLICE) {
		p->devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
		if (p->devnull < 0)
			return -1;
	}
	/* buffers that can still sit in the pipe after a send, plus the next one */
	slots = got / (long)PAGE;
	p->nbuf = 1 + (unsigned)((slots + (long)pages - 1) / (long)pages) + (p->p2[0] >= 0);
	p->buf_len = pages * PAGE;
	ipc_note(r, "tx_buffers=%u", p->nbuf);
	if (p->kind & VS_HUGE) {
		p->huge = ipc_huge_choice(r, p->nbuf * p->buf_len, &p->huge_page);
		if (p->huge == HUGE_NONE)
			return IPC_SKIP;
	}
	if (p->kind & VS_SPIN)
		p->yield_every = ipc_spin_policy(r);
	return 0;
}

/* the sender's buffers: one mapping, in huge pages for the -huge kinds */
static int map_buffers(struct ipc_run *r, struct vs_priv *p, enum ipc_role role)
{
	size_t len = p->nbuf * p->buf_len;

	if (p->kind & VS_HUGE) {
		long long thp;

		p->map = ipc_map_huge(p->huge, len, p->huge_page, &p->map_base, &p->map_len);
		if (!p->map) {
			ipc_reason(r, "mmap of %zu bytes in huge pages: %s", len, strerror(errno));
			return -1;
		}
		memset(p->map, 0x5a, len);	/* faulted in, and not the zero page */
		thp = p->huge == HUGE_THP ? thp_bytes(p->map, len) : -1;
		if (role == ROLE_B)
			;	/* latency mode: A's note speaks for both */
		else if (p->huge == HUGE_HUGETLB)
			ipc_note(r, "hugepages=hugetlb");
		else if (thp >= 0)
			ipc_note(r, "hugepages=thp;thp_share=%.2f",
				 (double)thp / (double)((len + p->huge_page - 1) / p->huge_page *
							p->huge_page));
		else
			ipc_note(r, "hugepages=thp;thp_share=unknown");
		return 0;
	}
	p->map = p->map_base = ipc_map_filled(len, 0x5a);
	p->map_len = len;
	return p->map ? 0 : -1;
}

static int set_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static int vs_attach(struct ipc_run *r, enum ipc_role role)
{
	struct vs_priv *p = r->priv;

	/* keep only our own ends, so a dead peer reads as EOF/EPIPE */
	if (role == ROLE_A) {
		close_fds(&p->ab[0], 1);
		close_fds(&p->ba[1], 1);
	} else {
		close_fds(&p->ab[1], 1);
		close_fds(&p->ba[0], 1);
	}
	if (p->kind & VS_SPIN) {
		/* the ends this side uses; the verify pipe p2 stays blocking */
		int mine[] = { p->ab[role == ROLE_A], p->ba[role == ROLE_B] };

		for (int i = 0; i < 2; i++)
			if (mine[i] >= 0 && set_nonblock(mine[i]))
				return -1;
	}
	if (role == ROLE_B && r->mode == MODE_BW)
		return 0;	/* sends nothing */
	return map_buffers(r, p, role);
}

static void *vs_tx_buf(struct ipc_run *r, enum ipc_role role)
{
	struct vs_priv *p = r->priv;

	(void)role;
	return (unsigned char *)p->map + (size_t)p->next * p->buf_len;
}

/* -spin: a call found the pipe full or empty; try again at once */
static int again(struct vs_priv *p, unsigned *n)
{
	if (errno != EAGAIN || !(p->kind & VS_SPIN))
		return 0;
	if (p->yield_every && ++*n % p->yield_every == 0)
		sched_yield();
	else
		cpu_relax();
	return 1;
}

static int vs_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct vs_priv *p = r->priv;
	int fd = role == ROLE_A ? p->ab[1] : p->ba[1];
	unsigned flags = ((p->kind & VS_GIFT) ? SPLICE_F_GIFT : 0) |
			 ((p->kind & VS_SPIN) ? SPLICE_F_NONBLOCK : 0);
	struct iovec iov = { (void *)buf, r->size };
	unsigned n = 0;

	while (iov.iov_len) {
		ssize_t k = vmsplice(fd, &iov, 1, flags);

		if (k < 0) {
			if (errno == EINTR || again(p, &n))
				continue;
			return -1;
		}
		iov.iov_base = (char *)iov.iov_base + k;
		iov.iov_len -= (size_t)k;
	}
	p->next = (p->next + 1) % p->nbuf;
	return 0;
}

/* splice up to len bytes from in to out; 0 with *moved set, or -1 */
static int splice_some(struct vs_priv *p, int in, int out, size_t len, size_t *moved)
{
	unsigned flags = SPLICE_F_MOVE | ((p->kind & VS_SPIN) ? SPLICE_F_NONBLOCK : 0);
	unsigned n = 0;
	ssize_t k;

	for (;;) {
		k = splice(in, NULL, out, NULL, len, flags);
		if (k >= 0 || (errno != EINTR && !again(p, &n)))
			break;
	}
	if (k < 0)
		return -1;
	if (k == 0) {
		errno = EPIPE;
		return -1;
	}
	*moved = (size_t)k;
	return 0;
}

/* read(2) exactly len bytes, retrying on EAGAIN for the -spin kinds */
static int read_all(struct vs_priv *p, int fd, void *buf, size_t len)
{
	unsigned n = 0;

	if (!(p->kind & VS_SPIN))
		return read_full(fd, buf, len);
	while (len) {
		ssize_t k = read(fd, buf, len);

		if (k < 0) {
			if (errno == EINTR || again(p, &n))
				continue;
			return -1;
		}
		if (k == 0) {
			errno = EPIPE;
			return -1;
		}
		buf = (char *)buf + k;
		len -= (size_t)k;
	}
	return 0;
}

static int vs_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct vs_priv *p = r->priv;
	int fd = role == ROLE_A ? p->ba[0] : p->ab[0];
	size_t off = 0, n;

	*data = buf;
	if (!(p->kind & VS_SPLICE))
		return read_all(p, fd, buf, r->size);
	while (off < r->size) {
		size_t chunk = r->size - off;

		if (p->p2[0] < 0) {
			/* the bytes go nowhere: the receiver never sees them */
			if (splice_some(p, fd, p->devnull, chunk, &n))
				return -1;
		} else {
			if (chunk > (size_t)p->pipe_bytes)
				chunk = (size_t)p->pipe_bytes;
			if (splice_some(p, fd, p->p2[1], chunk, &n) ||
			    read_full(p->p2[0], (char *)buf + off, n))
				return -1;
		}
		off += n;
	}
	return 0;
}

static void vs_detach(struct ipc_run *r, enum ipc_role role)
{
	struct vs_priv *p = r->priv;

	(void)role;
	if (p->map_base)
		munmap(p->map_base, p->map_len);
	p->map = p->map_base = NULL;
}

static void vs_cleanup(struct ipc_run *r)
{
	struct vs_priv *p = r->priv;

	if (!p)
		return;
	close_fds(p->ab, 2);
	close_fds(p->ba, 2);
	close_fds(p->p2, 2);
	close_fds(&p->devnull, 1);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant vs_variants[] = {
	{ "read", "vmsplice into a pipe; the receiver read(2)s: one copy", 0, 0 },
	{ "gift", "vmsplice with SPLICE_F_GIFT; the receiver read(2)s", 0, VS_GIFT },
	{ "splice", "vmsplice; the receiver splices on to /dev/null and never reads the bytes",
	  IPC_NO_LAT | IPC_UNREAD, VS_SPLICE },
	{ "read-spin", "read, both ends non-blocking with busy retry", 0, VS_SPIN },
	{ "splice-spin", "splice, both ends non-blocking with busy retry", IPC_NO_LAT | IPC_UNREAD,
	  VS_SPLICE | VS_SPIN },
	{ "read-huge", "read, send buffers in 2 MiB pages (hugetlb, else THP; else skip)", 0,
	  VS_HUGE },
	{ "splice-huge", "splice, send buffers in 2 MiB pages", IPC_NO_LAT | IPC_UNREAD,
	  VS_SPLICE | VS_HUGE },
	{ "read-huge-spin", "read, 2 MiB pages and busy retry", 0, VS_HUGE | VS_SPIN },
	{ "splice-huge-spin", "splice, 2 MiB pages and busy retry: the best known recipe",
	  IPC_NO_LAT | IPC_UNREAD, VS_SPLICE | VS_HUGE | VS_SPIN },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive vs_prim = {
	.name = "vmsplice",
	.summary = "vmsplice: sender's pages into a pipe; receiver reads or splices on",
	.variants = vs_variants,
	.mem_factor = 4.0,
	.setup = vs_setup,
	.attach = vs_attach,
	.tx_buf = vs_tx_buf,
	.send = vs_send,
	.recv = vs_recv,
	.detach = vs_detach,
	.cleanup = vs_cleanup,
};

IPC_PRIMITIVE(vs_prim);
