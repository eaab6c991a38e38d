/*
 * rt_alloc.c: the allocation entry points and gc's malloc size classes, for
 * both collectors.  Invariants: every result is zeroed (except
 * rt_alloc_raw_noscan's); zero-size requests return &gort_zerobase, which is
 * never written.  The size-class table reproduces the sizes of Go 1.19's
 * classes so that cap() after append matches gc, and is the precise heap's
 * class table (rt_heap.c).
 *
 * Precise collector (default build): requests go to rt_heap_alloc with their
 * layout: a type and element count, NULL for pointer-free memory, or
 * RT_TYPE_ANYPTR for untyped runtime memory that may hold pointers (scanned
 * word by word).  An allocation may collect (rt_gc.c), which needs ~30 KB of
 * stack: on a small goroutine segment it runs on a bigger one.
 *
 * Boehm (GOSUB_GC_BOEHM, --gc=boehm): GC_MALLOC / GC_MALLOC_ATOMIC; this
 * file's Boehm section also holds runtime.GC and the memory statistics.
 */
#include "rt_impl.h"
#include "rt_stack.h"
#include <stdlib.h>
#ifdef GOSUB_GC_BOEHM
#include <gc.h>
#else
#include "rt_heap.h"
#endif

uint64_t gort_zerobase;
_Thread_local int rt_nogc;
/* A GoFrame whose desc is &rt_pin_desc is an RtPin (rt_impl.h): the precise
 * collector scans addr as n values of type (NULL type: keeps addr's object). */
const GoType rt_pin_desc = { .size = sizeof(RtPin) };

/* Go 1.19's size classes (bytes); class 0 is unused. */
const uint16_t rt_class_size[] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
	19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
#define MAXSMALL 32768
#define PAGESIZE 8192

/* rt_small_class[i]: smallest class of size >= i*8 (sizes up to 1024), built once. */
uint8_t rt_small_class[1024 / 8 + 1];
/* large_class[i]: smallest class of size >= 1024 + i*128 (up to 32768). */
static uint8_t large_class[(MAXSMALL - 1024) / 128 + 1];
static bool class_init;

static void init_classes(void)
{
	unsigned c = 0;
	for (unsigned i = 0; i < sizeof rt_small_class; i++) {
		while (rt_class_size[c] < i * 8)
			c++;
		rt_small_class[i] = (uint8_t)c;
	}
	c = 0;
	for (unsigned i = 0; i < sizeof large_class; i++) {
		while (rt_class_size[c] < 1024 + i * 128)
			c++;
		large_class[i] = (uint8_t)c;
	}
	class_init = true;
}

/* Size class of a small object (1..67), 0 for a large one. */
uint8_t rt_size_class(uintptr_t size)
{
	if (size > MAXSMALL)
		return 0;
	if (!class_init)
		init_classes();
	if (size <= 1024 - 8)
		return rt_small_class[(size + 7) / 8];
	return large_class[(size - 1024 + 127) / 128];
}

uintptr_t gort_roundupsize(uintptr_t size)
{
	if (size < MAXSMALL) {
		if (!class_init)
			init_classes();
		if (size <= 1024 - 8)
			return rt_class_size[rt_small_class[(size + 7) / 8]];
		return rt_class_size[large_class[(size - 1024 + 127) / 128]];
	}
	if (size + PAGESIZE < size)
		return size;
	return (size + PAGESIZE - 1) & ~(uintptr_t)(PAGESIZE - 1);
}

#ifdef GOSUB_GC_BOEHM
/* ---------------------------------------------------------------- Boehm */
static GORT_NORETURN void out_of_memory(size_t n)
{
	(void)n;
	gort_throw("runtime: out of memory");
}

static void *alloc(size_t n, bool scan);

typedef struct { size_t n; bool scan; void *p; } AllocArgs;

static void alloc_thunk(void *arg)
{
	AllocArgs *a = arg;
	a->p = alloc(a->n, a->scan);
}

void *rt_alloc_bytes(size_t n, bool scan)
{
	if (n == 0)
		return &gort_zerobase;
	if (GORT_UNLIKELY(rt_stack_avail() < RT_STACK_ALLOC_NEED)) {
		AllocArgs a = { n, scan, NULL };
		rt_stack_ensure(RT_STACK_ALLOC_NEED, alloc_thunk, &a);
		return a.p;
	}
	return alloc(n, scan);
}

static void *alloc(size_t n, bool scan)
{
	void *p;
	if (scan) {
		p = GC_MALLOC(n);
		if (!p)
			out_of_memory(n);
	} else {
		p = GC_MALLOC_ATOMIC(n);
		if (!p)
			out_of_memory(n);
		memset(p, 0, n);
	}
	return p;
}

void *gort_alloc(const GoType *t)
{
	return rt_alloc_bytes(t->size, t->ptrdata != 0);
}

void *gort_alloc_n(const GoType *elem, go_int n)
{
	if (n < 0 || (elem->size && (uintptr_t)n > RT_MAXALLOC / elem->size))
		gort_panic_plain("runtime: allocation size out of range");
	return rt_alloc_bytes((size_t)n * elem->size, elem->ptrdata != 0);
}

void *gort_alloc_noscan(size_t n)
{
	return rt_alloc_bytes(n, false);
}

void *gort_alloc_scan(size_t n)
{
	return rt_alloc_bytes(n, true);
}

/* Pointer-free memory whose contents the caller initialises entirely. */
static void raw_thunk(void *arg)
{
	AllocArgs *a = arg;
	a->p = rt_alloc_raw_noscan(a->n);
}

void *rt_alloc_raw_noscan(size_t n)
{
	void *p;
	if (n == 0)
		return &gort_zerobase;
	if (GORT_UNLIKELY(rt_stack_avail() < RT_STACK_ALLOC_NEED)) {
		AllocArgs a = { n, false, NULL };
		rt_stack_ensure(RT_STACK_ALLOC_NEED, raw_thunk, &a);
		return a.p;
	}
	p = GC_MALLOC_ATOMIC(n);
	if (!p)
		out_of_memory(n);
	return p;
}

static void gc_thunk(void *arg)
{
	(void)arg;
	GC_gcollect();
}

void gort_gc(void)
{
	rt_stack_ensure(RT_STACK_ALLOC_NEED, gc_thunk, NULL);
}

void gort_memstats(uint64_t *heap_alloc, uint64_t *total_alloc, uint64_t *num_gc)
{
	if (heap_alloc)
		*heap_alloc = (uint64_t)(GC_get_heap_size() - GC_get_free_bytes());
	if (total_alloc)
		*total_alloc = (uint64_t)GC_get_total_bytes();
	if (num_gc)
		*num_gc = (uint64_t)GC_get_gc_no();
}

void gort_readmemstats(uint64_t *st)
{
	memset(st, 0, sizeof(uint64_t) * GORT_MS_N);
	uint64_t heap = (uint64_t)GC_get_heap_size(), free = (uint64_t)GC_get_free_bytes();
	st[GORT_MS_ALLOC] = st[GORT_MS_HEAPALLOC] = heap - free;
	st[GORT_MS_TOTALALLOC] = (uint64_t)GC_get_total_bytes();
	st[GORT_MS_SYS] = st[GORT_MS_HEAPSYS] = heap;
	st[GORT_MS_HEAPINUSE] = heap - free;
	st[GORT_MS_HEAPIDLE] = free;
	st[GORT_MS_NUMGC] = (uint64_t)GC_get_gc_no();
	size_t ninuse, nfree, mapped;
	rt_stack_pool_stats(&ninuse, &nfree, &mapped);
	st[GORT_MS_STACKINUSE] = rt_stack_inuse_bytes();
	st[GORT_MS_STACKSYS] = mapped;
}

/* Finalizers are not run under Boehm (rt_final.c checks the arguments). */
void rt_setfinalizer(void *obj, GoFunc *fn, const GoType *ftype, const GoType *objtype)
{
	(void)obj;
	(void)fn;
	(void)ftype;
	(void)objtype;
}
#else
/* ---------------------------------------------------------------- precise */

void *rt_alloc_bytes(size_t n, bool scan)
{
	return rt_alloc_layout(n, scan ? RT_TYPE_ANYPTR : NULL, n);
}

typedef struct { size_t n; const GoType *t; uintptr_t cnt; void *p; } HeapArgs;

static void heap_thunk(void *arg)
{
	HeapArgs *a = arg;
	a->p = rt_heap_alloc(a->n, a->t, a->cnt);
}

void *rt_alloc_layout(size_t n, const GoType *t, uintptr_t cnt)
{
	if (n == 0)
		return &gort_zerobase;
	/* a collection needs stack; the fast path does not */
	if (GORT_UNLIKELY(rt_stack_avail() < RT_STACK_ALLOC_NEED)) {
		HeapArgs a = { n, t, cnt, NULL };
		rt_stack_ensure(RT_STACK_ALLOC_NEED, heap_thunk, &a);
		return a.p;
	}
	return rt_heap_alloc(n, t, cnt);
}

void *gort_alloc(const GoType *t)
{
	return rt_alloc_layout(t->size, t->ptrdata ? t : NULL, 1);
}

void *gort_alloc_n(const GoType *elem, go_int n)
{
	if (n < 0 || (elem->size && (uintptr_t)n > RT_MAXALLOC / elem->size))
		gort_panic_plain("runtime: allocation size out of range");
	return rt_alloc_layout((size_t)n * elem->size, elem->ptrdata ? elem : NULL, (uintptr_t)n);
}

void *gort_alloc_noscan(size_t n)
{
	return rt_alloc_layout(n, NULL, n);
}

void *gort_alloc_scan(size_t n)
{
	return rt_alloc_layout(n, RT_TYPE_ANYPTR, n);
}

void *rt_alloc_raw_noscan(size_t n)
{
	return rt_alloc_layout(n, NULL, n);
}

void gort_readmemstats(uint64_t *st)
{
	rt_read_memstats(st);
}
#endif
