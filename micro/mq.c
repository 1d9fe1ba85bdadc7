/* SPDX-License-Identifier: MIT */
/*
 * mq: POSIX message queues (mq_open/mq_send/mq_receive), one queue A->B and,
 * in latency mode, one B->A.  Measures the kernel's copy of a message into
 * the queue, the copy out, and the wake-up of a blocked receiver.
 *
 *   default   one queue message per payload; above the per-message limit
 *             (fs.mqueue.msgsize_max) the row is a skip naming the limit
 *   chunked   the payload split into limit-sized queue messages, in order
 *
 * The limit applied is the sysctl's, the one an unprivileged program meets;
 * a process with CAP_SYS_RESOURCE could ask up to 16 MiB, but a figure that
 * only root can reproduce would not describe the primitive applications use.
 * The queue depth is raised to min(10, fs.mqueue.msg_max) and lowered only as
 * far as RLIMIT_MSGQUEUE demands; what was granted is recorded.
 *
 * Names are /<run_tag>-ab and -ba, created O_EXCL mode 0600 by the
 * controller in setup() and unlinked right there: the children inherit the
 * descriptors across fork, so nothing named outlives setup() (cleanup()
 * unlinks again by name in case setup() was cut short).  The test hook
 * IPCFLOOR_HOLD_NAMED=<seconds> (ipc_hold_named) keeps each name that long
 * before the unlink, for tests/test_security.py.  Leaves out:
 * priorities, mq_notify and mq_timed*.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "harness.h"

#define MQ_DEPTH_WANT	10

enum mq_kind { MQ_WHOLE, MQ_CHUNKED };
#define MSGSIZE_MAX_PATH "/proc/sys/fs/mqueue/msgsize_max"
#define MSG_MAX_PATH	"/proc/sys/fs/mqueue/msg_max"
/* the kernel's default when the sysctl cannot be read */
#define MSGSIZE_DEFAULT	8192
/* no sysctl raises the per-message limit above this (ipc/mqueue.c) */
#define MSGSIZE_HARD_MAX (16 * 1024 * 1024)

struct mq_priv {
	mqd_t q[2];		/* q[0] A->B, q[1] B->A */
	char name[2][64];
	int created[2];
	size_t chunk;		/* bytes per queue message */
	size_t nchunks;		/* queue messages per payload */
	char *bounce;		/* receive area for a short last chunk */
};

/* queue messages must be received into a buffer of at least mq_msgsize */
static int recv_chunk(struct ipc_run *r, mqd_t q, char *dst, size_t want, size_t msgsize)
{
	struct mq_priv *p = r->priv;
	char *into = want < msgsize ? p->bounce : dst;
	ssize_t n;

	do
		n = mq_receive(q, into, msgsize, NULL);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if ((size_t)n != want) {
		ipc_reason(r, "mq: queue message of %zd bytes where %zu were sent", n, want);
		return -1;
	}
	if (into != dst)
		memcpy(dst, into, want);
	return 0;
}

/* the kernel charges a queue about this much against RLIMIT_MSGQUEUE */
static size_t queue_charge(long depth, size_t msgsize)
{
	/* struct msg_msg and the rbtree node per message, rounded up */
	return (size_t)depth * (msgsize + 128);
}

static int open_queue(struct ipc_run *r, int dir, long depth, size_t msgsize)
{
	struct mq_priv *p = r->priv;
	struct mq_attr want = { .mq_maxmsg = depth, .mq_msgsize = (long)msgsize }, got;
	struct rlimit rl = { 0, 0 };

	snprintf(p->name[dir], sizeof(p->name[dir]), "/%s-%s", r->run_tag, dir ? "ba" : "ab");
	p->q[dir] = mq_open(p->name[dir], O_RDWR | O_CREAT | O_EXCL, 0600, &want);
	if (p->q[dir] == (mqd_t)-1) {
		int err = errno;

		getrlimit(RLIMIT_MSGQUEUE, &rl);
		switch (err) {
		case ENOSYS:
			ipc_reason(r, "the kernel has no POSIX message queues (CONFIG_POSIX_MQUEUE)");
			return IPC_SKIP;
		case EINVAL:
			ipc_reason(r, "mq_open refuses mq_maxmsg=%ld mq_msgsize=%zu (fs.mqueue.msg_max=%lld"
				   " fs.mqueue.msgsize_max=%lld)", depth, msgsize,
				   read_sysctl_ll(MSG_MAX_PATH), read_sysctl_ll(MSGSIZE_MAX_PATH));
			return IPC_SKIP;
		case EMFILE:
			ipc_reason(r, "mq_open: EMFILE: a queue of %ld x %zu B exceeds RLIMIT_MSGQUEUE=%llu B"
				   " (ulimit -q) or the open file limit", depth, msgsize,
				   (unsigned long long)rl.rlim_cur);
			return IPC_SKIP;
		case ENOSPC:
			ipc_reason(r, "mq_open: ENOSPC: fs.mqueue.queues_max=%lld queues already exist",
				   read_sysctl_ll("/proc/sys/fs/mqueue/queues_max"));
			return IPC_SKIP;
		case EACCES:
		case EPERM:
			ipc_reason(r, "mq_open %s: %s", p->name[dir], strerror(err));
			return IPC_SKIP;
		default:
			ipc_reason(r, "mq_open %s: %s", p->name[dir], strerror(err));
			return -1;
		}
	}
	p->created[dir] = 1;
	ipc_hold_named(p->name[dir]);
	/* nothing named survives setup(): the descriptors are all we need */
	if (mq_unlink(p->name[dir]) == 0)
		p->created[dir] = 0;
	if (mq_getattr(p->q[dir], &got))
		return -1;
	/* the kernel refuses rather than clamps, but never trust a silent change */
	if (got.mq_msgsize != want.mq_msgsize || got.mq_maxmsg != want.mq_maxmsg) {
		ipc_reason(r, "mq: asked mq_maxmsg=%ld mq_msgsize=%ld; got %ld and %ld", want.mq_maxmsg,
			   want.mq_msgsize, got.mq_maxmsg, got.mq_msgsize);
		return -1;
	}
	if (dir == 0)
		ipc_note(r, "mq_msgsize=%ld;mq_maxmsg=%ld", got.mq_msgsize, got.mq_maxmsg);
	return 0;
}

static int mq_setup(struct ipc_run *r)
{
	struct mq_priv *p = calloc(1, sizeof(*p));
	long long limit = read_sysctl_ll(MSGSIZE_MAX_PATH);
	long long msg_max = read_sysctl_ll(MSG_MAX_PATH);
	int chunked = r->kind == MQ_CHUNKED;
	struct rlimit rl;
	long depth;
	int nq = r->mode == MODE_LAT ? 2 : 1, ret;

	if (!p)
		return -1;
	r->priv = p;
	p->q[0] = p->q[1] = (mqd_t)-1;
	if (limit <= 0) {
		/* no procfs: assume the kernel default and let mq_open judge */
		limit = MSGSIZE_DEFAULT;
		ipc_note(r, "msgsize_max_unread=assumed_%d", MSGSIZE_DEFAULT);
	}
	if (!chunked && r->size > (unsigned long long)limit) {
		if (r->size > MSGSIZE_HARD_MAX)
			ipc_reason(r, "message of %zu B over fs.mqueue.msgsize_max=%lld and over the "
				   "kernel's hard cap of %d B (HARD_MSGSIZEMAX); use --variant chunked",
				   r->size, limit, MSGSIZE_HARD_MAX);
		else
			ipc_reason(r, "message of %zu B over fs.mqueue.msgsize_max=%lld (raise it with "
				   "sysctl -w fs.mqueue.msgsize_max=%zu; or use --variant chunked)",
				   r->size, limit, r->size);
		return IPC_SKIP;
	}
	p->chunk = r->size < (size_t)limit ? r->size : (size_t)limit;
	p->nchunks = (r->size + p->chunk - 1) / p->chunk;
	if (chunked)
		ipc_note(r, "chunk_bytes=%zu;chunks=%zu", p->chunk, p->nchunks);

	depth = msg_max > 0 && msg_max < MQ_DEPTH_WANT ? (long)msg_max : MQ_DEPTH_WANT;
	/* lower the depth only as far as the per-user byte limit requires */
	if (!getrlimit(RLIMIT_MSGQUEUE, &rl) && rl.rlim_cur != RLIM_INFINITY)
		while (depth > 1 && queue_charge(depth, p->chunk) * (size_t)nq > rl.rlim_cur)
			depth--;
	if (depth < MQ_DEPTH_WANT)
		ipc_note(r, "mq_depth_lowered_from=%d", MQ_DEPTH_WANT);

	p->bounce = malloc(p->chunk);
	if (!p->bounce)
		return -1;
	for (int dir = 0; dir < nq; dir++)
		if ((ret = open_queue(r, dir, depth, p->chunk)))
			return ret;
	return 0;
}

static int mq_send_msg(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct mq_priv *p = r->priv;
	const char *b = buf;

	for (size_t off = 0; off < r->size; off += p->chunk) {
		size_t len = r->size - off < p->chunk ? r->size - off : p->chunk;
		int ret;

		do
			ret = mq_send(p->q[role], b + off, len, 0);
		while (ret < 0 && errno == EINTR);
		if (ret < 0)
			return -1;
	}
	return 0;
}

static int mq_recv_msg(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct mq_priv *p = r->priv;
	char *b = buf;

	*data = buf;
	for (size_t off = 0; off < r->size; off += p->chunk) {
		size_t len = r->size - off < p->chunk ? r->size - off : p->chunk;

		if (recv_chunk(r, p->q[!role], b + off, len, p->chunk))
			return -1;
	}
	return 0;
}

static void mq_cleanup(struct ipc_run *r)
{
	struct mq_priv *p = r->priv;

	if (!p)
		return;
	for (int dir = 0; dir < 2; dir++) {
		if (p->created[dir])
			mq_unlink(p->name[dir]);
		if (p->q[dir] != (mqd_t)-1)
			mq_close(p->q[dir]);
	}
	free(p->bounce);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant mq_variants[] = {
	{ "default", "one queue message per payload; skip above fs.mqueue.msgsize_max", 0,
	  MQ_WHOLE },
	{ "chunked", "payload split into msgsize_max-sized queue messages", 0, MQ_CHUNKED },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive mq_prim = {
	.name = "mq",
	.summary = "POSIX message queues: copy in, copy out, receiver wake-up",
	.variants = mq_variants,
	.mem_factor = 0,	/* at most depth x msgsize_max bytes in the kernel */
	.setup = mq_setup,
	.send = mq_send_msg,
	.recv = mq_recv_msg,
	.cleanup = mq_cleanup,
};

IPC_PRIMITIVE(mq_prim);
