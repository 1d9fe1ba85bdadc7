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
 * Page lifetime: a page handed over with vmsplice must not be rewritten
 * until the reader has consumed it.  The pipe is sized to S pages and the
 * sender rotates N = 1 + ceil(S / pages per message) buffers (+1 for the
 * splice verify path, whose second pipe holds one more), so when vmsplice
 * of message i returns, the buffer of message i + 1 is no longer in any
 * pipe.  S = the payload's page count rounded down to a power of two,
 * between the default 16 pages and /proc/sys/fs/pipe-max-size (as pipe.c
 * raises it); granted sizes and N are noted.  Small messages therefore use
 * many small buffers, large ones two.
 * Leaves out: splicing to files or sockets, and SPLICE_F_MOVE page
 * stealing (the kernel no longer steals pages on these paths).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

#include "harness.h"

#define PAGE 4096ul

struct vs_priv {
	int ab[2], ba[2];	/* A->B and B->A pipes */
	int p2[2];		/* splice --verify: the second pipe */
	int devnull;
	int gift, splice;
	unsigned nbuf, next;
	size_t buf_len;		/* size rounded up to pages */
	long pipe_bytes;	/* granted capacity of ab (and p2) */
	unsigned char **buf;	/* this side's send buffers */
};

static long set_pipe(struct ipc_run *r, int fd, long want, const char *dir)
{
	long got;

	if (fcntl(fd, F_SETPIPE_SZ, (int)want) < 0)
		ipc_note(r, "%s_setpipe_sz_errno=%d", dir, errno);
	got = fcntl(fd, F_GETPIPE_SZ);
	ipc_note(r, "%s_pipe_bytes=%ld", dir, got);
	return got;
}

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
	p->gift = !strcmp(r->variant, "gift");
	p->splice = !strcmp(r->variant, "splice");
	if (max < (long long)(16 * PAGE))
		max = 16 * PAGE;
	while ((size_t)want * 2 <= pages && (long long)(want * 2 * PAGE) <= max)
		want *= 2;
	if (pipe2(p->ab, O_CLOEXEC))
		return -1;
	got = set_pipe(r, p->ab[1], want * (long)PAGE, "ab");
	if (got <= 0)
		return -1;
	p->pipe_bytes = got;
	if (r->mode == MODE_LAT) {
		if (pipe2(p->ba, O_CLOEXEC))
			return -1;
		if (set_pipe(r, p->ba[1], want * (long)PAGE, "ba") != got) {
			ipc_reason(r, "the two pipes were granted different sizes");
			return -1;
		}
	}
	if (p->splice && r->verify) {
		if (pipe2(p->p2, O_CLOEXEC))
			return -1;
		set_pipe(r, p->p2[1], got, "p2");
	} else if (p->splice) {
		p->devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
		if (p->devnull < 0)
			return -1;
	}
	/* buffers that can still sit in the pipe after a send, plus the next one */
	slots = got / (long)PAGE;
	p->nbuf = 1 + (unsigned)((slots + (long)pages - 1) / (long)pages) + (p->p2[0] >= 0);
	p->buf_len = pages * PAGE;
	ipc_note(r, "tx_buffers=%u", p->nbuf);
	return 0;
}

static int vs_attach(struct ipc_run *r, enum ipc_role role)
{
	struct vs_priv *p = r->priv;

	/* keep only our own ends, so a dead peer reads as EOF/EPIPE */
	if (role == ROLE_A) {
		close(p->ab[0]);
		p->ab[0] = -1;
		if (p->ba[1] >= 0)
			close(p->ba[1]);
		p->ba[1] = -1;
	} else {
		close(p->ab[1]);
		p->ab[1] = -1;
		if (p->ba[0] >= 0)
			close(p->ba[0]);
		p->ba[0] = -1;
	}
	if (role == ROLE_B && r->mode == MODE_BW)
		return 0;	/* sends nothing */
	p->buf = calloc(p->nbuf, sizeof(*p->buf));
	if (!p->buf)
		return -1;
	for (unsigned i = 0; i < p->nbuf; i++) {
		void *m = mmap(NULL, p->buf_len, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (m == MAP_FAILED)
			return -1;
		memset(m, 0x5a, p->buf_len);	/* faulted in, and not the zero page */
		p->buf[i] = m;
	}
	return 0;
}

static void *vs_tx_buf(struct ipc_run *r, enum ipc_role role)
{
	struct vs_priv *p = r->priv;

	(void)role;
	return p->buf[p->next];
}

static int vs_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct vs_priv *p = r->priv;
	int fd = role == ROLE_A ? p->ab[1] : p->ba[1];
	struct iovec iov = { (void *)buf, r->size };

	while (iov.iov_len) {
		ssize_t n = vmsplice(fd, &iov, 1, p->gift ? SPLICE_F_GIFT : 0);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		iov.iov_base = (char *)iov.iov_base + n;
		iov.iov_len -= (size_t)n;
	}
	p->next = (p->next + 1) % p->nbuf;
	return 0;
}

/* splice until len bytes have moved from in to out; 0 or -1 */
static int splice_all(int in, int out, size_t len, size_t *moved)
{
	ssize_t n;

	do
		n = splice(in, NULL, out, NULL, len, SPLICE_F_MOVE);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if (n == 0) {
		errno = EPIPE;
		return -1;
	}
	*moved = (size_t)n;
	return 0;
}

static int vs_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct vs_priv *p = r->priv;
	int fd = role == ROLE_A ? p->ba[0] : p->ab[0];
	size_t off = 0, n;

	*data = buf;
	if (!p->splice)
		return read_full(fd, buf, r->size);
	while (off < r->size) {
		size_t chunk = r->size - off;

		if (p->p2[0] < 0) {
			/* the bytes go nowhere: the receiver never sees them */
			if (splice_all(fd, p->devnull, chunk, &n))
				return -1;
		} else {
			if (chunk > (size_t)p->pipe_bytes)
				chunk = (size_t)p->pipe_bytes;
			if (splice_all(fd, p->p2[1], chunk, &n) ||
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
	if (!p->buf)
		return;
	for (unsigned i = 0; i < p->nbuf; i++)
		if (p->buf[i])
			munmap(p->buf[i], p->buf_len);
	free(p->buf);
	p->buf = NULL;
}

static void vs_cleanup(struct ipc_run *r)
{
	struct vs_priv *p = r->priv;
	int *fds;

	if (!p)
		return;
	fds = (int[]){ p->ab[0], p->ab[1], p->ba[0], p->ba[1], p->p2[0], p->p2[1], p->devnull };
	for (int i = 0; i < 7; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant vs_variants[] = {
	{ "read", "vmsplice into a pipe; the receiver read(2)s: one copy", 0, 0 },
	{ "gift", "vmsplice with SPLICE_F_GIFT; the receiver read(2)s", 0, 0 },
	{ "splice", "vmsplice; the receiver splices on to /dev/null and never reads the bytes",
	  IPC_NO_LAT, 0 },
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
