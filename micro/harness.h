/* SPDX-License-Identifier: MIT */
/*
 * ipcfloor harness: the one interface every primitive is written against.
 *
 * A primitive moves bytes between two processes and nothing else.  The
 * harness owns options, the two processes (fork, pinning, NUMA binding,
 * deadlines, reaping), warm-up, calibration, the clock, statistics, CPU-cost
 * counters, verification and output.  A primitive is one file in micro/ that
 * fills one `struct ipc_primitive` and ends with IPC_PRIMITIVE(desc); main()
 * lives in main.c (the controller), beside opts.c (options), child.c (the
 * two roles), supervise.c (waiting for them), row.c (output) and verify.c.
 *
 * Roles: A initiates (pinger in latency mode, sender in throughput mode),
 * B responds (ponger / receiver).  In latency mode A sends to B and B sends
 * the same number of bytes back; in throughput mode only A sends.
 *
 * Call order:
 *   controller: setup()                       (may skip or fail)
 *   fork A, fork B; each child: pin, bind memory, attach(role)
 *   children:  [tx_buf()] send() / recv() [release()] ... many times
 *   children:  detach(role)
 *   controller: cleanup()                     (always, also on error, timeout
 *                                              and SIGINT/SIGTERM)
 * With IPC_SOLO only child A exists and send() is the timed operation.
 *
 * Return convention of the hooks: 0 on success; IPC_SKIP when the machine
 * cannot run this case (say why with ipc_reason()); -1 on failure, with
 * ipc_reason() or errno saying why.
 */
#ifndef IPCFLOOR_HARNESS_H
#define IPCFLOOR_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define IPC_SKIP	77	/* also the exit code of a skipped run */

enum ipc_role { ROLE_A = 0, ROLE_B = 1 };
enum ipc_mode { MODE_LAT = 0, MODE_BW = 1 };

/* flags of a primitive or of one of its variants */
#define IPC_SOLO	0x1	/* one process: send() is the measured operation */
#define IPC_ZEROCOPY	0x2	/* receiver gets access, not a copy: rows come
				   in two kinds, -handoff and -touch */
#define IPC_NO_LAT	0x4	/* latency mode makes no sense */
#define IPC_NO_BW	0x8	/* throughput mode makes no sense */
#define IPC_FLOOR	0x10	/* a floor the transfers are judged against, not a
				   transfer; --list shows it, so the scripts keep
				   no list of their own */
#define IPC_LOOP	0x20	/* latency rows are timed through the loop hook */
#define IPC_UNREAD	0x40	/* the receiver never reads the bytes: its rows
				   move page references, not data, and are no
				   transfer (--list shows `unread`) */

struct ipc_variant {
	const char *name;
	const char *summary;
	unsigned flags;		/* IPC_* flags added to the primitive's */
	int kind;		/* the primitive's own enum for what this variant
				   does, so no primitive decodes names */
};

struct ipc_run {
	/* set by the harness, read-only for the primitive */
	const char *variant;	/* one of the primitive's variant names */
	int kind;		/* that variant's kind */
	unsigned flags;		/* primitive flags | variant flags */
	enum ipc_mode mode;
	size_t size;		/* payload bytes of one message */
	int verify;		/* every byte is checked by the harness */
	int cpu[2];		/* CPU of each role, -1 when unpinned */
	int node[2];		/* NUMA node each role's memory is bound to, -1 none */
	char run_tag[48];	/* unique and unpredictable per run: "ipcfloor-"
				   pid "-" 64 random bits (getrandom) in hex;
				   prefix of any name the primitive creates
				   (/dev/shm, mqueue) */

	/* the primitive's own state, created in setup(); each child gets a
	   copy at fork and may change it in attach() */
	void *priv;
};

struct ipc_primitive {
	const char *name;	/* also the binary's name: micro/bin/<name> */
	const char *summary;	/* one line for --help and --list */
	const struct ipc_variant *variants;	/* ends with {NULL}; [0] is the default */
	unsigned flags;
	/*
	 * Memory the primitive needs beyond the harness's own buffers, as a
	 * multiple of --size per run (a shared ring of two slots = 2.0).  Used
	 * for the free-memory check done before anything is allocated.
	 */
	double mem_factor;
	/* bytes of /dev/shm needed, as a multiple of --size (0 when none) */
	double shm_factor;

	int (*setup)(struct ipc_run *r);
	int (*attach)(struct ipc_run *r, enum ipc_role role);
	/* where the next message should be built; a NULL hook, or a NULL
	   return, means the harness's own buffer */
	void *(*tx_buf)(struct ipc_run *r, enum ipc_role role);
	/* hand r->size bytes at buf to the peer */
	int (*send)(struct ipc_run *r, enum ipc_role role, const void *buf);
	/*
	 * take one r->size-byte message from the peer.  A copying primitive
	 * fills buf and sets *data = buf; a zero-copy one points *data at the
	 * bytes where they lie and keeps them valid until release().
	 */
	int (*recv)(struct ipc_run *r, enum ipc_role role, void *buf,
		    const void **data);
	int (*release)(struct ipc_run *r, enum ipc_role role);	/* optional */
	/*
	 * Optional, for variants flagged IPC_LOOP, latency mode without
	 * --verify: the timed loop itself.
	 * Role A makes count round trips, role B answers count; the harness
	 * times A's calls in batches as it times send()/recv() pairs.  For a
	 * floor whose whole cost is a few instructions (a cache line bounce),
	 * so nothing of the harness runs between seeing the peer's write and
	 * answering it.  --verify still goes through send() and recv().
	 */
	int (*loop)(struct ipc_run *r, enum ipc_role role, uint64_t count);
	void (*detach)(struct ipc_run *r, enum ipc_role role);	/* optional */
	void (*cleanup)(struct ipc_run *r);			/* optional */
};

/* Say why a hook returned IPC_SKIP or -1 (first reason wins). */
void ipc_reason(struct ipc_run *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * Record a fact about what the kernel actually granted ("pipe_bytes=1048576"),
 * callable from setup() or attach(); it lands in the row's notes column.
 */
void ipc_note(struct ipc_run *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ---- helpers every primitive may use (util.c) ---- */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* loop over short transfers and EINTR; 0 on success, -1 with errno (EPIPE
   or ECONNRESET for a closed peer; read_full: EPIPE at EOF) */
int read_full(int fd, void *buf, size_t len);
int write_full(int fd, const void *buf, size_t len);
uint64_t now_ns(void);		/* CLOCK_MONOTONIC, shared by all CPUs */
/* close every descriptor of fd[0..n) that is open (>= 0) and mark it -1 */
void close_fds(int *fd, size_t n);
/* the accepted end of a loopback TCP connection is the peer of our connected
 * end (any local user may connect to the port first); 0 with errno EACCES if not */
int same_tcp_connection(int connected, int accepted);
/* read one integer from a file such as /proc/sys/fs/pipe-max-size; -1 if unreadable */
long long read_sysctl_ll(const char *path);
/*
 * Call between creating a named object and unlinking it.  Test hook:
 * with IPCFLOOR_HOLD_NAMED=<seconds> set, says "HOLD <name>" on stderr and
 * waits that long, so a test can try to open the object as another user
 * while it exists; without it, returns at once.
 */
void ipc_hold_named(const char *name);
/*
 * Ask for a pipe capacity of want bytes (clamped to /proc/sys/fs/pipe-max-size);
 * notes "<dir>_pipe_bytes=" what was granted (and the errno if refused, as
 * under pipe-user-pages-soft) and returns it, or -1.
 */
long ipc_pipe_size(struct ipc_run *r, int fd, long want, const char *dir);
/* a connected loopback TCP pair with TCP_NODELAY; the port is held for
   IPCFLOOR_HOLD_NAMED; 0, or -1 with the reason said */
int ipc_tcp_pair(struct ipc_run *r, int fd[2]);
/* a field of /proc/meminfo in kB ("MemAvailable", "HugePages_Free"); -1 if absent */
long long meminfo_kb(const char *key);
/* the [selected] word of a sysfs choice file ("always [madvise] never"), or "" */
void sysfs_choice(const char *path, char *out, size_t len);
/* len bytes of private anonymous memory, every page written with fill (so
   none is the shared zero page and no timed message faults); NULL + errno */
void *ipc_map_filled(size_t len, int fill);
/*
 * Huge pages for len bytes: reserved hugetlb pages when enough are free
 * (HUGE_HUGETLB), else transparent huge pages by madvise when THP is not
 * [never] (HUGE_THP); else HUGE_NONE with the reason said, naming the
 * sysctl and sysfs file that would allow it.  *page is the huge page size.
 */
enum ipc_huge { HUGE_NONE, HUGE_HUGETLB, HUGE_THP };
enum ipc_huge ipc_huge_choice(struct ipc_run *r, size_t len, size_t *page);
/* map len bytes (rounded up to page) of that kind, page-aligned, NULL + errno;
   *base and *maplen are what to munmap */
void *ipc_map_huge(enum ipc_huge kind, size_t len, size_t page, void **base, size_t *maplen);
/* bytes of [addr, addr+len) that /proc/self/smaps reports as AnonHugePages; -1 unknown */
long long thp_bytes(const void *addr, size_t len);
/*
 * How a busy-waiting side waits, from the placement: 1 = yield every poll
 * (both roles on one CPU: the peer needs ours to move), 1024 = spin and
 * yield now and then (unpinned), 0 = pure spin (two CPUs of their own);
 * noted as spin=yield|spin+yield/1024|pure.
 */
unsigned ipc_spin_policy(struct ipc_run *r);
/* a portable spin-wait hint */
static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__builtin_ia32_pause();
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

#define IPC_PRIMITIVE(desc) \
	const struct ipc_primitive *const ipc_primitive = &(desc)

extern const struct ipc_primitive *const ipc_primitive;

#endif
