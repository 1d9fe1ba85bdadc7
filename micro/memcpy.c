/* SPDX-License-Identifier: MIT */
/*
 * memcpy: memory copy bandwidth at the payload size, in one process
 * (IPC_SOLO).  One operation = memcpy() of --size bytes from the harness's
 * prefaulted source to a destination of this file's own:
 *
 *   warm   destination mapped and faulted in once at attach: the pure copy,
 *          cache-resident while 2 x size fits in the caches, DRAM beyond
 *   fresh  destination mmapped, copied into (faulting every page in) and
 *          munmapped per operation: what a transport that maps a new
 *          buffer per message pays for its copy
 *
 * Read bw rows (gbps) for bandwidth, lat rows (p50_ns) for the time of one
 * copy.  Every copying transport moves each byte at least once this way,
 * so this is the ceiling of its throughput.  Leaves out: non-temporal
 * copies, copies between two processes' caches (see cacheline), and huge
 * pages for the fresh destination (THP per the system setting, noted).
 *
 * --verify: the destination is poisoned before the copy and compared with
 * the source after it.  The harness's test hook IPCFLOOR_CORRUPT=<offset>
 * is honoured here too (the harness checks no solo copy itself): that byte
 * of every copy is flipped before the check, so a test can see it fail.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "harness.h"

enum mc_kind { MC_WARM, MC_FRESH };

struct mc_priv {
	int fresh;
	long corrupt;		/* test hook: offset to flip, -1 none */
	unsigned char *dst;	/* warm: the one destination */
};

static int mc_setup(struct ipc_run *r)
{
	struct mc_priv *p = calloc(1, sizeof(*p));
	const char *e = getenv("IPCFLOOR_CORRUPT");
	FILE *f;
	char thp[128];

	if (!p)
		return -1;
	r->priv = p;
	p->fresh = r->kind == MC_FRESH;
	p->corrupt = e && *e ? atol(e) : -1;
	if (p->fresh) {
		ipc_note(r, "pages=%zu", (r->size + 4095) / 4096);
		f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
		if (f) {
			if (fgets(thp, sizeof(thp), f)) {
				char *a = strchr(thp, '['), *b = a ? strchr(a, ']') : NULL;

				if (a && b) {
					*b = 0;
					ipc_note(r, "thp=%s", a + 1);
				}
			}
			fclose(f);
		}
	}
	return 0;
}

static void *map(struct ipc_run *r)
{
	void *d = mmap(NULL, r->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (d == MAP_FAILED) {
		ipc_reason(r, "mmap of a %zu-byte destination: %s", r->size, strerror(errno));
		return NULL;
	}
	return d;
}

static int mc_attach(struct ipc_run *r, enum ipc_role role)
{
	struct mc_priv *p = r->priv;

	(void)role;
	if (p->fresh)
		return 0;
	p->dst = map(r);
	if (!p->dst)
		return -1;
	/* prefault: warm measures the copy, not the first touch */
	memset(p->dst, 0x11, r->size);
	return 0;
}

static int mc_op(struct ipc_run *r, enum ipc_role role, const void *buf)
{
	struct mc_priv *p = r->priv;
	unsigned char *d = p->fresh ? map(r) : p->dst;
	int ret = 0;

	(void)role;
	if (!d)
		return -1;
	if (r->verify)
		memset(d, 0xa5, r->size);	/* a stale destination must not pass */
	memcpy(d, buf, r->size);
	if (r->verify) {
		if (p->corrupt >= 0 && (size_t)p->corrupt < r->size)
			d[p->corrupt] ^= 0xff;
		if (memcmp(d, buf, r->size)) {
			size_t i = 0;

			while (d[i] == ((const unsigned char *)buf)[i])
				i++;
			ipc_reason(r, "verify: byte %zu of %zu: got 0x%02x expected 0x%02x", i,
				   r->size, d[i], ((const unsigned char *)buf)[i]);
			ret = -1;
		}
	}
	if (p->fresh && munmap(d, r->size)) {
		ipc_reason(r, "munmap: %s", strerror(errno));
		ret = -1;
	}
	return ret;
}

static void mc_detach(struct ipc_run *r, enum ipc_role role)
{
	struct mc_priv *p = r->priv;

	(void)role;
	if (p->dst)
		munmap(p->dst, r->size);
	p->dst = NULL;
}

static void mc_cleanup(struct ipc_run *r)
{
	free(r->priv);
	r->priv = NULL;
}

static const struct ipc_variant mc_variants[] = {
	{ "warm", "memcpy into a prefaulted destination", 0, MC_WARM },
	{ "fresh", "mmap + memcpy (faulting every page) + munmap per copy", 0, MC_FRESH },
	{ NULL, NULL, 0, 0 },
};

static const struct ipc_primitive mc_prim = {
	.name = "memcpy",
	.summary = "floor: memory copy bandwidth at the payload size (one process)",
	.variants = mc_variants,
	.flags = IPC_SOLO | IPC_FLOOR,
	.mem_factor = 1.0,
	.setup = mc_setup,
	.attach = mc_attach,
	.send = mc_op,
	.detach = mc_detach,
	.cleanup = mc_cleanup,
};

IPC_PRIMITIVE(mc_prim);
