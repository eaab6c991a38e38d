/*
 * rt_stack.h: segmented goroutine stacks, private to the runtime (rt_stack.c).
 *
 * A goroutine's stack is a chain of segments.  Each segment is a block of
 * memory from a pooled allocator with its header (GoStackSeg) at the top; the
 * stack grows down from just below the header.  GoG.stack.cur is the segment
 * the goroutine runs on; older segments (callers) hang off cur->prev, and
 * cur->next is a spare kept for the next split.  gort_morestack (called by a
 * function whose entry check fails) switches to the next segment, runs the
 * function there and switches back.
 *
 * The scheduler's part (rt_sched.c):
 *
 *	top = rt_stack_init(g);        // new goroutine: its first segment; start it at top
 *	gort_stackguard = rt_stack_guard(g);   // on every switch to g (on g's M)
 *	rt_stack_scan(g, g->sched_sp, push);   // GC: a goroutine that is not running
 *	rt_stack_release(g);           // after switching away from a dead g
 *	rt_stack_thread_init();        // once on every M thread, before running goroutines
 *	rt_stack_start(g, fn, arg);    // run fn(arg) as g on a fresh first segment of g
 *	                               // (the main goroutine), returns when fn does
 *
 * Boehm: a thread's stack as Boehm scans it must be the segment its sp is in:
 * when fixing the stack bottom (suspend-signal wrapper, start of a
 * collection) use rt_stack_top_of(sp) when it is not NULL; push a switched-out
 * goroutine with rt_stack_scan(g, g->sched_sp, push) and the older segments
 * of a running one with rt_stack_scan_older(g, push).  Do not rely on Boehm's
 * thread scan for a running goroutine's current segment: in stack_test.c
 * (libgc 8.2.2, main thread) objects held only there were collected although
 * the bottom had been set at GC_EVENT_START.  rt_stack.c now pushes the
 * collecting thread's segment itself (push_self); for goroutines running on
 * other threads, push their current segment too (from the sp the thread was
 * stopped at, or whole [cur->lo, top) except for the main goroutine's big
 * first segment).  A trial wiring of rt_sched.c doing
 * so passed testdata/run with checks emitted.  Every M calls
 * rt_stack_thread_init (an alternate signal stack: fault handlers must not
 * run on a small segment).
 * Collections need ~30 KB of stack: runtime.GC (gort_gc) must run through
 * rt_stack_ensure(RT_STACK_ALLOC_NEED, ...) like rt_alloc.c does.
 *
 * Every Go function the compiler emits carries an entry check, so segments
 * are on.  GOSUB_BIGSTACKS=1 in the environment gives every goroutine one big
 * lazily committed segment with a guard page instead (64 MB; 1 GB for
 * rt_stack_start), the behaviour before segments, for comparisons and
 * debugging.
 */
#ifndef GOSUB_RT_STACK_H
#define GOSUB_RT_STACK_H

#include "gosub_rt.h"
#include <stdbool.h>

/* Segment header, at the top of its segment.  Written only by the goroutine
 * that owns the segment (and the pool, while the segment is free). */
struct GoStackSeg {
	GoStackSeg *prev;            /* older segment (the caller side), NULL for the first */
	GoStackSeg *next;            /* newer segment or spare; pool: free list link */
	char *lo;                    /* lowest address of the segment */
	size_t size;                 /* bytes, header included */
	void *saved_sp;              /* sp in prev when this segment was entered: prev's
	                                used part is [saved_sp, prev top) */
	size_t guard;                /* bytes of guard page below lo (big segments) */
};

/* A goroutine's first segment: 2 KiB, packed two to a page (no gap below),
 * so a parked goroutine costs 2 KiB of stack as in gc. */
#define RT_STACK_FIRST ((size_t)2048)
/* Bytes below the guard: runtime and C helpers called without an entry check
 * from the deepest Go frame run in it (rt_stack.c lists what must fit).  The
 * first segment's reserve is smaller: the helpers that run in it are
 * measured to fit (GOSUB_STACKDEBUG: at most 264 bytes) and the deep ones
 * switch stacks; bigger segments keep a gap below them as well.  704 bytes
 * (it was 1 KiB) leave room above the guard for a goroutine parked in a
 * net.Conn Read: its body with a `defer`, the Read chain and the entry
 * checks' estimates (twice each frame) stay on the first segment, so an
 * idle connection's goroutine costs 2 KiB of stack, not 2 + 4.  Programs
 * built at -O0 keep 1 KiB (gort_stack_first_reserve, rt_stack.c). */
#define RT_STACK_FIRST_RESERVE ((size_t)704)
#define RT_STACK_RESERVE ((size_t)2048)
/* The main goroutine's first segment: reserved, committed as touched, so C
 * code that recurses without entry checks keeps the room it had on the old
 * 1 GB main stack. */
#define RT_STACK_MAIN_FIRST ((size_t)1 << 29)
#define RT_STACK_LIMIT ((size_t)1000000000)    /* gc's maximum stack size */

void *rt_stack_init(GoG *g);
void *rt_stack_init_size(GoG *g, size_t size);
void rt_stack_release(GoG *g);
uintptr_t rt_stack_guard(GoG *g);
/* Returns the spare segments of g (not running) to the pool; false when the
 * pool was busy (it only tries the lock, so it is safe with the world
 * stopped).  Parked goroutines keep their spares otherwise: call it for
 * goroutines parked across a collection, as gc shrinks stacks. */
bool rt_stack_shrink(GoG *g);
void rt_stack_scan(GoG *g, void *sp, void (*push)(void *lo, void *hi));
void rt_stack_thread_init(void);
void rt_stack_start(GoG *g, void (*fn)(void *), void *arg);

void *rt_stack_top_of(const void *sp);
void rt_stack_scan_older(GoG *g, void (*push)(void *lo, void *hi));

/* The segment containing address p (any goroutine's), or NULL. */
GoStackSeg *rt_stack_seg_of(const void *p);
static inline void *rt_stack_seg_top(const GoStackSeg *s)
{
	return (void *)s;
}

/* Runs fn(arg) with at least n bytes of stack below the current sp: directly
 * if the current segment has them, else on a new segment.  C helpers that may
 * run deep (libc formatting, a Boehm collection) go through it. */
void rt_stack_ensure(size_t n, void (*fn)(void *), void *arg);
/* Bytes between sp and the low end of the current segment (SIZE_MAX when
 * the goroutine is not on segments, or runs on some other stack). */
static inline size_t rt_stack_avail(void)
{
	GoG *g = gort_curg;
	GoStackSeg *cur = g ? g->stack.cur : NULL;
	uintptr_t sp = GORT_SP();
	if (cur == NULL || sp < (uintptr_t)cur->lo || sp > (uintptr_t)cur)
		return SIZE_MAX;
	return sp - (uintptr_t)cur->lo;
}
/* Stack that C helpers need: allocation (a Boehm collection runs about
 * 30 KB deep), formatting with libc (snprintf: 3-6 KB). */
#define RT_STACK_ALLOC_NEED ((size_t)65536)
#define RT_STACK_PRINT_NEED ((size_t)16384)

/* The recovery path: sp is about to be reset (longjmp) to a frame containing
 * addr on an older segment; make that segment current again. */
void rt_stack_unwind(const void *addr);

/* Pool statistics for tests: segments handed out and currently free. */
void rt_stack_pool_stats(size_t *inuse, size_t *free, size_t *mapped);
/* Bytes of the pool's chunked segments handed out (runtime.MemStats.StackInuse;
 * a big segment, such as the main goroutine's first, is address space). */
size_t rt_stack_inuse_bytes(void);

#endif
