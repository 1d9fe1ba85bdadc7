/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the harness internals: size and option parsers, the option
 * table (opts.c), percentiles, and topology read from fixture sysfs trees
 * (tests/fixtures/topo-*), which describe machines this one is not (two
 * sockets with SMT, a single CPU).
 * Run from the top of the repository.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "harness.h"
#include "lib.h"

const char *ipc_progname = "test_lib";

/* test_lib links the harness without main(): it is a primitive of its own,
   with a copying and a zero-copy variant for the option tests */
static const struct ipc_variant test_variants[] = {
	{ "default", "copies", 0, 0 },
	{ "zc", "maps", IPC_ZEROCOPY, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct ipc_primitive test_desc = {
	.name = "test_lib",
	.summary = "unit tests",
	.variants = test_variants,
};
IPC_PRIMITIVE(test_desc);

static void size_ok(const char *s, uint64_t want)
{
	char msg[160] = "";
	uint64_t v = 0;

	assert_int_equal(parse_size(s, 1, 16ull << 30, &v, msg, sizeof(msg)), 0);
	assert_int_equal(v, want);
}

static void size_bad(const char *s, const char *fragment)
{
	char msg[160] = "";
	uint64_t v = 12345;

	assert_int_equal(parse_size(s, 1, 16ull << 30, &v, msg, sizeof(msg)), -1);
	assert_int_equal(v, 12345);	/* untouched on error */
	assert_non_null(strstr(msg, fragment));
	assert_null(strchr(msg, '\n'));
}

static void test_size_units(void **state)
{
	(void)state;
	size_ok("1", 1);
	size_ok("4096", 4096);
	size_ok("64K", 65536);
	size_ok("4KiB", 4096);
	size_ok("4kib", 4096);
	size_ok("1.5M", 1572864);
	size_ok("4MiB", 4194304);
	size_ok("1G", 1073741824);
	size_ok("16GiB", 16ull << 30);
	size_ok("1204224", 1204224);
	size_ok("38535168B", 38535168);
}

static void test_size_rejects(void **state)
{
	(void)state;
	size_bad("-5", "not a size");
	size_bad("10Z", "unknown unit");
	size_bad("", "empty");
	size_bad("0", "out of range");
	size_bad("17G", "out of range");
	size_bad("1.3", "whole number");
	size_bad(" 5", "not a size");
	size_bad("0x10", "not a size");
	size_bad("inf", "not a size");
	size_bad("5K5", "unknown unit");
}

static void test_long_and_seconds(void **state)
{
	char msg[160];
	double d;
	long l;

	(void)state;
	assert_int_equal(parse_long("5", 1, 10, &l, msg, sizeof(msg)), 0);
	assert_int_equal(l, 5);
	assert_int_equal(parse_long("0", 1, 10, &l, msg, sizeof(msg)), -1);
	assert_int_equal(parse_long("11", 1, 10, &l, msg, sizeof(msg)), -1);
	assert_int_equal(parse_long("3x", 1, 10, &l, msg, sizeof(msg)), -1);
	assert_int_equal(parse_long("-1", -5, 10, &l, msg, sizeof(msg)), -1);
	assert_int_equal(parse_seconds("0.25", 10, &d, msg, sizeof(msg)), 0);
	assert_true(d == 0.25);
	assert_int_equal(parse_seconds("0", 10, &d, msg, sizeof(msg)), -1);
	assert_int_equal(parse_seconds("11", 10, &d, msg, sizeof(msg)), -1);
	assert_int_equal(parse_seconds("nan", 10, &d, msg, sizeof(msg)), -1);
}

static void test_cpulist(void **state)
{
	unsigned char set[64];

	(void)state;
	assert_int_equal(parse_cpulist("0-3,8,10-11", set, 64), 7);
	assert_true(set[0] && set[3] && set[8] && set[11] && !set[4] && !set[9]);
	assert_int_equal(parse_cpulist("5\n", set, 64), 1);
	assert_int_equal(parse_cpulist("3-1", set, 64), -1);
	assert_int_equal(parse_cpulist("a", set, 64), -1);
	assert_int_equal(parse_cpulist("70", set, 64), -1);
	assert_int_equal(parse_cpulist("1,,2", set, 64), -1);
}

static void test_percentiles(void **state)
{
	double a[] = { 5, 1, 4, 2, 3 };
	double b[10];
	double one[] = { 7 };

	(void)state;
	sort_doubles(a, 5);
	assert_true(a[0] == 1 && a[4] == 5);
	assert_true(percentile_sorted(a, 5, 50) == 3);
	assert_true(percentile_sorted(a, 5, 0) == 1);
	assert_true(percentile_sorted(a, 5, 100) == 5);
	assert_true(percentile_sorted(a, 5, 25) == 2);
	for (int i = 0; i < 10; i++)
		b[i] = i + 1;
	/* numpy.percentile(range(1, 11), 90) == 9.1; 99.9 -> 9.991 */
	assert_true(percentile_sorted(b, 10, 90) > 9.0999 && percentile_sorted(b, 10, 90) < 9.1001);
	assert_true(percentile_sorted(b, 10, 99.9) > 9.9909 &&
		    percentile_sorted(b, 10, 99.9) < 9.9911);
	assert_true(percentile_sorted(b, 10, 50) == 5.5);
	assert_true(percentile_sorted(one, 1, 99) == 7);
	assert_true(median_of(b, 10) == 5.5);
}

static struct topo t;

static void place(enum placement pl, const unsigned char *allowed, int want_status, int a, int b,
		  const char *why_fragment)
{
	char why[160] = "";
	int cpus[2];

	assert_int_equal(topo_place(&t, pl, allowed, cpus, why, sizeof(why)), want_status);
	if (want_status == 0) {
		assert_int_equal(cpus[0], a);
		assert_int_equal(cpus[1], b);
	} else {
		assert_non_null(strstr(why, why_fragment));
	}
}

static void test_topo_two_sockets_smt(void **state)
{
	unsigned char allowed[TOPO_MAX_CPUS];
	char msg[160];

	(void)state;
	assert_int_equal(topo_read(&t, "tests/fixtures/topo-2s-smt", msg, sizeof(msg)), 0);
	assert_int_equal(t.nonline, 8);
	assert_int_equal(t.nnodes, 2);
	assert_int_equal(t.threads_per_core, 2);
	assert_int_equal(t.ncores, 4);
	assert_int_equal(t.npackages, 2);
	assert_int_equal(t.cpu[5].node, 1);
	assert_int_equal(t.cpu[2].llc, 0);
	assert_int_equal(t.cpu[6].llc, 4);
	place(PL_SAME_CPU, NULL, 0, 0, 0, NULL);
	place(PL_SMT, NULL, 0, 0, 2, NULL);
	place(PL_CROSS_CORE, NULL, 0, 0, 1, NULL);
	place(PL_CROSS_NUMA, NULL, 0, 0, 4, NULL);
	place(PL_UNPINNED, NULL, 0, -1, -1, NULL);

	/* only CPUs 1, 3 and 5 allowed: the placements move, or skip */
	memset(allowed, 0, sizeof(allowed));
	allowed[1] = allowed[3] = allowed[5] = 1;
	place(PL_SAME_CPU, allowed, 0, 1, 1, NULL);
	place(PL_SMT, allowed, 0, 1, 3, NULL);
	place(PL_CROSS_NUMA, allowed, 0, 1, 5, NULL);
	place(PL_CROSS_CORE, allowed, IPC_SKIP, 0, 0, "no two usable CPUs");
	allowed[3] = 0;
	place(PL_SMT, allowed, IPC_SKIP, 0, 0, "no two siblings");
}

static void test_topo_single_cpu(void **state)
{
	char msg[160];

	(void)state;
	assert_int_equal(topo_read(&t, "tests/fixtures/topo-1cpu", msg, sizeof(msg)), 0);
	assert_int_equal(t.nonline, 1);
	assert_int_equal(t.nnodes, 1);	/* no node folder: one node */
	place(PL_SAME_CPU, NULL, 0, 0, 0, NULL);
	place(PL_SMT, NULL, IPC_SKIP, 0, 0, "smt: no SMT siblings (1 thread per core)");
	place(PL_CROSS_CORE, NULL, IPC_SKIP, 0, 0, "cross-core: only 1 core");
	place(PL_CROSS_NUMA, NULL, IPC_SKIP, 0, 0, "cross-numa: 1 NUMA node");
}

static void test_topo_vm(void **state)
{
	char msg[160];

	(void)state;
	assert_int_equal(topo_read(&t, "tests/fixtures/topo-vm2", msg, sizeof(msg)), 0);
	assert_int_equal(t.ncores, 2);
	place(PL_CROSS_CORE, NULL, 0, 0, 1, NULL);
	place(PL_SMT, NULL, IPC_SKIP, 0, 0, "smt: no SMT siblings");
	place(PL_CROSS_NUMA, NULL, IPC_SKIP, 0, 0, "1 NUMA node");
}

static void test_topo_missing(void **state)
{
	char msg[160] = "";

	(void)state;
	assert_int_equal(topo_read(&t, "tests/fixtures/does-not-exist", msg, sizeof(msg)), -1);
	assert_non_null(strstr(msg, "online CPUs"));
}

static void test_placement_names(void **state)
{
	(void)state;
	assert_int_equal(placement_from_name("cross-numa"), PL_CROSS_NUMA);
	assert_int_equal(placement_from_name("same-cpu"), PL_SAME_CPU);
	assert_int_equal(placement_from_name("nowhere"), -1);
}

/* ---- the option table ---- */

/* parse a NULL-terminated argument list; the result of opts_parse */
static int parse_argv(struct opts *o, struct opt_error *err, ...)
{
	char *argv[16] = { "test_lib" };
	int argc = 1;
	va_list ap;

	va_start(ap, err);
	while (argc < 15 && (argv[argc] = va_arg(ap, char *)))
		argc++;
	va_end(ap);
	argv[argc] = NULL;
	opts_defaults(o);
	memset(err, 0, sizeof(*err));
	return opts_parse(o, &test_desc, argc, argv, err);
}

static void refused(int r, const struct opt_error *err, const char *msg)
{
	assert_int_equal(r, -1);
	assert_int_equal(err->code, 2);
	assert_string_equal(err->msg, msg);
}

static void test_opts_values(void **state)
{
	struct opt_error err;
	struct opts o;

	(void)state;
	assert_int_equal(parse_argv(&o, &err, "--size", "4K", "--mode", "bw", "--reps", "3",
				    "--warmup", "0.5", "--format", "csv", "--verify", NULL), 0);
	assert_int_equal(o.size, 4096);
	assert_int_equal(o.mode, MODE_BW);
	assert_int_equal(o.reps, 3);
	assert_true(o.warm_s == 0.5);
	assert_int_equal(o.fmt, FMT_CSV);
	assert_int_equal(o.verify, 1);
	assert_string_equal(o.variant, "default");	/* the first variant */
	assert_int_equal(o.rx_touch, 1);		/* touch unless --rx handoff */
	assert_int_equal(parse_argv(&o, &err, "--cpus", "0,1", NULL), 0);
	assert_int_equal(o.placement, PL_CPUS);
	assert_int_equal(parse_argv(&o, &err, "--mode", "lat", "--mode", "lat", NULL), 0);
	assert_int_equal(parse_argv(&o, &err, "--help", "--bogus", NULL), OPTS_HELP);
}

static void test_opts_refusals(void **state)
{
	struct opt_error err;
	struct opts o;

	(void)state;
	refused(parse_argv(&o, &err, "--size", "17G", NULL), &err,
		"--size: size '17G' out of range (1 B to 16 GiB)");
	refused(parse_argv(&o, &err, "--size", "64", "--size", "4K", NULL), &err,
		"--size given twice ('64' and '4K')");
	refused(parse_argv(&o, &err, "--verify=yes", NULL), &err,
		"--verify takes no value ('--verify=yes')");
	refused(parse_argv(&o, &err, "--bogus", NULL), &err, "unknown option '--bogus'");
	refused(parse_argv(&o, &err, "--reps", NULL), &err, "--reps needs a value");
	refused(parse_argv(&o, &err, "--placement", "cpus", NULL), &err,
		"--placement 'cpus': expected same-cpu, smt, cross-core, cross-numa or unpinned");
	refused(parse_argv(&o, &err, "--header", "--clock", NULL), &err,
		"--header, --list, --show-placements and --clock exclude each other");
	refused(parse_argv(&o, &err, "stray", NULL), &err, "unexpected argument 'stray'");
}

static void test_opts_variant_and_cpus(void **state)
{
	struct opt_error err;
	struct opts o;

	(void)state;
	assert_int_equal(parse_argv(&o, &err, "--variant", "nope", NULL), 0);
	assert_null(opts_variant(&o, &test_desc, &err));
	assert_string_equal(err.msg, "--variant 'nope': test_lib has no such variant (see --list)");
	assert_int_equal(parse_argv(&o, &err, "--rx", "handoff", NULL), 0);
	assert_null(opts_variant(&o, &test_desc, &err));
	assert_int_equal(err.code, 2);
	assert_int_equal(parse_argv(&o, &err, "--rx", "handoff", "--variant", "zc", NULL), 0);
	assert_non_null(opts_variant(&o, &test_desc, &err));
	assert_int_equal(o.rx_touch, 0);

	assert_int_equal(topo_read(&t, "tests/fixtures/topo-1cpu", err.msg, sizeof(err.msg)), 0);
	assert_int_equal(parse_argv(&o, &err, "--cpus", "0,0", NULL), 0);
	assert_int_equal(opts_cpus(&o, &t, NULL, &err), 0);
	assert_int_equal(o.cpus[0], 0);
	assert_int_equal(parse_argv(&o, &err, "--cpus", "0,1", NULL), 0);
	refused(opts_cpus(&o, &t, NULL, &err), &err, "--cpus: CPU 1 does not exist (1 CPUs online)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_size_units),
		cmocka_unit_test(test_size_rejects),
		cmocka_unit_test(test_long_and_seconds),
		cmocka_unit_test(test_cpulist),
		cmocka_unit_test(test_percentiles),
		cmocka_unit_test(test_topo_two_sockets_smt),
		cmocka_unit_test(test_topo_single_cpu),
		cmocka_unit_test(test_topo_vm),
		cmocka_unit_test(test_topo_missing),
		cmocka_unit_test(test_placement_names),
		cmocka_unit_test(test_opts_values),
		cmocka_unit_test(test_opts_refusals),
		cmocka_unit_test(test_opts_variant_and_cpus),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
