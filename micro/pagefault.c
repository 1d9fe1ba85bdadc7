/* SPDX-License-Identifier: MIT */
/*
 * pagefault: the cost of minor page faults, in one process (IPC_SOLO), one
 * variant per kind of fault a transport meets, so the explanation can price
 * each kind with its own floor.  One operation = mmap a region of --size
 * (rounded up to whole pages), touch one byte in each page, munmap.  Read
 * the lat row's p50_ns as the time of one region: p50_ns / pages (note
 * pages=N) is the life of one page, p50_ns / faults_per_msg the cost of one
 * fault, and the note faults_per_page (counted by the program over all its
 * operations) says how many faults a page took.
 *
 *   4k           anonymous memory, one write per 4 KiB page: one fault each,
 *                in which the kernel allocates and zeroes the page; munmap
 *                frees it.  What a fresh heap buffer costs (map + zero + free).
 *   huge         the same with 2 MiB pages: hugetlbfs pages (MAP_HUGETLB)
 *                when enough are reserved, else transparent huge pages by
 *                madvise when THP is enabled, else a skip naming the fix.
 *                One fault clears 2 MiB.  The source is noted
 *                (huge=hugetlb|thp); faults_per_msg shows whether THP really
 *                gave huge pages (pages=N faults) or fell back to 512 each.
 *   file         a file already in the page cache mapped MAP_SHARED and read,
 *                one byte per 4 KiB page: no allocation and no clearing, only
 *                mapping cached pages, and fault-around maps the cached
 *                neighbours of each faulting page in the same fault (up to
 *                fault_around_bytes, 64 KiB by default: faults_per_page about
 *                1/16).  The page-cache case lmbench's lat_pagefault
 *                measures, and what a receiver pays to read a shared file or
 *                memfd the sender has filled.
 *   shmem        the same on a memfd (tmpfs pages): what a receiver of the
 *                memfd and shared-memory transports pays to map the pages a
 *                sender filled.

 * No variant turns fault-around off: MADV_RANDOM does not (it limits
 * readahead only, measured: faults_per_page stays 1/16 on 6.18); only
 * debugfs's fault_around_bytes does, for the whole machine.  The cost of a
 * single page-cache fault is the file row at 4096 B (one page, one fault).
 *
 * The file is an unnamed O_TMPFILE in $TMPDIR (else /tmp): a disk
 * filesystem's page cache, as lmbench's file is, and nothing is left behind
 * even if the process is killed; its filesystem is noted (fs=ext4).  It is
 * written one page per write(2) and read once before timing so every page
 * is cached in page-sized folios: written in 2 MiB writes, ext4 on 6.18
 * caches it in 2 MiB folios and maps each with one fault (measured: 32
 * faults per 64 MiB), which is a large-folio row, not a fault-around one.
 * fault_around_bytes is noted when debugfs shows it, "unknown" otherwise.
 *
 * Leaves out: major faults (reading from disk, swap), write faults on
 * shared mappings, and the cost of zeroing being moved elsewhere
 * (init_on_free and similar settings are included as the machine has them).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "harness.h"

enum pf_kind { PF_4K, PF_HUGE, PF_FILE, PF_SHMEM };

struct pf_priv {
	enum pf_kind kind;
	enum ipc_huge huge;	/* PF_HUGE: where the pages come from */
	size_t page;		/* bytes per page touched */
	size_t region;		/* --size rounded up to whole pages */
	size_t pages;
	int fd;			/* the file kinds: the cached file */
	uint64_t ops;		/* operations done, for faults_per_page */
	long flt0;		/* minor faults before the first */
	volatile unsigned char sink;
};

/* the byte page i of the file holds at its start: checked by --verify */
static unsigned char file_byte(size_t i)
{
	return (unsigned char)(i * 131 + 7);
}

static const char *fs_name(long type)
{
	switch ((unsigned long)type) {
	case 0xEF53: return "ext4";
	case 0x01021994: return "tmpfs";
	case 0x58465342: return "xfs";
	case 0x9123683E: return "btrfs";
	case 0x794c7630: return "overlayfs";
	default: return "other";
	}
}

/* an unnamed file of the region's size, every page in the page cache */
static int make_file(struct ipc_run *r, struct pf_priv *p)
{
	const char *dir = getenv("TMPDIR");
	unsigned char *page = calloc(1, p->page);
	struct statfs sf;
	size_t i;

	if (!page)
		return -1;
	if (!dir || !*dir)
		dir = "/tmp";
	if (p->kind == PF_SHMEM) {
		dir = "memfd";
		p->fd = memfd_create("ipcfloor-pagefault", MFD_CLOEXEC);
	} else {
		p->fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	}
	if (p->fd < 0) {
		ipc_reason(r, "file: %s in %s: %s", p->kind == PF_SHMEM ? "memfd_create" : "O_TMPFILE",
			   dir, strerror(errno));
		free(page);
		return errno == EOPNOTSUPP || errno == EISDIR ? IPC_SKIP : -1;
	}
	for (i = 0; i < p->pages; i++) {
		page[0] = file_byte(i);
		if (write_full(p->fd, page, p->page)) {
			ipc_reason(r, "file: writing %zu bytes to %s: %s", p->region, dir,
				   strerror(errno));
			free(page);
			return errno == ENOSPC ? IPC_SKIP : -1;
		}
	}
	/* read it back: every page cached, so no operation pays for the disk */
	for (i = 0; i < p->pages; i++)
		if (pread(p->fd, page, p->page, (off_t)(i * p->page)) != (ssize_t)p->page) {
			ipc_reason(r, "file: reading it back: %s", strerror(errno));
			free(page);
			return -1;
		}
	free(page);
	ipc_note(r, "fs=%s", fstatfs(p->fd, &sf) ? "unknown" : fs_name((long)sf.f_type));
	{
		long long fab = read_sysctl_ll("/sys/kernel/debug/fault_around_bytes");

		if (fab > 0)
			ipc_note(r, "fault_around_bytes=%lld", fab);
		else
			ipc_note(r, "fault_around_bytes=unknown");
	}
	return 0;
}

static int pf_setup(struct ipc_run *r)
{
	struct pf_priv *p = calloc(1, sizeof(*p));
	int ret;

	if (!p)
		return -1;
	r->priv = p;
	p->kind = (enum pf_kind)r->kind;
	p->page = 4096;
	p->fd = -1;
	if (p->kind == PF_HUGE) {
		p->huge = ipc_huge_choice(r, r->size, &p->page);
		if (p->huge == HUGE_NONE)
			return IPC_SKIP;
		ipc_note(r, "huge=%s", p->huge == HUGE_HUGETLB ? "hugetlb" : "thp");
	}
	p->pages = (r->size + p->page - 1) / p->page;
	p->region = p->pages * p->page;
	ipc_note(r, "pages=%zu;page_bytes=%zu", p->pages, p->page);
	if ((p->kind == PF_FILE || p->kind == PF_SHMEM) && (ret = make_file(r, p)))
		return ret;
	return 0;
}

static long minflt(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

static int pf_attach(struct ipc_run *r, enum ipc_role role)
{
	struct pf_priv *p = r->priv;

	(void)role;
	p->flt0 = minflt();
	return 0;
}

/* the region, mapped for this kind; base and len are what to munmap */
static unsigned char *pf_map(struct ipc_run *r, struct pf_priv *p, void **base, size_t *len)
{
	void *m;

	if (p->kind == PF_HUGE) {
		m = ipc_map_huge(p->huge, p->region, p->page, base, len);
	} else if (p->kind == PF_4K) {
		*len = p->region;
		m = mmap(NULL, *len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		*base = m = m == MAP_FAILED ? NULL : m;
	} else {
		*len = p->region;
		m = mmap(NULL, *len, PROT_READ, MAP_SHARED, p->fd, 0);
		*base = m = m == MAP_FAILED ? NULL : m;
	}
	if (!m)
		ipc_reason(r, "mmap of %zu bytes: %s", p->region, strerror(errno));
	return m;
}

/* anonymous kinds: one write per page, exactly one fault each */
static int touch_anon(struct ipc_run *r, struct pf_priv *p, unsigned char *m)
{
	size_t i;

	for (i = 0; i < p->region; i += p->page) {
		if (r->verify && m[i] != 0) {
			ipc_reason(r, "verify: fresh page at offset %zu not zeroed (0x%02x)", i, m[i]);
			return -1;
		}
		m[i] = 0x5a;
	}
	if (r->verify)
		for (i = 0; i < p->region; i += p->page)
			if (m[i] != 0x5a) {
				ipc_reason(r, "verify: page at offset %zu lost its write", i);
				return -1;
			}
	return 0;
}

/* file kinds: one read per page; what was read is what the file holds */
static int touch_file(struct ipc_run *r, struct pf_priv *p, const unsigned char *m)
{
	unsigned char sum = 0;

	for (size_t i = 0; i < p->pages; i++) {
		unsigned char b = m[i * p->page];

		if (r->verify && b != file_byte(i)) {
			ipc_reason(r, "verify: page %zu of the file reads 0x%02x, expected 0x%02x",
				   i, b, file_byte(i));
			return -1;
		}
		sum += b;
	}
	p->sink = sum;
	return 0;
}

static int pf_op(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct pf_priv *p = r->priv;
	unsigned char *m;
	void *base;
	size_t len;
	int ret;

	(void)role;
	(void)buf;
	m = pf_map(r, p, &base, &len);
	if (!m)
		return -1;
	ret = p->kind == PF_FILE || p->kind == PF_SHMEM ? touch_file(r, p, m) :
		touch_anon(r, p, m);
	if (munmap(base, len)) {
		ipc_reason(r, "munmap: %s", strerror(errno));
		ret = -1;
	}
	p->ops++;
	return ret;
}

/* faults per page over every operation, warm-up included: a ratio, not a time */
static void pf_detach(struct ipc_run *r, enum ipc_role role)
{
	struct pf_priv *p = r->priv;

	(void)role;
	if (p->ops)
		ipc_note(r, "faults_per_page=%.4f",
			 (double)(minflt() - p->flt0) / ((double)p->ops * (double)p->pages));
}

static void pf_cleanup(struct ipc_run *r)
{
	struct pf_priv *p = r->priv;

	if (!p)
		return;
	close_fds(&p->fd, 1);
	free(p);
	r->priv = NULL;
}

static const struct ipc_variant pf_variants[] = {
	{ "4k", "mmap, one write per 4 KiB page, munmap", 0, PF_4K },
	{ "huge", "the same with huge pages (hugetlb, else THP madvise, else skip)", 0, PF_HUGE },
	{ "file", "a cached file mapped shared, one read per page (fault-around on)", 0, PF_FILE },
	{ "shmem", "the same on a memfd: tmpfs pages a sender filled", 0, PF_SHMEM },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive pf_prim = {
	.name = "pagefault",
	.summary = "floor: minor page faults (anonymous, huge, page-cache file) on a region of --size",
	.variants = pf_variants,
	.flags = IPC_SOLO | IPC_NO_BW | IPC_FLOOR,
	.mem_factor = 1.0,
	.setup = pf_setup,
	.attach = pf_attach,
	.send = pf_op,
	.detach = pf_detach,
	.cleanup = pf_cleanup,
};

IPC_PRIMITIVE(pf_prim);
