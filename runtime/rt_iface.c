/*
 * rt_iface.c: interfaces: boxing values into data words, itabs (built on
 * demand and cached per (interface, type) pair, misses included), type
 * assertions with gc's TypeAssertionError messages, interface equality and
 * calling Error()/String() through method tables.
 *
 * Invariants: boxed data is immutable once created (so static boxes for small
 * integers can be shared); an itab's fun[i] implements inter->imethods[i];
 * the itab cache only grows and is reachable from a global (a GC root).
 */
#include "rt_impl.h"

/* ---------------------------------------------------------------- boxing */

static uint64_t small_vals[256];

__attribute__((constructor)) static void init_small_vals(void)
{
	for (int i = 0; i < 256; i++)
		small_vals[i] = (uint64_t)i;
}

void *gort_box(const GoType *t, const void *v)
{
	if (t->flags & GOTYPE_POINTERSHAPED)
		return *(void *const *)v;
	uintptr_t n = t->size;
	if (n == 0)
		return &gort_zerobase;
	if (n <= 8 && t->ptrdata == 0) {
		uint64_t x = 0;
		memcpy(&x, v, n);
		if (x < 256)
			return &small_vals[x];
	}
	RtPin pin;
	RT_PIN(pin, v, t, 1);      /* v may be a temporary the caller does not keep */
	void *p = rt_alloc_layout(n, t->ptrdata ? t : NULL, 1);
	RT_UNPIN(pin);
	memcpy(p, v, n);
	return p;
}

void *gort_box_u64(uint64_t v)
{
	if (v < 256)
		return &small_vals[v];
	uint64_t *p = rt_alloc_bytes(8, false);
	*p = v;
	return p;
}

void *gort_box_u32(uint32_t v)
{
	if (v < 256)
		return &small_vals[v];
	uint32_t *p = rt_alloc_bytes(4, false);
	*p = v;
	return p;
}

void *gort_box_u16(uint16_t v)
{
	if (v < 256)
		return &small_vals[v];
	uint16_t *p = rt_alloc_bytes(2, false);
	*p = v;
	return p;
}

void *gort_box_u8(uint8_t v)
{
	return &small_vals[v];
}

void *gort_box_string(GoString s)
{
	static GoString empty;
	if (s.len == 0)
		return &empty;
	RtPin pin;
	RT_PIN(pin, (void *)s.ptr, NULL, 1);   /* s may be the only reference */
	GoString *p = rt_alloc_layout(sizeof *p, &gort_type_string, 1);
	RT_UNPIN(pin);
	*p = s;
	return p;
}

void *gort_box_slice(GoSlice s)
{
	RtPin pin;
	RT_PIN(pin, s.ptr, NULL, 1);
	GoSlice *p = rt_alloc_bytes(sizeof *p, true);
	RT_UNPIN(pin);
	*p = s;
	return p;
}

/* ---------------------------------------------------------------- itabs */

/* The itab cache: open addressing with linear probing over pointers to
 * immutable entries.  Readers take no lock: they load the table and each slot
 * with acquire ordering, and a slot is published (release) only after its
 * entry is complete.  Writers hold itab_lock; growing builds a whole new
 * table and publishes it, and the old one stays valid for readers still in it
 * (the collector frees it when nobody points at it). */
typedef struct {
	const GoType *inter, *type;
	const GoItab *tab;           /* NULL: type does not implement inter */
	const GoIMethod *missing;
} ItabEntry;

typedef struct {
	uintptr_t mask, count;
	ItabEntry *slot[];
} ItabTable;

/* an entry's one heap pointer: tab (word 2) */
static const uint8_t itabentry_gc[] = { 0x04 };
static const GoType itabentry_type = {
	.kind = GOKIND_STRUCT, .size = sizeof(ItabEntry), .align = 8, .ptrdata = 24, .gcdata = itabentry_gc,
};

static ItabTable *itab_table;
GORT_ROOT(itab_table, &gort_type_unsafeptr);
static RtLock itab_lock;

static inline uintptr_t itab_hash(const GoType *inter, const GoType *t)
{
	uint64_t h = ((uintptr_t)inter * 0x9e3779b97f4a7c15ull) ^ ((uintptr_t)t * 0xd6e8feb86659fd93ull);
	return (uintptr_t)(h ^ (h >> 29));
}

static bool gostr_eq(GoString a, GoString b)
{
	return gort_streq(a, b);
}

static bool method_matches(const GoMethod *m, const GoIMethod *im)
{
	if (!gostr_eq(m->name, im->name))
		return false;
	if ((m->pkgpath.len || im->pkgpath.len) && !gostr_eq(m->pkgpath, im->pkgpath))
		return false;
	if (m->mtype && im->mtype && !gort_type_eq(m->mtype, im->mtype))
		return false;
	return true;
}

static const GoItab *build_itab(const GoType *inter, const GoType *t, const GoIMethod **missing)
{
	uintptr_t n = inter->nimethods, nm = t->nmethods, j = 0;
	/* types and code only: nothing for the collector to scan */
	GoItab *tab = rt_alloc_bytes(sizeof(GoItab) + n * sizeof(tab->fun[0]), false);
	tab->inter = inter;
	tab->type = t;
	tab->hash = t->hash;
	for (uintptr_t i = 0; i < n; i++) {
		const GoIMethod *im = &inter->imethods[i];
		uintptr_t k;
		/* Both lists are sorted by name: resume where the last match was. */
		for (k = 0; k < nm; k++) {
			const GoMethod *m = &t->methods[(j + k) % nm];
			if (method_matches(m, im))
				break;
		}
		if (k == nm) {
			*missing = im;
			return NULL;
		}
		j = (j + k) % nm;
		tab->fun[i] = t->methods[j].ifn;
	}
	*missing = NULL;
	return tab;
}

static ItabEntry *itab_find(const GoType *inter, const GoType *t)
{
	ItabTable *tb = __atomic_load_n(&itab_table, __ATOMIC_ACQUIRE);
	if (tb == NULL)
		return NULL;
	for (uintptr_t i = itab_hash(inter, t) & tb->mask;; i = (i + 1) & tb->mask) {
		ItabEntry *e = __atomic_load_n(&tb->slot[i], __ATOMIC_ACQUIRE);
		if (e == NULL)
			return NULL;
		if (e->inter == inter && e->type == t)
			return e;
	}
}

/* Caller holds itab_lock; tb has room. */
static void itab_put(ItabTable *tb, ItabEntry *e)
{
	uintptr_t i = itab_hash(e->inter, e->type) & tb->mask;
	while (tb->slot[i])
		i = (i + 1) & tb->mask;
	__atomic_store_n(&tb->slot[i], e, __ATOMIC_RELEASE);
	tb->count++;
}

/* The bigger table is allocated with itab_lock released: an allocation may
 * collect, and stopping the world would wait for a P spinning on the lock. */
static ItabEntry *itab_add(ItabEntry *e)
{
	ItabTable *nt = NULL;
	uintptr_t ntsize = 0;
	for (;;) {
		rt_lock(&itab_lock);
		ItabEntry *old = itab_find(e->inter, e->type);
		if (old) {
			rt_unlock(&itab_lock);
			return old;
		}
		ItabTable *tb = itab_table;
		if (tb == NULL || (tb->count + 1) * 2 > tb->mask + 1) {
			uintptr_t n = tb ? (tb->mask + 1) * 2 : 64;
			if (nt == NULL || ntsize != n) {
				rt_unlock(&itab_lock);
				nt = rt_alloc_bytes(sizeof(ItabTable) + n * sizeof(ItabEntry *), true);
				ntsize = n;
				continue;   /* no collection between here and its use: nt stays */
			}
			nt->mask = n - 1;
			for (uintptr_t i = 0; tb && i <= tb->mask; i++)
				if (tb->slot[i])
					itab_put(nt, tb->slot[i]);
			__atomic_store_n(&itab_table, nt, __ATOMIC_RELEASE);
			tb = nt;
		}
		itab_put(tb, e);
		rt_unlock(&itab_lock);
		return e;
	}
}

static GoString missing_msg(const GoType *t, const GoType *inter, const GoIMethod *im)
{
	GoString parts[] = {
		gort_cstr("interface conversion: "), t->str, gort_cstr(" is not "), inter->str,
		gort_cstr(": missing method "), im->name,
	};
	return gort_concatstrings(parts, 6);
}

static GORT_NORETURN void panic_typeassert_msg(GoString msg)
{
	RtPin pin;
	RT_PIN(pin, &msg, &gort_type_string, 1);   /* a fresh concatenation */
	GoString *p = rt_alloc_bytes(sizeof *p, true);
	RT_UNPIN(pin);
	*p = msg;
	gort_panic(gort_eface(&rt_type_TypeAssertionError_ptr, p));
}

const GoItab *gort_getitab(const GoType *inter, const GoType *t, go_bool canfail)
{
	ItabEntry *e = itab_find(inter, t);
	if (e == NULL) {
		e = rt_alloc_layout(sizeof *e, &itabentry_type, 1);
		e->inter = inter;
		e->type = t;
		RtPin pin;
		RT_PIN(pin, e, NULL, 1);   /* the itab and the table grow under it */
		e->tab = build_itab(inter, t, &e->missing);
		e = itab_add(e);
		RT_UNPIN(pin);
	}
	if (e->tab == NULL && !canfail)
		panic_typeassert_msg(missing_msg(t, inter, e->missing));
	return e->tab;
}

GoIface gort_convI2I(const GoType *inter, GoIface i)
{
	GoIface r = { NULL, i.data };
	if (i.tab)
		r.tab = i.tab->inter == inter ? i.tab : gort_getitab(inter, i.tab->type, 0);
	return r;
}

/* ---------------------------------------------------------------- assertions */

void gort_panic_assert(const GoType *src, const GoType *have, const GoType *want)
{
	GoString inter = src ? src->str : gort_cstr("interface");
	if (have == NULL) {
		GoString parts[] = { gort_cstr("interface conversion: "), inter, gort_cstr(" is nil, not "), want->str };
		panic_typeassert_msg(gort_concatstrings(parts, 4));
	}
	if (want->kind == GOKIND_INTERFACE && want->nimethods > 0) {
		const GoIMethod *missing;
		if (build_itab(want, have, &missing) == NULL)
			panic_typeassert_msg(missing_msg(have, want, missing));
	}
	GoString parts[] = {
		gort_cstr("interface conversion: "), inter, gort_cstr(" is "), have->str,
		gort_cstr(", not "), want->str, gort_cstr(""),
	};
	if (gostr_eq(have->str, want->str))
		parts[6] = gostr_eq(have->pkgpath, want->pkgpath) ? gort_cstr(" (types from different scopes)")
			: gort_cstr(" (types from different packages)");
	panic_typeassert_msg(gort_concatstrings(parts, 7));
}

GoIface gort_assertE2I(const GoType *src, const GoType *inter, GoEface e)
{
	(void)src;
	if (e.type == NULL)
		gort_panic_assert(NULL, NULL, inter);
	GoIface r = { gort_getitab(inter, e.type, 0), e.data };
	return r;
}

go_bool gort_assertE2I2(const GoType *inter, GoEface e, GoIface *out)
{
	GoIface r = { NULL, NULL };
	if (e.type) {
		r.tab = gort_getitab(inter, e.type, 1);
		if (r.tab)
			r.data = e.data;
	}
	if (out)
		*out = r;
	return r.tab != NULL;
}

GoEface gort_assertE2E(const GoType *src, GoEface e)
{
	(void)src;
	if (e.type == NULL)
		gort_panic_assert(NULL, NULL, &gort_type_any);
	return e;
}

/* ---------------------------------------------------------------- equality */

static go_bool typed_eq(const GoType *t, void *x, void *y)
{
	if (t == NULL)
		return 1;
	if (t->equal == NULL)
		gort_panic_uncomparable(t);
	if (t->flags & GOTYPE_POINTERSHAPED)
		return x == y;
	return t->equal(x, y);   /* not x == y first: a boxed NaN is not equal to itself */
}

go_bool gort_efaceeq(GoEface a, GoEface b)
{
	if (!gort_type_eq(a.type, b.type))
		return 0;
	return typed_eq(a.type, a.data, b.data);
}

go_bool gort_ifaceeq(GoIface a, GoIface b)
{
	const GoType *ta = a.tab ? a.tab->type : NULL, *tb = b.tab ? b.tab->type : NULL;
	if (!gort_type_eq(ta, tb))
		return 0;
	return typed_eq(ta, a.data, b.data);
}

go_bool gort_efaceeq_val(GoEface e, const GoType *t, const void *v)
{
	if (!gort_type_eq(e.type, t))
		return 0;
	if (t->equal == NULL)
		gort_panic_uncomparable(t);
	if (t->flags & GOTYPE_POINTERSHAPED)
		return e.data == *(void *const *)v;
	return t->equal(e.data, v);
}

/* ---------------------------------------------------------------- method calls */

static GoString call_string_method(const GoType *inter, GoEface e, go_bool *ok)
{
	GoString r = { NULL, 0 };
	const GoItab *tab = e.type ? gort_getitab(inter, e.type, 1) : NULL;
	if (ok)
		*ok = tab != NULL;
	if (tab)
		r = ((GoString (*)(void *))tab->fun[0])(e.data);
	return r;
}

GoString gort_call_error(GoEface e, go_bool *ok)
{
	return call_string_method(&gort_type_error, e, ok);
}

GoString gort_call_string(GoEface e, go_bool *ok)
{
	return call_string_method(&rt_type_stringer, e, ok);
}
