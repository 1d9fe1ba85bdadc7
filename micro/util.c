/* SPDX-License-Identifier: MIT */
/* Small helpers every program uses: errors, full reads and writes, the clock. */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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
