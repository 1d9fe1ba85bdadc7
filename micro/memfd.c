/* SPDX-License-Identifier: MIT */
/*
 * memfd: shared memory handed over as file descriptors (SCM_RIGHTS) on an
 * AF_UNIX seqpacket socketpair.  All variants are zero-copy for the
 * receiver: it maps the sender's memory and reads it where it lies.
 *
 *   fresh    per message: memfd_create, ftruncate, mmap, the sender copies
 *            its buffer in, munmap, the fd goes over the socket; the receiver
 *            mmaps it read-only and, on release, munmaps and closes.  What a
 *            per-request shared memory segment costs (Python's SharedMemory),
 *            page faults on both sides included.
 *   pooled   one memfd per direction, created, prefaulted and passed once in
 *            attach(); per message only a slot index travels.  The sender
 *            builds the message in the slot (tx_buf).
 *   sealed   fresh, plus F_SEAL_WRITE|F_SEAL_SHRINK|F_SEAL_GROW applied by
 *            the sender (after its munmap: F_SEAL_WRITE needs no writable
 *            mapping) and checked by the receiver with F_GET_SEALS: how to
 *            share with a peer that is not trusted.  The receiver also
 *            probes the first message (a writable mapping and a truncate
 *            must both be refused) and records what it saw in the notes.
 *   hugetlb  fresh with MFD_HUGETLB (sizes rounded up to the huge page);
 *            a skip when no huge pages are reserved or too few are free.
 *   thp      fresh with madvise(MADV_HUGEPAGE) on the sender's mapping; a
 *            skip when transparent huge pages are off for shmem.
 *
 * In latency mode B answers with the same kind of message, and one message
 * is in flight per direction.  In throughput mode the sender may run ahead
 * by a window of messages (pooled: the pool's slots); the receiver returns a
 * small credit record on the same socket as it releases each message, so
 * memory in flight stays bounded (window x size) and no more descriptors
 * are in flight than the kernel's limit on passed files allows.  The copy
 * variants' tx_buf() answers with a private, prefaulted buffer: the hook is
 * one for all variants, and fresh copies from it as from the harness's.
 *
 * Nothing is named: memfds vanish with their last reference, so a killed
 * process leaves nothing behind.  Leaves out: the receiver keeping fresh
 * mappings cached (that is pooled), and MSG_ZEROCOPY.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#define PAGE		4096ul
#define WIRE_MAGIC	0x6d666431u	/* "mfd1" */
#define WINDOW_MAX	8
#define WINDOW_BYTES	(256ul << 20)	/* in-flight bytes beyond two messages */
#define SEALS		(F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW)
#define THP_PATH	"/sys/kernel/mm/transparent_hugepage/shmem_enabled"
#define THP_PMD_PATH	"/sys/kernel/mm/transparent_hugepage/hugepages-2048kB/shmem_enabled"

enum kind { FRESH, POOLED, SEALED, HUGETLB, THP };

/* what travels per message (and per credit) */
struct wire {
	uint32_t magic;
	uint32_t idx;		/* pooled: slot index */
	uint64_t len;
};

struct mfd_priv {
	int sk[2];		/* socketpair: A uses sk[0], B uses sk[1] */
	enum kind kind;
	size_t map_len;		/* bytes mapped per message (huge page multiple) */
	unsigned window;	/* bw: messages in flight before the sender waits */
	unsigned inflight;	/* sender: sent, not yet credited */
	unsigned char *txbuf;	/* fresh kinds: the sender's own buffer */
	int credit_failed;	/* pooled: tx_buf() could not take a credit */
	void *rx_map;		/* receiver: the message being held */
	int rx_fd;
	/* pooled */
	unsigned char *pool_tx, *pool_rx;
	size_t stride, pool_len;
	unsigned nslot;
	uint32_t tx_seq;
	int probed;
};

static int my_sk(struct mfd_priv *p, enum ipc_role role)
{
	return p->sk[role];
}

/* one record, optionally with a descriptor */
static int send_wire(struct ipc_run *r, int sk, const struct wire *w, int fd)
{
	union {
		struct cmsghdr c;
		char buf[CMSG_SPACE(sizeof(int))];
	} u;
	struct iovec iov = { (void *)w, sizeof(*w) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	ssize_t n;

	if (fd >= 0) {
		memset(&u, 0, sizeof(u));
		m.msg_control = u.buf;
		m.msg_controllen = sizeof(u.buf);
		u.c.cmsg_level = SOL_SOCKET;
		u.c.cmsg_type = SCM_RIGHTS;
		u.c.cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(&u.c), &fd, sizeof(int));
	}
	do
		n = sendmsg(sk, &m, 0);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		if (errno != EPIPE && errno != ECONNRESET)
			ipc_reason(r, "sendmsg: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* one record; *fd gets the descriptor when want_fd, and one must come */
static int recv_wire(struct ipc_run *r, int sk, struct wire *w, int *fd)
{
	union {
		struct cmsghdr c;
		char buf[CMSG_SPACE(sizeof(int))];
	} u;
	struct iovec iov = { w, sizeof(*w) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf, .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c;
	ssize_t n;

	do
		n = recvmsg(sk, &m, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	if (n == 0) {
		errno = EPIPE;	/* the peer is gone */
		return -1;
	}
	if (fd)
		*fd = -1;
	for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
			int got;

			memcpy(&got, CMSG_DATA(c), sizeof(int));
			if (fd && *fd < 0)
				*fd = got;
			else
				close(got);	/* never keep what was not asked for */
		}
	if ((size_t)n != sizeof(*w) || w->magic != WIRE_MAGIC) {
		ipc_reason(r, "memfd: malformed record of %zd bytes", n);
		return -1;
	}
	if (m.msg_flags & MSG_CTRUNC) {
		ipc_reason(r, "memfd: control data truncated (descriptor lost)");
		return -1;
	}
	if (fd && *fd < 0) {
		ipc_reason(r, "memfd: record without a descriptor");
		return -1;
	}
	return 0;
}

static int check_hugetlb(struct ipc_run *r, struct mfd_priv *p)
{
	long long nr = read_sysctl_ll("/proc/sys/vm/nr_hugepages");
	long long hp_kb = meminfo_kb("Hugepagesize");
	long long free_hp = meminfo_kb("HugePages_Free");
	unsigned long long hp, per_msg, need;

	if (nr <= 0) {
		ipc_reason(r, "no huge pages reserved (vm.nr_hugepages=%lld)", nr);
		return IPC_SKIP;
	}
	if (hp_kb <= 0) {
		ipc_reason(r, "huge page size unknown (no Hugepagesize in /proc/meminfo)");
		return IPC_SKIP;
	}
	hp = (unsigned long long)hp_kb * 1024;
	p->map_len = (r->size + hp - 1) / hp * hp;
	per_msg = p->map_len / hp;
	/* in flight at once: the window plus the one being filled (lat: one per
	   direction, plus the reply built while the request is still held) */
	need = per_msg * (r->mode == MODE_BW ? p->window + 1 : 3);
	if (free_hp < 0 || (unsigned long long)free_hp < need) {
		ipc_reason(r, "needs %llu huge pages of %lld kB; HugePages_Free=%lld "
			   "(vm.nr_hugepages=%lld)", need, hp_kb, free_hp, nr);
		return IPC_SKIP;
	}
	ipc_note(r, "huge_page_bytes=%llu;map_bytes=%zu", hp, p->map_len);
	return 0;
}

static int check_thp(struct ipc_run *r)
{
	char top[32], pmd[32];

	sysfs_choice(THP_PATH, top, sizeof(top));
	sysfs_choice(THP_PMD_PATH, pmd, sizeof(pmd));
	/* a per-size setting other than inherit overrides the global one */
	if (pmd[0] && strcmp(pmd, "inherit")) {
		if (!strcmp(pmd, "never")) {
			ipc_reason(r, "transparent huge pages off for shmem "
				   "(hugepages-2048kB/shmem_enabled=never)");
			return IPC_SKIP;
		}
		ipc_note(r, "thp_shmem=%s", pmd);
		return 0;
	}
	if (!top[0]) {
		ipc_reason(r, "no transparent huge pages for shmem (%s unreadable)", THP_PATH);
		return IPC_SKIP;
	}
	if (!strcmp(top, "never") || !strcmp(top, "deny")) {
		ipc_reason(r, "transparent huge pages off for shmem "
			   "(transparent_hugepage/shmem_enabled=%s)", top);
		return IPC_SKIP;
	}
	ipc_note(r, "thp_shmem=%s", top);
	return 0;
}

static int mfd_setup(struct ipc_run *r)
{
	struct mfd_priv *p = calloc(1, sizeof(*p));
	size_t w;
	int ret;

	if (!p)
		return -1;
	r->priv = p;
	p->sk[0] = p->sk[1] = p->rx_fd = -1;
	p->kind = (enum kind)r->kind;
	p->map_len = r->size;
	/* bw: two messages in flight at least, more while they are small */
	w = WINDOW_BYTES / r->size;
	p->window = r->mode == MODE_LAT ? 1 : w < 2 ? 2 : w > WINDOW_MAX ? WINDOW_MAX : (unsigned)w;
	if (r->mode == MODE_BW)
		ipc_note(r, "window=%u", p->window);
	if (p->kind == HUGETLB && (ret = check_hugetlb(r, p)))
		return ret;
	if (p->kind == THP && (ret = check_thp(r)))
		return ret;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, p->sk))
		return -1;
	return 0;
}

/* pooled: create, prefault and pass our pool; map the peer's */
static int pool_attach(struct ipc_run *r, struct mfd_priv *p, enum ipc_role role)
{
	int sends = role == ROLE_A || r->mode == MODE_LAT;
	int recvs = role == ROLE_B || r->mode == MODE_LAT;
	struct wire w = { WIRE_MAGIC, 0, 0 };
	struct stat st;
	int fd;

	p->nslot = p->window;
	p->stride = (r->size + PAGE - 1) & ~(PAGE - 1);
	p->pool_len = p->stride * p->nslot;
	if (sends) {
		fd = memfd_create("ipcfloor-pool", MFD_CLOEXEC);
		if (fd < 0 || ftruncate(fd, (off_t)p->pool_len)) {
			ipc_reason(r, "memfd pool of %zu bytes: %s", p->pool_len, strerror(errno));
			return -1;
		}
		p->pool_tx = mmap(NULL, p->pool_len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (p->pool_tx == MAP_FAILED) {
			ipc_reason(r, "mmap of the pool: %s", strerror(errno));
			close(fd);
			return -1;
		}
		/* fault the pool in now: pooled means no per-message faults */
		if (madvise(p->pool_tx, p->pool_len, MADV_POPULATE_WRITE))
			memset(p->pool_tx, 0, p->pool_len);
		w.len = p->pool_len;
		if (send_wire(r, my_sk(p, role), &w, fd)) {
			close(fd);
			return -1;
		}
		close(fd);	/* the mapping and the peer keep the memory */
	}
	if (recvs) {
		if (recv_wire(r, my_sk(p, role), &w, &fd))
			return -1;
		if (fstat(fd, &st) || (size_t)st.st_size != p->pool_len) {
			ipc_reason(r, "memfd pool: %lld bytes where %zu were announced",
				   (long long)st.st_size, p->pool_len);
			close(fd);
			return -1;
		}
		p->pool_rx = mmap(NULL, p->pool_len, PROT_READ, MAP_SHARED, fd, 0);
		close(fd);
		if (p->pool_rx == MAP_FAILED) {
			ipc_reason(r, "mmap of the peer's pool: %s", strerror(errno));
			return -1;
		}
		if (madvise(p->pool_rx, p->pool_len, MADV_POPULATE_READ))
			for (size_t off = 0; off < p->pool_len; off += PAGE)
				(void)*(volatile unsigned char *)(p->pool_rx + off);
	}
	if (role == ROLE_A)
		ipc_note(r, "pool_slots=%u;slot_bytes=%zu", p->nslot, p->stride);
	return 0;
}

static int mfd_attach(struct ipc_run *r, enum ipc_role role)
{
	struct mfd_priv *p = r->priv;

	/* keep our own end only, so a dead peer reads as EOF */
	close(p->sk[!role]);
	p->sk[!role] = -1;
	if (p->kind == POOLED)
		return pool_attach(r, p, role);
	if (role == ROLE_A || r->mode == MODE_LAT) {
		p->txbuf = ipc_map_filled(r->size, 0x5a);
		if (!p->txbuf) {
			ipc_reason(r, "cannot map a %zu-byte send buffer: %s", r->size,
				   strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* bw: wait for a credit when the window is full */
static int take_credit(struct ipc_run *r, struct mfd_priv *p, enum ipc_role role)
{
	struct wire w;

	if (r->mode != MODE_BW)
		return 0;
	while (p->inflight >= p->window) {
		if (recv_wire(r, my_sk(p, role), &w, NULL))
			return -1;
		p->inflight--;
	}
	return 0;
}

static void *mfd_tx_buf(struct ipc_run *r, enum ipc_role role)
{
	struct mfd_priv *p = r->priv;

	if (p->kind != POOLED)
		return p->txbuf;
	/* a NULL return would mean the harness's buffer: the failure waits for send() */
	if (take_credit(r, p, role)) {
		p->credit_failed = 1;
		return p->txbuf;
	}
	return p->pool_tx + (size_t)(p->tx_seq % p->nslot) * p->stride;
}

static int send_fresh(struct ipc_run *r, struct mfd_priv *p, enum ipc_role role, const void *buf)
{
	unsigned flags = MFD_CLOEXEC;
	struct wire w = { WIRE_MAGIC, 0, r->size };
	void *map;
	int fd, ret;

	if (take_credit(r, p, role))
		return -1;
	if (p->kind == SEALED)
		flags |= MFD_ALLOW_SEALING;
	if (p->kind == HUGETLB)
		flags |= MFD_HUGETLB;
	fd = memfd_create("ipcfloor-msg", flags);
	if (fd < 0) {
		ipc_reason(r, "memfd_create: %s", strerror(errno));
		return -1;
	}
	if (ftruncate(fd, (off_t)p->map_len)) {
		ipc_reason(r, "ftruncate of a memfd to %zu: %s", p->map_len, strerror(errno));
		goto fail;
	}
	map = mmap(NULL, p->map_len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED) {
		ipc_reason(r, "mmap of a %zu-byte memfd: %s", p->map_len, strerror(errno));
		goto fail;
	}
	/* before the first touch: the faults of the copy then take huge pages */
	if (p->kind == THP && madvise(map, p->map_len, MADV_HUGEPAGE)) {
		ipc_reason(r, "madvise(MADV_HUGEPAGE): %s", strerror(errno));
		munmap(map, p->map_len);
		goto fail;
	}
	memcpy(map, buf, r->size);
	munmap(map, p->map_len);
	/* F_SEAL_WRITE is refused (EBUSY) while a writable mapping exists */
	if (p->kind == SEALED && fcntl(fd, F_ADD_SEALS, SEALS)) {
		ipc_reason(r, "F_ADD_SEALS: %s", strerror(errno));
		goto fail;
	}
	ret = send_wire(r, my_sk(p, role), &w, fd);
	close(fd);	/* in flight, the socket holds the file */
	if (!ret && r->mode == MODE_BW)
		p->inflight++;
	return ret;
fail:
	close(fd);
	return -1;
}

static int mfd_send(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct mfd_priv *p = r->priv;
	struct wire w = { WIRE_MAGIC, 0, r->size };

	if (p->kind != POOLED)
		return send_fresh(r, p, role, buf);
	if (p->credit_failed)
		return -1;	/* the peer went away while we waited for a slot */
	/* the message was built in the slot tx_buf() returned */
	w.idx = p->tx_seq++ % p->nslot;
	if (send_wire(r, my_sk(p, role), &w, -1))
		return -1;
	if (r->mode == MODE_BW)
		p->inflight++;
	return 0;
}

/* sealed: the receiver's check, and once a proof that the seals hold */
static int check_seals(struct ipc_run *r, struct mfd_priv *p, enum ipc_role role, int fd)
{
	int seals = fcntl(fd, F_GET_SEALS);
	void *m;

	if (seals < 0 || (seals & SEALS) != SEALS) {
		ipc_reason(r, "memfd from the peer is not sealed (F_GET_SEALS=%d; need write, "
			   "shrink and grow)", seals);
		return -1;
	}
	if (p->probed)
		return 0;
	p->probed = 1;
	m = mmap(NULL, p->map_len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (m != MAP_FAILED) {
		munmap(m, p->map_len);
		ipc_reason(r, "sealed memfd: a writable mapping was granted");
		return -1;
	}
	if (ftruncate(fd, 0) == 0) {
		ipc_reason(r, "sealed memfd: ftruncate was allowed");
		return -1;
	}
	if (role == ROLE_B)
		ipc_note(r, "seals=%s%s%s%s;write_map=refused;truncate=refused",
			 seals & F_SEAL_WRITE ? "write" : "", seals & F_SEAL_SHRINK ? "+shrink" : "",
			 seals & F_SEAL_GROW ? "+grow" : "", seals & F_SEAL_SEAL ? "+seal" : "");
	return 0;
}

static int mfd_recv(struct ipc_run *r, enum ipc_role role, void *buf, const void **data)
{
	struct mfd_priv *p = r->priv;
	struct wire w;
	struct stat st;
	int fd;

	(void)buf;
	if (p->kind == POOLED) {
		if (recv_wire(r, my_sk(p, role), &w, NULL))
			return -1;
		if (w.idx >= p->nslot || w.len != r->size) {
			ipc_reason(r, "memfd: slot %u of %u, %llu bytes: not a message of ours",
				   w.idx, p->nslot, (unsigned long long)w.len);
			return -1;
		}
		*data = p->pool_rx + (size_t)w.idx * p->stride;
		return 0;
	}
	if (recv_wire(r, my_sk(p, role), &w, &fd))
		return -1;
	/* a peer could send a shorter file: reading past its end is SIGBUS */
	if (fstat(fd, &st) || (size_t)st.st_size < r->size || w.len != r->size) {
		ipc_reason(r, "memfd of %lld bytes where %zu were expected", (long long)st.st_size,
			   r->size);
		close(fd);
		return -1;
	}
	if (p->kind == SEALED && check_seals(r, p, role, fd)) {
		close(fd);
		return -1;
	}
	p->rx_map = mmap(NULL, p->map_len, PROT_READ, MAP_SHARED, fd, 0);
	if (p->rx_map == MAP_FAILED) {
		p->rx_map = NULL;
		ipc_reason(r, "mmap of a received memfd: %s", strerror(errno));
		close(fd);
		return -1;
	}
	p->rx_fd = fd;
	*data = p->rx_map;
	return 0;
}

static int mfd_release(struct ipc_run *r, enum ipc_role role)
{
	struct mfd_priv *p = r->priv;
	struct wire w = { WIRE_MAGIC, 0, 0 };

	if (p->rx_map) {
		munmap(p->rx_map, p->map_len);
		p->rx_map = NULL;
	}
	if (p->rx_fd >= 0) {
		close(p->rx_fd);
		p->rx_fd = -1;
	}
	/* bw: the sender may reuse the slot / create one more message */
	if (r->mode == MODE_BW)
		return send_wire(r, my_sk(p, role), &w, -1);
	return 0;
}

static void mfd_cleanup(struct ipc_run *r)
{
	struct mfd_priv *p = r->priv;

	if (!p)
		return;
	for (int i = 0; i < 2; i++)
		if (p->sk[i] >= 0)
			close(p->sk[i]);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant mfd_variants[] = {
	{ "fresh", "per message: memfd_create, fill, pass the fd, peer mmaps (faults included)",
	  IPC_ZEROCOPY, FRESH },
	{ "pooled", "memfds passed once; per message a slot index; built in place", IPC_ZEROCOPY, POOLED },
	{ "sealed", "fresh + F_SEAL_WRITE|SHRINK|GROW, checked by the receiver", IPC_ZEROCOPY, SEALED },
	{ "hugetlb", "fresh with MFD_HUGETLB (skip without reserved huge pages)", IPC_ZEROCOPY, HUGETLB },
	{ "thp", "fresh with MADV_HUGEPAGE (skip when shmem THP is off)", IPC_ZEROCOPY, THP },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive mfd_prim = {
	.name = "memfd",
	.summary = "memfd shared memory passed with SCM_RIGHTS: fresh, pooled, sealed, huge pages",
	.variants = mfd_variants,
	.flags = IPC_ZEROCOPY,
	/* in flight: two messages at large sizes (window x size, capped at
	   256 MiB, at small ones), plus a private send buffer per side */
	.mem_factor = 4.0,
	.shm_factor = 0,	/* memfd: not in /dev/shm */
	.setup = mfd_setup,
	.attach = mfd_attach,
	.tx_buf = mfd_tx_buf,
	.send = mfd_send,
	.recv = mfd_recv,
	.release = mfd_release,
	.cleanup = mfd_cleanup,
};

IPC_PRIMITIVE(mfd_prim);
