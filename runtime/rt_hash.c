/*
 * rt_hash.c: hash and equality functions used by type descriptors and maps.
 *
 * Hashing is a multiply-fold construction: mix(a, b) folds the 128-bit
 * product of a and b.  Every function takes a seed (per map, random per
 * process) so that iteration order and collisions are not predictable.
 * Invariants required by Go's map semantics: equal values hash equally
 * (+0 and -0 included); NaN is never equal to itself, so its hash is random;
 * hashing an interface whose dynamic type is not comparable panics.
 */
#include "rt_impl.h"

#define K1 0x9e3779b97f4a7c15ull
#define K2 0xd6e8feb86659fd93ull
#define K3 0xa0761d6478bd642full

static inline uint64_t mix(uint64_t a, uint64_t b)
{
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

static inline uint64_t rd64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t rd32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

uintptr_t gort_memhash(const void *p, uintptr_t seed, uintptr_t n)
{
	const uint8_t *b = p;
	uint64_t h = seed ^ K3, a, c;
	if (n <= 16) {
		if (n >= 8) {
			a = rd64(b);
			c = rd64(b + n - 8);
		} else if (n >= 4) {
			a = rd32(b);
			c = rd32(b + n - 4);
		} else if (n > 0) {
			a = ((uint64_t)b[0] << 16) | ((uint64_t)b[n >> 1] << 8) | b[n - 1];
			c = 0;
		} else {
			a = c = 0;
		}
	} else {
		const uint8_t *end = b + n;
		while (end - b > 16) {
			h = mix(rd64(b) ^ K1, rd64(b + 8) ^ h);
			b += 16;
		}
		a = rd64(end - 16);
		c = rd64(end - 8);
	}
	h = mix(a ^ K1, c ^ h);
	return mix(h ^ K2, n ^ K3);
}

uintptr_t gort_memhash8(const void *p, uintptr_t seed)
{
	return mix(*(const uint8_t *)p ^ K1, seed ^ K2);
}
uintptr_t gort_memhash16(const void *p, uintptr_t seed)
{
	uint16_t v;
	memcpy(&v, p, 2);
	return mix(v ^ K1, seed ^ K2);
}
uintptr_t gort_memhash32(const void *p, uintptr_t seed)
{
	return mix(rd32(p) ^ K1, seed ^ K2);
}
uintptr_t gort_memhash64(const void *p, uintptr_t seed)
{
	return mix(rd64(p) ^ K1, seed ^ K2);
}
uintptr_t gort_memhash128(const void *p, uintptr_t seed)
{
	const uint8_t *b = p;
	return mix(mix(rd64(b) ^ K1, seed ^ K2) ^ rd64(b + 8), K3);
}

uintptr_t gort_strhash(const void *p, uintptr_t seed)
{
	const GoString *s = p;
	return gort_memhash(s->ptr, seed, (uintptr_t)s->len);
}

uintptr_t gort_f32hash(const void *p, uintptr_t seed)
{
	float f = *(const float *)p;
	if (f == 0)
		return mix(K1, seed ^ K2);
	if (f != f)
		return mix(rt_fastrand() ^ K1, seed ^ K2);
	return gort_memhash32(p, seed);
}

uintptr_t gort_f64hash(const void *p, uintptr_t seed)
{
	double f = *(const double *)p;
	if (f == 0)
		return mix(K1, seed ^ K2);
	if (f != f)
		return mix(rt_fastrand() ^ K1, seed ^ K2);
	return gort_memhash64(p, seed);
}

uintptr_t gort_c64hash(const void *p, uintptr_t seed)
{
	const float *f = p;
	return gort_f32hash(f + 1, gort_f32hash(f, seed));
}

uintptr_t gort_c128hash(const void *p, uintptr_t seed)
{
	const double *f = p;
	return gort_f64hash(f + 1, gort_f64hash(f, seed));
}

static uintptr_t typed_hash(const GoType *t, void *data, uintptr_t seed)
{
	if (t == NULL)
		return mix(K3, seed ^ K2);
	if (t->hashfn == NULL)
		gort_panic_unhashable(t);
	seed ^= t->hash;
	if (t->flags & GOTYPE_POINTERSHAPED)
		return t->hashfn(&data, seed);
	return t->hashfn(data, seed);
}

uintptr_t gort_efacehash(const void *p, uintptr_t seed)
{
	const GoEface *e = p;
	return typed_hash(e->type, e->data, seed);
}

uintptr_t gort_ifacehash(const void *p, uintptr_t seed)
{
	const GoIface *i = p;
	return typed_hash(i->tab ? i->tab->type : NULL, i->data, seed);
}

_Bool gort_memequal(const void *p, const void *q, uintptr_t size)
{
	return p == q || memcmp(p, q, size) == 0;
}
_Bool gort_memequal0(const void *p, const void *q)
{
	(void)p, (void)q;
	return 1;
}
_Bool gort_memequal8(const void *p, const void *q)
{
	return *(const uint8_t *)p == *(const uint8_t *)q;
}
_Bool gort_memequal16(const void *p, const void *q)
{
	return memcmp(p, q, 2) == 0;
}
_Bool gort_memequal32(const void *p, const void *q)
{
	return memcmp(p, q, 4) == 0;
}
_Bool gort_memequal64(const void *p, const void *q)
{
	return memcmp(p, q, 8) == 0;
}
_Bool gort_memequal128(const void *p, const void *q)
{
	return memcmp(p, q, 16) == 0;
}
_Bool gort_strequal(const void *p, const void *q)
{
	return gort_streq(*(const GoString *)p, *(const GoString *)q);
}
_Bool gort_f32equal(const void *p, const void *q)
{
	return *(const float *)p == *(const float *)q;
}
_Bool gort_f64equal(const void *p, const void *q)
{
	return *(const double *)p == *(const double *)q;
}
_Bool gort_c64equal(const void *p, const void *q)
{
	const float *a = p, *b = q;
	return a[0] == b[0] && a[1] == b[1];
}
_Bool gort_c128equal(const void *p, const void *q)
{
	const double *a = p, *b = q;
	return a[0] == b[0] && a[1] == b[1];
}
_Bool gort_efaceequal(const void *p, const void *q)
{
	return gort_efaceeq(*(const GoEface *)p, *(const GoEface *)q);
}
_Bool gort_ifaceequal(const void *p, const void *q)
{
	return gort_ifaceeq(*(const GoIface *)p, *(const GoIface *)q);
}
