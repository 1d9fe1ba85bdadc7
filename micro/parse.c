/* SPDX-License-Identifier: MIT */
/* Parsers for option values: strict, range-checked, with a one-line reason. */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib.h"

void fmt_bytes(uint64_t v, char *buf, size_t len)
{
	static const char *const unit[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	double d = (double)v;
	int u = 0;

	while (d >= 1024 && u < 4) {
		d /= 1024;
		u++;
	}
	if (u == 0)
		snprintf(buf, len, "%llu B", (unsigned long long)v);
	else if (d == floor(d))
		snprintf(buf, len, "%.0f %s", d, unit[u]);
	else
		snprintf(buf, len, "%.1f %s", d, unit[u]);
}

int parse_size(const char *s, uint64_t lo, uint64_t hi, uint64_t *out,
	       char *msg, size_t msglen)
{
	static const struct { const char *sfx; int shift; } units[] = {
		{ "", 0 }, { "B", 0 },
		{ "K", 10 }, { "KB", 10 }, { "KiB", 10 },
		{ "M", 20 }, { "MB", 20 }, { "MiB", 20 },
		{ "G", 30 }, { "GB", 30 }, { "GiB", 30 },
	};
	char lo_s[32], hi_s[32];
	const char *p = s;
	char *end;
	double v;
	size_t i;

	if (!s || !*s) {
		snprintf(msg, msglen, "empty size");
		return -1;
	}
	/* strtod would take "-5", " 5", "inf", "nan" and hex: none is a size */
	if (!isdigit((unsigned char)*p)) {
		snprintf(msg, msglen, "'%s' is not a size (expected e.g. 4096, 64K, 4MiB, 1G)", s);
		return -1;
	}
	for (p = s; isdigit((unsigned char)*p) || *p == '.'; p++)
		;
	errno = 0;
	v = strtod(s, &end);
	if (errno || end != p) {
		snprintf(msg, msglen, "'%s' is not a size (expected e.g. 4096, 64K, 4MiB, 1G)", s);
		return -1;
	}
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcasecmp(p, units[i].sfx))
			break;
	if (i == sizeof(units) / sizeof(units[0])) {
		snprintf(msg, msglen, "'%s': unknown unit '%s' (use K, M, G or KiB, MiB, GiB)", s, p);
		return -1;
	}
	v *= (double)(1ull << units[i].shift);
	if (v != floor(v)) {
		snprintf(msg, msglen, "'%s' is not a whole number of bytes", s);
		return -1;
	}
	fmt_bytes(lo, lo_s, sizeof(lo_s));
	fmt_bytes(hi, hi_s, sizeof(hi_s));
	if (v < (double)lo || v > (double)hi) {
		snprintf(msg, msglen, "size '%s' out of range (%s to %s)", s, lo_s, hi_s);
		return -1;
	}
	/*
	 * Above 2^53 a double is not the integer written, and with hi near
	 * UINT64_MAX, (double)hi rounds up to 2^64, which does not convert to
	 * uint64_t (undefined; found by the fuzzer).  Only a caller with such
	 * an hi gets here: --size stops at 16 GiB.
	 */
	if (v > 0x1p53) {
		snprintf(msg, msglen, "size '%s' is too large to be read exactly", s);
		return -1;
	}
	*out = (uint64_t)v;
	return 0;
}

int parse_seconds(const char *s, double hi, double *out, char *msg, size_t msglen)
{
	char *end;
	double v;

	/* strtod would also read hex ("0x10" = 16 s): decimal only */
	if (!s || !isdigit((unsigned char)*s) || strpbrk(s, "xX")) {
		snprintf(msg, msglen, "'%s' is not a number of seconds", s ? s : "");
		return -1;
	}
	errno = 0;
	v = strtod(s, &end);
	if (errno || *end || !(v > 0) || v > hi) {
		snprintf(msg, msglen, "'%s' is not a number of seconds in (0, %g]", s, hi);
		return -1;
	}
	*out = v;
	return 0;
}

int parse_long(const char *s, long lo, long hi, long *out, char *msg, size_t msglen)
{
	char *end;
	long v;

	if (!s || !isdigit((unsigned char)*s)) {
		snprintf(msg, msglen, "'%s' is not a whole number (%ld to %ld)", s ? s : "", lo, hi);
		return -1;
	}
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < lo || v > hi) {
		snprintf(msg, msglen, "'%s' is not a whole number from %ld to %ld", s, lo, hi);
		return -1;
	}
	*out = v;
	return 0;
}

int parse_cpulist(const char *s, unsigned char *set, int max)
{
	int count = 0;
	const char *p = s;

	memset(set, 0, (size_t)max);
	while (*p && *p != '\n') {
		char *end;
		long a, b;

		if (!isdigit((unsigned char)*p))
			return -1;
		a = strtol(p, &end, 10);
		b = a;
		p = end;
		if (*p == '-') {
			p++;
			if (!isdigit((unsigned char)*p))
				return -1;
			b = strtol(p, &end, 10);
			p = end;
		}
		if (a < 0 || b < a || b >= max)
			return -1;
		for (long c = a; c <= b; c++) {
			if (!set[c])
				count++;
			set[c] = 1;
		}
		if (*p == ',')
			p++;
		else if (*p && *p != '\n')
			return -1;
	}
	return count;
}
