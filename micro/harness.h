/* SPDX-License-Identifier: MIT */
/*
 * ipcfloor harness: the one interface every primitive is written against.
 *
 * A primitive moves bytes between two processes and nothing else.  The
 * harness owns options, the two processes (fork, pinning, NUMA binding,
 * deadlines, reaping), warm-up, calibration, the clock, statistics, CPU-cost
 * counters, verification and output.  A primitive is one file in micro/ that
 * fills one `struct ipc_primitive` and ends with IPC_PRIMITIVE(desc); main()
 * lives in harness.c.
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

struct ipc_variant {
	const char *name;
	const char *summary;
	unsigned flags;		/* IPC_* flags added to the primitive's */
};

struct ipc_run {
	/* set by the harness, read-only for the primitive */
	const char *variant;	/* one of the primitive's variant names */
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
	/* where the next message should be built; NULL hook = harness buffer */
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

#define IPC_PRIMITIVE(desc) \
	const struct ipc_primitive *const ipc_primitive = &(desc)

extern const struct ipc_primitive *const ipc_primitive;

#endif
