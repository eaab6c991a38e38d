/*
 * rt_string.c: string operations: concatenation, comparison, conversions to
 * and from []byte and []rune, UTF-8 encoding and decoding with Go's rules
 * (invalid sequences decode as U+FFFD of width 1; surrogates and values above
 * U+10FFFF encode as U+FFFD).
 *
 * Invariant: string bytes are immutable; a new string's bytes are allocated
 * pointer-free; an empty string may have a NULL ptr.
 */
#include "rt_impl.h"

GoString rt_gostringn(const void *p, size_t n)
{
	GoString s = { NULL, (go_int)n };
	if (n) {
		RtPin pin;
		RT_PIN(pin, p, NULL, 1);   /* p may be the only hold on its bytes */
		uint8_t *b = rt_alloc_raw_noscan(n);   /* every byte is written below */
		RT_UNPIN(pin);
		memcpy(b, p, n);
		s.ptr = b;
	}
	return s;
}

GoString rt_gostring(const char *s)
{
	return rt_gostringn(s, strlen(s));
}

GoString gort_concatstrings(const GoString *a, go_int n)
{
	go_int total = 0, nonempty = 0, last = 0;
	for (go_int i = 0; i < n; i++) {
		if (a[i].len) {
			nonempty++;
			last = i;
			total += a[i].len;
			if (total < 0)
				gort_panic_plain("string concatenation too long");
		}
	}
	if (nonempty == 0) {
		GoString e = { NULL, 0 };
		return e;
	}
	if (nonempty == 1)
		return a[last];
	RtPin pin;
	RT_PIN(pin, a, &gort_type_string, (uintptr_t)n);
	uint8_t *b = rt_alloc_raw_noscan((size_t)total);
	RT_UNPIN(pin);
	go_int off = 0;
	for (go_int i = 0; i < n; i++) {
		if (a[i].len) {
			memcpy(b + off, a[i].ptr, (size_t)a[i].len);
			off += a[i].len;
		}
	}
	GoString r = { b, total };
	return r;
}

GoString gort_concatstring2(GoString a, GoString b)
{
	if (a.len == 0)
		return b;
	if (b.len == 0)
		return a;
	GoString v[2] = { a, b };
	return gort_concatstrings(v, 2);
}

GoString gort_concatstring3(GoString a, GoString b, GoString c)
{
	GoString v[3] = { a, b, c };
	return gort_concatstrings(v, 3);
}

int gort_strcmp(GoString a, GoString b)
{
	go_int n = a.len < b.len ? a.len : b.len;
	if (n > 0 && a.ptr != b.ptr) {
		int c = memcmp(a.ptr, b.ptr, (size_t)n);
		if (c)
			return c < 0 ? -1 : 1;
	}
	return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

static uint8_t byte_strings[256];

GoString gort_slicebytetostring(const void *p, go_int n)
{
	if (n == 1) {
		/* one-byte strings share static storage, as in gc */
		GoString s = { &byte_strings[*(const uint8_t *)p], 1 };
		return s;
	}
	return rt_gostringn(p, (size_t)n);
}

GoSlice gort_stringtoslicebyte(GoString s)
{
	GoSlice r = { NULL, s.len, 0 };
	uintptr_t cap = gort_roundupsize((uintptr_t)s.len);
	RtPin pin;
	RT_PIN(pin, s.ptr, NULL, 1);
	r.ptr = rt_alloc_bytes(cap, false);
	RT_UNPIN(pin);
	r.cap = (go_int)cap;
	if (s.len)
		memcpy(r.ptr, s.ptr, (size_t)s.len);
	return r;
}

/* ---------------------------------------------------------------- UTF-8 */

go_int gort_decoderune(GoString s, go_int i, go_rune *r)
{
	const uint8_t *p = s.ptr + i;
	go_int n = s.len - i;
	uint8_t c = p[0];
	if (c < 0x80) {
		*r = c;
		return i + 1;
	}
	uint8_t lo = 0x80, hi = 0xBF;
	int need;
	go_rune v;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		goto bad;
	}
	if (n <= need)
		goto bad;
	if (p[1] < lo || p[1] > hi)
		goto bad;
	v = (v << 6) | (p[1] & 0x3F);
	for (int k = 2; k <= need; k++) {
		if (p[k] < 0x80 || p[k] > 0xBF)
			goto bad;
		v = (v << 6) | (p[k] & 0x3F);
	}
	*r = v;
	return i + 1 + need;
bad:
	*r = 0xFFFD;
	return i + 1;
}

go_int gort_encoderune(uint8_t *b, go_rune r)
{
	uint32_t c = (uint32_t)r;
	if (c < 0x80) {
		b[0] = (uint8_t)c;
		return 1;
	}
	if (c < 0x800) {
		b[0] = (uint8_t)(0xC0 | (c >> 6));
		b[1] = (uint8_t)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		c = 0xFFFD;
	if (c < 0x10000) {
		b[0] = (uint8_t)(0xE0 | (c >> 12));
		b[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (uint8_t)(0x80 | (c & 0x3F));
		return 3;
	}
	b[0] = (uint8_t)(0xF0 | (c >> 18));
	b[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
	b[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
	b[3] = (uint8_t)(0x80 | (c & 0x3F));
	return 4;
}

static inline go_int runelen(go_rune r)
{
	uint32_t c = (uint32_t)r;
	if (c < 0x80)
		return 1;
	if (c < 0x800)
		return 2;
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 3;
	return c < 0x10000 ? 3 : 4;
}

/* Single-byte strings are shared (like gc's staticuint64s trick). */

__attribute__((constructor)) static void init_byte_strings(void)
{
	for (int i = 0; i < 256; i++)
		byte_strings[i] = (uint8_t)i;
}

GoString gort_intstring(int64_t v)
{
	uint8_t buf[4];
	go_rune r = (v < 0 || v > 0x10FFFF) ? 0xFFFD : (go_rune)v;
	if (r < 0x80) {
		GoString s = { &byte_strings[r], 1 };
		return s;
	}
	go_int n = gort_encoderune(buf, r);
	return rt_gostringn(buf, (size_t)n);
}

GoString gort_uintstring(uint64_t v)
{
	return gort_intstring(v > 0x10FFFF ? -1 : (int64_t)v);
}

GoSlice gort_stringtoslicerune(GoString s)
{
	go_int n = 0;
	go_rune r;
	for (go_int i = 0; i < s.len; n++)
		i = gort_range_rune(s, i, &r);
	uintptr_t cap = gort_roundupsize((uintptr_t)n * 4) / 4;
	RtPin pin;
	RT_PIN(pin, s.ptr, NULL, 1);
	go_rune *p = rt_alloc_bytes(cap * 4, false);
	RT_UNPIN(pin);
	go_int k = 0;
	for (go_int i = 0; i < s.len; k++)
		i = gort_range_rune(s, i, &p[k]);
	GoSlice out = { p, n, (go_int)cap };
	return out;
}

GoString gort_slicerunetostring(const go_rune *p, go_int n)
{
	go_int size = 0;
	for (go_int i = 0; i < n; i++)
		size += runelen(p[i]);
	GoString s = { NULL, size };
	if (size == 0)
		return s;
	RtPin pin;
	RT_PIN(pin, p, NULL, 1);
	uint8_t *b = rt_alloc_bytes((size_t)size, false);
	RT_UNPIN(pin);
	go_int off = 0;
	for (go_int i = 0; i < n; i++)
		off += gort_encoderune(b + off, p[i]);
	s.ptr = b;
	return s;
}
