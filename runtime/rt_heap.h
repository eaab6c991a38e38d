/*
 * rt_heap.h: the precise collector's heap (rt_heap.c: pages, spans, size
 * classes, per-P caches; rt_gc.c: mark, sweep, pacing), private to the
 * runtime.  Not compiled into the Boehm variant (GOSUB_GC_BOEHM).
 *
 * The heap is one reserved range of address space (the arena): the page
 * table spanmap[] maps every page in use to its span, so "is this a heap
 * pointer, and which object" is a subtraction, a load and a division.
 * A span is a run of pages holding either objects of one size class (small)
 * or one large object.  Per object: an alloc bit (allocated since the last
 * sweep or live at it) and a mark bit; per word of a small scan span, a
 * pointer bit written at allocation from the type's gcdata.  A large
 * object keeps its element type and count instead.
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
	uintptr_t npages;
	struct RtSpan *next, *prev;  /* central list or page-heap free list */
	uint32_t elemsize;           /* small: class size; large: npages * page */
	uint32_t nelems;             /* 1 for large */
	uint32_t freeindex;          /* small: no free slot below it */
	uint32_t nalloc;             /* objects allocated (alloc bits set) */
	uint32_t divmul;             /* (2^32 / elemsize) + 1: slot index without a divide */
	uint32_t allidx;             /* index in allspans */
	uint64_t *allocbits;         /* nelems bits */
	uint64_t *markbits;
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
uint8_t rt_size_class(uintptr_t size);               /* 0 for > RT_MAXSMALL */
void rt_heap_init(void);
void *rt_heap_alloc(uintptr_t size, const GoType *t, uintptr_t n);
void rt_heap_flush_caches(void);                     /* world stopped */
void rt_heap_free_span(RtSpan *s);                   /* heap lock not held */
void rt_central_put(RtSpan *s);                      /* world stopped */
void rt_central_reset(void);                         /* world stopped */
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

/* rt_sched.c: the world */
int rt_cur_pid(void);                /* P held by this thread, -1 if none */
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
