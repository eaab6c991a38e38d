/*
 * strings_test.c: concatenation, comparison, conversions, UTF-8 decoding
 * (Go's rules for invalid input), rune encoding, string indexing panics.
 */
#include "test.h"

static void idx_oob(void *arg)
{
	(void)arg;
	gort_string_index(S("abc"), 5);
}

static void slice_oob(void *arg)
{
	(void)arg;
	gort_string_slice(S("abc"), 0, 5);
}

static void slice_b(void *arg)
{
	(void)arg;
	gort_string_slice(S("abc"), 2, 1);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	ASSERT_STR("foobar", gort_concatstring2(S("foo"), S("bar")));
	ASSERT_STR("foo", gort_concatstring2(S("foo"), S("")));
	ASSERT_STR("abc", gort_concatstring3(S("a"), S("b"), S("c")));
	GoString parts[] = { S("x"), S(""), S("yz"), S("") };
	ASSERT_STR("xyz", gort_concatstrings(parts, 4));
	ASSERT(0, gort_concatstrings(parts + 1, 1).len);

	ASSERT(0, gort_strcmp(S("abc"), S("abc")));
	ASSERT(-1, gort_strcmp(S("ab"), S("abc")));
	ASSERT(1, gort_strcmp(S("b"), S("abc")));
	ASSERT(-1, gort_strcmp(S(""), S("a")));
	ASSERT(1, gort_strcmp(S("\xff"), S("a")));
	ASSERT(1, gort_streq(S("hello"), S("hello")));
	ASSERT(0, gort_streq(S("hello"), S("hellO")));
	ASSERT(1, gort_streq((GoString){ NULL, 0 }, S("")));

	ASSERT('b', gort_string_index(S("abc"), 1));
	ASSERT_STR("bc", gort_string_slice(S("abc"), 1, 3));

	/* []byte <-> string */
	GoSlice b = gort_stringtoslicebyte(S("hello"));
	ASSERT(5, b.len);
	ASSERT(8, b.cap);
	((char *)b.ptr)[0] = 'j';
	ASSERT_STR("jello", gort_slicebytetostring(b.ptr, b.len));

	/* UTF-8 decoding */
	GoString u = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xe2\x82z\xed\xa0\x80");
	go_rune want[] = { 'a', 0xe9, 0x20ac, 0x1f600, 0xfffd, 0xfffd, 0xfffd, 'z', 0xfffd, 0xfffd, 0xfffd };
	go_int wantidx[] = { 0, 1, 3, 6, 10, 11, 12, 13, 14, 15, 16 };
	int k = 0;
	for (go_int i = 0; i < u.len; k++) {
		go_rune r;
		ASSERT(wantidx[k], i);
		i = gort_range_rune(u, i, &r);
		ASSERT(want[k], r);
	}
	ASSERT(11, k);

	/* []rune <-> string */
	GoSlice rs = gort_stringtoslicerune(S("h\xc3\xa9llo\xff"));
	ASSERT(6, rs.len);
	ASSERT(6, rs.cap);
	ASSERT(0xe9, ((go_rune *)rs.ptr)[1]);
	ASSERT(0xfffd, ((go_rune *)rs.ptr)[5]);
	ASSERT_STR("h\xc3\xa9llo\xef\xbf\xbd", gort_slicerunetostring(rs.ptr, rs.len));
	go_rune bad[] = { 0xd800, -1, 0x110000, 0x10ffff };
	ASSERT_STR("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf", gort_slicerunetostring(bad, 4));

	/* string(rune) */
	ASSERT_STR("A", gort_intstring(65));
	ASSERT_STR("\xe2\x82\xac", gort_intstring(0x20ac));
	ASSERT_STR("\xef\xbf\xbd", gort_intstring(-1));
	ASSERT_STR("\xef\xbf\xbd", gort_intstring(0x110000));
	ASSERT_STR("\xef\xbf\xbd", gort_intstring(0xdfff));
	ASSERT_STR("\xef\xbf\xbd", gort_intstring((int64_t)1 << 40));
	ASSERT_STR("\xef\xbf\xbd", gort_uintstring(UINT64_MAX));

	/* hashing: equal strings hash equal, seed matters */
	GoString h1 = S("some key"), h2 = gort_concatstring2(S("some "), S("key"));
	ASSERT(gort_strhash(&h1, 42), gort_strhash(&h2, 42));
	ASSERT(1, gort_strhash(&h1, 42) != gort_strhash(&h1, 43));

	GoEface v;
	ASSERT(1, catch_panic(idx_oob, NULL, &v));
	ASSERT_STR("runtime error: index out of range [5] with length 3", panic_text(v));
	ASSERT(1, catch_panic(slice_oob, NULL, &v));
	ASSERT_STR("runtime error: slice bounds out of range [:5] with length 3", panic_text(v));
	ASSERT(1, catch_panic(slice_b, NULL, &v));
	ASSERT_STR("runtime error: slice bounds out of range [2:1]", panic_text(v));
	TEST_END();
}
