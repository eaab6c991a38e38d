/*
 * rt_alloc.c: memory allocation (Boehm GC for now) and gc's malloc size
 * classes.  Invariants: every result is zeroed; pointer-free requests go to
 * GC_MALLOC_ATOMIC (which does not zero, so we do); zero-size requests return
 * &gort_zerobase, which is never written.  The size-class table reproduces
 * the sizes of Go 1.19's classes so that cap() after append matches gc.
 * An allocation may run a collection, which needs ~30 KB of stack: on a small
 * goroutine stack segment it runs on a bigger one (rt_stack_ensure).
 */
#include "rt_impl.h"
#include "rt_stack.h"
#include <gc.h>
#include <stdlib.h>

uint64_t gort_zerobase;

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

/* Go 1.19's size classes (bytes); class 0 is unused. */
static const uint16_t class_size[] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
	19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
#define MAXSMALL 32768
#define PAGESIZE 8192

/* small_class[i]: smallest class of size >= i*8 (sizes up to 1024), built once. */
static uint8_t small_class[1024 / 8 + 1];
/* large_class[i]: smallest class of size >= 1024 + i*128 (up to 32768). */
static uint8_t large_class[(MAXSMALL - 1024) / 128 + 1];
static bool class_init;

static void init_classes(void)
{
	unsigned c = 0;
	for (unsigned i = 0; i < sizeof small_class; i++) {
		while (class_size[c] < i * 8)
			c++;
		small_class[i] = (uint8_t)c;
	}
	c = 0;
	for (unsigned i = 0; i < sizeof large_class; i++) {
		while (class_size[c] < 1024 + i * 128)
			c++;
		large_class[i] = (uint8_t)c;
	}
	class_init = true;
}

uintptr_t gort_roundupsize(uintptr_t size)
{
	if (size < MAXSMALL) {
		if (!class_init)
			init_classes();
		if (size <= 1024 - 8)
			return class_size[small_class[(size + 7) / 8]];
		return class_size[large_class[(size - 1024 + 127) / 128]];
	}
	if (size + PAGESIZE < size)
		return size;
	return (size + PAGESIZE - 1) & ~(uintptr_t)(PAGESIZE - 1);
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
