/*
 * rt_map.c: Go maps as open-addressing hash tables with one control byte per
 * slot, probed eight slots (one "group") at a time with SWAR bit tricks.
 *
 * Layout: one block per table, slots first (key, then value at valoff), then
 * cap control bytes.  ctrl = 0x80 empty, 0xFE deleted, else 0..0x7F = the top
 * 7 bits of the key's hash.  Groups are 8-aligned; the probe sequence visits
 * groups g, g+1, g+3, g+6, ... (triangular), which covers every group since
 * the group count is a power of two.
 *
 * Invariants:
 *   - cap is a power of two >= 8 (or 0 before the first insert);
 *   - growth_left = empty slots that may still be filled (load <= 7/8, or
 *     a full table of one group); probes stop after visiting every group;
 *   - a lookup stops at the first group containing an empty slot, so a slot
 *     may become empty on delete only if its group already has an empty slot
 *     (else it becomes a tombstone);
 *   - deleted slots are zeroed (no stale pointers, and a new entry's value
 *     slot starts zeroed);
 *   - a table is never rehashed in place: growth allocates a new block.
 *     An iterator keeps walking the block it started on; when the map has
 *     moved to a newer block it re-looks-up each key there, so entries
 *     deleted later are skipped and values are current (Go's semantics).
 *   - clear() bumps clearseq; iterators started before stop.
 *   - NaN keys never match: each insert adds an entry; hash is random.
 *
 * Precise collector: a table is allocated with the layout "cap slots of
 * slottype" (key bits, then value bits at valoff; the control bytes after
 * them hold no pointers), slottype built once per map type; the GoMap
 * itself has an exact layout too (slots, ctrl).
 */
#include "rt_impl.h"
#include <stdlib.h>

enum { KK_GENERIC, KK_64, KK_32, KK_STR };

#define CTRL_EMPTY 0x80
#define CTRL_DELETED 0xFE
#define LSB 0x0101010101010101ull
#define MSB 0x8080808080808080ull

struct GoMap {
	go_int count;                /* must stay first: gort_maplen */
	char *slots;
	uint8_t *ctrl;
	uintptr_t mask;              /* cap - 1, or 0 with no table */
	uintptr_t growth_left;
	uintptr_t seed;
	uint64_t clearseq;
	uint32_t keysize, valoff, valsize, slotsize;
	uint8_t kk;
	bool scan;                   /* slots hold pointers */
	const GoType *key;
	const GoType *slottype;      /* a slot's pointer layout (scan maps; malloc'd, shared) */
};

/* GoMap's own pointers: slots and ctrl (words 1, 2; the types are static) */
static const uint8_t gomap_gc[] = { 0x06 };
static const GoType gomap_type = {
	.kind = GOKIND_STRUCT, .size = sizeof(GoMap), .align = 8, .ptrdata = 24, .gcdata = gomap_gc,
};

#ifndef GOSUB_GC_BOEHM
/* Slot types by map type: an insert-only open-addressing table under a lock,
 * entries never freed (one per map type of the program). */
static struct { const GoType *mt; GoType *st; } *slottypes;
static uintptr_t nslottypes, slottypes_cap;
static RtLock slottypes_lock;

static const GoType *slot_type(const GoType *t, uintptr_t slotsize, uintptr_t valoff)
{
	const GoType *k = t->key, *v = t->elem;
	rt_lock(&slottypes_lock);
	if ((nslottypes + 1) * 2 > slottypes_cap) {
		uintptr_t ncap = slottypes_cap ? slottypes_cap * 2 : 64;
		__typeof__(slottypes) n = calloc(ncap, sizeof *n);
		if (n == NULL)
			gort_throw("out of memory");
		for (uintptr_t i = 0; i < slottypes_cap; i++)
			if (slottypes[i].mt) {
				uintptr_t j = ((uintptr_t)slottypes[i].mt >> 4) & (ncap - 1);
				while (n[j].mt)
					j = (j + 1) & (ncap - 1);
				n[j] = slottypes[i];
			}
		free(slottypes);
		slottypes = n;
		slottypes_cap = ncap;
	}
	uintptr_t j = ((uintptr_t)t >> 4) & (slottypes_cap - 1);
	while (slottypes[j].mt && slottypes[j].mt != t)
		j = (j + 1) & (slottypes_cap - 1);
	if (slottypes[j].mt == NULL) {
		/* pointer words are 8-aligned: a map with pointers has 8-aligned
		 * value offset and slot size */
		uintptr_t nw = slotsize / 8;
		GoType *st = calloc(1, sizeof *st);
		uint8_t *g = calloc(nw / 8 + 1, 1);
		if (st == NULL || g == NULL)
			gort_throw("out of memory");
		uintptr_t last = 0;
		for (uintptr_t w = 0; w < k->ptrdata / 8; w++)
			if (k->gcdata[w >> 3] & (1u << (w & 7))) {
				g[w >> 3] |= (uint8_t)(1u << (w & 7));
				last = w + 1;
			}
		for (uintptr_t w = 0; w < v->ptrdata / 8; w++)
			if (v->gcdata[w >> 3] & (1u << (w & 7))) {
				uintptr_t b = valoff / 8 + w;
				g[b >> 3] |= (uint8_t)(1u << (b & 7));
				last = b + 1;
			}
		st->kind = GOKIND_STRUCT;
		st->size = slotsize;
		st->align = 8;
		st->ptrdata = last * 8;
		st->gcdata = g;
		slottypes[j].mt = t;
		slottypes[j].st = st;
		nslottypes++;
	}
	const GoType *st = slottypes[j].st;
	rt_unlock(&slottypes_lock);
	return st;
}
#endif

static inline uint64_t mix(uint64_t a, uint64_t b)
{
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

static inline uint64_t load64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t match_h2(uint64_t g, uint8_t h2)
{
	uint64_t x = g ^ (LSB * h2);
	return (x - LSB) & ~x & MSB;
}

static inline uint64_t match_empty(uint64_t g)
{
	return g & (~g << 6) & MSB;
}

static inline uint64_t match_free(uint64_t g)   /* empty or deleted */
{
	return g & (~g << 7) & MSB;
}

static inline unsigned lowest(uint64_t m)
{
	return (unsigned)__builtin_ctzll(m) >> 3;
}

static inline uintptr_t hash_key(const GoMap *m, const void *key, int kk)
{
	switch (kk) {
	case KK_64: {
		uint64_t k;
		memcpy(&k, key, 8);
		return mix(k ^ 0x9e3779b97f4a7c15ull, m->seed);
	}
	case KK_32: {
		uint32_t k;
		memcpy(&k, key, 4);
		return mix(k ^ 0x9e3779b97f4a7c15ull, m->seed);
	}
	case KK_STR:
		return gort_strhash(key, m->seed);
	default:
		if (m->key->hashfn == NULL)
			gort_panic_unhashable(m->key);
		return m->key->hashfn(key, m->seed);
	}
}

static inline bool key_eq(const GoMap *m, const void *a, const void *b, int kk)
{
	switch (kk) {
	case KK_64:
		return memcmp(a, b, 8) == 0;
	case KK_32:
		return memcmp(a, b, 4) == 0;
	case KK_STR: {
		const GoString *x = a, *y = b;
		return x->len == y->len && (x->ptr == y->ptr || x->len == 0 ||
			memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
	}
	default:
		return m->key->equal(a, b);
	}
}

/* Finds key; returns its slot or NULL. */
static inline __attribute__((always_inline)) char *find(const GoMap *m, const void *key, uintptr_t h, int kk)
{
	if (m->mask == 0)
		return NULL;
	uint8_t h2 = (uint8_t)(h >> 57);
	uintptr_t pos = h & m->mask & ~(uintptr_t)7;
	for (uintptr_t step = 8;; step += 8) {
		uint64_t g = load64(m->ctrl + pos);
		for (uint64_t mt = match_h2(g, h2); mt; mt &= mt - 1) {
			char *slot = m->slots + (pos + lowest(mt)) * m->slotsize;
			if (key_eq(m, slot, key, kk))
				return slot;
		}
		if (match_empty(g) || step > m->mask)
			return NULL;    /* an empty slot ends the chain; or every group seen */
		pos = (pos + step) & m->mask;
	}
}

#define NO_SLOT ((uintptr_t)-1)

/* First free (empty or deleted) slot on key's probe sequence, or NO_SLOT. */
static inline uintptr_t find_free(const GoMap *m, uintptr_t h)
{
	uintptr_t pos = h & m->mask & ~(uintptr_t)7;
	for (uintptr_t step = 8;; step += 8) {
		uint64_t mt = match_free(load64(m->ctrl + pos));
		if (mt)
			return pos + lowest(mt);
		if (step > m->mask)
			return NO_SLOT;
		pos = (pos + step) & m->mask;
	}
}

/* Slots that may be filled: 7/8 of the table, all of a one-group table
 * (probing is bounded by the group count, so no empty slot is needed). */
static inline uintptr_t usable(uintptr_t cap)
{
	return cap == 8 ? 8 : cap - cap / 8;
}

static inline void copy_key(const GoMap *m, char *dst, const void *key, int kk)
{
	switch (kk) {
	case KK_64: memcpy(dst, key, 8); break;
	case KK_32: memcpy(dst, key, 4); break;
	case KK_STR: memcpy(dst, key, sizeof(GoString)); break;
	default: memcpy(dst, key, m->keysize); break;
	}
}

static void alloc_table(GoMap *m, uintptr_t cap)
{
	size_t slotbytes = (size_t)cap * m->slotsize;
	char *b = rt_alloc_layout(slotbytes + cap, m->scan ? m->slottype : NULL, cap);
	m->slots = b;
	m->ctrl = (uint8_t *)b + slotbytes;
	memset(m->ctrl, CTRL_EMPTY, cap);
	m->mask = cap - 1;
	m->growth_left = usable(cap);
}

static uintptr_t cap_for(uintptr_t n)
{
	uintptr_t cap = 8;
	while (usable(cap) < n)
		cap *= 2;
	return cap;
}

static void rehash(GoMap *m, int kk)
{
	char *oslots = m->slots;
	uint8_t *octrl = m->ctrl;
	uintptr_t ocap = m->mask ? m->mask + 1 : 0;
	/* Grow when live entries fill more than half the usable room, else just
	 * drop the tombstones. */
	uintptr_t ncap = ocap == 0 ? 8 : ((uintptr_t)m->count * 2 > usable(ocap) ? ocap * 2 : ocap);
	alloc_table(m, ncap);
	for (uintptr_t i = 0; i < ocap; i++) {
		if (octrl[i] & 0x80)
			continue;
		char *src = oslots + i * m->slotsize;
		uintptr_t h = kk == KK_GENERIC && !m->key->equal(src, src)
			? (uintptr_t)rt_fastrand() : hash_key(m, src, kk);
		uintptr_t j = find_free(m, h);
		m->ctrl[j] = (uint8_t)(h >> 57);
		memcpy(m->slots + j * m->slotsize, src, m->slotsize);
		m->growth_left--;
	}
}

/* rehash allocates: the map and the key being inserted may be held only by
 * the caller's temporaries */
static __attribute__((noinline)) void rehash_pinned(GoMap *m, const void *key, int kk)
{
	RtPin pm, pk;
	RT_PIN(pm, m, NULL, 1);
	RT_PIN(pk, key, m->key, 1);
	rehash(m, kk);
	RT_UNPIN(pk);
	RT_UNPIN(pm);
}

static inline __attribute__((always_inline)) char *assign(GoMap *m, const void *key, int kk)
{
	if (m == NULL)
		gort_panic_nilmap();
	uintptr_t h = hash_key(m, key, kk);
	char *slot = find(m, key, h, kk);
	if (slot) {
		/* gc overwrites the key too (visible for +0/-0 and for strings). */
		if (kk == KK_STR || kk == KK_GENERIC)
			copy_key(m, slot, key, kk);
		return slot + m->valoff;
	}
	if (m->mask == 0)
		rehash_pinned(m, key, kk);
	uintptr_t j = find_free(m, h);
	if (j == NO_SLOT || (m->ctrl[j] == CTRL_EMPTY && m->growth_left == 0)) {
		rehash_pinned(m, key, kk);
		j = find_free(m, h);
	}
	if (m->ctrl[j] == CTRL_EMPTY)
		m->growth_left--;
	m->ctrl[j] = (uint8_t)(h >> 57);
	slot = m->slots + j * m->slotsize;
	copy_key(m, slot, key, kk);
	m->count++;
	return slot + m->valoff;
}

/* ---------------------------------------------------------------- API */

static int key_kind(const GoType *k)
{
	switch (k->kind) {
	case GOKIND_INT: case GOKIND_INT64: case GOKIND_UINT: case GOKIND_UINT64:
	case GOKIND_UINTPTR: case GOKIND_POINTER: case GOKIND_CHAN: case GOKIND_UNSAFEPOINTER:
		return KK_64;
	case GOKIND_INT32: case GOKIND_UINT32:
		return KK_32;
	case GOKIND_STRING:
		return KK_STR;
	default:
		return KK_GENERIC;
	}
}

GoMap *gort_makemap(const GoType *t, go_int hint)
{
	const GoType *k = t->key, *v = t->elem;
	GoMap *m = rt_alloc_layout(sizeof *m, &gomap_type, 1);
	uintptr_t valign = v->align ? v->align : 1, kalign = k->align ? k->align : 1;
	uintptr_t valoff = (k->size + valign - 1) & ~(valign - 1);
	uintptr_t align = valign > kalign ? valign : kalign;
	m->keysize = (uint32_t)k->size;
	m->valoff = (uint32_t)valoff;
	m->valsize = (uint32_t)v->size;
	m->slotsize = (uint32_t)((valoff + v->size + align - 1) & ~(align - 1));
	if (m->slotsize == 0)
		m->slotsize = 1;
	m->kk = (uint8_t)key_kind(k);
	m->scan = k->ptrdata != 0 || v->ptrdata != 0;
#ifndef GOSUB_GC_BOEHM
	if (m->scan)
		m->slottype = slot_type(t, m->slotsize, valoff);
#endif
	m->key = k;
	m->seed = (uintptr_t)rt_fastrand() | 1;
	if (hint > 0) {
		if ((uintptr_t)hint > RT_MAXALLOC / (m->slotsize + 1))
			hint = 0;
		else {
			RtPin pm;
			RT_PIN(pm, m, NULL, 1);   /* only here until we return it */
			alloc_table(m, cap_for((uintptr_t)hint));
			RT_UNPIN(pm);
		}
	}
	return m;
}

static char zeroval[1024];

static inline void *zero_value(const GoType *t)
{
	if (t->elem->size <= sizeof zeroval)
		return zeroval;
	return rt_alloc_bytes(t->elem->size, false);
}

/* gc hashes the key even when the map is empty, so unhashable interface
 * keys panic consistently. */
static void hash_might_panic(const GoType *t, const void *key)
{
	const GoType *k = t->key;
	if (key_kind(k) == KK_GENERIC && k->hashfn != NULL &&
	    (k->kind == GOKIND_INTERFACE || k->kind == GOKIND_STRUCT || k->kind == GOKIND_ARRAY))
		(void)k->hashfn(key, 0);
}

static inline char *lookup(GoMap *m, const void *key)
{
	switch (m->kk) {
	case KK_64: return find(m, key, hash_key(m, key, KK_64), KK_64);
	case KK_32: return find(m, key, hash_key(m, key, KK_32), KK_32);
	case KK_STR: return find(m, key, hash_key(m, key, KK_STR), KK_STR);
	default: return find(m, key, hash_key(m, key, KK_GENERIC), KK_GENERIC);
	}
}

void *gort_mapaccess1(const GoType *t, GoMap *m, const void *key)
{
	if (m == NULL || m->count == 0) {
		hash_might_panic(t, key);
		return zero_value(t);
	}
	char *s = lookup(m, key);
	return s ? s + m->valoff : zero_value(t);
}

void *gort_mapaccess2(const GoType *t, GoMap *m, const void *key, go_bool *ok)
{
	if (m == NULL || m->count == 0) {
		hash_might_panic(t, key);
		*ok = 0;
		return zero_value(t);
	}
	char *s = lookup(m, key);
	*ok = s != NULL;
	return s ? s + m->valoff : zero_value(t);
}

void *gort_mapassign(const GoType *t, GoMap *m, const void *key)
{
	(void)t;
	if (m == NULL)
		gort_panic_nilmap();
	switch (m->kk) {
	case KK_64: return assign(m, key, KK_64);
	case KK_32: return assign(m, key, KK_32);
	case KK_STR: return assign(m, key, KK_STR);
	default: return assign(m, key, KK_GENERIC);
	}
}

void *gort_mapaccess1_fast64(const GoType *t, GoMap *m, uint64_t key)
{
	if (m == NULL || m->count == 0)
		return zero_value(t);
	char *s = find(m, &key, hash_key(m, &key, KK_64), KK_64);
	return s ? s + m->valoff : zero_value(t);
}

void *gort_mapaccess2_fast64(const GoType *t, GoMap *m, uint64_t key, go_bool *ok)
{
	char *s = (m == NULL || m->count == 0) ? NULL : find(m, &key, hash_key(m, &key, KK_64), KK_64);
	*ok = s != NULL;
	return s ? s + m->valoff : zero_value(t);
}

void *gort_mapassign_fast64(const GoType *t, GoMap *m, uint64_t key)
{
	(void)t;
	return assign(m, &key, KK_64);
}

void *gort_mapaccess1_faststr(const GoType *t, GoMap *m, GoString key)
{
	if (m == NULL || m->count == 0)
		return zero_value(t);
	char *s = find(m, &key, hash_key(m, &key, KK_STR), KK_STR);
	return s ? s + m->valoff : zero_value(t);
}

void *gort_mapaccess2_faststr(const GoType *t, GoMap *m, GoString key, go_bool *ok)
{
	char *s = (m == NULL || m->count == 0) ? NULL : find(m, &key, hash_key(m, &key, KK_STR), KK_STR);
	*ok = s != NULL;
	return s ? s + m->valoff : zero_value(t);
}

void *gort_mapassign_faststr(const GoType *t, GoMap *m, GoString key)
{
	(void)t;
	return assign(m, &key, KK_STR);
}

void gort_mapdelete(const GoType *t, GoMap *m, const void *key)
{
	if (m == NULL || m->count == 0) {
		hash_might_panic(t, key);
		return;
	}
	char *s = lookup(m, key);
	if (s == NULL)
		return;
	uintptr_t i = (uintptr_t)(s - m->slots) / m->slotsize;
	uintptr_t pos = i & ~(uintptr_t)7;
	memset(s, 0, m->slotsize);
	if (m->mask == 7 || match_empty(load64(m->ctrl + pos))) {
		m->ctrl[i] = CTRL_EMPTY;
		m->growth_left++;
	} else {
		m->ctrl[i] = CTRL_DELETED;
	}
	m->count--;
}

void gort_mapclear(const GoType *t, GoMap *m)
{
	(void)t;
	if (m == NULL)
		return;
	m->clearseq++;
	if (m->mask) {
		uintptr_t cap = m->mask + 1;
		memset(m->slots, 0, (size_t)cap * m->slotsize);
		memset(m->ctrl, CTRL_EMPTY, cap);
		m->growth_left = usable(cap);
	}
	m->count = 0;
}

/* ---------------------------------------------------------------- iteration */

void gort_mapiterinit(const GoType *t, GoMap *m, GoMapIter *it)
{
	memset(it, 0, sizeof *it);
	it->t = t;
	it->m = m;
	if (m == NULL || m->count == 0 || m->mask == 0) {
		it->mask = 0;
		it->i = 1;         /* nothing to walk */
		it->tab = NULL;
		return;
	}
	it->tab = m->slots;
	it->mask = m->mask;
	it->start = (uintptr_t)rt_fastrand() & m->mask;
	it->i = 0;
	it->clearseq = m->clearseq;
}

go_bool gort_mapiternext(GoMapIter *it)
{
	GoMap *m = it->m;
	if (it->tab == NULL)
		return 0;
	char *tab = it->tab;
	uintptr_t cap = it->mask + 1;
	const uint8_t *ctrl = (const uint8_t *)tab + cap * m->slotsize;
	if (m->clearseq != it->clearseq) {
		it->tab = NULL;
		return 0;
	}
	while (it->i < cap) {
		uintptr_t idx = (it->start + it->i) & it->mask;
		it->i++;
		if (ctrl[idx] & 0x80)
			continue;
		char *slot = tab + idx * m->slotsize;
		if (tab != m->slots) {
			/* The map moved to a new table: use the current entry. */
			if (m->kk != KK_GENERIC || m->key->equal(slot, slot)) {
				char *cur = lookup(m, slot);
				if (cur == NULL)
					continue;
				slot = cur;
			}
		}
		it->key = slot;
		it->val = slot + m->valoff;
		return 1;
	}
	it->tab = NULL;
	return 0;
}
