/* SPDX-License-Identifier: MIT */
/*
 * Verification: with --verify every message is stamped with its sequence
 * number (and a salt per sending role) and every byte is checked on
 * receipt, so a primitive that loses, reorders or tears a message fails.
 * Without --verify, a zero-copy receiver still reads every byte (touch),
 * so being handed a mapping is not taken for a transfer.
 */
#include <string.h>

#include "internal.h"

static inline uint64_t mix(uint64_t seq, uint64_t i, uint64_t salt)
{
	uint64_t x = (seq + 1) * 0x9E3779B97F4A7C15ull ^ (i + salt) * 0xD1B54A32D192ED03ull;

	return x ^ (x >> 29);
}

void verify_stamp(void *buf, size_t size, uint64_t seq, uint64_t salt)
{
	uint64_t *w = buf;
	size_t words = size / 8;
	unsigned char *tail = (unsigned char *)buf + words * 8;

	for (size_t i = 0; i < words; i++)
		w[i] = mix(seq, i, salt);
	for (size_t i = 0; i < size % 8; i++)
		tail[i] = (unsigned char)(mix(seq, words, salt) >> (8 * i));
}

static int wrong_byte(struct ipc_run *r, uint64_t seq, size_t at, size_t size,
		      unsigned got, unsigned want)
{
	ipc_reason(r, "verify: message %llu byte %zu of %zu: got 0x%02x expected 0x%02x",
		   (unsigned long long)seq, at, size, got, want);
	return -1;
}

int verify_check(struct ipc_run *r, const void *buf, size_t size, uint64_t seq,
		 uint64_t salt)
{
	const unsigned char *b = buf;
	size_t words = size / 8;

	for (size_t i = 0; i < words; i++) {
		uint64_t want = mix(seq, i, salt), got;
		size_t k = 0;

		memcpy(&got, b + i * 8, 8);
		if (got == want)
			continue;
		/* the first differing byte of the word (little-endian order) */
		while (((got >> (8 * k)) & 0xff) == ((want >> (8 * k)) & 0xff))
			k++;
		return wrong_byte(r, seq, i * 8 + k, size, (unsigned)((got >> (8 * k)) & 0xff),
				  (unsigned)((want >> (8 * k)) & 0xff));
	}
	for (size_t i = 0; i < size % 8; i++) {
		unsigned char want = (unsigned char)(mix(seq, words, salt) >> (8 * i));

		if (b[words * 8 + i] != want)
			return wrong_byte(r, seq, words * 8 + i, size, b[words * 8 + i], want);
	}
	return 0;
}

static volatile uint64_t touch_sink;	/* keeps the sum, so the reads stay */

/*
 * Four independent 16-byte sums: a single 64-bit sum is one dependent add a
 * word, which caps the read at 8 bytes a cycle (20.8 GB/s at this guest's
 * 2.6 GHz) below what the caches and DRAM deliver, so the -touch rows were
 * measuring the loop: numpy's reduction over the same bytes in the fast path
 * took 1.44 ms at 38.5 MB against 1.95 ms here.  Plain vector extensions
 * (SSE2 on x86-64, NEON on arm64), no intrinsics.
 */
typedef uint64_t v2u64 __attribute__((vector_size(16)));

void verify_touch(const void *buf, size_t size)
{
	const unsigned char *b = buf;
	v2u64 s0 = { 0, 0 }, s1 = s0, s2 = s0, s3 = s0, w0, w1, w2, w3;
	uint64_t sum, w;
	size_t i = 0;

	for (; i + 64 <= size; i += 64) {
		memcpy(&w0, b + i, 16);
		memcpy(&w1, b + i + 16, 16);
		memcpy(&w2, b + i + 32, 16);
		memcpy(&w3, b + i + 48, 16);
		s0 += w0;
		s1 += w1;
		s2 += w2;
		s3 += w3;
	}
	s0 += s1 + s2 + s3;
	sum = s0[0] + s0[1];
	for (; i + 8 <= size; i += 8) {
		memcpy(&w, b + i, 8);
		sum += w;
	}
	for (; i < size; i++)
		sum += b[i];
	touch_sink = sum;
}
