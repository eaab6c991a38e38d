/*
 * slice_test.c: growslice capacities equal gc 1.19's (sequences recorded
 * with go1.19 on amd64), makeslice checks, copy.
 */
#include "test.h"

static const GoType t_t24 = { .size = 24, .align = 8, .kind = GOKIND_STRUCT };
static const GoType t_t12 = { .size = 12, .align = 4, .kind = GOKIND_STRUCT };

static void check_seq(const GoType *et, int n, const go_int *want, int nwant, int line)
{
	GoSlice s = { NULL, 0, 0 };
	go_int last = -1;
	int k = 0;
	for (int i = 0; i < n; i++) {
		if (s.len + 1 > s.cap)
			s = gort_growslice(et, s, s.len + 1);
		else
			s.len++;
		if (s.cap != last) {
			last = s.cap;
			if (k >= nwant || want[k] != last) {
				fprintf(stderr, "line %d: step %d: cap %lld, want %lld\n", line, k,
					(long long)last, k < nwant ? (long long)want[k] : -1LL);
				test_failures++;
				return;
			}
			k++;
		}
	}
	ASSERT(nwant, k);
}

#define SEQ(et, n, ...) do { \
	static const go_int w_[] = { __VA_ARGS__ }; \
	check_seq(et, n, w_, (int)(sizeof w_ / sizeof w_[0]), __LINE__); \
} while (0)

static void mk_neg(void *arg)
{
	(void)arg;
	gort_makeslice(&gort_type_int, -1, 10);
}

static void mk_cap(void *arg)
{
	(void)arg;
	gort_makeslice(&gort_type_int, 10, 5);
}

static void mk_huge(void *arg)
{
	(void)arg;
	gort_makeslice(&gort_type_int, (go_int)1 << 60, (go_int)1 << 60);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	SEQ(&gort_type_int, 5000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120);
	SEQ(&gort_type_uint8, 5000, 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376);
	SEQ(&t_t24, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072);
	SEQ(&t_t12, 3000, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413);

	GoSlice e = { NULL, 0, 0 };
	e = gort_growslice(&gort_type_int, e, 5);
	ASSERT(5, e.len);
	ASSERT(6, e.cap);
	e = gort_growslice(&gort_type_int, e, 25);
	ASSERT(26, e.cap);
	GoSlice f = { NULL, 0, 0 };
	f = gort_growslice(&gort_type_uint8, f, 13);
	ASSERT(16, f.cap);
	GoSlice g = gort_makeslice(&gort_type_int, 700, 700);
	g = gort_growslice(&gort_type_int, g, 701);
	ASSERT(1184, g.cap);
	GoSlice h = gort_makeslice(&gort_type_int, 100000, 100000);
	h = gort_growslice(&gort_type_int, h, 100001);
	ASSERT(125952, h.cap);

	/* contents survive growth; new tail is zero */
	GoSlice s = gort_makeslice(&gort_type_int, 3, 3);
	((go_int *)s.ptr)[0] = 7;
	((go_int *)s.ptr)[2] = 9;
	s = gort_growslice(&gort_type_int, s, 4);
	ASSERT(7, ((go_int *)s.ptr)[0]);
	ASSERT(9, ((go_int *)s.ptr)[2]);
	ASSERT(0, ((go_int *)s.ptr)[3]);
	ASSERT(4, s.len);
	ASSERT(6, s.cap);

	/* zero-size elements */
	GoSlice z = { NULL, 0, 0 };
	z = gort_growslice(&(GoType){ .size = 0, .kind = GOKIND_STRUCT }, z, 10);
	ASSERT(10, z.cap);
	ASSERT(1, z.ptr != NULL);

	/* copy */
	go_int a[5] = { 1, 2, 3, 4, 5 };
	ASSERT(3, gort_slicecopy(a, 3, a + 2, 3, sizeof(go_int)));
	ASSERT(3, a[0]);
	ASSERT(5, a[2]);

	GoEface v;
	ASSERT(1, catch_panic(mk_neg, NULL, &v));
	ASSERT_STR("runtime error: makeslice: len out of range", panic_text(v));
	ASSERT(1, catch_panic(mk_cap, NULL, &v));
	ASSERT_STR("runtime error: makeslice: cap out of range", panic_text(v));
	ASSERT(1, catch_panic(mk_huge, NULL, &v));
	ASSERT_STR("runtime error: makeslice: len out of range", panic_text(v));

	ASSERT(8, gort_roundupsize(1));
	ASSERT(1024, gort_roundupsize(1017));
	ASSERT(1152, gort_roundupsize(1025));
	ASSERT(32768, gort_roundupsize(32767));
	ASSERT(40960, gort_roundupsize(32769));
	TEST_END();
}
