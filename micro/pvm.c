/* SPDX-License-Identifier: MIT */
/*
 * pvm: process_vm_readv(2), the receiver copying straight out of the
 * sender's memory: one copy, no kernel buffer in between, what MPI's
 * shared-memory transports (CMA in Open MPI/MPICH) use for large messages.
 *
 * Each sender builds its messages in buffers of its own (the tx_buf hook)
 * and tells the peer their addresses once, at attach, over a unix stream
 * socketpair.  Per message the sender writes a 4-byte slot number on that
 * socket (the notification); the receiver reads it and copies the payload
 * with process_vm_readv into its own buffer.  Throughput mode keeps two
 * sender slots and the receiver returns a 4-byte ack per message, so the
 * sender rewrites a slot only after the peer has copied it out while the
 * other slot is in flight; latency mode needs no ack (the reply is one).
 * So the figures include a socket notification per message: at small
 * sizes that, not the copy, is what is measured (a flag in shared memory
 * would be cheaper; see cacheline/futexwake for those floors).
 *
 * The kernel allows the call only when the caller may ptrace the target
 * (same uid and a dumpable target, or CAP_SYS_PTRACE; Yama's
 * kernel.yama.ptrace_scope >= 1 forbids it between siblings).  attach()
 * probes one byte and turns EPERM into a skip naming the rule.  Test hook:
 * IPCFLOOR_PVM_DENY=1 makes both roles non-dumpable and drops
 * CAP_SYS_PTRACE from their effective set, so the kernel really refuses.
 * Leaves out: process_vm_writev, and the cost of the address exchange.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/capability.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "harness.h"

#define MAX_SLOTS 2

struct pvm_info {
	int32_t pid;
	uint32_t nslots;
	uint64_t addr[MAX_SLOTS];
};

struct pvm_priv {
	int fd[2];		/* socketpair: A uses fd[0], B fd[1] */
	unsigned char *slot[MAX_SLOTS];	/* this side's send buffers */
	unsigned nslots, next, inflight;
	struct pvm_info peer;
};

static int pvm_setup(struct ipc_run *r)
{
	struct pvm_priv *p = calloc(1, sizeof(*p));

	if (!p)
		return -1;
	r->priv = p;
	p->fd[0] = p->fd[1] = -1;
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, p->fd))
		return -1;
	return 0;
}

/* test hook: make this process one the kernel will not let a peer read */
static int deny_ptrace(struct ipc_run *r)
{
	struct __user_cap_header_struct h = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct d[2];

	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0))
		return -1;
	if (syscall(SYS_capget, &h, d))
		return -1;
	d[CAP_SYS_PTRACE / 32].effective &= ~(1u << (CAP_SYS_PTRACE % 32));
	if (syscall(SYS_capset, &h, d)) {
		ipc_reason(r, "capset: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static int pvm_attach(struct ipc_run *r, enum ipc_role role)
{
	struct pvm_priv *p = r->priv;
	struct pvm_info me = { .pid = getpid() };
	const char *deny = getenv("IPCFLOOR_PVM_DENY");
	int32_t mine, theirs;
	int fd, err = 0;

	close(p->fd[!role]);
	p->fd[!role] = -1;
	fd = p->fd[role];
	/* lat: one slot each (the reply frees it); bw: A double-buffers, B sends nothing */
	p->nslots = r->mode == MODE_LAT ? 1 : role == ROLE_A ? 2 : 0;
	for (unsigned i = 0; i < p->nslots; i++) {
		void *m = mmap(NULL, r->size, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (m == MAP_FAILED)
			return -1;
		memset(m, 0x5a, r->size);	/* faulted in: no timed message pays for it */
		p->slot[i] = m;
		me.addr[i] = (uintptr_t)m;
	}
	me.nslots = p->nslots;
	if (deny && *deny == '1' && deny_ptrace(r))
		return -1;
	if (write_full(fd, &me, sizeof(me)) || read_full(fd, &p->peer, sizeof(p->peer)))
		return -1;
	if (p->peer.nslots) {
		/* probe: may this process read the peer's memory at all? */
		unsigned char b;
		struct iovec l = { &b, 1 }, rm = { (void *)(uintptr_t)p->peer.addr[0], 1 };

		if (process_vm_readv(p->peer.pid, &l, 1, &rm, 1, 0) != 1)
			err = errno;
	}
	/*
	 * Tell each other the outcome before anyone leaves: a side that
	 * skipped and exited at once would turn the peer's probe into ESRCH.
	 */
	mine = err;
	if (write_full(fd, &mine, sizeof(mine)) || read_full(fd, &theirs, sizeof(theirs)))
		return -1;
	if (err == EPERM || err == ENOSYS || theirs == EPERM || theirs == ENOSYS) {
		long long scope = read_sysctl_ll("/proc/sys/kernel/yama/ptrace_scope");

		if (!err)
			err = theirs;
		ipc_reason(r, "process_vm_readv of a sibling: %s (needs ptrace access: same uid "
			   "and a dumpable target or CAP_SYS_PTRACE; kernel.yama.ptrace_scope=%s%s)",
			   strerror(err), scope < 0 ? "absent" : scope == 0 ? "0" : scope == 1 ? "1" :
			   scope == 2 ? "2" : "3",
			   deny && *deny == '1' ? "; forced by IPCFLOOR_PVM_DENY=1" : "");
		return IPC_SKIP;
	}
	if (err) {
		ipc_reason(r, "process_vm_readv probe: %s", strerror(err));
		return -1;
	}
	ipc_note(r, "slots_%c=%u", role == ROLE_A ? 'a' : 'b', p->nslots);
	return 0;
}

static void *pvm_tx_buf(struct ipc_run *r, enum ipc_role role)
{
	struct pvm_priv *p = r->priv;
	uint32_t ack;

	/* every slot in flight: wait until the receiver has copied the oldest out */
	if (p->inflight == p->nslots && r->mode == MODE_BW) {
		if (read_full(p->fd[role], &ack, sizeof(ack)))
			return NULL;
		p->inflight--;
	}
	return p->slot[p->next];
}

static int pvm_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct pvm_priv *p = r->priv;
	uint32_t idx = p->next;

	(void)buf;	/* always p->slot[idx], handed out by tx_buf */
	if (write_full(p->fd[role], &idx, sizeof(idx)))
		return -1;
	if (r->mode == MODE_BW)
		p->inflight++;
	p->next = (p->next + 1) % p->nslots;
	return 0;
}

static int pvm_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct pvm_priv *p = r->priv;
	size_t off = 0;
	uint32_t idx;

	*data = buf;
	if (read_full(p->fd[role], &idx, sizeof(idx)))
		return -1;
	if (idx >= p->peer.nslots) {
		ipc_reason(r, "peer named slot %u of %u", idx, p->peer.nslots);
		return -1;
	}
	while (off < r->size) {
		struct iovec l = { (unsigned char *)buf + off, r->size - off };
		struct iovec rm = { (void *)(uintptr_t)(p->peer.addr[idx] + off), r->size - off };
		ssize_t n = process_vm_readv(p->peer.pid, &l, 1, &rm, 1, 0);

		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			ipc_reason(r, "process_vm_readv: %s", n ? strerror(errno) : "no progress");
			return -1;
		}
		off += (size_t)n;
	}
	if (r->mode == MODE_BW && write_full(p->fd[role], &idx, sizeof(idx)))
		return -1;
	return 0;
}

static void pvm_detach(struct ipc_run *r, enum ipc_role role)
{
	struct pvm_priv *p = r->priv;

	(void)role;
	for (unsigned i = 0; i < p->nslots; i++)
		munmap(p->slot[i], r->size);
}

static void pvm_cleanup(struct ipc_run *r)
{
	struct pvm_priv *p = r->priv;

	if (!p)
		return;
	close_fds(p->fd, 2);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant pvm_variants[] = {
	{ "default", "socket notification + process_vm_readv from the sender's buffer", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive pvm_prim = {
	.name = "pvm",
	.summary = "process_vm_readv: the receiver copies straight from the sender's memory",
	.variants = pvm_variants,
	.mem_factor = 2.0,
	.setup = pvm_setup,
	.attach = pvm_attach,
	.tx_buf = pvm_tx_buf,
	.send = pvm_send,
	.recv = pvm_recv,
	.detach = pvm_detach,
	.cleanup = pvm_cleanup,
};

IPC_PRIMITIVE(pvm_prim);
