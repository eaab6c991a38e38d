/*
 * map_test.c: maps: insert/lookup/delete/iterate/grow for int64, string,
 * struct, float and interface keys; NaN and +0/-0 keys; Go's semantics for
 * deletion, insertion and clear during iteration; nil map and unhashable
 * key panics.
 */
#include "test.h"
#include <math.h>

static const GoType t_map_ii = { .kind = GOKIND_MAP, .size = 8, .key = &gort_type_int64, .elem = &gort_type_int64 };
static const GoType t_map_si = { .kind = GOKIND_MAP, .size = 8, .key = &gort_type_string, .elem = &gort_type_int };
static const GoType t_map_fi = { .kind = GOKIND_MAP, .size = 8, .key = &gort_type_float64, .elem = &gort_type_int };
static const GoType t_map_ai = { .kind = GOKIND_MAP, .size = 8, .key = &gort_type_any, .elem = &gort_type_int };
static const GoType t_map_i32 = { .kind = GOKIND_MAP, .size = 8, .key = &gort_type_int32, .elem = &gort_type_uint8 };

/* struct { a int32; s string } with compiler-style hash/equal */
typedef struct { int32_t a; GoString s; } K;
static uintptr_t k_hash(const void *p, uintptr_t seed)
{
	const K *k = p;
	return gort_strhash(&k->s, gort_memhash32(&k->a, seed));
}
static _Bool k_equal(const void *p, const void *q)
{
	const K *x = p, *y = q;
	return x->a == y->a && gort_streq(x->s, y->s);
}
static const GoType t_K = { .kind = GOKIND_STRUCT, .size = 24, .align = 8, .ptrdata = 16,
	.equal = k_equal, .hashfn = k_hash, .str = { (const uint8_t *)"main.K", 6 }, .flags = GOTYPE_NAMED };
static const GoType t_big = { .kind = GOKIND_ARRAY, .size = 2000, .align = 8 };
static const GoType t_map_K = { .kind = GOKIND_MAP, .size = 8, .key = &t_K, .elem = &t_big };
static const GoType t_slice_int = { .kind = GOKIND_SLICE, .size = 24, .align = 8, .ptrdata = 8,
	.str = { (const uint8_t *)"[]int", 5 } };

static GoString itoa(int64_t v)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "k%lld", (long long)v);
	return rt_gostringn(buf, (size_t)n);
}

static void nil_assign(void *arg)
{
	(void)arg;
	int64_t k = 1;
	gort_mapassign(&t_map_ii, NULL, &k);
}

static void unhashable(void *arg)
{
	GoMap *m = arg;
	GoSlice s = { NULL, 0, 0 };
	GoEface k = { &t_slice_int, gort_box_slice(s) };
	*(go_int *)gort_mapassign(&t_map_ai, m, &k) = 1;
}

static void test_int(void)
{
	GoMap *m = gort_makemap(&t_map_ii, 0);
	const int N = 100000;
	for (int64_t i = 0; i < N; i++)
		*(int64_t *)gort_mapassign(&t_map_ii, m, &i) = i * 3;
	ASSERT(N, gort_maplen(m));
	for (int64_t i = 0; i < N; i++) {
		go_bool ok;
		int64_t v = *(int64_t *)gort_mapaccess2(&t_map_ii, m, &i, &ok);
		if (!ok || v != i * 3) {
			ASSERT(i * 3, v);
			break;
		}
	}
	int64_t missing = N + 5;
	go_bool ok = 1;
	ASSERT(0, *(int64_t *)gort_mapaccess2(&t_map_ii, m, &missing, &ok));
	ASSERT(0, ok);
	for (int64_t i = 0; i < N; i += 2)
		gort_mapdelete(&t_map_ii, m, &i);
	ASSERT(N / 2, gort_maplen(m));
	int64_t sum = 0, cnt = 0;
	GoMapIter it;
	gort_mapiterinit(&t_map_ii, m, &it);
	while (gort_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		ASSERT(k * 3, *(int64_t *)it.val);
		ASSERT(1, k & 1);
		sum += k;
		cnt++;
	}
	ASSERT(N / 2, cnt);
	ASSERT((int64_t)(N / 2) * (N / 2), sum);
	/* fast paths agree */
	ASSERT(3 * 7, *(int64_t *)gort_mapaccess1_fast64(&t_map_ii, m, 7));
	*(int64_t *)gort_mapassign_fast64(&t_map_ii, m, 8) = 80;
	ASSERT(80, *(int64_t *)gort_mapaccess1(&t_map_ii, m, &(int64_t){ 8 }));
	ASSERT(N / 2 + 1, gort_maplen(m));
	/* reinsert after delete reuses tombstones without growing forever */
	for (int round = 0; round < 50; round++) {
		for (int64_t i = 0; i < 1000; i++)
			*(int64_t *)gort_mapassign(&t_map_ii, m, &(int64_t){ -1 - i }) = i;
		for (int64_t i = 0; i < 1000; i++)
			gort_mapdelete(&t_map_ii, m, &(int64_t){ -1 - i });
	}
	ASSERT(N / 2 + 1, gort_maplen(m));
	gort_mapclear(&t_map_ii, m);
	ASSERT(0, gort_maplen(m));
	ASSERT(0, *(int64_t *)gort_mapaccess1_fast64(&t_map_ii, m, 7));

	/* int32 keys */
	GoMap *m32 = gort_makemap(&t_map_i32, 10);
	for (int32_t i = -500; i < 500; i++)
		*(uint8_t *)gort_mapassign(&t_map_i32, m32, &i) = (uint8_t)i;
	ASSERT(1000, gort_maplen(m32));
	ASSERT((uint8_t)-17, *(uint8_t *)gort_mapaccess1(&t_map_i32, m32, &(int32_t){ -17 }));
}

static void test_string(void)
{
	GoMap *m = gort_makemap(&t_map_si, 100);
	for (int64_t i = 0; i < 20000; i++) {
		GoString k = itoa(i);
		*(go_int *)gort_mapassign_faststr(&t_map_si, m, k) = i;
	}
	ASSERT(20000, gort_maplen(m));
	ASSERT(1234, *(go_int *)gort_mapaccess1_faststr(&t_map_si, m, S("k1234")));
	GoString k = S("k999");
	ASSERT(999, *(go_int *)gort_mapaccess1(&t_map_si, m, &k));
	go_bool ok;
	gort_mapaccess2_faststr(&t_map_si, m, S("nope"), &ok);
	ASSERT(0, ok);
	gort_mapaccess2_faststr(&t_map_si, m, S("k0"), &ok);
	ASSERT(1, ok);
	/* empty string key */
	*(go_int *)gort_mapassign_faststr(&t_map_si, m, S("")) = -1;
	ASSERT(-1, *(go_int *)gort_mapaccess1_faststr(&t_map_si, m, (GoString){ NULL, 0 }));
}

static void test_struct(void)
{
	GoMap *m = gort_makemap(&t_map_K, 0);
	for (int i = 0; i < 3000; i++) {
		K k = { i, itoa(i % 7) };
		char *v = gort_mapassign(&t_map_K, m, &k);
		v[1999] = (char)i;
	}
	ASSERT(3000, gort_maplen(m));
	K k = { 10, S("k3") };
	ASSERT((char)10, ((char *)gort_mapaccess1(&t_map_K, m, &k))[1999]);
	K miss = { 10, S("k4") };
	go_bool ok = 1;
	char *v = gort_mapaccess2(&t_map_K, m, &miss, &ok);
	ASSERT(0, ok);
	ASSERT(0, v[1999]);
}

static void test_float(void)
{
	GoMap *m = gort_makemap(&t_map_fi, 0);
	double nan = NAN, pz = 0.0, nz = -0.0;
	*(go_int *)gort_mapassign(&t_map_fi, m, &nan) = 1;
	*(go_int *)gort_mapassign(&t_map_fi, m, &nan) = 2;
	ASSERT(2, gort_maplen(m));
	go_bool ok = 1;
	gort_mapaccess2(&t_map_fi, m, &nan, &ok);
	ASSERT(0, ok);
	*(go_int *)gort_mapassign(&t_map_fi, m, &pz) = 3;
	*(go_int *)gort_mapassign(&t_map_fi, m, &nz) = 4;
	ASSERT(3, gort_maplen(m));
	ASSERT(4, *(go_int *)gort_mapaccess1(&t_map_fi, m, &pz));
	gort_mapdelete(&t_map_fi, m, &nan);
	ASSERT(3, gort_maplen(m));
	/* force growth with NaNs present */
	for (int i = 0; i < 100; i++) {
		double d = i + 0.5;
		*(go_int *)gort_mapassign(&t_map_fi, m, &d) = i;
	}
	int nans = 0, total = 0;
	GoMapIter it;
	gort_mapiterinit(&t_map_fi, m, &it);
	while (gort_mapiternext(&it)) {
		double d = *(double *)it.key;
		if (d != d)
			nans++;
		total++;
	}
	ASSERT(2, nans);
	ASSERT(103, total);
	gort_mapclear(&t_map_fi, m);
	ASSERT(0, gort_maplen(m));
}

static void test_iface(void)
{
	GoMap *m = gort_makemap(&t_map_ai, 0);
	GoEface k1 = { &gort_type_int, gort_box_u64(5) };
	GoEface k2 = { &gort_type_string, gort_box_string(S("5")) };
	GoEface k3 = { &gort_type_int64, gort_box_u64(5) };
	GoEface k4 = { &gort_type_int, gort_box_u64(1000) };
	GoEface k5 = { &gort_type_int, gort_box_u64(1000) };
	GoEface knil = { NULL, NULL };
	*(go_int *)gort_mapassign(&t_map_ai, m, &k1) = 1;
	*(go_int *)gort_mapassign(&t_map_ai, m, &k2) = 2;
	*(go_int *)gort_mapassign(&t_map_ai, m, &k3) = 3;
	*(go_int *)gort_mapassign(&t_map_ai, m, &k4) = 4;
	*(go_int *)gort_mapassign(&t_map_ai, m, &knil) = 5;
	ASSERT(5, gort_maplen(m));
	ASSERT(4, *(go_int *)gort_mapaccess1(&t_map_ai, m, &k5));
	ASSERT(5, *(go_int *)gort_mapaccess1(&t_map_ai, m, &knil));
	ASSERT(2, *(go_int *)gort_mapaccess1(&t_map_ai, m, &k2));
	GoEface v;
	ASSERT(1, catch_panic(unhashable, m, &v));
	ASSERT_STR("runtime error: hash of unhashable type []int", panic_text(v));
	/* even on an empty map */
	GoMap *e = gort_makemap(&t_map_ai, 0);
	GoSlice s = { NULL, 0, 0 };
	GoEface bad = { &t_slice_int, gort_box_slice(s) };
	(void)e;
	ASSERT(1, catch_panic(unhashable, e, &v));
	(void)bad;
}

static void test_iter_semantics(void)
{
	/* delete every entry while iterating: each visited at most once, and
	 * deleted-before-reached entries are never produced */
	GoMap *m = gort_makemap(&t_map_ii, 0);
	for (int64_t i = 0; i < 1000; i++)
		*(int64_t *)gort_mapassign(&t_map_ii, m, &i) = i;
	static char seen[1000];
	memset(seen, 0, sizeof seen);
	int visits = 0;
	GoMapIter it;
	gort_mapiterinit(&t_map_ii, m, &it);
	while (gort_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		ASSERT(0, seen[k]);
		seen[k] = 1;
		visits++;
		/* delete this one and its partner */
		int64_t p = 999 - k;
		gort_mapdelete(&t_map_ii, m, &k);
		gort_mapdelete(&t_map_ii, m, &p);
	}
	ASSERT(500, visits);
	ASSERT(0, gort_maplen(m));

	/* insert many during iteration (forces growth): every original key is
	 * produced exactly once, with its current value */
	GoMap *m2 = gort_makemap(&t_map_ii, 0);
	for (int64_t i = 0; i < 100; i++)
		*(int64_t *)gort_mapassign(&t_map_ii, m2, &i) = i;
	static int count[100];
	memset(count, 0, sizeof count);
	int64_t next = 1000;
	gort_mapiterinit(&t_map_ii, m2, &it);
	int first = 1;
	while (gort_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		if (k < 100) {
			count[k]++;
			if (k != 50 && !first)
				ASSERT(k + 1, *(int64_t *)it.val);
		}
		if (first) {
			for (int64_t i = 0; i < 100; i++)
				*(int64_t *)gort_mapassign(&t_map_ii, m2, &i) = i + 1;
			for (int j = 0; j < 5000; j++, next++)
				*(int64_t *)gort_mapassign(&t_map_ii, m2, &next) = 0;
			gort_mapdelete(&t_map_ii, m2, &(int64_t){ 50 });
			first = 0;
		}
	}
	for (int i = 0; i < 100; i++)
		if (i != 50 && count[i] != 1)
			ASSERT(1, count[i]);
	ASSERT(1, count[50] <= 1);

	/* clear during iteration stops it */
	GoMap *m3 = gort_makemap(&t_map_ii, 0);
	for (int64_t i = 0; i < 100; i++)
		*(int64_t *)gort_mapassign(&t_map_ii, m3, &i) = i;
	visits = 0;
	gort_mapiterinit(&t_map_ii, m3, &it);
	while (gort_mapiternext(&it)) {
		visits++;
		gort_mapclear(&t_map_ii, m3);
		*(int64_t *)gort_mapassign(&t_map_ii, m3, &(int64_t){ 5 }) = 5;
	}
	ASSERT(1, visits);

	/* iteration order differs between loops */
	GoMap *m4 = gort_makemap(&t_map_ii, 0);
	for (int64_t i = 0; i < 50; i++)
		*(int64_t *)gort_mapassign(&t_map_ii, m4, &i) = i;
	int differ = 0;
	int64_t firstkey = -1;
	for (int r = 0; r < 20; r++) {
		gort_mapiterinit(&t_map_ii, m4, &it);
		gort_mapiternext(&it);
		int64_t k = *(int64_t *)it.key;
		if (r == 0)
			firstkey = k;
		else if (k != firstkey)
			differ = 1;
	}
	ASSERT(1, differ);

	/* nil map */
	gort_mapiterinit(&t_map_ii, NULL, &it);
	ASSERT(0, gort_mapiternext(&it));
	ASSERT(0, gort_maplen(NULL));
	ASSERT(0, *(int64_t *)gort_mapaccess1(&t_map_ii, NULL, &(int64_t){ 1 }));
	gort_mapdelete(&t_map_ii, NULL, &(int64_t){ 1 });
	GoEface v;
	ASSERT(1, catch_panic(nil_assign, NULL, &v));
	ASSERT_STR("assignment to entry in nil map", panic_text(v));
}

/* Random operations against a trivial oracle (keys in a small range so that
 * deletes, reinserts, tombstones and rehashes all happen often). */
static void test_random(void)
{
	enum { RANGE = 3000 };
	static int64_t val[RANGE];
	static char present[RANGE];
	memset(present, 0, sizeof present);
	uint64_t x = 88172645463325252ull;
	for (int round = 0; round < 20; round++) {
		GoMap *m = gort_makemap(&t_map_ii, round % 3 == 0 ? 0 : round * 50);
		memset(present, 0, sizeof present);
		int range = 8 + round * round * 8;
		if (range > RANGE)
			range = RANGE;
		go_int n = 0;
		for (int op = 0; op < 40000; op++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			int64_t k = (int64_t)(x % (uint64_t)range);
			switch ((x >> 32) % 4) {
			case 0: case 1:
				*(int64_t *)gort_mapassign(&t_map_ii, m, &k) = (int64_t)op;
				if (!present[k])
					n++;
				present[k] = 1;
				val[k] = op;
				break;
			case 2:
				gort_mapdelete(&t_map_ii, m, &k);
				if (present[k])
					n--;
				present[k] = 0;
				break;
			default: {
				go_bool ok;
				int64_t v = *(int64_t *)gort_mapaccess2(&t_map_ii, m, &k, &ok);
				if (ok != present[k] || (ok && v != val[k])) {
					ASSERT(present[k], ok);
					return;
				}
			}
			}
			if (gort_maplen(m) != n) {
				ASSERT(n, gort_maplen(m));
				return;
			}
		}
		static char seen[RANGE];
		memset(seen, 0, sizeof seen);
		GoMapIter it;
		go_int cnt = 0;
		gort_mapiterinit(&t_map_ii, m, &it);
		while (gort_mapiternext(&it)) {
			int64_t k = *(int64_t *)it.key;
			if (k < 0 || k >= range || !present[k] || seen[k] || *(int64_t *)it.val != val[k]) {
				ASSERT(1, 0);
				return;
			}
			seen[k] = 1;
			cnt++;
		}
		ASSERT(n, cnt);
	}
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	test_random();
	test_int();
	test_string();
	test_struct();
	test_float();
	test_iface();
	test_iter_semantics();
	TEST_END();
}
