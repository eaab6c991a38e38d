/*
 * rt_heap.c: the precise collector's allocator (see rt_heap.h for the data
 * structures).  Layers, each with its own lock discipline:
 *
 *   per-P cache (RtMCache)   one span per span class; the owner allocates from
 *                            it without locks (the next free slot from
 *                            alloccache, moving freeindex past it).
 *   central lists            per span class, spans with free slots (partial)
 *                            and spans not swept since the last mark
 *                            (unswept), under a lock each; a cache swaps its
 *                            full span for a partial one here, or for an
 *                            unswept one that has room once swept.
 *   page heap                runs of pages under heaplock: free runs by length
 *                            (1..127 pages, then one list), coalesced on free;
 *                            grown from the arena, pages of runs free for a
 *                            whole cycle given back with madvise.
 *
 * Invariants: an object is allocated (rt_obj_allocated) from allocation
 * until the sweep that finds it unmarked; a small scan span's pointer bits
 * for a slot are rewritten when the slot is allocated (unless the span's
 * ptype says they are right already); every object is zeroed before it is
 * returned.  The collector runs with the world stopped, after
 * rt_heap_flush_caches has put every cached span back on the central lists
 * and the background sweeper has stopped, so nothing here races with it.
 * Sweeping runs concurrently with allocation: a span is swept only by the
 * thread that took it off an unswept list, and nobody else touches an
 * unswept span.  Threads without a P (a runtime thread, g0 between Ps)
 * allocate through nopcache under nopcache_lock; they must not allocate
 * while the world is stopped (their objects would not be marked).
 */
#ifndef GOSUB_GC_BOEHM
#include "rt_heap.h"
#include <stdlib.h>
#include <sys/mman.h>

#define ARENA_BYTES ((uintptr_t)64 << 30)        /* reserved address space */
#define ARENA_COMMIT ((uintptr_t)64 << 20)       /* made accessible in these steps */
#define NFREELIST 128

uintptr_t rt_arena_lo, rt_arena_used;
RtSpan **rt_spanmap;
RtSpan **rt_allspans;
uint32_t rt_nallspans;
static uint32_t allspans_cap;
static uintptr_t arena_hi, arena_committed;

static RtLock heaplock;                  /* page heap, allspans, span structs */
static RtSpan *freelist[NFREELIST];      /* free runs of n pages; [0]: longer runs */
static RtSpan *spanpool;                 /* unused span structs */
static uint64_t heap_sys, heap_inuse, heap_released;   /* bytes, heaplock */
static uint8_t class_npages[RT_NCLASS];

/* per span class ([0]: large spans' unswept list only) */
static struct {
	RtLock lock;
	RtSpan *partial;
	RtSpan *unswept;             /* not swept since the last mark (linked by next) */
} central[RT_NSPANCLASS];

static uint32_t sweep_left;              /* atomic: spans on unswept lists (decremented when taken off) */
static uint64_t sweep_gen;               /* freegen of spans the current sweep frees */
static uint32_t reclaim_next;            /* atomic hint: span class reclaim looks at first */
uint64_t rt_nfrees;

static RtMCache pcache[256];
static RtMCache nopcache;
static RtLock nopcache_lock;

uint64_t rt_large_nmalloc, rt_large_bytes;

static GORT_NORETURN void oom(void)
{
	gort_throw("out of memory");
}

/* ---------------------------------------------------------------- arena */

void rt_heap_init(void)
{
	if (rt_arena_lo)
		return;
	void *a = mmap(NULL, ARENA_BYTES, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (a == MAP_FAILED)
		oom();
	void *m = mmap(NULL, (ARENA_BYTES >> RT_PAGE_SHIFT) * sizeof(RtSpan *), PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m == MAP_FAILED)
		oom();
	rt_spanmap = m;
	rt_arena_lo = rt_arena_used = arena_committed = (uintptr_t)a;
	(void)rt_size_class(1);     /* builds rt_small_class for the fast path */
	arena_hi = rt_arena_lo + ARENA_BYTES;
	/* Pages per span for each class: the fewest that waste at most 1/8. */
	for (int c = 1; c < RT_NCLASS; c++) {
		uintptr_t sz = rt_class_size[c], n = 1;
		while ((n * RT_PAGE_SIZE) % sz > n * RT_PAGE_SIZE / 8 || n * RT_PAGE_SIZE < sz)
			n++;
		class_npages[c] = (uint8_t)n;
	}
}

/* ---------------------------------------------------------------- page heap (heaplock) */

static RtSpan *span_new(void)
{
	RtSpan *s = spanpool;
	if (s) {
		spanpool = s->next;
	} else {
		s = malloc(sizeof *s);
		if (s == NULL)
			oom();
	}
	memset(s, 0, sizeof *s);
	return s;
}

static void span_dispose(RtSpan *s)
{
	s->next = spanpool;
	spanpool = s;
}

static void setmap(RtSpan *s, bool all)
{
	uintptr_t i = (s->base - rt_arena_lo) >> RT_PAGE_SHIFT;
	if (all) {
		for (uintptr_t k = 0; k < s->npages; k++)
			rt_spanmap[i + k] = s;
	} else {
		rt_spanmap[i] = s;
		rt_spanmap[i + s->npages - 1] = s;
	}
}

static void free_insert(RtSpan *s)
{
	RtSpan **l = &freelist[s->npages < NFREELIST ? s->npages : 0];
	s->prev = NULL;
	s->next = *l;
	if (*l)
		(*l)->prev = s;
	*l = s;
}

static void free_remove(RtSpan *s)
{
	RtSpan **l = &freelist[s->npages < NFREELIST ? s->npages : 0];
	if (s->prev)
		s->prev->next = s->next;
	else
		*l = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

static void allspans_add(RtSpan *s)
{
	if (rt_nallspans == allspans_cap) {
		uint32_t cap = allspans_cap ? allspans_cap * 2 : 1024;
		RtSpan **n = realloc(rt_allspans, sizeof *n * cap);
		if (n == NULL)
			oom();
		rt_allspans = n;
		allspans_cap = cap;
	}
	s->allidx = rt_nallspans;
	rt_allspans[rt_nallspans++] = s;
}

static void allspans_remove(RtSpan *s)
{
	RtSpan *last = rt_allspans[--rt_nallspans];
	rt_allspans[s->allidx] = last;
	last->allidx = s->allidx;
}

static RtSpan *grow(uintptr_t npages)
{
	uintptr_t bytes = npages << RT_PAGE_SHIFT;
	if (bytes > arena_hi - rt_arena_used)
		return NULL;
	uintptr_t end = rt_arena_used + bytes;
	if (end > arena_committed) {
		uintptr_t to = (end + ARENA_COMMIT - 1) & ~(ARENA_COMMIT - 1);
		if (to > arena_hi)
			to = arena_hi;
		if (mprotect((void *)arena_committed, to - arena_committed, PROT_READ | PROT_WRITE) != 0)
			return NULL;
		arena_committed = to;
	}
	RtSpan *s = span_new();
	s->base = rt_arena_used;
	s->npages = npages;
	__atomic_store_n(&rt_arena_used, end, __ATOMIC_RELEASE);
	heap_sys += bytes;
	return s;
}

/* A run of npages pages, taken out of the free lists or the arena. */
static RtSpan *pages_alloc(uintptr_t npages)
{
	RtSpan *s = NULL;
	for (uintptr_t n = npages; n < NFREELIST && s == NULL; n++)
		s = freelist[n];
	if (s == NULL) {
		/* best fit among the long runs */
		for (RtSpan *t = freelist[0]; t; t = t->next)
			if (t->npages >= npages && (s == NULL || t->npages < s->npages))
				s = t;
	}
	if (s) {
		free_remove(s);
		if (s->released)
			heap_released -= s->npages << RT_PAGE_SHIFT;
		if (s->npages > npages) {
			RtSpan *rest = span_new();
			rest->base = s->base + (npages << RT_PAGE_SHIFT);
			rest->npages = s->npages - npages;
			rest->state = SPAN_FREE;
			rest->released = s->released;
			rest->freegen = s->freegen;
			if (rest->released)
				heap_released += rest->npages << RT_PAGE_SHIFT;
			setmap(rest, false);
			free_insert(rest);
			s->npages = npages;
		}
	} else {
		s = grow(npages);
		if (s == NULL)
			return NULL;
	}
	s->state = SPAN_INUSE;
	s->released = 0;
	setmap(s, true);
	heap_inuse += npages << RT_PAGE_SHIFT;
	allspans_add(s);
	return s;
}

static void pages_free(RtSpan *s)
{
	allspans_remove(s);
	heap_inuse -= s->npages << RT_PAGE_SHIFT;
	free(s->allocbits);
	free(s->markbytes);
	free(s->finbits);
	free(s->ptrbits);
	uintptr_t base = s->base, npages = s->npages;
	uint64_t gen = s->freegen;
	bool released = false;
	memset(s, 0, sizeof *s);
	s->base = base;
	s->npages = npages;
	s->state = SPAN_FREE;
	s->freegen = gen;
	/* Coalesce with free neighbours: the merged run counts as unreleased. */
	uintptr_t pi = (base - rt_arena_lo) >> RT_PAGE_SHIFT;
	if (pi > 0) {
		RtSpan *l = rt_spanmap[pi - 1];
		if (l && l->state == SPAN_FREE) {
			free_remove(l);
			if (l->released)
				heap_released -= l->npages << RT_PAGE_SHIFT;
			s->base = l->base;
			s->npages += l->npages;
			span_dispose(l);
		}
	}
	uintptr_t ni = pi + npages;
	if (rt_arena_lo + (ni << RT_PAGE_SHIFT) < rt_arena_used) {
		RtSpan *r = rt_spanmap[ni];
		if (r && r->state == SPAN_FREE) {
			free_remove(r);
			if (r->released)
				heap_released -= r->npages << RT_PAGE_SHIFT;
			s->npages += r->npages;
			span_dispose(r);
		}
	}
	s->released = released;
	setmap(s, false);
	free_insert(s);
}

void rt_heap_free_span(RtSpan *s)
{
	rt_lock(&heaplock);
	pages_free(s);
	rt_unlock(&heaplock);
}

/* Gives back the pages of free runs that stayed free since cycle gen, keeping
 * at most keep bytes of unreleased free pages. */
void rt_heap_scavenge(uint64_t gen, uintptr_t keep)
{
	rt_lock(&heaplock);
	uintptr_t idle = heap_sys - heap_inuse - heap_released;
	for (int i = 0; i < NFREELIST && idle > keep; i++)
		for (RtSpan *s = freelist[i]; s && idle > keep; s = s->next) {
			if (s->released || s->freegen > gen)
				continue;
			uintptr_t bytes = s->npages << RT_PAGE_SHIFT;
			madvise((void *)s->base, bytes, MADV_DONTNEED);
			s->released = 1;
			heap_released += bytes;
			idle -= bytes;
		}
	rt_unlock(&heaplock);
}

void rt_heap_stats(uint64_t *sys, uint64_t *inuse, uint64_t *released)
{
	rt_lock(&heaplock);
	*sys = heap_sys;
	*inuse = heap_inuse;
	*released = heap_released;
	rt_unlock(&heaplock);
}

/* ---------------------------------------------------------------- spans */

static void *xcalloc(size_t n)
{
	void *p = calloc(1, n);
	if (p == NULL)
		oom();
	return p;
}

static RtSpan *span_alloc_small(uint8_t sc)
{
	uint8_t cls = sc >> 1;
	rt_lock(&heaplock);
	RtSpan *s = pages_alloc(class_npages[cls]);
	rt_unlock(&heaplock);
	if (s == NULL)
		oom();
	s->spanclass = sc;
	s->noscan = sc & 1;
	s->elemsize = rt_class_size[cls];
	s->nelems = (uint32_t)((s->npages << RT_PAGE_SHIFT) / s->elemsize);
	s->divmul = (uint32_t)(((uint64_t)1 << 32) / s->elemsize + 1);
	s->alloccache = ~(uint64_t)0;
	size_t words = (s->nelems + 63) / 64;
	s->allocbits = xcalloc(words * 8);
	s->markbytes = xcalloc(words * 64);
	if (!s->noscan) {
		s->ptrbits = xcalloc((s->npages << RT_PAGE_SHIFT) / 64 + 8);   /* + a word for put_bits */
		s->pfresh = 1;
	}
	return s;
}

/* ---------------------------------------------------------------- central lists */

static void central_push_locked(uint8_t sc, RtSpan *s)
{
	s->prev = NULL;
	s->next = central[sc].partial;
	if (s->next)
		s->next->prev = s;
	central[sc].partial = s;
}

static RtSpan *sweep_span(RtSpan *s);
static void reclaim(uintptr_t npages);

/* A span with free slots for a cache: from the central list, else the first
 * unswept span of the class that has room after its sweep, else new. */
static RtSpan *central_get(uint8_t sc)
{
	RtSpan *s;
	for (;;) {
		RtSpan *u = NULL;
		rt_lock(&central[sc].lock);
		s = central[sc].partial;
		if (s) {
			central[sc].partial = s->next;
			if (s->next)
				s->next->prev = NULL;
			s->next = NULL;
		} else if ((u = central[sc].unswept) != NULL) {
			central[sc].unswept = u->next;
			u->next = NULL;
			__atomic_sub_fetch(&sweep_left, 1, __ATOMIC_RELAXED);
		}
		rt_unlock(&central[sc].lock);
		if (u == NULL)
			break;
		/* a full span stays off the lists (allspans has it) until the next mark */
		if ((u = sweep_span(u)) != NULL && u->nalloc < u->nelems) {
			s = u;
			break;
		}
	}
	if (s == NULL) {
		reclaim(class_npages[sc >> 1]);
		s = span_alloc_small(sc);
	}
	s->incache = 1;
	__atomic_add_fetch(&rt_heap_live, (uint64_t)(s->nelems - s->nalloc) * s->elemsize, __ATOMIC_RELAXED);
	return s;
}

/* A cache gives a span back: listed again only if it has free slots (full
 * spans are found by the sweep through allspans). */
static void central_return(RtSpan *s)
{
	s->incache = 0;
	/* free slots it did not use are not live */
	__atomic_sub_fetch(&rt_heap_live, (uint64_t)(s->nelems - s->nalloc) * s->elemsize, __ATOMIC_RELAXED);
	if (s->nalloc < s->nelems) {
		uint8_t sc = s->spanclass;
		rt_lock(&central[sc].lock);
		central_push_locked(sc, s);
		rt_unlock(&central[sc].lock);
	}
}

/* ---------------------------------------------------------------- lazy sweep */

/* Sweeps s, taken off its unswept list by the caller (so no other thread
 * touches it): alloc bits := mark bits.  Returns s, or NULL when it held no
 * live object and went back to the page heap. */
static RtSpan *sweep_span(RtSpan *s)
{
	uint32_t words = (s->nelems + 63) / 64, nalloc = 0;
	uint64_t freed = 0;
	for (uint32_t w = 0; w < words; w++) {
		uint64_t marked = rt_mark_word(s, w);
		uint64_t alloc = s->allocbits[w];
		if (s->freeindex > w * 64)     /* slots handed out below freeindex */
			alloc |= s->freeindex >= w * 64 + 64 ? ~(uint64_t)0 : ((uint64_t)1 << (s->freeindex - w * 64)) - 1;
		uint64_t dead = alloc & ~marked;
		if (dead && rt_gcstress) {
			for (uint64_t d = dead; d; d &= d - 1) {
				uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(d);
				memset((void *)(s->base + (uintptr_t)i * s->elemsize), 0xde,
					s->spanclass ? s->elemsize : s->lcount * (s->ltype && s->ltype != RT_TYPE_ANYPTR ? s->ltype->size : 1));
			}
		}
		freed += (uint64_t)__builtin_popcountll(dead);
		s->allocbits[w] = marked;
		if (marked)
			memset(s->markbytes + (size_t)w * 64, 0, 64);
		nalloc += (uint32_t)__builtin_popcountll(s->allocbits[w]);
	}
	s->nalloc = nalloc;
	s->freeindex = 0;
	s->alloccache = ~s->allocbits[0];
	__atomic_add_fetch(&rt_nfrees, freed, __ATOMIC_RELAXED);
	if (nalloc == 0) {
		s->freegen = sweep_gen;
		rt_heap_free_span(s);
		return NULL;
	}
	return s;
}

/* Pops and sweeps one unswept span of class sc; a small span with room goes
 * on the central list.  Returns the pages it freed, -1 if none was left. */
static intptr_t sweep_one(uint8_t sc)
{
	rt_lock(&central[sc].lock);
	RtSpan *s = central[sc].unswept;
	if (s) {
		central[sc].unswept = s->next;
		__atomic_sub_fetch(&sweep_left, 1, __ATOMIC_RELAXED);
	}
	rt_unlock(&central[sc].lock);
	if (s == NULL)
		return -1;
	s->next = NULL;
	uintptr_t np = s->npages;
	if ((s = sweep_span(s)) == NULL)
		return (intptr_t)np;
	if (s->spanclass && s->nalloc < s->nelems) {
		rt_lock(&central[sc].lock);
		central_push_locked(sc, s);
		rt_unlock(&central[sc].lock);
	}
	return 0;
}

/* Before taking npages new pages: sweeps spans of any class until as many
 * pages came free (or none is left unswept), so that garbage of one class
 * makes room for another instead of growing the heap. */
static void reclaim(uintptr_t npages)
{
	uintptr_t got = 0;
	while (got < npages && __atomic_load_n(&sweep_left, __ATOMIC_RELAXED) > 0) {
		uint32_t sc = __atomic_load_n(&reclaim_next, __ATOMIC_RELAXED) % RT_NSPANCLASS;
		intptr_t r = sweep_one((uint8_t)sc);
		if (r < 0)
			__atomic_store_n(&reclaim_next, sc + 1, __ATOMIC_RELAXED);
		else
			got += (uintptr_t)r;
	}
}

void rt_sweep_start(uint64_t gen)
{
	for (int i = 0; i < RT_NSPANCLASS; i++)
		central[i].partial = central[i].unswept = NULL;
	for (uint32_t k = 0; k < rt_nallspans; k++) {
		RtSpan *s = rt_allspans[k];
		s->prev = NULL;
		s->next = central[s->spanclass].unswept;
		central[s->spanclass].unswept = s;
	}
	sweep_gen = gen;
	__atomic_store_n(&sweep_left, rt_nallspans, __ATOMIC_RELAXED);
}

void rt_sweep_all(void)
{
	for (int i = 0; i < RT_NSPANCLASS; i++)
		while (sweep_one((uint8_t)i) >= 0)
			;
}

bool rt_sweep_some(const uint32_t *stop)
{
	for (int i = 0; i < RT_NSPANCLASS; i++)
		while (sweep_one((uint8_t)i) >= 0)
			if (__atomic_load_n(stop, __ATOMIC_RELAXED))
				return false;
	return true;
}

uint32_t rt_unswept(void)
{
	return __atomic_load_n(&sweep_left, __ATOMIC_RELAXED);
}

static void flush_cache(RtMCache *c)
{
	for (int i = 0; i < RT_NSPANCLASS; i++)
		if (c->alloc[i]) {
			central_return(c->alloc[i]);
			c->alloc[i] = NULL;
		}
}

void rt_heap_flush_caches(void)
{
	for (int i = 0; i < 256; i++)
		flush_cache(&pcache[i]);
	flush_cache(&nopcache);
}

uint64_t rt_heap_cache_stats(uint64_t *bytes)
{
	uint64_t n = 0, b = 0;
	for (int i = 0; i < 256; i++) {
		n += pcache[i].nmalloc;
		b += pcache[i].bytes;
	}
	n += nopcache.nmalloc + __atomic_load_n(&rt_large_nmalloc, __ATOMIC_RELAXED);
	b += nopcache.bytes + __atomic_load_n(&rt_large_bytes, __ATOMIC_RELAXED);
	*bytes = b;
	return n;
}

/* ---------------------------------------------------------------- allocation */

/* Next free slot of s, or -1.  Slots are taken in index order: the slot
 * becomes allocated by moving freeindex past it. */
static inline int32_t span_take(RtSpan *s)
{
	uint32_t fi = s->freeindex;
	uint64_t c = s->alloccache;
	if (c == 0) {
		/* the rest of the cached block is taken: load the next blocks' free bits */
		for (fi = (fi + 63) & ~63u;; fi += 64) {
			if (fi >= s->nelems) {
				s->freeindex = s->nelems;
				return -1;
			}
			if ((c = ~s->allocbits[fi >> 6]) != 0)
				break;
		}
	}
	uint32_t k = (uint32_t)__builtin_ctzll(c), i = fi + k;
	if (i >= s->nelems) {
		s->freeindex = s->nelems;
		s->alloccache = 0;
		return -1;
	}
	s->alloccache = c >> k >> 1;
	s->freeindex = i + 1;
	s->nalloc++;
	return (int32_t)i;
}

/* Writes nw (<= 64) pointer bits from w0. */
static inline void put_bits(uint64_t *pb, uintptr_t w0, uintptr_t nw, uint64_t v)
{
	uintptr_t i = w0 >> 6, sh = w0 & 63;
	uint64_t m = nw == 64 ? ~(uint64_t)0 : (((uint64_t)1 << nw) - 1);
	pb[i] = (pb[i] & ~(m << sh)) | (v << sh);
	if (sh && sh + nw > 64)
		pb[i + 1] = (pb[i + 1] & ~(m >> (64 - sh))) | (v >> (64 - sh));
}

/* The first pw (<= 64) bits of a type's pointer bitmap. */
static inline uint64_t type_bits(const GoType *t, uintptr_t pw)
{
	if (pw <= 8)                /* most structs: one byte, no copy loop */
		return t->gcdata[0] & ((1u << pw) - 1);
	uint64_t v = 0;
	for (uintptr_t b = 0; b < (pw + 7) / 8; b++)
		v |= (uint64_t)t->gcdata[b] << (b * 8);
	return pw == 64 ? v : v & (((uint64_t)1 << pw) - 1);
}

/* Pointer bits of slot i: n elements of t, then zeros.  Slots of up to 64
 * words (512 bytes) take one or two word stores. */
static void set_ptrbits(RtSpan *s, uint32_t i, const GoType *t, uintptr_t n)
{
	uintptr_t nw = s->elemsize / 8, w0 = (uintptr_t)i * nw;
	uint64_t *pb = s->ptrbits;
	if (nw <= 64) {
		uint64_t v;
		if (t == RT_TYPE_ANYPTR) {
			v = nw == 64 ? ~(uint64_t)0 : (((uint64_t)1 << nw) - 1);
		} else {
			uintptr_t ew = t->size / 8, pw = t->ptrdata / 8;
			uint64_t e = type_bits(t, pw);
			v = e;
			for (uintptr_t k = 1; k < n; k++)
				v |= e << (k * ew);
		}
		put_bits(pb, w0, nw, v);
		return;
	}
	for (uintptr_t w = 0; w < nw; w += 64)
		put_bits(pb, w0 + w, nw - w < 64 ? nw - w : 64, 0);
	if (t == RT_TYPE_ANYPTR) {
		for (uintptr_t w = 0; w < nw; w += 64)
			put_bits(pb, w0 + w, nw - w < 64 ? nw - w : 64, ~(uint64_t)0 >> (nw - w < 64 ? 64 - (nw - w) : 0));
		return;
	}
	uintptr_t ew = t->size / 8, pw = t->ptrdata / 8;
	const uint8_t *g = t->gcdata;
	for (uintptr_t e = 0; e < n; e++) {
		uintptr_t b = w0 + e * ew;
		for (uintptr_t w = 0; w < pw; w++)
			if (g[w >> 3] & (1u << (w & 7)))
				pb[(b + w) >> 6] |= (uint64_t)1 << ((b + w) & 63);
	}
}

/* Small objects are zeroed with inline stores, not a memset call. */
static inline void zero(void *p, uintptr_t n)
{
	uint64_t *w = p;
	switch (n) {
	case 8: w[0] = 0; return;
	case 16: w[0] = w[1] = 0; return;
	case 24: w[0] = w[1] = w[2] = 0; return;
	case 32: w[0] = w[1] = w[2] = w[3] = 0; return;
	default: memset(p, 0, n);
	}
}

/* Pointer bits for slot i of s, which does not have ptype's: the first
 * object of a fresh span lays its type's bits in every slot (later ones of
 * the type then write none); any other object makes the span mixed. */
static void type_slot(RtSpan *s, uint32_t i, const GoType *t, uintptr_t n)
{
	uintptr_t nw = s->elemsize / 8;
	if (s->pfresh && n == 1 && t != RT_TYPE_ANYPTR && nw <= 64) {
		s->pfresh = 0;
		s->ptype = t;
		uint64_t v = type_bits(t, t->ptrdata / 8);
		if (64 % nw == 0) {
			/* slots tile a word: store the repeated pattern a word at a time */
			uint64_t pat = 0;
			for (uintptr_t k = 0; k < 64; k += nw)
				pat |= v << k;
			uintptr_t words = ((uintptr_t)s->nelems * nw + 63) / 64;
			for (uintptr_t w = 0; w < words; w++)
				s->ptrbits[w] = pat;
			return;
		}
		for (uint32_t j = 0; j < s->nelems; j++)
			put_bits(s->ptrbits, (uintptr_t)j * nw, nw, v);
		return;
	}
	s->pfresh = 0;
	s->ptype = NULL;
	set_ptrbits(s, i, t, n);
}

static RtMCache *cur_cache(bool *locked)
{
	int id = rt_cur_pid();
	if (id >= 0) {
		*locked = false;
		return &pcache[id];
	}
	rt_lock(&nopcache_lock);
	*locked = true;
	return &nopcache;
}

static void *alloc_large(uintptr_t size, const GoType *t, uintptr_t n)
{
	uintptr_t npages = (size + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
	if (npages > ARENA_BYTES >> RT_PAGE_SHIFT)
		oom();
	__atomic_add_fetch(&rt_heap_live, npages << RT_PAGE_SHIFT, __ATOMIC_RELAXED);
	rt_gc_maybe();
	reclaim(npages);
	rt_lock(&heaplock);
	RtSpan *s = pages_alloc(npages);
	rt_unlock(&heaplock);
	if (s == NULL)
		oom();
	s->elemsize = (uint32_t)(npages << RT_PAGE_SHIFT > UINT32_MAX ? UINT32_MAX : npages << RT_PAGE_SHIFT);
	s->nelems = 1;
	s->divmul = 0;              /* every offset is object 0 */
	s->noscan = t == NULL;
	s->ltype = t;
	s->lcount = n;
	s->allocbits = xcalloc(8);
	s->markbytes = xcalloc(64);
	s->allocbits[0] = 1;
	s->alloccache = 0;
	s->nalloc = 1;
	memset((void *)s->base, 0, size);
	__atomic_add_fetch(&rt_large_nmalloc, 1, __ATOMIC_RELAXED);
	__atomic_add_fetch(&rt_large_bytes, npages << RT_PAGE_SHIFT, __ATOMIC_RELAXED);
	return (void *)s->base;
}

/* size bytes holding n elements of t (t NULL: no pointers). */
void *rt_heap_alloc(uintptr_t size, const GoType *t, uintptr_t n)
{
	if (size == 0)
		return &gort_zerobase;
	if (GORT_UNLIKELY(rt_gcstress))
		rt_gc_maybe();
	uint8_t cls = size <= 1024 - 8 ? rt_small_class[(size + 7) >> 3] : rt_size_class(size);
	if (cls == 0)
		return alloc_large(size, t, n);
	uint8_t sc = (uint8_t)(cls << 1 | (t == NULL));
	bool locked;
	RtMCache *c = cur_cache(&locked);
	RtSpan *s = c->alloc[sc];
	int32_t i = s ? span_take(s) : -1;
	if (GORT_UNLIKELY(i < 0)) {
		if (s)
			central_return(s);
		c->alloc[sc] = NULL;
		if (!locked) {
			/* may collect (and switch Ps): look the cache up again */
			rt_gc_maybe();
			c = cur_cache(&locked);
		}
		s = c->alloc[sc];
		if (s == NULL || (i = span_take(s)) < 0) {
			if (s)
				central_return(s);
			s = central_get(sc);
			c->alloc[sc] = s;
			i = span_take(s);
		}
	}
	c->nmalloc++;
	c->bytes += s->elemsize;
	void *p = (void *)(s->base + (uintptr_t)i * s->elemsize);
	zero(p, s->elemsize);
	if (t && (t != s->ptype || n != 1))
		type_slot(s, (uint32_t)i, t, n);
	if (locked)
		rt_unlock(&nopcache_lock);
	return p;
}
#endif
