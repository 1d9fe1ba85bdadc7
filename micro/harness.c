/* SPDX-License-Identifier: MIT */
/*
 * The harness: main() of every primitive program.
 *
 * The controller (the process the user started) parses options, resolves
 * the placement from the topology, checks memory, calls the primitive's
 * setup(), forks role A and role B, and then only sleeps in sigtimedwait()
 * until both have exited, a signal arrives or the deadline passes: it never
 * wakes during a measurement, so it costs the pinned CPUs nothing.  The
 * children pin themselves, bind their memory, attach, and run the phases A
 * announces over a private seqpacket socket (the "sync" channel):
 *
 *   A -> B  { phase, count }   B answers `count` round trips (lat) or
 *                              receives `count` messages (bw)
 *   B -> A  { ack }            after the phase, outside every timed region
 *
 * Timed regions contain only the primitive's send/recv and, in verify mode,
 * the stamping and checking of every byte.  Results travel back to the
 * controller through a shared anonymous mapping, which also holds the
 * latency samples, so no result is ever parsed from text.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <numa.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "lib.h"

#define MAX_SAMPLES	(1u << 21)	/* latency samples kept per run, all reps */
#define MAX_REPS	1000
#define REASON_LEN	256
#define NOTES_LEN	512
#define SIZE_MAX_OPT	(16ull << 30)	/* --size above 16 GiB is refused outright */
#define PHASE_WARM	(-1)
#define PHASE_END	(-2)
/*
 * A row whose spread ((max - min) / median over the repetitions) exceeds
 * this is flagged noisy: "noisy=spread X>T" in its notes, NOISY on the
 * human line.  Measured on a 2-vCPU KVM guest, 7 reps of 1 s
 * (results/README.md): quiet latency rows mostly 0.03-0.17, one
 * repetition 40% off (a hog on the other CPU) gives 0.40; above 0.25 one
 * repetition disagrees with the median by more than a quarter, which is
 * not a clean figure.
 */
#define NOISY_SPREAD	0.25

const char *ipc_progname;

/* ---- options ---- */
enum fmt { FMT_HUMAN, FMT_CSV };

static struct opts {
	enum ipc_mode mode;
	uint64_t size;
	const char *variant;
	int rx_touch;		/* zero-copy variants: read every byte on receipt */
	int rx_given;
	int placement;
	int cpus[2];
	double time_s;		/* measured time budget over all repetitions */
	double warm_s;
	long iters;		/* 0: calibrate */
	long reps;
	int verify;
	int membind;
	enum fmt fmt;
	double timeout_s;	/* 0: derived from the budget and the size */
	const char *sysfs;
} o = {
	.mode = MODE_LAT, .size = 64, .placement = PL_SAME_CPU, .cpus = { -1, -1 },
	.time_s = 1.0, .warm_s = 0.1, .reps = 5, .fmt = FMT_HUMAN,
};

/* ---- what the children report back, in a shared mapping ---- */
struct side {
	int status;		/* 0 ok, IPC_SKIP, 1 fail */
	char reason[REASON_LEN];
	char notes[NOTES_LEN];
	uint64_t nvcsw, nivcsw, minflt, majflt;
	uint64_t utime_ns, stime_ns, cpu_ns;
};

struct shared {
	struct side side[2];
	long reps, iters, batch;
	uint64_t t0[MAX_REPS], t1[MAX_REPS];	/* bw: sender start, receiver end */
	uint64_t warm_t0, warm_t1;
	uint64_t rep_samples[MAX_REPS];		/* lat: samples in each rep */
	double samples[];			/* lat: one-way ns per sample */
};

static struct shared *sh;
static size_t sh_len;
static struct ipc_run run;
static char ctl_reason[REASON_LEN], ctl_notes[NOTES_LEN];
static char *reason_buf = ctl_reason, *notes_buf = ctl_notes;
static double clock_ns;
static int sync_fd[2] = { -1, -1 };

void ipc_reason(struct ipc_run *r, const char *fmt, ...)
{
	va_list ap;

	(void)r;
	if (reason_buf[0])
		return;
	va_start(ap, fmt);
	vsnprintf(reason_buf, REASON_LEN, fmt, ap);
	va_end(ap);
	/* a reason is one CSV field: no commas, no newlines */
	for (char *p = reason_buf; *p; p++)
		if (*p == ',' || *p == '\n')
			*p = ';';
}

void ipc_note(struct ipc_run *r, const char *fmt, ...)
{
	size_t len = strlen(notes_buf);
	va_list ap;

	(void)r;
	if (len && len < NOTES_LEN - 1)
		notes_buf[len++] = ';';
	va_start(ap, fmt);
	vsnprintf(notes_buf + len, NOTES_LEN - len, fmt, ap);
	va_end(ap);
	for (char *p = notes_buf; *p; p++)
		if (*p == ',' || *p == '\n')
			*p = ' ';
}

/* ---- help and listings ---- */
static void usage(FILE *f)
{
	const struct ipc_primitive *p = ipc_primitive;

	fprintf(f,
"usage: %s [options]\n"
"%s\n\n"
"Two processes (role A initiates, role B responds) move --size-byte messages\n"
"with this primitive; the harness times them and prints one result row.\n\n"
"  --mode lat|bw         lat: ping-pong, one-way percentiles (default)\n"
"                        bw: streaming, GB/s from first byte sent to last byte held\n"
"  --size N              payload per message: 4096, 64K, 4MiB, 1G (K/M/G = 1024^n;\n"
"                        1 B to 16 GiB; default 64)\n"
"  --variant NAME        one of the variants below (default: the first)\n"
"  --rx touch|handoff    zero-copy variants: the receiver reads every byte (touch,\n"
"                        default) or only gets access (handoff)\n"
"  --placement P         same-cpu (default), smt, cross-core, cross-numa, unpinned\n"
"  --cpus A,B            pin role A to CPU A and role B to CPU B instead\n"
"  --membind             bind each role's memory to its CPU's NUMA node\n"
"                        (implied by cross-numa)\n"
"  --time SEC            measured time budget over all repetitions (default 1)\n"
"  --warmup SEC          warm-up before measuring (default 0.1)\n"
"  --iters N             round trips (lat) or messages (bw) per repetition,\n"
"                        instead of calibrating to --time\n"
"  --reps N              repetitions (default 5)\n"
"  --verify              stamp every message and check every byte on receipt\n"
"                        (for tests; timed results are made without it)\n"
"  --format human|csv    a readable line (default) or a CSV row\n"
"  --header              print the CSV header and exit\n"
"  --timeout SEC         deadline for the whole run (default: from budget and size)\n"
"  --sysfs DIR           read topology below DIR instead of /sys\n"
"                        (also $IPCFLOOR_SYSFS)\n"
"  --list                print the variants (name, flags, summary) and exit\n"
"  --show-placements     print each placement's CPUs or skip reason and exit\n"
"  --clock               print the measured cost of one clock read (ns) and exit\n"
"  --help                this text\n\n"
"Exit status: 0 ok, 77 skipped (the machine cannot run this case; the reason\n"
"is printed), 1 the run failed, 2 bad usage.\n\nvariants:\n",
		p->name, p->summary);
	for (const struct ipc_variant *v = p->variants; v->name; v++)
		fprintf(f, "  %-20s %s%s\n", v->name, v->summary,
			((p->flags | v->flags) & IPC_ZEROCOPY) ? " [zero-copy]" : "");
}

static void list_variants(void)
{
	const struct ipc_primitive *p = ipc_primitive;

	for (const struct ipc_variant *v = p->variants; v->name; v++) {
		unsigned f = p->flags | v->flags;
		char flags[64] = "";

		if (f & IPC_ZEROCOPY)
			strcat(flags, "zerocopy,");
		if (f & IPC_SOLO)
			strcat(flags, "solo,");
		if (f & IPC_NO_LAT)
			strcat(flags, "no-lat,");
		if (f & IPC_NO_BW)
			strcat(flags, "no-bw,");
		if (f & IPC_FLOOR)
			strcat(flags, "floor,");
		if (f & IPC_LOOP)
			strcat(flags, "loop,");
		if (flags[0])
			flags[strlen(flags) - 1] = 0;
		else
			strcpy(flags, "-");
		printf("%s\t%s\t%s\n", v->name, flags, v->summary);
	}
}

static const char *const csv_columns =
	"primitive,variant,mode,size_bytes,placement,cpus,reps,iters,batch,"
	"p50_ns,p90_ns,p99_ns,p999_ns,min_ns,max_ns,mean_ns,gbps,msgs_per_s,"
	"ctxsw_per_msg,invol_ctxsw_per_msg,faults_per_msg,user_ns_per_msg,"
	"sys_ns_per_msg,cpu_ns_per_msg,a_cpu_ns_per_msg,b_cpu_ns_per_msg,"
	"rep_values,spread,clock_ns,notes,status,reason";

static void usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", ipc_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see --help)\n");
	exit(2);
}

/* ---- clock ---- */
static double measure_clock_ns(void)
{
	double best = 1e9;

	for (int rep = 0; rep < 20; rep++) {
		uint64_t t0 = now_ns(), t1 = t0;

		for (int i = 0; i < 1000; i++)
			t1 = now_ns();
		if ((double)(t1 - t0) / 1000.0 < best)
			best = (double)(t1 - t0) / 1000.0;
	}
	return best;
}

/* ---- verification: every message stamped with its sequence number ---- */
static inline uint64_t mix(uint64_t seq, uint64_t i, uint64_t salt)
{
	uint64_t x = (seq + 1) * 0x9E3779B97F4A7C15ull ^ (i + salt) * 0xD1B54A32D192ED03ull;

	return x ^ (x >> 29);
}

static void stamp(void *buf, size_t size, uint64_t seq, uint64_t salt)
{
	uint64_t *w = buf;
	size_t words = size / 8;
	unsigned char *tail = (unsigned char *)buf + words * 8;

	for (size_t i = 0; i < words; i++)
		w[i] = mix(seq, i, salt);
	for (size_t i = 0; i < size % 8; i++)
		tail[i] = (unsigned char)(mix(seq, words, salt) >> (8 * i));
}

static int check(const void *buf, size_t size, uint64_t seq, uint64_t salt)
{
	const unsigned char *b = buf;
	size_t words = size / 8;

	for (size_t i = 0; i < words; i++) {
		uint64_t want = mix(seq, i, salt), got;

		memcpy(&got, b + i * 8, 8);
		if (got != want) {
			size_t k = 0;

			while (((got >> (8 * k)) & 0xff) == ((want >> (8 * k)) & 0xff))
				k++;
			ipc_reason(&run, "verify: message %llu byte %zu of %zu: got 0x%02x expected 0x%02x",
				   (unsigned long long)seq, i * 8 + k, size,
				   (unsigned)((got >> (8 * k)) & 0xff),
				   (unsigned)((want >> (8 * k)) & 0xff));
			return -1;
		}
	}
	for (size_t i = 0; i < size % 8; i++) {
		unsigned char want = (unsigned char)(mix(seq, words, salt) >> (8 * i));

		if (b[words * 8 + i] != want) {
			ipc_reason(&run, "verify: message %llu byte %zu of %zu: got 0x%02x expected 0x%02x",
				   (unsigned long long)seq, words * 8 + i, size, b[words * 8 + i], want);
			return -1;
		}
	}
	return 0;
}

/* read every byte of a zero-copy message, so a mapping is not taken for a transfer */
static volatile uint64_t touch_sink;
static void touch(const void *buf, size_t size)
{
	const unsigned char *b = buf;
	uint64_t sum = 0, w;
	size_t i;

	for (i = 0; i + 8 <= size; i += 8) {
		memcpy(&w, b + i, 8);
		sum += w;
	}
	for (; i < size; i++)
		sum += b[i];
	touch_sink = sum;
}

/* ---- the children ---- */
struct child {
	enum ipc_role role;
	unsigned char *tx, *rx;		/* harness buffers, page-aligned, prefaulted */
	uint64_t seq;			/* messages this side has sent or received */
	struct rusage ru0;
	uint64_t cpu0;
};

static void child_fail(struct child *c) __attribute__((noreturn));
static void child_fail(struct child *c)
{
	if (!reason_buf[0])
		ipc_reason(&run, "role %c: %s", c->role == ROLE_A ? 'A' : 'B', strerror(errno));
	sh->side[c->role].status = 1;
	_exit(1);
}

static void check_hook(struct child *c, int ret, const char *what)
{
	if (ret == 0)
		return;
	if (ret == IPC_SKIP) {
		if (!reason_buf[0])
			ipc_reason(&run, "%s: skipped", what);
		sh->side[c->role].status = IPC_SKIP;
		_exit(IPC_SKIP);
	}
	if (!reason_buf[0])
		ipc_reason(&run, "%s (role %c): %s", what, c->role == ROLE_A ? 'A' : 'B',
			   strerror(errno));
	child_fail(c);
}

static uint64_t cputime_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void counters_start(struct child *c)
{
	getrusage(RUSAGE_SELF, &c->ru0);
	c->cpu0 = cputime_ns();
}

static uint64_t tv_ns(struct timeval tv)
{
	return (uint64_t)tv.tv_sec * 1000000000ull + (uint64_t)tv.tv_usec * 1000ull;
}

static void counters_stop(struct child *c)
{
	struct side *s = &sh->side[c->role];
	uint64_t cpu = cputime_ns();
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	s->cpu_ns += cpu - c->cpu0;
	s->nvcsw += (uint64_t)(ru.ru_nvcsw - c->ru0.ru_nvcsw);
	s->nivcsw += (uint64_t)(ru.ru_nivcsw - c->ru0.ru_nivcsw);
	s->minflt += (uint64_t)(ru.ru_minflt - c->ru0.ru_minflt);
	s->majflt += (uint64_t)(ru.ru_majflt - c->ru0.ru_majflt);
	s->utime_ns += tv_ns(ru.ru_utime) - tv_ns(c->ru0.ru_utime);
	s->stime_ns += tv_ns(ru.ru_stime) - tv_ns(c->ru0.ru_stime);
}

static void *alloc_buf(struct child *c, size_t size, int fill)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		ipc_reason(&run, "cannot map a %zu-byte buffer: %s", size, strerror(errno));
		child_fail(c);
	}
	/* fault every page in now, so no timed message pays for it; a non-zero
	   fill keeps the kernel from sharing the zero page */
	memset(p, fill, size);
	return p;
}

struct phase_msg {
	int64_t phase;
	uint64_t count;
};

static void sync_send(struct child *c, const void *m, size_t len)
{
	if (write_full(sync_fd[c->role], m, len)) {
		ipc_reason(&run, "role %c: peer gone (%s)", c->role == ROLE_A ? 'A' : 'B',
			   strerror(errno));
		child_fail(c);
	}
}

static void sync_recv(struct child *c, void *m, size_t len)
{
	if (read_full(sync_fd[c->role], m, len)) {
		ipc_reason(&run, "role %c: peer gone (%s)", c->role == ROLE_A ? 'A' : 'B',
			   errno == EPIPE ? "closed" : strerror(errno));
		child_fail(c);
	}
}

static const uint64_t salt_of[2] = { 0xA, 0xB };
/* test hook: IPCFLOOR_CORRUPT=<offset> flips that byte of every received copy
   in verify mode, so tests can see the checker fail */
static long corrupt_at = -1;
/* test hook: IPCFLOOR_REP_VALUES=<v1;v2;...> replaces the value of
   repetition r by v_r (as many as given) before rep_values, spread, the
   noisy flag and, in bw rows, gbps are computed, so a test can set a spread
   exactly; the percentiles still come from the measured samples */
static double rep_forced[MAX_REPS];
static long n_rep_forced;

static void send_one(struct child *c)
{
	const struct ipc_primitive *p = ipc_primitive;
	void *buf = p->tx_buf ? p->tx_buf(&run, c->role) : NULL;

	if (!buf)
		buf = c->tx;
	if (o.verify)
		stamp(buf, o.size, c->seq, salt_of[c->role]);
	check_hook(c, p->send(&run, c->role, buf), "send");
	c->seq++;
}

static void recv_one(struct child *c)
{
	const struct ipc_primitive *p = ipc_primitive;
	const void *data = NULL;

	check_hook(c, p->recv(&run, c->role, c->rx, &data), "recv");
	if (o.verify && corrupt_at >= 0 && data == c->rx && (size_t)corrupt_at < o.size)
		c->rx[corrupt_at] ^= 0xff;
	if (o.verify) {
		if (check(data, o.size, c->seq, salt_of[!c->role]))
			child_fail(c);
	} else if (o.rx_touch && data != c->rx) {
		touch(data, o.size);
	}
	if (p->release)
		check_hook(c, p->release(&run, c->role), "release");
	c->seq++;
}

/* the primitive's own timed loop replaces the send()/recv() pairs */
static int use_loop(void)
{
	return ipc_primitive->loop && (run.flags & IPC_LOOP) && o.mode == MODE_LAT && !o.verify &&
	       !(run.flags & IPC_SOLO);
}

/* Role B: answer the phases A announces until the end marker. */
static void run_b(struct child *c)
{
	struct phase_msg m;
	uint64_t ack = 1;

	sync_send(c, &ack, sizeof(ack));	/* attached: A may start */
	for (;;) {
		sync_recv(c, &m, sizeof(m));
		if (m.phase == PHASE_END)
			break;
		if (m.phase >= 0)
			counters_start(c);
		if (use_loop()) {
			check_hook(c, ipc_primitive->loop(&run, c->role, m.count), "loop");
			m.count = 0;
		}
		/* sequence numbers count messages in both directions, as A's do */
		for (uint64_t i = 0; i < m.count; i++) {
			recv_one(c);
			if (o.mode == MODE_LAT)
				send_one(c);
		}
		if (o.mode == MODE_BW) {
			uint64_t t1 = now_ns();

			if (m.phase >= 0)
				sh->t1[m.phase] = t1;
			else
				sh->warm_t1 = t1;
		}
		if (m.phase >= 0)
			counters_stop(c);
		sync_send(c, &ack, sizeof(ack));
	}
}

/* A's side of batch round trips (lat), messages (bw) or operations (solo) */
static void run_batch(struct child *c, long batch)
{
	if (use_loop()) {
		check_hook(c, ipc_primitive->loop(&run, c->role, (uint64_t)batch), "loop");
		return;
	}
	for (long j = 0; j < batch; j++) {
		if (run.flags & IPC_SOLO) {
			check_hook(c, ipc_primitive->send(&run, c->role, c->tx), "op");
		} else if (o.mode == MODE_LAT) {
			/* A's seq counts messages in both directions, as B's does */
			send_one(c);
			recv_one(c);
		} else {
			send_one(c);
		}
	}
}

/*
 * One phase from A's side.  Latency samples go to out (NULL while warming
 * up); returns the time of the loop itself, which excludes the phase
 * announcement and the ack.
 */
static uint64_t phase_a(struct child *c, int64_t phase, uint64_t count, long batch, double *out)
{
	const int solo = run.flags & IPC_SOLO;
	struct phase_msg m = { phase, count };
	uint64_t ack, t0, t, elapsed;

	if (!solo)
		sync_send(c, &m, sizeof(m));
	if (phase >= 0)
		counters_start(c);
	t0 = now_ns();
	if (o.mode == MODE_BW) {
		if (phase >= 0)
			sh->t0[phase] = t0;
		else
			sh->warm_t0 = t0;
	}
	t = t0;
	for (uint64_t i = 0; i < count; i += (uint64_t)batch) {
		run_batch(c, batch);
		if (out) {
			uint64_t t2 = now_ns();

			/* one-way = half the round trip; a solo operation is its own time */
			*out++ = (double)(t2 - t) / (double)batch / (solo ? 1.0 : 2.0);
			t = t2;
		}
	}
	elapsed = now_ns() - t0;
	if (phase >= 0)
		counters_stop(c);
	if (!solo)
		sync_recv(c, &ack, sizeof(ack));
	if (solo && o.mode == MODE_BW) {
		if (phase >= 0)
			sh->t1[phase] = t0 + elapsed;
		else
			sh->warm_t1 = t0 + elapsed;
	}
	return elapsed;
}

static void run_a(struct child *c)
{
	const int solo = run.flags & IPC_SOLO;
	double budget_ns = o.time_s * 1e9 / (double)o.reps;
	uint64_t ack, spent = 0, n = 1, per_op_ns = 0;
	long batch = 1, iters;
	double *out = sh->samples;
	struct phase_msg end = { PHASE_END, 0 };

	if (!solo)
		sync_recv(c, &ack, sizeof(ack));	/* B has attached */

	/* warm-up: doubling phases until the warm-up time is spent */
	for (;;) {
		uint64_t t = phase_a(c, PHASE_WARM, n, 1, NULL);

		if (o.mode == MODE_BW && !solo)
			t = sh->warm_t1 - sh->warm_t0;	/* until the receiver has it all */
		per_op_ns = t / n ? t / n : 1;
		spent += t;
		if (spent >= (uint64_t)(o.warm_s * 1e9) || o.iters)
			break;
		n *= 2;
		if (n * per_op_ns > (uint64_t)(o.warm_s * 1e9))
			n = (uint64_t)(o.warm_s * 1e9) / per_op_ns + 1;
	}

	/* batch round trips too short to time alone: clock reads < 0.5% of a sample */
	if (o.mode == MODE_LAT && (double)per_op_ns < 200.0 * clock_ns)
		batch = (long)ceil(200.0 * clock_ns / (double)per_op_ns);
	if (o.iters) {
		iters = o.iters;
	} else {
		double want = budget_ns / (double)per_op_ns;

		iters = want < 1 ? 1 : want > 1e9 ? 1000000000L : (long)want;
	}
	if (o.mode == MODE_LAT) {
		long cap = (long)(MAX_SAMPLES / (unsigned long)o.reps);

		if (iters / batch > cap)
			batch = (iters + cap - 1) / cap;
		if (batch > iters)
			iters = batch;
		iters = (iters + batch - 1) / batch * batch;
	}
	sh->iters = iters;
	sh->batch = batch;
	sh->reps = o.reps;
	for (long rep = 0; rep < o.reps; rep++) {
		phase_a(c, rep, (uint64_t)iters, batch, o.mode == MODE_LAT ? out : NULL);
		if (o.mode == MODE_LAT) {
			sh->rep_samples[rep] = (uint64_t)(iters / batch);
			out += iters / batch;
		}
	}
	if (!solo)
		sync_send(c, &end, sizeof(end));
}

static void child_main(enum ipc_role role, pid_t controller, const sigset_t *oldmask)
{
	const struct ipc_primitive *p = ipc_primitive;
	struct child c = { .role = role };
	int bw = o.mode == MODE_BW;

	/* die with the controller, and close the race where it died before this line */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != controller)
		_exit(1);
	sigprocmask(SIG_SETMASK, oldmask, NULL);
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	reason_buf = sh->side[role].reason;
	notes_buf = sh->side[role].notes;
	close(sync_fd[!role]);

	if (run.cpu[role] >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(run.cpu[role], &set);
		if (sched_setaffinity(0, sizeof(set), &set)) {
			ipc_reason(&run, "cannot pin role %c to CPU %d: %s", role == ROLE_A ? 'A' : 'B',
				   run.cpu[role], strerror(errno));
			child_fail(&c);
		}
	}
	if (run.node[role] >= 0) {
		struct bitmask *bm;

		if (numa_available() < 0) {
			ipc_reason(&run, "NUMA binding asked for but the kernel has no NUMA support");
			child_fail(&c);
		}
		bm = numa_allocate_nodemask();
		numa_bitmask_setbit(bm, (unsigned)run.node[role]);
		numa_set_bind_policy(1);
		numa_set_membind(bm);
		numa_free_nodemask(bm);
	}
	/* lat: both sides send and receive; bw: A only sends, B only receives;
	   a solo operation gets a source and a destination */
	if (role == ROLE_A || !bw)
		c.tx = alloc_buf(&c, o.size, 0x5a);
	if (role == ROLE_B || !bw || (run.flags & IPC_SOLO))
		c.rx = alloc_buf(&c, o.size, 0xa5);
	if (p->attach)
		check_hook(&c, p->attach(&run, role), "attach");
	if (role == ROLE_A)
		run_a(&c);
	else
		run_b(&c);
	if (p->detach)
		p->detach(&run, role);
	_exit(0);
}

/* ---- the controller ---- */
static pid_t pids[2] = { -1, -1 };

static void kill_children(void)
{
	for (int i = 0; i < 2; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGKILL);
	for (int i = 0; i < 2; i++)
		if (pids[i] > 0) {
			waitpid(pids[i], NULL, 0);
			pids[i] = -1;
		}
}

static void controller_cleanup(void)
{
	kill_children();
	if (ipc_primitive->cleanup)
		ipc_primitive->cleanup(&run);
}

static void report_and_exit(int status, const char *reason) __attribute__((noreturn));

/* wait for the children; returns 0 when both ended well */
static int supervise(const sigset_t *set, double timeout_s, char *why, size_t whylen)
{
	uint64_t deadline = now_ns() + (uint64_t)(timeout_s * 1e9);
	int alive = (pids[0] > 0) + (pids[1] > 0), result = 0;

	while (alive) {
		uint64_t now = now_ns();
		struct timespec ts;
		siginfo_t si;
		int sig, st;
		pid_t pid;

		if (now >= deadline) {
			snprintf(why, whylen, "no result within the %.0f s deadline (a side hung)",
				 timeout_s);
			return 1;
		}
		ts.tv_sec = (time_t)((deadline - now) / 1000000000ull);
		ts.tv_nsec = (long)((deadline - now) % 1000000000ull);
		sig = sigtimedwait(set, &si, &ts);
		if (sig < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			snprintf(why, whylen, "sigtimedwait: %s", strerror(errno));
			return 1;
		}
		if (sig != SIGCHLD) {
			controller_cleanup();
			fprintf(stderr, "%s: interrupted by signal %d; children stopped\n",
				ipc_progname, sig);
			exit(128 + sig);
		}
		while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
			int role = pid == pids[0] ? 0 : pid == pids[1] ? 1 : -1;
			char *r;

			if (role < 0)
				continue;
			pids[role] = -1;
			alive--;
			r = sh->side[role].reason;
			if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
				continue;
			if (WIFEXITED(st) && WEXITSTATUS(st) == IPC_SKIP) {
				snprintf(why, whylen, "%s", r[0] ? r : "skipped");
				result = IPC_SKIP;
			} else if (WIFSIGNALED(st)) {
				snprintf(why, whylen, "role %c killed by signal %d (%s)",
					 role ? 'B' : 'A', WTERMSIG(st), strsignal(WTERMSIG(st)));
				result = 1;
			} else {
				snprintf(why, whylen, "%s", r[0] ? r : "role failed");
				result = 1;
			}
			/* the other side may wait forever on a peer that is gone */
			return result;
		}
	}
	return result;
}

/* ---- output ---- */
struct row {
	const char *status;
	double p50, p90, p99, p999, min, max, mean;
	double gbps, msgs_s;
	double ctxsw, invol, faults, user, sys, cpu, cpu_a, cpu_b;
	char rep_values[4096];
	double spread;
	int noisy;		/* spread > NOISY_SPREAD */
};

static char variant_label[96];
static char cpus_label[32];

static void csv_num(char *buf, size_t len, double v, int have)
{
	if (!have)
		buf[0] = 0;
	else if (fabs(v) >= 1e5 || (v == floor(v) && fabs(v) < 1e15))
		snprintf(buf, len, "%.0f", v);	/* whole ns: no exponent, no lost digits */
	else
		snprintf(buf, len, "%.6g", v);
}

static void print_row(const struct row *w, const char *reason)
{
	int ok = !strcmp(w->status, "ok"), lat = ok && o.mode == MODE_LAT, bw = ok && !lat;
	const char *notes = ctl_notes;

	/* a skip or a failure is always one line on stderr, whatever the format */
	if (!ok)
		fprintf(stderr, "%s %s: %s\n", !strcmp(w->status, "skip") ? "SKIP" : "FAIL",
			ipc_primitive->name, reason);
	if (o.fmt == FMT_CSV) {
		char f[18][40];
		const double v[] = { w->p50, w->p90, w->p99, w->p999, w->min, w->max, w->mean,
				     w->gbps, w->msgs_s, w->ctxsw, w->invol, w->faults,
				     w->user, w->sys, w->cpu, w->cpu_a, w->cpu_b, w->spread };

		for (int i = 0; i < 18; i++) {
			int have = i < 7 ? lat : i < 9 ? bw : ok;

			if (i == 16 && (run.flags & IPC_SOLO))
				have = 0;
			csv_num(f[i], sizeof(f[i]), v[i], have);
		}
		printf("%s,%s,%s,%llu,%s,%s,%ld,%ld,%ld,"
		       "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%.1f,%s,%s,%s\n",
		       ipc_primitive->name, variant_label, o.mode == MODE_LAT ? "lat" : "bw",
		       (unsigned long long)o.size, placement_names[o.placement], cpus_label,
		       ok ? sh->reps : 0, ok ? sh->iters : 0, ok ? sh->batch : 0,
		       f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11],
		       f[12], f[13], f[14], f[15], f[16], ok ? w->rep_values : "", f[17],
		       clock_ns, notes, w->status, reason ? reason : "");
		return;
	}
	if (!ok)
		return;
	{
		char sz[32];

		fmt_bytes(o.size, sz, sizeof(sz));
		printf("%s %s %s %s %s [cpus %s]: ", ipc_primitive->name, variant_label,
		       lat ? "lat" : "bw", sz, placement_names[o.placement], cpus_label);
		if (lat)
			printf("%s p50 %.3f us, p99 %.3f us, p99.9 %.3f us (min %.3f, max %.3f)%s; ",
			       (run.flags & IPC_SOLO) ? "per op" : "one-way",
			       w->p50 / 1e3, w->p99 / 1e3, w->p999 / 1e3, w->min / 1e3, w->max / 1e3,
			       (run.flags & IPC_SOLO) ? "" : " = half the round trip");
		else
			printf("%.3f GB/s, %.0f msgs/s; ", w->gbps, w->msgs_s);
		printf("per message: %.2f ctxsw, %.2f faults, cpu %.0f ns (user %.0f, sys %.0f); "
		       "%ld reps x %ld; spread %.1f%%%s%s%s\n",
		       w->ctxsw, w->faults, w->cpu, w->user, w->sys, sh->reps, sh->iters,
		       100 * w->spread, w->noisy ? " NOISY" : "", notes[0] ? "; " : "", notes);
	}
}

static void report_and_exit(int status, const char *reason)
{
	struct row w = { .status = status == 0 ? "ok" : status == IPC_SKIP ? "skip" : "fail" };

	print_row(&w, reason);
	fflush(stdout);
	exit(status);
}

static void compute_row(struct row *w)
{
	const int solo = run.flags & IPC_SOLO;
	double rep[MAX_REPS];
	double msgs, minv, maxv;
	size_t n = 0, len = 0;

	w->status = "ok";
	for (long r = 0; r < sh->reps; r++) {
		if (o.mode == MODE_LAT) {
			double *s = sh->samples + n;
			size_t k = sh->rep_samples[r];
			double *tmp = malloc(k * sizeof(double));

			if (!tmp)
				die("out of memory for statistics");
			memcpy(tmp, s, k * sizeof(double));
			rep[r] = median_of(tmp, k);
			free(tmp);
			n += k;
		} else {
			double dt = (double)(sh->t1[r] - sh->t0[r]);

			rep[r] = dt > 0 ? (double)o.size * (double)sh->iters / dt : 0;
		}
		if (r < n_rep_forced)
			rep[r] = rep_forced[r];
		len += (size_t)snprintf(w->rep_values + len, sizeof(w->rep_values) - len,
					"%s%.6g", r ? ";" : "", rep[r]);
		if (len >= sizeof(w->rep_values))
			len = sizeof(w->rep_values) - 1;
	}
	minv = maxv = rep[0];
	for (long r = 1; r < sh->reps; r++) {
		minv = fmin(minv, rep[r]);
		maxv = fmax(maxv, rep[r]);
	}
	if (o.mode == MODE_LAT) {
		double sum = 0;

		sort_doubles(sh->samples, n);
		w->p50 = percentile_sorted(sh->samples, n, 50);
		w->p90 = percentile_sorted(sh->samples, n, 90);
		w->p99 = percentile_sorted(sh->samples, n, 99);
		w->p999 = percentile_sorted(sh->samples, n, 99.9);
		w->min = sh->samples[0];
		w->max = sh->samples[n - 1];
		for (size_t i = 0; i < n; i++)
			sum += sh->samples[i];
		w->mean = sum / (double)n;
		msgs = (double)sh->reps * (double)sh->iters * (solo ? 1 : 2);
	} else {
		double tmp[MAX_REPS];

		memcpy(tmp, rep, sizeof(double) * (size_t)sh->reps);
		w->gbps = median_of(tmp, (size_t)sh->reps);
		w->msgs_s = w->gbps / (double)o.size * 1e9;
		msgs = (double)sh->reps * (double)sh->iters;
	}
	{
		double tmp[MAX_REPS], med;

		memcpy(tmp, rep, sizeof(double) * (size_t)sh->reps);
		med = median_of(tmp, (size_t)sh->reps);
		w->spread = med > 0 ? (maxv - minv) / med : 0;
	}
	/* compared as printed, so the flag and the spread column always agree */
	{
		char sp[40];

		csv_num(sp, sizeof(sp), w->spread, 1);
		if (atof(sp) > NOISY_SPREAD) {
			w->noisy = 1;
			ipc_note(&run, "noisy=spread %s>%.2f", sp, NOISY_SPREAD);
		}
	}
	for (int s = 0; s < 2; s++) {
		struct side *d = &sh->side[s];

		w->ctxsw += (double)(d->nvcsw + d->nivcsw) / msgs;
		w->invol += (double)d->nivcsw / msgs;
		w->faults += (double)(d->minflt + d->majflt) / msgs;
		w->user += (double)d->utime_ns / msgs;
		w->sys += (double)d->stime_ns / msgs;
		w->cpu += (double)d->cpu_ns / msgs;
	}
	w->cpu_a = (double)sh->side[0].cpu_ns / msgs;
	w->cpu_b = (double)sh->side[1].cpu_ns / msgs;
}

/*
 * Names of shared objects must not be guessable (another user could create
 * them first or wait for them): 64 bits from getrandom(2), with the pid for
 * the reader.
 */
static void make_run_tag(pid_t self)
{
	uint64_t rnd;
	ssize_t n;

	do
		n = getrandom(&rnd, sizeof(rnd), 0);
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)sizeof(rnd))
		die("getrandom: %s: cannot make unpredictable object names",
		    n < 0 ? strerror(errno) : "short read");
	snprintf(run.run_tag, sizeof(run.run_tag), "ipcfloor-%d-%016llx", (int)self,
		 (unsigned long long)rnd);
}

/* ---- set-up checks ---- */
static uint64_t mem_available(void)
{
	long long kb = meminfo_kb("MemAvailable");

	return kb > 0 ? (uint64_t)kb * 1024ull : UINT64_MAX;
}

/* refuse, before anything is allocated, a run that cannot fit in memory */
static void check_memory(void)
{
	const struct ipc_primitive *p = ipc_primitive;
	double bufs = o.mode == MODE_LAT ? 4 : 2;
	double need = (double)o.size * (bufs + p->mem_factor);
	uint64_t avail = mem_available();
	char a[32], b[32], s[32];

	fmt_bytes(o.size, s, sizeof(s));
	fmt_bytes((uint64_t)need, a, sizeof(a));
	fmt_bytes(avail, b, sizeof(b));
	if (need > (double)avail * 0.9) {
		snprintf(ctl_reason, sizeof(ctl_reason),
			 "not enough memory: --size %s needs about %s; %s available", s, a, b);
		report_and_exit(IPC_SKIP, ctl_reason);
	}
	if (p->shm_factor > 0) {
		struct statvfs vfs;
		double shm = (double)o.size * p->shm_factor;

		if (!statvfs("/dev/shm", &vfs)) {
			uint64_t free_b = (uint64_t)vfs.f_bavail * vfs.f_frsize;

			if (shm > (double)free_b) {
				fmt_bytes((uint64_t)shm, a, sizeof(a));
				fmt_bytes(free_b, b, sizeof(b));
				snprintf(ctl_reason, sizeof(ctl_reason),
					 "/dev/shm too small: --size %s needs %s there; %s free",
					 s, a, b);
				report_and_exit(IPC_SKIP, ctl_reason);
			}
		}
	}
}

static const struct ipc_variant *find_variant(const char *name)
{
	for (const struct ipc_variant *v = ipc_primitive->variants; v->name; v++)
		if (!strcmp(v->name, name))
			return v;
	return NULL;
}

static void parse_cpus(const char *s, const struct topo *t, const unsigned char *allowed)
{
	char msg[128];
	long v[2];
	const char *comma = strchr(s, ',');
	char first[32];

	if (!comma || (size_t)(comma - s) >= sizeof(first))
		usage_error("--cpus '%s': expected two CPU numbers, A,B", s);
	memcpy(first, s, (size_t)(comma - s));
	first[comma - s] = 0;
	if (parse_long(first, 0, TOPO_MAX_CPUS - 1, &v[0], msg, sizeof(msg)) ||
	    parse_long(comma + 1, 0, TOPO_MAX_CPUS - 1, &v[1], msg, sizeof(msg)))
		usage_error("--cpus '%s': %s", s, msg);
	for (int i = 0; i < 2; i++) {
		if (v[i] >= t->ncpus || !t->cpu[v[i]].online)
			usage_error("--cpus: CPU %ld does not exist (%d CPUs online)", v[i], t->nonline);
		if (allowed && !allowed[v[i]])
			usage_error("--cpus: CPU %ld is not in this process's affinity mask", v[i]);
		o.cpus[i] = (int)v[i];
	}
}

static int opt_show_placements, opt_clock, opt_header, opt_list;
static const char *opt_cpus;

static void parse_args(int argc, char **argv)
{
	enum { O_MODE = 256, O_SIZE, O_VARIANT, O_RX, O_PLACEMENT, O_CPUS, O_MEMBIND, O_TIME,
	       O_WARM, O_ITERS, O_REPS, O_VERIFY, O_FORMAT, O_HEADER, O_TIMEOUT, O_SYSFS,
	       O_LIST, O_SHOW, O_CLOCK, O_HELP };
	static const struct option lo[] = {
		{ "mode", required_argument, 0, O_MODE },
		{ "size", required_argument, 0, O_SIZE },
		{ "variant", required_argument, 0, O_VARIANT },
		{ "rx", required_argument, 0, O_RX },
		{ "placement", required_argument, 0, O_PLACEMENT },
		{ "cpus", required_argument, 0, O_CPUS },
		{ "membind", no_argument, 0, O_MEMBIND },
		{ "time", required_argument, 0, O_TIME },
		{ "warmup", required_argument, 0, O_WARM },
		{ "iters", required_argument, 0, O_ITERS },
		{ "reps", required_argument, 0, O_REPS },
		{ "verify", no_argument, 0, O_VERIFY },
		{ "format", required_argument, 0, O_FORMAT },
		{ "header", no_argument, 0, O_HEADER },
		{ "timeout", required_argument, 0, O_TIMEOUT },
		{ "sysfs", required_argument, 0, O_SYSFS },
		{ "list", no_argument, 0, O_LIST },
		{ "show-placements", no_argument, 0, O_SHOW },
		{ "clock", no_argument, 0, O_CLOCK },
		{ "help", no_argument, 0, O_HELP },
		{ 0, 0, 0, 0 },
	};
	const char *seen[O_HELP - O_MODE + 1] = { 0 };
	int placement_given = 0, time_given = 0, c;
	char msg[160];

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", lo, NULL)) != -1) {
		/* lo[] is in enum order: one value per option, or the same twice */
		if (c >= O_MODE && c <= O_HELP && lo[c - O_MODE].has_arg == required_argument) {
			const char *prev = seen[c - O_MODE];

			if (prev && strcmp(prev, optarg))
				usage_error("--%s given twice ('%s' and '%s')", lo[c - O_MODE].name,
					    prev, optarg);
			seen[c - O_MODE] = optarg;
		}
		switch (c) {
		case O_MODE:
			if (!strcmp(optarg, "lat"))
				o.mode = MODE_LAT;
			else if (!strcmp(optarg, "bw"))
				o.mode = MODE_BW;
			else
				usage_error("--mode '%s': expected lat or bw", optarg);
			break;
		case O_SIZE:
			if (parse_size(optarg, 1, SIZE_MAX_OPT, &o.size, msg, sizeof(msg)))
				usage_error("--size: %s", msg);
			break;
		case O_VARIANT:
			o.variant = optarg;
			break;
		case O_RX:
			if (!strcmp(optarg, "touch"))
				o.rx_touch = 1;
			else if (!strcmp(optarg, "handoff"))
				o.rx_touch = 0;
			else
				usage_error("--rx '%s': expected touch or handoff", optarg);
			o.rx_given = 1;
			break;
		case O_PLACEMENT:
			o.placement = placement_from_name(optarg);
			if (o.placement < 0 || o.placement == PL_CPUS)
				usage_error("--placement '%s': expected same-cpu, smt, cross-core, "
					    "cross-numa or unpinned", optarg);
			placement_given = 1;
			break;
		case O_CPUS:
			opt_cpus = optarg;
			break;
		case O_MEMBIND:
			o.membind = 1;
			break;
		case O_TIME:
			if (parse_seconds(optarg, 86400, &o.time_s, msg, sizeof(msg)))
				usage_error("--time: %s", msg);
			time_given = 1;
			break;
		case O_WARM:
			if (parse_seconds(optarg, 3600, &o.warm_s, msg, sizeof(msg)))
				usage_error("--warmup: %s", msg);
			break;
		case O_ITERS:
			if (parse_long(optarg, 1, 1000000000L, &o.iters, msg, sizeof(msg)))
				usage_error("--iters: %s", msg);
			break;
		case O_REPS:
			if (parse_long(optarg, 1, MAX_REPS, &o.reps, msg, sizeof(msg)))
				usage_error("--reps: %s", msg);
			break;
		case O_VERIFY:
			o.verify = 1;
			break;
		case O_FORMAT:
			if (!strcmp(optarg, "csv"))
				o.fmt = FMT_CSV;
			else if (!strcmp(optarg, "human"))
				o.fmt = FMT_HUMAN;
			else
				usage_error("--format '%s': expected human or csv", optarg);
			break;
		case O_HEADER:
			opt_header = 1;
			break;
		case O_TIMEOUT:
			if (parse_seconds(optarg, 86400, &o.timeout_s, msg, sizeof(msg)))
				usage_error("--timeout: %s", msg);
			break;
		case O_SYSFS:
			if (!*optarg)
				usage_error("--sysfs: empty folder name");
			o.sysfs = optarg;
			break;
		case O_LIST:
			opt_list = 1;
			break;
		case O_SHOW:
			opt_show_placements = 1;
			break;
		case O_CLOCK:
			opt_clock = 1;
			break;
		case 'h':
		case O_HELP:
			usage(stdout);
			exit(0);
		case ':':
			usage_error("%s needs a value", argv[optind - 1]);
		default:
			/* getopt_long sets optopt to the option of a "--flag=value" */
			if (optopt >= O_MODE && optopt <= O_HELP)
				usage_error("--%s takes no value ('%s')", lo[optopt - O_MODE].name,
					    argv[optind - 1]);
			usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		usage_error("unexpected argument '%s'", argv[optind]);
	if (opt_cpus && placement_given)
		usage_error("--cpus and --placement exclude each other");
	if (o.iters && time_given)
		usage_error("--iters and --time exclude each other (--iters replaces the calibration"
			    " to --time)");
	if (opt_header + opt_list + opt_show_placements + opt_clock > 1)
		usage_error("--header, --list, --show-placements and --clock exclude each other");
	if (opt_cpus)
		o.placement = PL_CPUS;
	if (!o.variant)
		o.variant = ipc_primitive->variants[0].name;
}

int main(int argc, char **argv)
{
	const struct ipc_primitive *p = ipc_primitive;
	static unsigned char allowed[TOPO_MAX_CPUS];
	const struct ipc_variant *v;
	static struct topo topo;
	sigset_t set, oldmask;
	char why[REASON_LEN], msg[256];
	pid_t self = getpid();
	cpu_set_t aff;
	int status;

	ipc_progname = p->name;
	setvbuf(stderr, NULL, _IONBF, 0);
	parse_args(argc, argv);
	if (getenv("IPCFLOOR_CORRUPT"))
		corrupt_at = atol(getenv("IPCFLOOR_CORRUPT"));
	if (getenv("IPCFLOOR_REP_VALUES")) {
		const char *e = getenv("IPCFLOOR_REP_VALUES");
		char *end;

		while (*e && n_rep_forced < MAX_REPS) {
			rep_forced[n_rep_forced] = strtod(e, &end);
			if (end == e || !(rep_forced[n_rep_forced] > 0) || (*end && *end != ';'))
				die("IPCFLOOR_REP_VALUES: expected positive numbers separated by ';'");
			n_rep_forced++;
			e = *end ? end + 1 : end;
		}
	}
	if (opt_header) {
		printf("%s\n", csv_columns);
		return 0;
	}
	if (opt_list) {
		list_variants();
		return 0;
	}
	clock_ns = measure_clock_ns();
	if (opt_clock) {
		printf("%.1f\n", clock_ns);
		return 0;
	}
	v = find_variant(o.variant);
	if (!v)
		usage_error("--variant '%s': %s has no such variant (see --list)", o.variant, p->name);
	run.variant = v->name;
	run.kind = v->kind;
	run.flags = p->flags | v->flags;
	run.mode = o.mode;
	run.size = (size_t)o.size;
	run.verify = o.verify;
	if (!o.rx_given)
		o.rx_touch = 1;
	if (o.rx_given && !(run.flags & IPC_ZEROCOPY))
		usage_error("--rx applies to zero-copy variants only; %s %s copies", p->name, v->name);
	if (run.flags & IPC_ZEROCOPY)
		snprintf(variant_label, sizeof(variant_label), "%s-%s", v->name,
			 o.rx_touch ? "touch" : "handoff");
	else
		snprintf(variant_label, sizeof(variant_label), "%s", v->name);

	/* topology: the real one, or a fixture for tests */
	if (!o.sysfs)
		o.sysfs = getenv("IPCFLOOR_SYSFS");
	if (!o.sysfs || !*o.sysfs)
		o.sysfs = "/sys";
	if (topo_read(&topo, o.sysfs, msg, sizeof(msg)))
		die("%s", msg);
	/* a fixture describes another machine: its CPUs are not in our mask */
	if (!strcmp(o.sysfs, "/sys") && !sched_getaffinity(0, sizeof(aff), &aff)) {
		for (int c = 0; c < TOPO_MAX_CPUS && c < CPU_SETSIZE; c++)
			allowed[c] = (unsigned char)CPU_ISSET(c, &aff);
	} else {
		memset(allowed, 1, sizeof(allowed));
	}
	if (opt_show_placements) {
		for (int pl = 0; pl < PL_CPUS; pl++) {
			int cpus[2];

			if (topo_place(&topo, pl, allowed, cpus, why, sizeof(why)) == 0)
				printf("%s\t%d,%d\tnodes %d,%d\n", placement_names[pl], cpus[0],
				       cpus[1], cpus[0] < 0 ? -1 : topo.cpu[cpus[0]].node,
				       cpus[1] < 0 ? -1 : topo.cpu[cpus[1]].node);
			else
				printf("%s\tskip\t%s\n", placement_names[pl], why);
		}
		return 0;
	}
	if (opt_cpus) {
		parse_cpus(opt_cpus, &topo, allowed);
		run.cpu[0] = o.cpus[0];
		run.cpu[1] = o.cpus[1];
	} else {
		status = topo_place(&topo, o.placement, allowed, run.cpu, why, sizeof(why));
		snprintf(cpus_label, sizeof(cpus_label), "-");
		if (status)
			report_and_exit(IPC_SKIP, why);
	}
	if (run.cpu[0] >= 0)
		snprintf(cpus_label, sizeof(cpus_label), "%d;%d", run.cpu[0], run.cpu[1]);
	else
		snprintf(cpus_label, sizeof(cpus_label), "-");
	run.node[0] = run.node[1] = -1;
	if ((o.placement == PL_CROSS_NUMA || o.membind) && run.cpu[0] >= 0) {
		run.node[0] = topo.cpu[run.cpu[0]].node;
		run.node[1] = topo.cpu[run.cpu[1]].node;
	} else if (o.membind) {
		usage_error("--membind needs pinned CPUs");
	}
	if ((run.flags & IPC_NO_LAT) && o.mode == MODE_LAT)
		report_and_exit(IPC_SKIP, "latency mode does not apply to this primitive");
	if ((run.flags & IPC_NO_BW) && o.mode == MODE_BW)
		report_and_exit(IPC_SKIP, "throughput mode does not apply to this primitive");
	check_memory();
	make_run_tag(self);

	/* results and samples; NORESERVE: only the pages written cost memory */
	sh_len = sizeof(struct shared) + (o.mode == MODE_LAT ? MAX_SAMPLES * sizeof(double) : 0);
	sh = mmap(NULL, sh_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE,
		  -1, 0);
	if (sh == MAP_FAILED)
		die("cannot map the result area: %s", strerror(errno));

	/*
	 * The controller takes every signal that matters synchronously, so a
	 * Ctrl-C can never land between a create and its cleanup.
	 */
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigprocmask(SIG_BLOCK, &set, &oldmask);
	signal(SIGPIPE, SIG_IGN);	/* a closed peer is EPIPE, not a silent death */

	status = p->setup ? p->setup(&run) : 0;
	if (status) {
		if (p->cleanup)
			p->cleanup(&run);
		if (status != IPC_SKIP)
			status = 1;
		if (!ctl_reason[0])
			ipc_reason(&run, "setup: %s", strerror(errno));
		report_and_exit(status, ctl_reason);
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sync_fd))
		die("socketpair: %s", strerror(errno));
	fflush(stdout);
	for (int role = 0; role < ((run.flags & IPC_SOLO) ? 1 : 2); role++) {
		pids[role] = fork();
		if (pids[role] < 0) {
			controller_cleanup();
			die("fork: %s", strerror(errno));
		}
		if (pids[role] == 0)
			child_main((enum ipc_role)role, self, &oldmask);
	}
	close(sync_fd[0]);
	close(sync_fd[1]);
	if (o.timeout_s <= 0)
		/* generous: calibration, warm-up and faulting in buffers of the size */
		o.timeout_s = 60 + 3 * (o.time_s + o.warm_s) + (double)o.size * 8 / 100e6;
	status = supervise(&set, o.timeout_s, why, sizeof(why));
	controller_cleanup();
	/* notes from the children join the controller's */
	for (int s = 0; s < 2; s++)
		if (sh->side[s].notes[0])
			ipc_note(&run, "%s", sh->side[s].notes);
	if (status)
		report_and_exit(status, why);
	{
		struct row w = { 0 };

		compute_row(&w);
		print_row(&w, NULL);
	}
	return 0;
}
