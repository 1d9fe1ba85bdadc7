/* SPDX-License-Identifier: MIT */
/* Small helpers every program uses: errors, full reads and writes, the clock. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

extern const char *ipc_progname;

void die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", ipc_progname ? ipc_progname : "ipcfloor");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

int read_full(int fd, void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		ssize_t n = read(fd, p, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {	/* the peer closed its end: report it as such */
			errno = EPIPE;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int write_full(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

void close_fds(int *fd, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (fd[i] >= 0) {
			close(fd[i]);
			fd[i] = -1;
		}
}

int same_tcp_connection(int connected, int accepted)
{
	struct sockaddr_in a = { 0 }, b = { 0 };
	socklen_t la = sizeof(a), lb = sizeof(b);

	if (getsockname(connected, (struct sockaddr *)&a, &la) ||
	    getpeername(accepted, (struct sockaddr *)&b, &lb))
		return 0;
	if (a.sin_port == b.sin_port && a.sin_addr.s_addr == b.sin_addr.s_addr)
		return 1;
	errno = EACCES;	/* for the reason: a stranger connected first */
	return 0;
}

long long read_sysctl_ll(const char *path)
{
	FILE *f = fopen(path, "r");
	long long v;

	if (!f)
		return -1;
	if (fscanf(f, "%lld", &v) != 1)
		v = -1;
	fclose(f);
	return v;
}

void ipc_hold_named(const char *name)
{
	const char *e = getenv("IPCFLOOR_HOLD_NAMED");
	struct timespec ts;
	double secs;
	char *end;

	if (!e || !*e)
		return;
	secs = strtod(e, &end);
	if (*end || !(secs > 0) || secs > 3600)
		return;
	fprintf(stderr, "HOLD %s\n", name);
	ts.tv_sec = (time_t)secs;
	ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

long ipc_pipe_size(struct ipc_run *r, int fd, long want, const char *dir)
{
	long long max = read_sysctl_ll("/proc/sys/fs/pipe-max-size");
	long got;

	if (max > 0 && want > max)
		want = (long)max;
	/* may fail under pipe-user-pages-soft: keep what we have and say so */
	if (fcntl(fd, F_SETPIPE_SZ, (int)want) < 0)
		ipc_note(r, "%s_setpipe_sz_errno=%d", dir, errno);
	got = fcntl(fd, F_GETPIPE_SZ);
	ipc_note(r, "%s_pipe_bytes=%ld", dir, got);
	return got;
}

int ipc_tcp_pair(struct ipc_run *r, int fd[2])
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t len = sizeof(sa);
	char name[64];
	int lfd, one = 1;

	fd[0] = fd[1] = -1;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (lfd < 0)
		goto fail;
	if (bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) || listen(lfd, 1) ||
	    getsockname(lfd, (struct sockaddr *)&sa, &len))
		goto fail;
	snprintf(name, sizeof(name), "tcp:127.0.0.1:%d", ntohs(sa.sin_port));
	ipc_hold_named(name);	/* test hook: a stranger may connect now */
	/* a loopback connect completes into the backlog without an accept */
	fd[0] = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd[0] < 0 || connect(fd[0], (struct sockaddr *)&sa, sizeof(sa)))
		goto fail;
	fd[1] = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	if (fd[1] < 0)
		goto fail;
	/* any local user can connect to the port between listen() and ours */
	if (!same_tcp_connection(fd[0], fd[1])) {
		ipc_reason(r, "loopback connection: another process connected to the port first");
		goto out;
	}
	for (int i = 0; i < 2; i++)
		if (setsockopt(fd[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one))) {
			ipc_reason(r, "TCP_NODELAY: %s", strerror(errno));
			goto out;
		}
	close(lfd);
	return 0;
fail:
	ipc_reason(r, "loopback connection: %s", strerror(errno));
out:
	if (lfd >= 0)
		close(lfd);
	close_fds(fd, 2);
	return -1;
}

long long meminfo_kb(const char *key)
{
	FILE *f = fopen("/proc/meminfo", "r");
	char line[256];
	long long v = -1;
	size_t n = strlen(key);

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, key, n) && line[n] == ':') {
			v = atoll(line + n + 1);
			break;
		}
	fclose(f);
	return v;
}

void sysfs_choice(const char *path, char *out, size_t len)
{
	FILE *f = fopen(path, "r");
	char line[256], *a, *b;

	out[0] = 0;
	if (!f)
		return;
	if (fgets(line, sizeof(line), f) && (a = strchr(line, '[')) && (b = strchr(a, ']'))) {
		*b = 0;
		snprintf(out, len, "%s", a + 1);
	}
	fclose(f);
}

void *ipc_map_filled(size_t len, int fill)
{
	void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED)
		return NULL;
	memset(m, fill, len);
	return m;
}

enum ipc_huge ipc_huge_choice(struct ipc_run *r, size_t len, size_t *page)
{
	long long hp_kb = meminfo_kb("Hugepagesize");
	long long nr = read_sysctl_ll("/proc/sys/vm/nr_hugepages");
	long long free_hp = meminfo_kb("HugePages_Free");
	char thp[32];
	size_t need;

	*page = hp_kb > 0 ? (size_t)hp_kb * 1024 : 2u << 20;
	need = (len + *page - 1) / *page;
	/* test hook: IPCFLOOR_HUGE_DENY=1 makes the machine look as if it had no
	   huge pages of either kind, so the skip and its reason can be checked */
	if (getenv("IPCFLOOR_HUGE_DENY")) {
		nr = free_hp = 0;
		strcpy(thp, "never");
	} else {
		sysfs_choice("/sys/kernel/mm/transparent_hugepage/enabled", thp, sizeof(thp));
	}
	if (nr > 0 && free_hp >= (long long)need)
		return HUGE_HUGETLB;
	if (!strcmp(thp, "always") || !strcmp(thp, "madvise"))
		return HUGE_THP;
	ipc_reason(r, "huge pages: %zu of %zu KiB needed; %lld reserved and free "
		   "(vm.nr_hugepages=%lld) and transparent huge pages '%s' "
		   "(/sys/kernel/mm/transparent_hugepage/enabled); fix: sysctl vm.nr_hugepages=%zu "
		   "or echo madvise > that file", need, *page >> 10, free_hp < 0 ? 0 : free_hp, nr,
		   thp[0] ? thp : "unavailable", need);
	return HUGE_NONE;
}

void *ipc_map_huge(enum ipc_huge kind, size_t len, size_t page, void **base, size_t *maplen)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS | (kind == HUGE_HUGETLB ? MAP_HUGETLB : 0);
	uintptr_t a;
	void *m;

	len = (len + page - 1) / page * page;
	/* THP: room to align the start to a huge page boundary */
	*maplen = len + (kind == HUGE_THP ? page : 0);
	m = mmap(NULL, *maplen, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	*base = m;
	if (kind != HUGE_THP)
		return m;
	a = ((uintptr_t)m + page - 1) & ~(uintptr_t)(page - 1);
	if (madvise((void *)a, len, MADV_HUGEPAGE)) {
		int e = errno;

		munmap(m, *maplen);
		errno = e;
		return NULL;
	}
	return (void *)a;
}

long long thp_bytes(const void *addr, size_t len)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	uintptr_t lo = (uintptr_t)addr, hi = lo + len;
	char line[512];
	long long total = -1, kb;
	int in = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		uintptr_t a, b;

		/* a mapping's header line "start-end perms ..."; no field line
		   ("AnonHugePages:", "Size:") parses as two hex numbers */
		if (sscanf(line, "%" SCNxPTR "-%" SCNxPTR, &a, &b) == 2) {
			in = a < hi && b > lo;
		} else if (in && sscanf(line, "AnonHugePages: %lld kB", &kb) == 1) {
			total = (total < 0 ? 0 : total) + kb * 1024;
		}
	}
	fclose(f);
	return total;
}

unsigned ipc_spin_policy(struct ipc_run *r)
{
	unsigned every = 0;

	if (r->cpu[0] >= 0 && r->cpu[0] == r->cpu[1])
		every = 1;
	else if (r->cpu[0] < 0)
		every = 1024;
	ipc_note(r, "spin=%s", every == 1 ? "yield" : every ? "spin+yield/1024" : "pure");
	return every;
}
