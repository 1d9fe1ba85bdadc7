/* SPDX-License-Identifier: MIT */
/*
 * tcp: one TCP connection over loopback (127.0.0.1 only), TCP_NODELAY on
 * both ends, read(2)/write(2) of the payload: the transport HTTP, websocket
 * and gRPC ride on.  setup() binds port 0 (an ephemeral port the kernel
 * picks), listens, connects and accepts, so both children inherit one
 * connected end each and no port is fixed.  Socket buffers are left to the
 * kernel's autotuning (setting SO_SNDBUF/SO_RCVBUF would switch it off);
 * the accepted connection must come from our own connected socket (any
 * local user may connect to a loopback port), else setup() fails;
 * the sizes at connect time and net.ipv4.tcp_wmem/rmem are noted.
 * Measures the copy into and out of socket buffers, the TCP/IP stack on
 * both sides of loopback and the reader's wake-up.  Leaves out: a real NIC,
 * TLS, framing, Nagle (disabled), and anything beyond loopback.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.h"

struct tcp_priv {
	int fd[2];	/* A uses fd[0] (connected), B uses fd[1] (accepted) */
};

static void note_sysctl3(struct ipc_run *r, const char *path, const char *key)
{
	FILE *f = fopen(path, "r");
	long a, b, c;

	if (!f)
		return;
	if (fscanf(f, "%ld %ld %ld", &a, &b, &c) == 3)
		ipc_note(r, "%s=%ld/%ld/%ld", key, a, b, c);
	fclose(f);
}

static int tcp_setup(struct ipc_run *r)
{
	struct tcp_priv *p = calloc(1, sizeof(*p));
	socklen_t len;
	int v;

	if (!p)
		return -1;
	r->priv = p;
	p->fd[0] = p->fd[1] = -1;
	if (ipc_tcp_pair(r, p->fd))
		return -1;
	len = sizeof(v);
	if (!getsockopt(p->fd[0], SOL_SOCKET, SO_SNDBUF, &v, &len))
		ipc_note(r, "sndbuf0=%d", v);
	len = sizeof(v);
	if (!getsockopt(p->fd[1], SOL_SOCKET, SO_RCVBUF, &v, &len))
		ipc_note(r, "rcvbuf0=%d", v);
	note_sysctl3(r, "/proc/sys/net/ipv4/tcp_wmem", "tcp_wmem");
	note_sysctl3(r, "/proc/sys/net/ipv4/tcp_rmem", "tcp_rmem");
	return 0;
}

static int tcp_attach(struct ipc_run *r, enum ipc_role role)
{
	struct tcp_priv *p = r->priv;

	/* only our own end: a dead peer then reads as EOF / ECONNRESET */
	close(p->fd[!role]);
	p->fd[!role] = -1;
	return 0;
}

static int tcp_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct tcp_priv *p = r->priv;

	return write_full(p->fd[role], buf, r->size);
}

static int tcp_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct tcp_priv *p = r->priv;

	*data = buf;
	return read_full(p->fd[role], buf, r->size);
}

static void tcp_cleanup(struct ipc_run *r)
{
	struct tcp_priv *p = r->priv;

	if (!p)
		return;
	close_fds(p->fd, 2);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant tcp_variants[] = {
	{ "default", "TCP over 127.0.0.1, TCP_NODELAY, autotuned buffers", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive tcp_prim = {
	.name = "tcp",
	.summary = "TCP loopback (127.0.0.1, TCP_NODELAY): read/write",
	.variants = tcp_variants,
	.setup = tcp_setup,
	.attach = tcp_attach,
	.send = tcp_send,
	.recv = tcp_recv,
	.cleanup = tcp_cleanup,
};

IPC_PRIMITIVE(tcp_prim);
