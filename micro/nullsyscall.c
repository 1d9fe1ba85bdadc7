/* SPDX-License-Identifier: MIT */
/*
 * nullsyscall: the cost of entering and leaving the kernel once, measured
 * as getppid(2) issued through syscall(SYS_getppid) so that no C library
 * can answer it from a cache.  One process (IPC_SOLO); one operation = one
 * system call; read the lat row's p50_ns.  Payload size is ignored (noted).
 * Leaves out: everything a real call does inside the kernel (getppid only
 * reads one pointer under RCU); mitigation costs (KPTI, retpolines) are
 * included, which is the point: they are part of every transport's floor.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"

struct ns_priv {
	long ppid;	/* what every call must return: the controller's pid */
};

static int ns_setup(struct ipc_run *r)
{
	struct ns_priv *p = calloc(1, sizeof(*p));

	if (!p)
		return -1;
	r->priv = p;
	ipc_note(r, "size_ignored=1");
	return 0;
}

static int ns_attach(struct ipc_run *r, enum ipc_role role)
{
	struct ns_priv *p = r->priv;

	(void)role;
	p->ppid = syscall(SYS_getppid);
	return 0;
}

static int ns_op(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct ns_priv *p = r->priv;
	long got = syscall(SYS_getppid);

	(void)role;
	(void)buf;
	/* verify: the kernel really answered, and answered right */
	if (r->verify && got != p->ppid) {
		ipc_reason(r, "verify: getppid returned %ld; expected %ld", got, p->ppid);
		return -1;
	}
	return 0;
}

static void ns_cleanup(struct ipc_run *r)
{
	free(r->priv);
	r->priv = NULL;
}

static const struct ipc_variant ns_variants[] = {
	{ "default", "syscall(SYS_getppid): one kernel entry and exit", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive ns_prim = {
	.name = "nullsyscall",
	.summary = "floor: one null system call (getppid, uncached)",
	.variants = ns_variants,
	.flags = IPC_SOLO | IPC_NO_BW | IPC_FLOOR,
	.setup = ns_setup,
	.attach = ns_attach,
	.send = ns_op,
	.cleanup = ns_cleanup,
};

IPC_PRIMITIVE(ns_prim);
