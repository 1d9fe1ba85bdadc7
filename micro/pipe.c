/* SPDX-License-Identifier: MIT */
/*
 * pipe: two anonymous pipes, A->B and B->A, read and written with plain
 * read(2)/write(2).  Measures the kernel's copy in, copy out and the wake-up
 * of a blocked reader.  Capacity is raised with F_SETPIPE_SZ towards the
 * payload (up to /proc/sys/fs/pipe-max-size), so a large message needs fewer
 * wake-ups; the capacity actually granted is recorded.  Leaves out:
 * vmsplice/splice (see the vmsplice primitive).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"

struct pipe_priv {
	int ab[2];	/* A writes [1], B reads [0] */
	int ba[2];	/* B writes [1], A reads [0] */
};

/* capacity toward the payload; below 64 KiB the default already holds it */
static void grow(struct ipc_run *r, int fd, const char *dir)
{
	ipc_pipe_size(r, fd, r->size < 65536 ? 65536 : (long)r->size, dir);
}

static int pipe_setup(struct ipc_run *r)
{
	struct pipe_priv *p = calloc(1, sizeof(*p));

	if (!p)
		return -1;
	r->priv = p;
	p->ab[0] = p->ab[1] = p->ba[0] = p->ba[1] = -1;
	if (pipe2(p->ab, O_CLOEXEC) || pipe2(p->ba, O_CLOEXEC))
		return -1;
	grow(r, p->ab[1], "ab");
	if (r->mode == MODE_LAT)
		grow(r, p->ba[1], "ba");
	return 0;
}

static int pipe_attach(struct ipc_run *r, enum ipc_role role)
{
	struct pipe_priv *p = r->priv;

	/* keep only our own ends, so a dead peer reads as EOF/EPIPE */
	if (role == ROLE_A) {
		close(p->ab[0]);
		close(p->ba[1]);
	} else {
		close(p->ab[1]);
		close(p->ba[0]);
	}
	return 0;
}

static int pipe_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct pipe_priv *p = r->priv;

	return write_full(role == ROLE_A ? p->ab[1] : p->ba[1], buf, r->size);
}

static int pipe_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct pipe_priv *p = r->priv;

	*data = buf;
	return read_full(role == ROLE_A ? p->ba[0] : p->ab[0], buf, r->size);
}

static void pipe_cleanup(struct ipc_run *r)
{
	struct pipe_priv *p = r->priv;

	if (!p)
		return;
	close_fds(p->ab, 2);
	close_fds(p->ba, 2);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant pipe_variants[] = {
	{ "default", "read(2)/write(2) on two pipes, capacity raised toward the payload", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive pipe_prim = {
	.name = "pipe",
	.summary = "anonymous pipes: kernel copy in, copy out, reader wake-up",
	.variants = pipe_variants,
	.setup = pipe_setup,
	.attach = pipe_attach,
	.send = pipe_send,
	.recv = pipe_recv,
	.cleanup = pipe_cleanup,
};

IPC_PRIMITIVE(pipe_prim);
