/*
 * arith_test.c: the inline arithmetic helpers against gc's amd64 results:
 * float -> integer conversions out of range and NaN, shifts by large counts,
 * division by -1 and zero, complex64 arithmetic rounding (values recorded
 * with go1.19).
 */
#include "test.h"
#include <math.h>

static void div0(void *arg)
{
	(void)arg;
	volatile int32_t z = 0;
	gort_div_i32(1, z);
}

static void negshift(void *arg)
{
	(void)arg;
	gort_shift_count(-1);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	/* float64 -> ints: {x, i64, u64, i32, u32, i16, u16, i8, u8} */
	static const struct { double x; int64_t i64; uint64_t u64; int32_t i32; uint32_t u32;
		int16_t i16; uint16_t u16; int8_t i8; uint8_t u8; } cv[] = {
		{ -1.5, -1, 18446744073709551615ull, -1, 4294967295u, -1, 65535, -1, 255 },
		{ 1e10, 10000000000, 10000000000ull, INT32_MIN, 1410065408u, 0, 0, 0, 0 },
		{ -1e10, -10000000000, 18446744063709551616ull, INT32_MIN, 2884901888u, 0, 0, 0, 0 },
		{ 1e19, INT64_MIN, 10000000000000000000ull, INT32_MIN, 0, 0, 0, 0, 0 },
		{ 2e19, INT64_MIN, 9223372036854775808ull, INT32_MIN, 0, 0, 0, 0, 0 },
		{ -1e19, INT64_MIN, 9223372036854775808ull, INT32_MIN, 0, 0, 0, 0, 0 },
		{ 300, 300, 300, 300, 300, 300, 300, 44, 44 },
		{ -300, -300, 18446744073709551316ull, -300, 4294966996u, -300, 65236, -44, 212 },
		{ 70000, 70000, 70000, 70000, 70000, 4464, 4464, 112, 112 },
		{ -70000, -70000, 18446744073709481616ull, -70000, 4294897296u, -4464, 61072, -112, 144 },
		{ 5e9, 5000000000, 5000000000ull, INT32_MIN, 705032704u, 0, 0, 0, 0 },
		{ NAN, INT64_MIN, 9223372036854775808ull, INT32_MIN, 0, 0, 0, 0, 0 },
		{ INFINITY, INT64_MIN, 9223372036854775808ull, INT32_MIN, 0, 0, 0, 0, 0 },
		{ -INFINITY, INT64_MIN, 9223372036854775808ull, INT32_MIN, 0, 0, 0, 0, 0 },
	};
	for (size_t i = 0; i < sizeof cv / sizeof cv[0]; i++) {
		volatile double x = cv[i].x;
		ASSERT(cv[i].i64, gort_f64toi64(x));
		ASSERT((int64_t)cv[i].u64, (int64_t)gort_f64tou64(x));
		ASSERT(cv[i].i32, gort_f64toi32(x));
		ASSERT(cv[i].u32, gort_f64tou32(x));
		ASSERT(cv[i].i16, gort_f64toi16(x));
		ASSERT(cv[i].u16, gort_f64tou16(x));
		ASSERT(cv[i].i8, gort_f64toi8(x));
		ASSERT(cv[i].u8, gort_f64tou8(x));
	}
	/* shifts */
	ASSERT(0, gort_shl64(1, 64));
	ASSERT(0, gort_shl64(1, 1000));
	ASSERT(-1, gort_shr_i64(-8, 70));
	ASSERT(0, gort_shr_i64(8, 70));
	ASSERT(-16, gort_shr_i8(-128, 3));
	ASSERT(100, gort_shr_u8(200, 1));
	ASSERT(0, gort_shr_u32(0xffffffffu, 32));
	ASSERT(0x80, gort_shl8(1, 7));
	ASSERT(0, gort_shl8(1, 8));
	/* division */
	ASSERT(INT64_MIN, gort_div_i64(INT64_MIN, -1));
	ASSERT(0, gort_mod_i64(INT64_MIN, -1));
	ASSERT(-128, gort_div_i8(-128, -1));
	ASSERT(-3, gort_div_i32(-7, 2));
	ASSERT(-1, gort_mod_i32(-7, 2));
	ASSERT(3, gort_div_u16(7, 2));
	GoEface v;
	ASSERT(1, catch_panic(div0, NULL, &v));
	ASSERT_STR("runtime error: integer divide by zero", panic_text(v));
	ASSERT(1, catch_panic(negshift, NULL, &v));
	ASSERT_STR("runtime error: negative shift amount", panic_text(v));
	/* complex64 multiply rounds once from double, like gc */
	volatile float a = 1.1f, b = 2.2f, c = 3.3f, d = -4.4f;
	GoComplex64 m = gort_c64mul(gort_c64(a, b), gort_c64(c, d));
	uint32_t bits;
	memcpy(&bits, &m.im, 4);
	ASSERT(0x401ae147, bits);
	GoComplex128 q = gort_c128div(gort_c128(1, 2), gort_c128(0, 0));
	ASSERT(1, isinf(q.re) && isinf(q.im));
	q = gort_c128div(gort_c128(INFINITY, 0), gort_c128(3, 4));
	ASSERT(1, isinf(q.re) && q.re > 0 && isinf(q.im) && q.im < 0);
	q = gort_c128div(gort_c128(1, 2), gort_c128(INFINITY, 0));
	ASSERT(1, q.re == 0 && q.im == 0);
	TEST_END();
}
