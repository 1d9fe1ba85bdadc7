/* SPDX-License-Identifier: MIT */
/*
 * socketpair: one AF_UNIX socketpair, both directions on it.
 *
 *   stream     SOCK_STREAM: a byte stream, any size, read in pieces
 *   seqpacket  SOCK_SEQPACKET: one record per message, boundaries kept
 *   dgram      SOCK_DGRAM: one datagram per message
 *
 * Record-based variants carry a message in one send(); the kernel refuses a
 * record larger than the send buffer allows, so setup() sends one trial
 * record of the payload size and skips, naming the limit, when it is refused.
 * Buffers are raised with SO_SNDBUF/SO_RCVBUF, which the kernel caps at
 * net.core.wmem_max/rmem_max (what an unprivileged program gets); the sizes
 * granted are recorded.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.h"

struct sp_priv {
	int fd[2];	/* A uses fd[0], B uses fd[1] */
	int type;
};

static void raise_buffers(struct ipc_run *r, int fd, int note)
{
	/* twice the payload lets one whole message sit in flight; ask at most 1 GiB */
	size_t want = r->size * 2 + 4096 > (1u << 30) ? (1u << 30) : r->size * 2 + 4096;
	int v = (int)want, got, cur = 0;
	socklen_t len = sizeof(cur);

	/* raise only: asking less than the default would shrink the buffer.
	   getsockopt reports twice what was asked (kernel bookkeeping) */
	if (!getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &cur, &len) && v > cur / 2) {
		setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof(v));
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof(v));
	}
	len = sizeof(got);
	if (!note)
		return;
	if (!getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &got, &len))
		ipc_note(r, "sndbuf=%d", got);
	len = sizeof(got);
	if (!getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &got, &len))
		ipc_note(r, "rcvbuf=%d", got);
}

/* send one record of the payload size through a scratch pair: does the kernel take it? */
static int trial_record(struct ipc_run *r, int type)
{
	int fd[2], ret = 0, sndbuf = 0;
	socklen_t len = sizeof(sndbuf);
	void *buf;

	if (socketpair(AF_UNIX, type | SOCK_CLOEXEC, 0, fd))
		return -1;
	raise_buffers(r, fd[0], 0);
	raise_buffers(r, fd[1], 0);
	getsockopt(fd[0], SOL_SOCKET, SO_SNDBUF, &sndbuf, &len);
	/* untouched anonymous pages read as zeros without costing memory */
	buf = mmap(NULL, r->size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (buf == MAP_FAILED) {
		ret = -1;
	} else {
		if (send(fd[0], buf, r->size, MSG_DONTWAIT) != (ssize_t)r->size) {
			int err = errno;
			long long wmem = read_sysctl_ll("/proc/sys/net/core/wmem_max");

			ipc_reason(r, "%s refuses a %zu-byte record (%s; sndbuf %d B granted; "
				   "net.core.wmem_max=%lld)", r->variant, r->size, strerror(err),
				   sndbuf, wmem);
			ret = IPC_SKIP;
		}
		munmap(buf, r->size);
	}
	close(fd[0]);
	close(fd[1]);
	return ret;
}

static int sp_setup(struct ipc_run *r)
{
	struct sp_priv *p = calloc(1, sizeof(*p));
	int ret;

	if (!p)
		return -1;
	r->priv = p;
	p->fd[0] = p->fd[1] = -1;
	p->type = r->kind;	/* the variant's kind is its socket type */
	if (p->type != SOCK_STREAM && (ret = trial_record(r, p->type)))
		return ret;
	if (socketpair(AF_UNIX, p->type | SOCK_CLOEXEC, 0, p->fd))
		return -1;
	raise_buffers(r, p->fd[0], 1);
	raise_buffers(r, p->fd[1], 0);
	return 0;
}

static int sp_attach(struct ipc_run *r, enum ipc_role role)
{
	struct sp_priv *p = r->priv;

	close(p->fd[!role]);
	p->fd[!role] = -1;
	return 0;
}

static int sp_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct sp_priv *p = r->priv;
	ssize_t n;

	if (p->type == SOCK_STREAM)
		return write_full(p->fd[role], buf, r->size);
	do
		n = send(p->fd[role], buf, r->size, 0);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if ((size_t)n != r->size) {
		ipc_reason(r, "%s: short record sent (%zd of %zu bytes)", r->variant, n, r->size);
		return -1;
	}
	return 0;
}

static int sp_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct sp_priv *p = r->priv;
	ssize_t n;

	*data = buf;
	if (p->type == SOCK_STREAM)
		return read_full(p->fd[role], buf, r->size);
	/* MSG_TRUNC returns the record's real length, so truncation cannot hide */
	do
		n = recv(p->fd[role], buf, r->size, MSG_TRUNC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if (n == 0 && r->size) {
		errno = EPIPE;
		return -1;
	}
	if ((size_t)n != r->size) {
		ipc_reason(r, "%s: record of %zd bytes where %zu were sent", r->variant, n, r->size);
		return -1;
	}
	return 0;
}

static void sp_cleanup(struct ipc_run *r)
{
	struct sp_priv *p = r->priv;

	if (!p)
		return;
	close_fds(p->fd, 2);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant sp_variants[] = {
	{ "stream", "SOCK_STREAM: byte stream, any size", 0, SOCK_STREAM },
	{ "seqpacket", "SOCK_SEQPACKET: one record per message, up to the send buffer", 0,
	  SOCK_SEQPACKET },
	{ "dgram", "SOCK_DGRAM: one datagram per message, up to the send buffer", 0,
	  SOCK_DGRAM },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive sp_prim = {
	.name = "socketpair",
	.summary = "AF_UNIX socketpair: stream, seqpacket and datagram",
	.variants = sp_variants,
	.setup = sp_setup,
	.attach = sp_attach,
	.send = sp_send,
	.recv = sp_recv,
	.cleanup = sp_cleanup,
};

IPC_PRIMITIVE(sp_prim);
