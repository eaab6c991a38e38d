/*
 * util_test.c: the compiler's own formatter (buf_vprintf, under buf_printf
 * and xsprintf) must write exactly what snprintf writes, on its fast path
 * (%s %d %u %c %% with l, ll, z) and when it hands a format to vsnprintf.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "gosub.h"

static int failures;

#define CHECK(...) do { \
	char want_[512]; \
	snprintf(want_, sizeof want_, __VA_ARGS__); \
	Buf b_ = {0}; \
	buf_puts(&b_, "<"); \
	buf_printf(&b_, __VA_ARGS__); \
	char *x_ = xsprintf(__VA_ARGS__); \
	if (strcmp(b_.s + 1, want_) != 0 || strcmp(x_, want_) != 0) { \
		fprintf(stderr, "%s:%d: %s: want \"%s\", buf_printf \"%s\", xsprintf \"%s\"\n", \
			__FILE__, __LINE__, #__VA_ARGS__, want_, b_.s + 1, x_); \
		failures++; \
	} \
	free(b_.s); \
	free(x_); \
} while (0)

int main(void)
{
	CHECK("plain text");
	CHECK("%s", "");
	CHECK("%s_%s", "main", "Point");
	CHECK("%d %d %d %d", 0, -1, INT_MAX, INT_MIN);
	CHECK("%u %u", 0u, UINT_MAX);
	CHECK("%ld %lu", LONG_MIN, ULONG_MAX);
	CHECK("%lld|%llu|%lld", LLONG_MIN, ULLONG_MAX, 1234567890123LL);
	CHECK("%zu %zd", (size_t)SIZE_MAX, (ptrdiff_t)-5);
	CHECK("%c%c%%%c", 'a', 0xe9, '%');
	CHECK("100%% of %s", "it");
	CHECK("%s", (const char *)"trailing %");
	/* formats the fast path hands over whole, after consuming arguments */
	CHECK("%s %012llx %s", "a", 0xdeadbeefULL, "b");
	CHECK("%d %.6g %d", 7, 3.25, -7);
	CHECK("%s %.*s|%*s", "x", 3, "abcdef", 4, "r");
	CHECK("% d %+ld %03o %02x", 5, 6L, 8, 255);
	CHECK("%a", 0.5);
	/* longer than any first guess at the buffer */
	char big[300];
	memset(big, 'z', sizeof big - 1);
	big[sizeof big - 1] = 0;
	CHECK("[%s][%s]", big, big + 100);
	if (failures) {
		fprintf(stderr, "util_test: %d failures\n", failures);
		return 1;
	}
	printf("util_test: ok\n");
	return 0;
}
