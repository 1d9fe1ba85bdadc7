/* SPDX-License-Identifier: MIT */
/*
 * The result row: its statistics, and its three printed forms (the --header
 * line, the CSV row, the human line), all made from one table of columns.
 *
 * Each column says its CSV name, which rows have a value in it, how the
 * value is printed in CSV, and where and how it appears on the human line.
 * Scripts read the CSV by column name; results/README.md documents every
 * name, and tests/test_micro.py checks the header against it.
 *
 * The reason and notes buffers behind ipc_reason() and ipc_note() live
 * here too: they become the row's reason and notes columns.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- reason and notes ---- */
static char ctl_reason[REASON_LEN], ctl_notes[NOTES_LEN];
/* where ipc_reason/ipc_note write: the controller's, or a child's slots in
   the shared area (row_say_into) */
static char *reason_buf = ctl_reason, *notes_buf = ctl_notes;

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

void row_say_into(char *reason, char *notes)
{
	reason_buf = reason;
	notes_buf = notes;
}

const char *row_reason(void)
{
	return ctl_reason;
}

/* ---- the row ---- */
struct row {
	/* what was run: in every row */
	const char *primitive, *variant, *mode, *placement, *cpus;
	uint64_t size;
	long reps, iters, batch;	/* 0 unless ok */
	/* what was measured: ok rows only */
	double p50, p90, p99, p999, min, max, mean;
	double gbps, msgs_s;
	double ctxsw, invol, faults, user, sys, cpu, cpu_a, cpu_b;
	const char *rep_values;	/* each repetition's value, ';' between */
	char rep_buf[4096];	/* where rep_values points */
	double spread;
	double clock_ns;
	const char *notes, *status, *reason;
	/* words of the human line only */
	const char *lat_kind;	/* "one-way" or "per op" (solo) */
	const char *lat_note;	/* " = half the round trip", or "" (solo) */
	const char *noisy;	/* " NOISY" when spread > NOISY_SPREAD, or "" */
};

/* which rows have a value in a column (the others leave it empty) */
enum col_when { ROWS_ALL, ROWS_OK, ROWS_LAT, ROWS_BW, ROWS_PAIRED /* ok, and not solo */ };
enum col_type { T_STR, T_U64, T_LONG, T_NUM, T_CLOCK };

struct column {
	const char *name;	/* CSV header; NULL: on the human line only */
	enum col_when when;
	enum col_type type;
	size_t off;		/* the value in struct row */
	/* the human line: its place (0: not there), a printf fragment for the
	   one value, (value * times / per) for numbers, a T_U64 as fmt_bytes */
	int human_at;
	const char *human;
	double times, per;
	int skip_empty;		/* a string: the fragment only when non-empty */
};

#define AT(f)	offsetof(struct row, f)
#define COL(n, w, t, f)	.name = n, .when = w, .type = t, .off = AT(f)
#define HUMAN(at, fmt)	.human_at = at, .human = fmt

static const struct column columns[] = {
	{ COL("primitive", ROWS_ALL, T_STR, primitive), HUMAN(1, "%s") },
	{ COL("variant", ROWS_ALL, T_STR, variant), HUMAN(2, " %s") },
	{ COL("mode", ROWS_ALL, T_STR, mode), HUMAN(3, " %s") },
	{ COL("size_bytes", ROWS_ALL, T_U64, size), HUMAN(4, " %s") },
	{ COL("placement", ROWS_ALL, T_STR, placement), HUMAN(5, " %s") },
	{ COL("cpus", ROWS_ALL, T_STR, cpus), HUMAN(6, " [cpus %s]: ") },
	{ COL("reps", ROWS_ALL, T_LONG, reps), HUMAN(21, "%ld reps") },
	{ COL("iters", ROWS_ALL, T_LONG, iters), HUMAN(22, " x %ld; ") },
	{ COL("batch", ROWS_ALL, T_LONG, batch) },
	{ COL(NULL, ROWS_LAT, T_STR, lat_kind), HUMAN(7, "%s") },
	{ COL("p50_ns", ROWS_LAT, T_NUM, p50), HUMAN(8, " p50 %.3f us"), .per = 1e3 },
	{ COL("p90_ns", ROWS_LAT, T_NUM, p90) },
	{ COL("p99_ns", ROWS_LAT, T_NUM, p99), HUMAN(9, ", p99 %.3f us"), .per = 1e3 },
	{ COL("p999_ns", ROWS_LAT, T_NUM, p999), HUMAN(10, ", p99.9 %.3f us"), .per = 1e3 },
	{ COL("min_ns", ROWS_LAT, T_NUM, min), HUMAN(11, " (min %.3f"), .per = 1e3 },
	{ COL("max_ns", ROWS_LAT, T_NUM, max), HUMAN(12, ", max %.3f)"), .per = 1e3 },
	{ COL(NULL, ROWS_LAT, T_STR, lat_note), HUMAN(13, "%s; ") },
	{ COL("mean_ns", ROWS_LAT, T_NUM, mean) },
	{ COL("gbps", ROWS_BW, T_NUM, gbps), HUMAN(14, "%.3f GB/s") },
	{ COL("msgs_per_s", ROWS_BW, T_NUM, msgs_s), HUMAN(15, ", %.0f msgs/s; ") },
	{ COL("ctxsw_per_msg", ROWS_OK, T_NUM, ctxsw), HUMAN(16, "per message: %.2f ctxsw") },
	{ COL("invol_ctxsw_per_msg", ROWS_OK, T_NUM, invol) },
	{ COL("faults_per_msg", ROWS_OK, T_NUM, faults), HUMAN(17, ", %.2f faults") },
	{ COL("user_ns_per_msg", ROWS_OK, T_NUM, user), HUMAN(19, " (user %.0f") },
	{ COL("sys_ns_per_msg", ROWS_OK, T_NUM, sys), HUMAN(20, ", sys %.0f); ") },
	{ COL("cpu_ns_per_msg", ROWS_OK, T_NUM, cpu), HUMAN(18, ", cpu %.0f ns") },
	{ COL("a_cpu_ns_per_msg", ROWS_OK, T_NUM, cpu_a) },
	{ COL("b_cpu_ns_per_msg", ROWS_PAIRED, T_NUM, cpu_b) },
	{ COL("rep_values", ROWS_ALL, T_STR, rep_values) },
	{ COL("spread", ROWS_OK, T_NUM, spread), HUMAN(23, "spread %.1f%%"), .times = 100 },
	{ COL(NULL, ROWS_OK, T_STR, noisy), HUMAN(24, "%s") },
	{ COL("clock_ns", ROWS_ALL, T_CLOCK, clock_ns) },
	{ COL("notes", ROWS_ALL, T_STR, notes), HUMAN(25, "; %s"), .skip_empty = 1 },
	{ COL("status", ROWS_ALL, T_STR, status) },
	{ COL("reason", ROWS_ALL, T_STR, reason) },
};
#define NCOLUMNS	(sizeof(columns) / sizeof(columns[0]))

void row_print_header(void)
{
	const char *sep = "";

	for (size_t i = 0; i < NCOLUMNS; i++)
		if (columns[i].name) {
			printf("%s%s", sep, columns[i].name);
			sep = ",";
		}
	printf("\n");
}

static int row_has(const struct harness *h, const struct row *w, enum col_when when)
{
	int ok = !strcmp(w->status, "ok");

	switch (when) {
	case ROWS_ALL:
		return 1;
	case ROWS_OK:
		return ok;
	case ROWS_LAT:
		return ok && h->o.mode == MODE_LAT;
	case ROWS_BW:
		return ok && h->o.mode != MODE_LAT;
	case ROWS_PAIRED:
		return ok && !(h->run.flags & IPC_SOLO);
	}
	return 0;
}

#define FIELD_OF(w, c, type)	(*(const type *)((const char *)(w) + (c)->off))

static void csv_num(char *buf, size_t len, double v, int have)
{
	if (!have)
		buf[0] = 0;
	else if (fabs(v) >= 1e5 || (v == floor(v) && fabs(v) < 1e15))
		snprintf(buf, len, "%.0f", v);	/* whole ns: no exponent, no lost digits */
	else
		snprintf(buf, len, "%.6g", v);
}

static void csv_field(const struct harness *h, const struct row *w, const struct column *c)
{
	const char *s;
	char num[40];

	switch (c->type) {
	case T_STR:
		s = FIELD_OF(w, c, char *);
		fputs(s ? s : "", stdout);
		break;
	case T_U64:
		printf("%llu", (unsigned long long)FIELD_OF(w, c, uint64_t));
		break;
	case T_LONG:
		printf("%ld", FIELD_OF(w, c, long));
		break;
	case T_NUM:
		csv_num(num, sizeof(num), FIELD_OF(w, c, double), row_has(h, w, c->when));
		fputs(num, stdout);
		break;
	case T_CLOCK:
		printf("%.1f", FIELD_OF(w, c, double));
		break;
	}
}

static void print_csv(const struct harness *h, const struct row *w)
{
	const char *sep = "";

	for (size_t i = 0; i < NCOLUMNS; i++)
		if (columns[i].name) {
			fputs(sep, stdout);
			csv_field(h, w, &columns[i]);
			sep = ",";
		}
	printf("\n");
}

static void human_field(const struct row *w, const struct column *c)
{
	char sz[32];
	const char *s;

	switch (c->type) {
	case T_STR:
		s = FIELD_OF(w, c, char *);
		if (!c->skip_empty || s[0])
			printf(c->human, s);
		break;
	case T_U64:
		fmt_bytes(FIELD_OF(w, c, uint64_t), sz, sizeof(sz));
		printf(c->human, sz);
		break;
	case T_LONG:
		printf(c->human, FIELD_OF(w, c, long));
		break;
	case T_NUM:
	case T_CLOCK:
		printf(c->human, FIELD_OF(w, c, double) * (c->times ? c->times : 1) /
		       (c->per ? c->per : 1));
		break;
	}
}

/* the human line: the columns that have a place on it, in that order */
static void print_human(const struct harness *h, const struct row *w)
{
	for (int at = 1; at <= (int)NCOLUMNS; at++)
		for (size_t i = 0; i < NCOLUMNS; i++)
			if (columns[i].human_at == at && row_has(h, w, columns[i].when))
				human_field(w, &columns[i]);
	printf("\n");
}

/* what every row says, measured or not */
static void row_init(const struct harness *h, struct row *w, const char *status,
		     const char *reason)
{
	const int solo = h->run.flags & IPC_SOLO;

	w->primitive = h->p->name;
	w->variant = h->variant_label;
	w->mode = h->o.mode == MODE_LAT ? "lat" : "bw";
	w->size = h->o.size;
	w->placement = placement_names[h->o.placement];
	w->cpus = h->cpus_label;
	w->clock_ns = h->clock_ns;
	w->notes = ctl_notes;
	w->status = status;
	w->reason = reason;
	w->lat_kind = solo ? "per op" : "one-way";
	w->lat_note = solo ? "" : " = half the round trip";
	w->noisy = "";
	w->rep_values = w->rep_buf;
	if (!strcmp(status, "ok")) {
		w->reps = h->sh->reps;
		w->iters = h->sh->iters;
		w->batch = h->sh->batch;
	}
}

static void print_row(const struct harness *h, const struct row *w)
{
	int ok = !strcmp(w->status, "ok");

	/* a skip or a failure is always one line on stderr, whatever the format */
	if (!ok)
		fprintf(stderr, "%s %s: %s\n", !strcmp(w->status, "skip") ? "SKIP" : "FAIL",
			h->p->name, w->reason);
	if (h->o.fmt == FMT_CSV)
		print_csv(h, w);
	else if (ok)
		print_human(h, w);
}

void row_report_and_exit(struct harness *h, int status, const char *reason)
{
	struct row w = { 0 };

	row_init(h, &w, status == 0 ? "ok" : status == IPC_SKIP ? "skip" : "fail", reason);
	print_row(h, &w);
	fflush(stdout);
	exit(status);
}

/* ---- statistics ---- */

/* each repetition's value: its median one-way ns (lat), its GB/s (bw) */
static void rep_values(const struct harness *h, struct row *w, double *rep)
{
	const struct shared *sh = h->sh;
	size_t n = 0, len = 0;

	for (long r = 0; r < sh->reps; r++) {
		if (h->o.mode == MODE_LAT) {
			size_t k = sh->rep_samples[r];
			double *tmp = malloc(k * sizeof(double));

			if (!tmp)
				die("out of memory for statistics");
			memcpy(tmp, sh->samples + n, k * sizeof(double));
			rep[r] = median_of(tmp, k);
			free(tmp);
			n += k;
		} else {
			double dt = (double)(sh->t1[r] - sh->t0[r]);

			rep[r] = dt > 0 ? (double)h->o.size * (double)sh->iters / dt : 0;
		}
		if (r < h->n_rep_forced)
			rep[r] = h->rep_forced[r];
		len += (size_t)snprintf(w->rep_buf + len, sizeof(w->rep_buf) - len,
					"%s%.6g", r ? ";" : "", rep[r]);
		if (len >= sizeof(w->rep_buf))
			len = sizeof(w->rep_buf) - 1;
	}
}

/* percentiles over every sample of every repetition (sorts them) */
static void lat_stats(struct shared *sh, struct row *w)
{
	size_t n = 0;
	double sum = 0;

	for (long r = 0; r < sh->reps; r++)
		n += sh->rep_samples[r];
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
}

/* (max - min) / median of the repetitions, and the noisy flag */
static void spread(struct harness *h, struct row *w, const double *rep, long reps)
{
	double tmp[MAX_REPS], med, minv = rep[0], maxv = rep[0];
	char sp[40];

	for (long r = 1; r < reps; r++) {
		minv = fmin(minv, rep[r]);
		maxv = fmax(maxv, rep[r]);
	}
	memcpy(tmp, rep, sizeof(double) * (size_t)reps);
	med = median_of(tmp, (size_t)reps);
	w->spread = med > 0 ? (maxv - minv) / med : 0;
	/* compared as printed, so the flag and the spread column always agree */
	csv_num(sp, sizeof(sp), w->spread, 1);
	if (atof(sp) > NOISY_SPREAD) {
		w->noisy = " NOISY";
		ipc_note(&h->run, "noisy=spread %s>%.2f", sp, NOISY_SPREAD);
	}
}

/* the CPU-cost counters of both sides, per message */
static void per_message(const struct shared *sh, struct row *w, double msgs)
{
	for (int s = 0; s < 2; s++) {
		const struct side *d = &sh->side[s];

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

void row_report(struct harness *h)
{
	struct shared *sh = h->sh;
	struct row w = { 0 };
	double rep[MAX_REPS], msgs;

	row_init(h, &w, "ok", NULL);
	rep_values(h, &w, rep);
	if (h->o.mode == MODE_LAT) {
		lat_stats(sh, &w);
		msgs = (double)sh->reps * (double)sh->iters * ((h->run.flags & IPC_SOLO) ? 1 : 2);
	} else {
		double tmp[MAX_REPS];

		memcpy(tmp, rep, sizeof(double) * (size_t)sh->reps);
		w.gbps = median_of(tmp, (size_t)sh->reps);
		w.msgs_s = w.gbps / (double)h->o.size * 1e9;
		msgs = (double)sh->reps * (double)sh->iters;
	}
	spread(h, &w, rep, sh->reps);
	per_message(sh, &w, msgs);
	print_row(h, &w);
}
