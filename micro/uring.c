/* SPDX-License-Identifier: MIT */
/*
 * uring: moving the payload with io_uring (liburing) instead of read(2)/
 * write(2).  Each child makes its own ring in attach() (a ring is not to be
 * shared across fork).  Variants:
 *
 *   pipe    one write or read SQE per message on a pair of pipes, each
 *           submitted with one io_uring_enter that also waits for it
 *   socket  the same with SEND/RECV on a unix stream socketpair
 *   batch   pipes; bw: the sender splits a message into pipe-sized chunks
 *           and submits up to 32 of them as one linked chain (IOSQE_IO_LINK
 *           keeps them in order) in one io_uring_enter; lat: the initiator
 *           submits its write and the read of the reply linked behind it,
 *           one enter per round trip.  A message of at most one chunk is one
 *           SQE, so in bw at small sizes batch equals pipe: the harness
 *           hands over one message per send() and has no end-of-phase
 *           flush, so holding SQEs back across messages would strand the
 *           last ones.
 *   fixed   pipes, registered buffers (READ_FIXED/WRITE_FIXED) and
 *           registered files: no per-I/O page pinning or fd lookup.  The
 *           harness's buffers are registered when first seen (in warm-up);
 *           the kernel takes at most 1 GiB per buffer, beyond that a skip.
 *   sendzc  IORING_OP_SEND_ZC on a TCP loopback connection (TCP_NODELAY),
 *           the receiver RECVs.  send() returns after the notification CQE,
 *           i.e. when the kernel has let go of the pages.  Meant for large
 *           payloads; on loopback the kernel copies zero-copy data when it
 *           is delivered to a local socket, so this shows the overhead of
 *           the zero-copy path, not a saving (zc_copied= counts it).
 *
 * Short reads and writes are completed with further SQEs.  The probe runs
 * in setup(): io_uring_setup failing with ENOSYS or EPERM (a kernel without
 * io_uring, kernel.io_uring_disabled=1/2) or a missing opcode is a skip
 * naming the cause.  Test hook: IPCFLOOR_URING_DISABLE=1 makes the probe
 * behave as if the kernel answered ENOSYS.
 * Leaves out: SQPOLL, multishot receive, provided buffer rings, O_DIRECT.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <liburing.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "harness.h"

#ifndef IORING_SEND_ZC_REPORT_USAGE
#define IORING_SEND_ZC_REPORT_USAGE	(1U << 3)
#endif
#ifndef IORING_NOTIF_USAGE_ZC_COPIED
#define IORING_NOTIF_USAGE_ZC_COPIED	(1U << 31)
#endif

#define CHUNK_MAX	(1u << 30)	/* an SQE's length is 32 bits */
#define BATCH_QD	32

enum ur_kind { UR_PIPE, UR_SOCKET, UR_BATCH, UR_FIXED, UR_SENDZC };

struct ur_priv {
	enum ur_kind kind;
	int ab[2], ba[2];	/* pipes: A->B, B->A */
	int sk[2];		/* sockets: A uses sk[0], B sk[1] */
	int txfd, rxfd;		/* this child's ends, -1 when unused */
	struct io_uring ring;
	int ring_ok;
	size_t chunk;		/* batch: bytes per SQE (the pipe's capacity) */
	/* fixed: the registered buffers, slot 0 tx, slot 1 rx */
	struct iovec reg[2];
	int nreg;
	/* batch lat: the reply's read was submitted with the write */
	void *rx_known;
	size_t pre_read;
	int pre_armed;
	/* sendzc: notifications that reported a copy */
	unsigned long zc_sends, zc_copied;
};

static int disabled_sysctl(void)
{
	return (int)read_sysctl_ll("/proc/sys/kernel/io_uring_disabled");
}

/* ENOSYS/EPERM from io_uring_setup: a skip saying why */
static int ring_unavailable(struct ipc_run *r, int err, int forced)
{
	int d = disabled_sysctl();

	ipc_reason(r, "io_uring unavailable: io_uring_setup: %s (kernel.io_uring_disabled=%d%s)",
		   strerror(err), d, forced ? "; forced by the IPCFLOOR_URING_DISABLE=1 test hook" : "");
	return IPC_SKIP;
}

static int ring_init(struct ipc_run *r, struct io_uring *ring, unsigned entries)
{
	int ret = io_uring_queue_init(entries, ring, 0);

	if (ret == -ENOSYS || ret == -EPERM)
		return ring_unavailable(r, -ret, 0);
	if (ret == -ENOMEM) {
		ipc_reason(r, "io_uring_queue_init: %s (RLIMIT_MEMLOCK too low?)", strerror(-ret));
		return IPC_SKIP;
	}
	if (ret < 0) {
		ipc_reason(r, "io_uring_queue_init: %s", strerror(-ret));
		return -1;
	}
	return 0;
}

static void note_buf(struct ipc_run *r, int fd, int opt, const char *key)
{
	socklen_t len;
	int v;

	len = sizeof(v);
	if (!getsockopt(fd, SOL_SOCKET, opt, &v, &len))
		ipc_note(r, "%s=%d", key, v);
}

static const struct { enum ur_kind kind; int op[2]; const char *name[2]; } needs[] = {
	{ UR_PIPE, { IORING_OP_WRITE, IORING_OP_READ }, { "WRITE", "READ" } },
	{ UR_SOCKET, { IORING_OP_SEND, IORING_OP_RECV }, { "SEND", "RECV" } },
	{ UR_BATCH, { IORING_OP_WRITE, IORING_OP_READ }, { "WRITE", "READ" } },
	{ UR_FIXED, { IORING_OP_WRITE_FIXED, IORING_OP_READ_FIXED }, { "WRITE_FIXED", "READ_FIXED" } },
	{ UR_SENDZC, { IORING_OP_SEND_ZC, IORING_OP_RECV }, { "SEND_ZC", "RECV" } },
};

static int probe(struct ipc_run *r, enum ur_kind kind)
{
	const char *hook = getenv("IPCFLOOR_URING_DISABLE");
	struct io_uring_probe *pr;
	struct io_uring ring;
	int ret;

	if (hook && *hook == '1')
		return ring_unavailable(r, ENOSYS, 1);
	ret = ring_init(r, &ring, 4);
	if (ret)
		return ret;
	pr = io_uring_get_probe_ring(&ring);
	if (!pr) {
		io_uring_queue_exit(&ring);
		ipc_reason(r, "io_uring: the kernel has no opcode probe (older than 5.6)");
		return IPC_SKIP;
	}
	for (int i = 0; i < 2; i++)
		if (!io_uring_opcode_supported(pr, needs[kind].op[i])) {
			ipc_reason(r, "io_uring: the kernel lacks IORING_OP_%s", needs[kind].name[i]);
			ret = IPC_SKIP;
			break;
		}
	io_uring_free_probe(pr);
	io_uring_queue_exit(&ring);
	return ret;
}

static int ur_setup(struct ipc_run *r)
{
	struct ur_priv *p = calloc(1, sizeof(*p));
	int ret;

	if (!p)
		return -1;
	r->priv = p;
	p->ab[0] = p->ab[1] = p->ba[0] = p->ba[1] = p->sk[0] = p->sk[1] = -1;
	p->kind = (enum ur_kind)r->kind;
	ret = probe(r, p->kind);
	if (ret)
		return ret;
	if (p->kind == UR_FIXED && r->size > (1ul << 30)) {
		ipc_reason(r, "fixed: a registered buffer is limited to 1 GiB; --size is %zu", r->size);
		return IPC_SKIP;
	}
	switch (p->kind) {
	case UR_SOCKET:
	case UR_SENDZC:
		if (p->kind == UR_SOCKET ? socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, p->sk) :
		    ipc_tcp_pair(r, p->sk))
			return -1;
		/* default buffers (autotuned for TCP), recorded as granted */
		note_buf(r, p->sk[0], SO_SNDBUF, "sndbuf");
		note_buf(r, p->sk[1], SO_RCVBUF, "rcvbuf");
		break;
	default:
		if (pipe2(p->ab, O_CLOEXEC))
			return -1;
		ipc_pipe_size(r, p->ab[1], r->size < 65536 ? 65536 : (long)r->size, "ab");
		if (r->mode == MODE_LAT) {
			if (pipe2(p->ba, O_CLOEXEC))
				return -1;
			ipc_pipe_size(r, p->ba[1], r->size < 65536 ? 65536 : (long)r->size, "ba");
		}
		p->chunk = (size_t)fcntl(p->ab[1], F_GETPIPE_SZ);
		break;
	}
	return 0;
}

static int ur_attach(struct ipc_run *r, enum ipc_role role)
{
	struct ur_priv *p = r->priv;
	int ret;

	if (p->sk[0] >= 0) {
		close(p->sk[!role]);
		p->sk[!role] = -1;
		p->txfd = p->rxfd = p->sk[role];
	} else {
		int *mine_w = role == ROLE_A ? &p->ab[1] : &p->ba[1];
		int *mine_r = role == ROLE_A ? &p->ba[0] : &p->ab[0];
		int *other[2] = { role == ROLE_A ? &p->ab[0] : &p->ab[1],
				  role == ROLE_A ? &p->ba[1] : &p->ba[0] };

		/* only our own ends: a dead peer reads as EOF/EPIPE */
		for (int i = 0; i < 2; i++)
			if (*other[i] >= 0) {
				close(*other[i]);
				*other[i] = -1;
			}
		p->txfd = *mine_w;
		p->rxfd = *mine_r;
	}
	ret = ring_init(r, &p->ring, p->kind == UR_BATCH ? 2 * BATCH_QD : 8);
	if (ret)
		return ret;
	p->ring_ok = 1;
	if (p->kind == UR_FIXED) {
		int fds[2] = { p->txfd, p->rxfd };

		/* -1 entries are sparse slots (bw: each side uses one direction) */
		ret = io_uring_register_files(&p->ring, fds, 2);
		if (ret < 0) {
			ipc_reason(r, "io_uring_register_files: %s", strerror(-ret));
			return -1;
		}
	}
	return 0;
}

/* wait for one CQE and consume it */
static int reap(struct ur_priv *p, struct io_uring_cqe *out)
{
	struct io_uring_cqe *cqe;
	int ret;

	do
		ret = io_uring_wait_cqe(&p->ring, &cqe);
	while (ret == -EINTR);
	if (ret < 0) {
		errno = -ret;
		return -1;
	}
	*out = *cqe;
	io_uring_cqe_seen(&p->ring, cqe);
	return 0;
}

/*
 * fixed: the index of the registered buffer that starts at buf, registering
 * it if it is new; -1 on failure, -2 when the kernel refuses for a limit.
 */
static int fixed_index(struct ipc_run *r, struct ur_priv *p, int slot, void *buf)
{
	struct iovec iov[2];
	int n = 0, idx = -1, ret, fresh = p->reg[slot].iov_base != buf;

	if (fresh) {
		/* a new buffer: happens in warm-up, when the harness first hands one over */
		if (p->nreg)
			io_uring_unregister_buffers(&p->ring);
		p->nreg = 0;
		p->reg[slot].iov_base = buf;
		p->reg[slot].iov_len = r->size;
	}
	for (int i = 0; i < 2; i++)
		if (p->reg[i].iov_base) {
			if (i == slot)
				idx = n;
			iov[n++] = p->reg[i];
		}
	if (fresh) {
		ret = io_uring_register_buffers(&p->ring, iov, (unsigned)n);
		if (ret < 0) {
			ipc_reason(r, "io_uring_register_buffers (%zu bytes): %s%s", r->size,
				   strerror(-ret), ret == -ENOMEM ? " (RLIMIT_MEMLOCK)" : "");
			return ret == -ENOMEM ? -2 : -1;
		}
		p->nreg = n;
	}
	return idx;
}

static int prep(struct ipc_run *r, struct ur_priv *p, int write, void *buf, size_t len,
		void *base)
{
	struct io_uring_sqe *sqe = io_uring_get_sqe(&p->ring);
	unsigned n = len > CHUNK_MAX ? CHUNK_MAX : (unsigned)len;
	int idx;

	if (!sqe) {
		ipc_reason(r, "io_uring: submission queue full");
		return -1;
	}
	switch (p->kind) {
	case UR_SOCKET:
		if (write)
			io_uring_prep_send(sqe, p->txfd, buf, n, MSG_NOSIGNAL);
		else
			io_uring_prep_recv(sqe, p->rxfd, buf, n, 0);
		break;
	case UR_SENDZC:
		if (write)
			io_uring_prep_send_zc(sqe, p->txfd, buf, n, MSG_NOSIGNAL,
					      IORING_SEND_ZC_REPORT_USAGE);
		else
			io_uring_prep_recv(sqe, p->rxfd, buf, n, 0);
		break;
	case UR_FIXED:
		idx = fixed_index(r, p, !write, base);
		if (idx < 0)
			return idx == -2 ? IPC_SKIP : -1;
		if (write)
			io_uring_prep_write_fixed(sqe, 0, buf, n, (__u64)-1, idx);
		else
			io_uring_prep_read_fixed(sqe, 1, buf, n, (__u64)-1, idx);
		sqe->flags |= IOSQE_FIXED_FILE;
		break;
	default:
		/* offset -1: the file position, the only one a pipe has */
		if (write)
			io_uring_prep_write(sqe, p->txfd, buf, n, (__u64)-1);
		else
			io_uring_prep_read(sqe, p->rxfd, buf, n, (__u64)-1);
		break;
	}
	sqe->user_data = 0;
	return 0;
}

/* move len bytes with one SQE at a time until done; short transfers continue */
static int xfer(struct ipc_run *r, struct ur_priv *p, int write, void *base, size_t off, size_t len)
{
	while (off < len) {
		struct io_uring_cqe cqe;
		int more = 0, ret;

		ret = prep(r, p, write, (char *)base + off, len - off, base);
		if (ret)
			return ret;
		ret = io_uring_submit_and_wait(&p->ring, 1);
		if (ret < 0) {
			errno = -ret;
			return -1;
		}
		if (reap(p, &cqe))
			return -1;
		more = cqe.flags & IORING_CQE_F_MORE;
		if (cqe.res < 0) {
			errno = -cqe.res;
			ipc_reason(r, "io_uring %s: %s", write ? "write" : "read", strerror(errno));
			return -1;
		}
		if (cqe.res == 0 && !write) {
			errno = EPIPE;	/* the peer closed */
			return -1;
		}
		off += (size_t)cqe.res;
		/* SEND_ZC: the buffer is ours again only after the notification */
		while (more) {
			if (reap(p, &cqe))
				return -1;
			if (cqe.flags & IORING_CQE_F_NOTIF) {
				p->zc_sends++;
				if ((unsigned)cqe.res & IORING_NOTIF_USAGE_ZC_COPIED)
					p->zc_copied++;
			}
			more = cqe.flags & IORING_CQE_F_MORE;
		}
	}
	return 0;
}

/* batch bw: the message as a linked chain of chunk writes, up to BATCH_QD per enter */
static int batch_write(struct ipc_run *r, struct ur_priv *p, const void *buf)
{
	size_t off = 0, len[BATCH_QD];

	while (off < r->size) {
		size_t pos = off, done = 0;
		int n = 0, ret, stop = 0;
		int res[BATCH_QD];

		struct io_uring_sqe *sqe = NULL;

		for (; n < BATCH_QD && pos < r->size; n++) {
			sqe = io_uring_get_sqe(&p->ring);

			len[n] = r->size - pos < p->chunk ? r->size - pos : p->chunk;
			io_uring_prep_write(sqe, p->txfd, (char *)buf + pos, (unsigned)len[n], (__u64)-1);
			sqe->user_data = (__u64)n;
			sqe->flags |= IOSQE_IO_LINK;
			pos += len[n];
		}
		/* the chain ends at the last SQE; a short write cancels the rest */
		sqe->flags &= (__u8)~IOSQE_IO_LINK;
		ret = io_uring_submit_and_wait(&p->ring, (unsigned)n);
		if (ret < 0) {
			errno = -ret;
			return -1;
		}
		for (int i = 0; i < n; i++) {
			struct io_uring_cqe cqe;

			if (reap(p, &cqe))
				return -1;
			res[cqe.user_data] = cqe.res;
		}
		for (int i = 0; i < n && !stop; i++) {
			if (res[i] < 0) {
				if (res[i] == -ECANCELED && i > 0)
					break;
				errno = -res[i];
				ipc_reason(r, "io_uring linked write: %s", strerror(errno));
				return -1;
			}
			done += (size_t)res[i];
			stop = (size_t)res[i] < len[i];
		}
		off += done;
	}
	return 0;
}

/*
 * batch lat, the initiator: the write and the read of the reply, linked, in
 * one enter.  The read lands in the buffer recv() was last given (the
 * harness reuses it); recv() then only completes a short read.
 */
static int linked_round_trip(struct ipc_run *r, struct ur_priv *p, const void *buf)
{
	struct io_uring_sqe *w = io_uring_get_sqe(&p->ring), *rd;
	int res[2] = { 0, 0 }, ret;

	io_uring_prep_write(w, p->txfd, buf, (unsigned)r->size, (__u64)-1);
	w->flags |= IOSQE_IO_LINK;
	w->user_data = 0;
	rd = io_uring_get_sqe(&p->ring);
	io_uring_prep_read(rd, p->rxfd, p->rx_known, (unsigned)r->size, (__u64)-1);
	rd->user_data = 1;
	ret = io_uring_submit_and_wait(&p->ring, 2);
	if (ret < 0) {
		errno = -ret;
		return -1;
	}
	for (int i = 0; i < 2; i++) {
		struct io_uring_cqe cqe;

		if (reap(p, &cqe))
			return -1;
		res[cqe.user_data & 1] = cqe.res;
	}
	if (res[0] < 0) {
		errno = -res[0];
		ipc_reason(r, "io_uring write: %s", strerror(errno));
		return -1;
	}
	/* a short write broke the link: the read was cancelled, finish the write */
	if ((size_t)res[0] < r->size && xfer(r, p, 1, (void *)buf, (size_t)res[0], r->size))
		return -1;
	if (res[1] == 0) {
		errno = EPIPE;
		return -1;
	}
	if (res[1] < 0 && res[1] != -ECANCELED) {
		errno = -res[1];
		ipc_reason(r, "io_uring linked read: %s", strerror(errno));
		return -1;
	}
	p->pre_read = res[1] > 0 ? (size_t)res[1] : 0;
	p->pre_armed = 1;
	return 0;
}

static int ur_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct ur_priv *p = r->priv;

	if (p->kind != UR_BATCH)
		return xfer(r, p, 1, (void *)buf, 0, r->size);
	if (r->mode == MODE_BW)
		return batch_write(r, p, buf);
	if (role != ROLE_A || !p->rx_known || r->size > CHUNK_MAX)
		return xfer(r, p, 1, (void *)buf, 0, r->size);
	return linked_round_trip(r, p, buf);
}

static int ur_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct ur_priv *p = r->priv;
	size_t from = 0;

	(void)role;
	*data = buf;
	if (p->pre_armed) {
		p->pre_armed = 0;
		if (buf == p->rx_known)
			from = p->pre_read;
	}
	p->rx_known = buf;
	return xfer(r, p, 0, buf, from, r->size);
}

static void ur_detach(struct ipc_run *r, enum ipc_role role)
{
	struct ur_priv *p = r->priv;

	(void)role;
	if (p->kind == UR_SENDZC && p->zc_sends)
		ipc_note(r, "zc_copied_%c=%lu/%lu", role == ROLE_A ? 'a' : 'b', p->zc_copied,
			 p->zc_sends);
	if (p->ring_ok)
		io_uring_queue_exit(&p->ring);
	p->ring_ok = 0;
}

static void ur_cleanup(struct ipc_run *r)
{
	struct ur_priv *p = r->priv;
	int fds[6];

	if (!p)
		return;
	memcpy(fds, p->ab, sizeof(p->ab));
	memcpy(fds + 2, p->ba, sizeof(p->ba));
	memcpy(fds + 4, p->sk, sizeof(p->sk));
	for (int i = 0; i < 6; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant ur_variants[] = {
	{ "pipe", "WRITE/READ SQEs on two pipes, one submit-and-wait per message", 0, UR_PIPE },
	{ "socket", "SEND/RECV SQEs on a unix stream socketpair", 0, UR_SOCKET },
	{ "batch", "pipes; bw: linked chunk writes, many per enter; lat: write+read linked", 0, UR_BATCH },
	{ "fixed", "pipes; registered buffers and files (WRITE_FIXED/READ_FIXED)", 0, UR_FIXED },
	{ "sendzc", "SEND_ZC on TCP loopback, waits for the notification; RECV", 0, UR_SENDZC },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive ur_prim = {
	.name = "uring",
	.summary = "io_uring (liburing): pipes, unix socket, batched, registered, SEND_ZC",
	.variants = ur_variants,
	.setup = ur_setup,
	.attach = ur_attach,
	.send = ur_send,
	.recv = ur_recv,
	.detach = ur_detach,
	.cleanup = ur_cleanup,
};

IPC_PRIMITIVE(ur_prim);
