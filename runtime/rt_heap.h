/*
 * rt_heap.h: the precise collector's heap (rt_heap.c: pages, spans, size
 * classes, per-P caches; rt_gc.c: mark, sweep, pacing), private to the
 * runtime.  Not compiled into the Boehm variant (GOSUB_GC_BOEHM).
 *
 * The heap is one reserved range of address space (the arena): the page
 * table spanmap[] maps every page in use to its span, so "is this a heap
 * pointer, and which object" is a subtraction, a load and a division.
 * A span is a run of pages holding either objects of one size class (small)
 * or one large object.  Per object: an alloc bit (live at the last sweep)
 * and a mark byte (a byte, not a bit: parallel markers
 * set it with a plain store, no atomic read-modify-write); per word of a small scan span, a
 * pointer bit written at allocation from the type's gcdata.  A large
 * object keeps its element type and count instead.
 *
 * An object is allocated if its alloc bit is set or its index is below the
 * span's freeindex: the allocator hands out free slots in index order and
 * writes no bitmap, only freeindex and alloccache (the free-slot bits of
 * the rest of freeindex's 64-slot block).  A span whose ptype is set has
 * that type's pointer bits in every slot, so allocating one more object of
 * the type writes no pointer bits either.
 */
#ifndef GOSUB_RT_HEAP_H
#define GOSUB_RT_HEAP_H

#include "rt_impl.h"

#define RT_PAGE_SHIFT 13
#define RT_PAGE_SIZE ((uintptr_t)1 << RT_PAGE_SHIFT)
#define RT_MAXSMALL 32768
#define RT_NCLASS 68                 /* size classes 1..67; 0 = large */
#define RT_NSPANCLASS (RT_NCLASS * 2)/* class << 1 | noscan */

/* "every word may be a pointer": untyped scan allocations (rt_alloc_bytes) */
#define RT_TYPE_ANYPTR ((const GoType *)1)

enum { SPAN_FREE = 1, SPAN_INUSE = 2 };

typedef struct RtSpan {
	uintptr_t base;              /* first byte */
	uint64_t alloccache;         /* bit k: slot freeindex + k is free (to its block's end) */
	uint32_t freeindex;          /* slots below it are allocated */
	uint32_t nalloc;             /* objects allocated */
	uint32_t elemsize;           /* small: class size; large: npages * page */
	uint32_t nelems;             /* 1 for large */
	const GoType *ptype;         /* small scan span: every slot has this type's bits (n = 1) */
	uintptr_t npages;
	struct RtSpan *next, *prev;  /* central list, unswept list or page-heap free list */
	uint32_t divmul;             /* (2^32 / elemsize) + 1: slot index without a divide */
	uint32_t allidx;             /* index in allspans */
	uint64_t *allocbits;         /* nelems bits */
	uint8_t *markbytes;          /* nelems rounded up to 64 bytes, 0 or 1 */
	uint64_t *finbits;           /* objects with a finalizer (NULL: none) */
	uint64_t *ptrbits;           /* small scan spans: a bit per word (word w: bit w%64 of [w/64]) */
	const GoType *ltype;         /* large: element type (NULL noscan, RT_TYPE_ANYPTR) */
	uintptr_t lcount;            /* large: elements */
	uint64_t freegen;            /* free span: the cycle that freed it */
	uint8_t state;               /* SPAN_* */
	uint8_t spanclass;           /* class << 1 | noscan; 0 for large */
	uint8_t noscan;
	uint8_t incache;             /* held by a per-P cache */
	uint8_t released;            /* free span: pages given back (madvise) */
	uint8_t pfresh;              /* small scan span: no pointer bits written yet */
} RtSpan;

/* Per-P cache: one span per span class; allocation from it takes no lock. */
typedef struct RtMCache {
	RtSpan *alloc[RT_NSPANCLASS];
	uint64_t nmalloc;            /* objects allocated through this cache */
	uint64_t bytes;              /* their bytes (slot sizes) */
} RtMCache;

/* rt_heap.c */
extern uintptr_t rt_arena_lo, rt_arena_used;
extern RtSpan **rt_spanmap;
extern RtSpan **rt_allspans;
extern uint32_t rt_nallspans;
extern const uint16_t rt_class_size[RT_NCLASS];
extern uint8_t rt_small_class[1024 / 8 + 1];         /* class of sizes <= 1016 by (size + 7) / 8 */
uint8_t rt_size_class(uintptr_t size);               /* 0 for > RT_MAXSMALL */
void rt_heap_init(void);
void *rt_heap_alloc(uintptr_t size, const GoType *t, uintptr_t n);
void rt_heap_flush_caches(void);                     /* world stopped */
void rt_heap_free_span(RtSpan *s);                   /* heap lock not held */
/* Lazy sweep: after marking, rt_sweep_start (world stopped) lists every span
 * as unswept; the allocator sweeps a span before it allocates from it, and
 * sweeps others when it needs pages; with more than one P a background
 * thread sweeps the rest (rt_sweep_some); rt_sweep_all finishes the job
 * (before the next mark, for runtime.GC, statistics and the heap verifier). */
void rt_sweep_start(uint64_t gen);                   /* world stopped; gen: span freegen */
void rt_sweep_all(void);
bool rt_sweep_some(const uint32_t *stop);            /* sweeps until *stop; true: all done */
uint32_t rt_unswept(void);                           /* spans left to sweep */
extern uint64_t rt_nfrees;                           /* atomic: objects freed by sweeps */
void rt_heap_scavenge(uint64_t gen, uintptr_t keep); /* return free pages to the OS */
void rt_heap_stats(uint64_t *sys, uint64_t *inuse, uint64_t *released);
uint64_t rt_heap_cache_stats(uint64_t *bytes);       /* world stopped: mallocs, bytes */
extern uint64_t rt_large_nmalloc, rt_large_bytes;   /* atomic */

static inline RtSpan *rt_span_of(uintptr_t p)
{
	if (p - rt_arena_lo >= rt_arena_used - rt_arena_lo)
		return NULL;
	return rt_spanmap[(p - rt_arena_lo) >> RT_PAGE_SHIFT];
}

/* nw (<= 64) pointer bits of the words from w0 */
static inline uint64_t rt_get_bits(const uint64_t *pb, uintptr_t w0, uintptr_t nw)
{
	uintptr_t i = w0 >> 6, sh = w0 & 63;
	uint64_t v = pb[i] >> sh;
	if (sh && sh + nw > 64)
		v |= pb[i + 1] << (64 - sh);
	return nw == 64 ? v : v & (((uint64_t)1 << nw) - 1);
}

static inline bool rt_obj_allocated(const RtSpan *s, uint32_t i)
{
	return i < s->freeindex || (s->allocbits[i >> 6] >> (i & 63) & 1);
}

/* The mark bytes of objects 64w..64w+63 as bits. */
static inline uint64_t rt_mark_word(const RtSpan *s, uint32_t w)
{
	uint64_t v = 0;
	for (int k = 0; k < 8; k++) {
		uint64_t x;
		memcpy(&x, s->markbytes + (size_t)w * 64 + k * 8, 8);
		v |= ((x * 0x0102040810204080ull) >> 56) << (k * 8);
	}
	return v;
}

static inline uint32_t rt_span_index(const RtSpan *s, uintptr_t p)
{
	return (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
}

/* rt_gc.c */
void rt_gc_init(void);
/* Called by the allocator's slow path with heap_live updated: collects if
 * the heap reached its goal and this context may (a goroutine holding a P,
 * no runtime lock held). */
void rt_gc_maybe(void);
extern uint64_t rt_heap_live;        /* atomic: bytes in objects allocated or live */
extern uint64_t rt_next_gc;          /* atomic */
extern int rt_gcstress;              /* GODEBUG=gcstress=1 */
void rt_gc_lazy(void);               /* a collection that leaves the sweep lazy (tests) */
extern uint64_t rt_gc_helper_scanned;/* atomic: objects the mark helpers scanned (tests) */

/* rt_sched.c: the world */
extern _Thread_local int rt_tls_pid;  /* rt_sched.c */
static inline int rt_cur_pid(void) { return rt_tls_pid; }   /* P held by this thread, -1 if none */
bool rt_can_gc(void);                /* a goroutine with a P, no lock held */
bool rt_stoptheworld(void);          /* false: another stop is in progress (we yielded) */
void rt_starttheworld(void);
int rt_nprocs(void);
void rt_forall_g(void (*fn)(GoG *g, bool running));
void rt_scan_timers(void (*mark)(uintptr_t p));
void rt_shrink_stacks(void);
void rt_ready_if_parked(GoG *g);
extern _Thread_local int rt_nogc;    /* > 0: allocations do not collect (a lock is held) */

/* rt_chan.c: scans the channel values of a parked goroutine's sudogs */
void rt_chan_scan_wait(GoG *g, void (*scan)(const void *p, const GoType *t, uintptr_t n));

#endif
