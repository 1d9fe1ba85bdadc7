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

void verify_touch(const void *buf, size_t size)
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
