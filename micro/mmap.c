/* SPDX-License-Identifier: MIT */
/*
 * mmap: the cost of mmap(2) plus munmap(2) of an anonymous private region
 * of --size bytes that is never touched.  One process (IPC_SOLO); one
 * operation = one mmap + one munmap; read the lat row's p50_ns.  This is
 * the bookkeeping floor of any transport that maps a fresh region per
 * message (memfd fresh, per-request shared memory).  Leaves out: page
 * faults and the freeing of populated pages (see pagefault), file-backed
 * and shared mappings, and TLB shootdowns to other CPUs (a single-threaded
 * process has none to send).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "harness.h"

static int mm_setup(struct ipc_run *r)
{
	ipc_note(r, "pages=%zu", (r->size + 4095) / 4096);
	return 0;
}

static int mm_op(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	void *p;

	(void)role;
	(void)buf;
	p = mmap(NULL, r->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		ipc_reason(r, "mmap of %zu bytes: %s", r->size, strerror(errno));
		return -1;
	}
	if (munmap(p, r->size)) {
		ipc_reason(r, "munmap: %s", strerror(errno));
		return -1;
	}
	/* verify: nothing to carry; a failed call above already fails the run */
	return 0;
}

static const struct ipc_variant mm_variants[] = {
	{ "default", "mmap + munmap of an untouched anonymous region of --size", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive mm_prim = {
	.name = "mmap",
	.summary = "floor: mmap + munmap of an untouched region of --size",
	.variants = mm_variants,
	.flags = IPC_SOLO | IPC_NO_BW | IPC_FLOOR,
	.setup = mm_setup,
	.send = mm_op,
};

IPC_PRIMITIVE(mm_prim);
