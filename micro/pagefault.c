/* SPDX-License-Identifier: MIT */
/*
 * pagefault: the cost of minor page faults on freshly mapped anonymous
 * memory, in one process (IPC_SOLO).  One operation = mmap a region of
 * --size (rounded up to whole pages), write one byte in each page (one
 * fault per page: the kernel allocates and zeroes it), munmap (the pages
 * are freed).  Read the lat row's p50_ns: the time of one such region; the
 * note pages=N gives the page count, so p50_ns / N is the full life of one
 * anonymous page (fault + zeroing + freeing).  Subtract the mmap row of the
 * same size for the bookkeeping if wanted.
 *
 *   4k    ordinary 4 KiB pages
 *   huge  one huge page per 2 MiB: hugetlbfs pages (MAP_HUGETLB) when
 *         vm.nr_hugepages > 0, else transparent huge pages via
 *         madvise(MADV_HUGEPAGE) when THP is enabled, else a skip.  The
 *         source is noted (huge=hugetlb|thp); faults_per_msg shows whether
 *         THP really gave huge pages (pages=N faults) or fell back.
 *
 * Leaves out: major faults (file-backed, swap), faults on shared or
 * file-backed mappings, and the cost of zeroing being moved elsewhere
 * (init_on_free and similar settings are included as the machine has them).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "harness.h"

enum pf_kind { PF_4K, PF_HUGETLB, PF_THP };

struct pf_priv {
	enum pf_kind kind;
	size_t page;		/* bytes per page touched */
	size_t region;		/* --size rounded up to whole pages */
	size_t pages;
};

static int pf_setup(struct ipc_run *r)
{
	struct pf_priv *p = calloc(1, sizeof(*p));
	char thp[32];

	if (!p)
		return -1;
	r->priv = p;
	p->kind = PF_4K;
	p->page = 4096;
	if (!strcmp(r->variant, "huge")) {
		long long hp_kb = meminfo_kb("Hugepagesize");
		long long nr = read_sysctl_ll("/proc/sys/vm/nr_hugepages");

		p->page = hp_kb > 0 ? (size_t)hp_kb * 1024 : 2u << 20;
		sysfs_choice("/sys/kernel/mm/transparent_hugepage/enabled", thp, sizeof(thp));
		if (nr > 0) {
			long long free_hp = meminfo_kb("HugePages_Free");
			size_t need = (r->size + p->page - 1) / p->page;

			if (free_hp < (long long)need) {
				ipc_reason(r, "huge: %zu huge pages of %zu KiB needed; %lld free "
					   "(vm.nr_hugepages=%lld)", need, p->page >> 10, free_hp, nr);
				return IPC_SKIP;
			}
			p->kind = PF_HUGETLB;
			ipc_note(r, "huge=hugetlb");
		} else if (!strcmp(thp, "always") || !strcmp(thp, "madvise")) {
			p->kind = PF_THP;
			ipc_note(r, "huge=thp;thp=%s", thp);
		} else {
			ipc_reason(r, "huge: vm.nr_hugepages=0 and transparent huge pages are "
				   "'%s' (/sys/kernel/mm/transparent_hugepage/enabled)",
				   thp[0] ? thp : "unavailable");
			return IPC_SKIP;
		}
	}
	p->pages = (r->size + p->page - 1) / p->page;
	p->region = p->pages * p->page;
	ipc_note(r, "pages=%zu;page_bytes=%zu", p->pages, p->page);
	return 0;
}

/* map the region; base and len are what to munmap, the return value is page-aligned */
static unsigned char *pf_map(struct ipc_run *r, struct pf_priv *p, void **base, size_t *len)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS;
	uintptr_t a;
	void *m;

	*len = p->region;
	if (p->kind == PF_HUGETLB)
		flags |= MAP_HUGETLB;
	if (p->kind == PF_THP)
		*len += p->page;	/* room to align to a huge page boundary */
	m = mmap(NULL, *len, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (m == MAP_FAILED) {
		ipc_reason(r, "mmap of %zu bytes: %s", *len, strerror(errno));
		return NULL;
	}
	*base = m;
	if (p->kind != PF_THP)
		return m;
	a = ((uintptr_t)m + p->page - 1) & ~(uintptr_t)(p->page - 1);
	if (madvise((void *)a, p->region, MADV_HUGEPAGE)) {
		ipc_reason(r, "madvise(MADV_HUGEPAGE): %s", strerror(errno));
		munmap(m, *len);
		return NULL;
	}
	return (unsigned char *)a;
}

static int pf_op(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct pf_priv *p = r->priv;
	unsigned char *m;
	void *base;
	size_t len, i;
	int ret = 0;

	(void)role;
	(void)buf;
	m = pf_map(r, p, &base, &len);
	if (!m)
		return -1;
	/* one write per page: exactly one fault each */
	for (i = 0; i < p->region; i += p->page) {
		if (r->verify && m[i] != 0) {
			ipc_reason(r, "verify: fresh page at offset %zu not zeroed (0x%02x)", i, m[i]);
			ret = -1;
			break;
		}
		m[i] = 0x5a;
	}
	if (r->verify)
		for (i = 0; ret == 0 && i < p->region; i += p->page)
			if (m[i] != 0x5a) {
				ipc_reason(r, "verify: page at offset %zu lost its write", i);
				ret = -1;
			}
	if (munmap(base, len)) {
		ipc_reason(r, "munmap: %s", strerror(errno));
		ret = -1;
	}
	return ret;
}

static void pf_cleanup(struct ipc_run *r)
{
	free(r->priv);
	r->priv = NULL;
}

static const struct ipc_variant pf_variants[] = {
	{ "4k", "mmap, one write per 4 KiB page, munmap", 0, 0 },
	{ "huge", "the same with huge pages (hugetlb, else THP madvise, else skip)", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive pf_prim = {
	.name = "pagefault",
	.summary = "floor: minor page faults on a fresh anonymous region of --size",
	.variants = pf_variants,
	.flags = IPC_SOLO | IPC_NO_BW,
	.mem_factor = 1.0,
	.setup = pf_setup,
	.send = pf_op,
	.cleanup = pf_cleanup,
};

IPC_PRIMITIVE(pf_prim);
