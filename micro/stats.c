/* SPDX-License-Identifier: MIT */
/* Percentiles over samples: distributions, not means. */
#include <stdlib.h>

#include "lib.h"

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

void sort_doubles(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), cmp_double);
}

/*
 * p in [0, 100].  Linear interpolation between the two closest ranks, as
 * numpy.percentile does by default, so figures can be checked with it.
 */
double percentile_sorted(const double *v, size_t n, double p)
{
	double pos, frac;
	size_t i;

	if (n == 0)
		return 0;
	if (p <= 0)
		return v[0];
	if (p >= 100)
		return v[n - 1];
	pos = p / 100.0 * (double)(n - 1);
	i = (size_t)pos;
	frac = pos - (double)i;
	if (i + 1 >= n)
		return v[n - 1];
	return v[i] + (v[i + 1] - v[i]) * frac;
}

double median_of(double *v, size_t n)
{
	sort_doubles(v, n);
	return percentile_sorted(v, n, 50);
}
