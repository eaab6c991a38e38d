/*
 * rt_gc.c: the precise collector: non-moving mark-sweep with the world
 * stopped, on the goroutine whose allocation crossed the heap goal.
 *
 * Roots, all exact:
 *   - package globals: the GoRoot entries of section gosub_roots (generated
 *     code and GORT_ROOT in runtime and stdlib C);
 *   - every goroutine's GC frame chain (GoFrame: desc->gcdata over the frame
 *     words), running or parked, and the main thread contexts (g0s); runtime
 *     C pins the values it holds across an allocation with RT_PIN frames on
 *     the same chain;
 *   - what the runtime holds for goroutines: entry arguments, defer records,
 *     panics, the values of parked channel operations (rt_chan.c), timers.
 * Heap objects are scanned with the pointer bits written at allocation
 * (small) or their element type (large).  Pointers that are not into an
 * allocated object (static data, stacks, free slots) are ignored; interior
 * pointers mark their object.
 *
 * Cycle: stop the world (rt_sched.c: every P idle at a safepoint or in a
 * system call), flush the per-P caches, mark from the roots with an explicit
 * stack, sweep every span (alloc bits := mark bits, empty spans back to the
 * page heap, spans with room back on the central lists), set the next goal
 * to live * (1 + GOGC/100), give back pages of spans free for a whole cycle,
 * start the world.  GODEBUG=gcstress=1 collects at every allocation, fills
 * freed objects with 0xde and checks after the sweep that everything
 * reachable is still allocated (the heap verifier); gctrace=1 prints a line
 * per cycle.
 *
 * Finalizers (runtime.SetFinalizer): objects with one are not freed when
 * unreachable; their finalizer is queued, the object and what it reaches are
 * marked, and a goroutine runs the queue.
 */
#ifndef GOSUB_GC_BOEHM
#include "rt_heap.h"
#include <stdio.h>
#include <stdlib.h>

extern const GoRoot __start_gosub_roots[] __attribute__((weak));
extern const GoRoot __stop_gosub_roots[] __attribute__((weak));

uint64_t rt_heap_live;
uint64_t rt_next_gc = 4 << 20;
int rt_gcstress;
static int gctrace;
static int64_t gcpercent = 100;     /* < 0: off */
static uint64_t ngc, pause_total, last_gc, pauses[256];
static uint64_t heap_marked, nfrees;
static uint64_t cycle;              /* completed cycles; span freegen */
static int gc_running;
static RtLock gclock;

/* ---------------------------------------------------------------- mark */

static uintptr_t *mstack;
static size_t mtop, mcap;

static void mpush(uintptr_t obj)
{
	if (mtop == mcap) {
		size_t cap = mcap ? mcap * 2 : 4096;
		uintptr_t *n = realloc(mstack, cap * sizeof *n);
		if (n == NULL)
			gort_throw("out of memory (mark stack)");
		mstack = n;
		mcap = cap;
	}
	mstack[mtop++] = obj;
}

static inline __attribute__((always_inline)) void markptr(uintptr_t p)
{
	RtSpan *s = rt_span_of(p);
	if (s == NULL || s->state != SPAN_INUSE)
		return;
	uint32_t i = rt_span_index(s, p);
	uint64_t bit = (uint64_t)1 << (i & 63);
	if (i >= s->nelems || !(s->allocbits[i >> 6] & bit) || (s->markbits[i >> 6] & bit))
		return;
	s->markbits[i >> 6] |= bit;
	if (!s->noscan)
		mpush(s->base + (uintptr_t)i * s->elemsize);
}

/* n values of type t at p (t NULL: p itself is the pointer). */
static void scan_typed(const void *p, const GoType *t, uintptr_t n)
{
	markptr((uintptr_t)p);
	if (t == NULL || t->ptrdata == 0)
		return;
	const uintptr_t *w = p;
	uintptr_t ew = t->size / 8, pw = t->ptrdata / 8;
	for (uintptr_t e = 0; e < n; e++, w += ew)
		for (uintptr_t k = 0; k < pw; k++)
			if (t->gcdata[k >> 3] & (1u << (k & 7)))
				markptr(w[k]);
}

static void scan_object(uintptr_t obj)
{
	RtSpan *s = rt_span_of(obj);
	const uintptr_t *w = (const uintptr_t *)obj;
	if (s->spanclass == 0) {
		const GoType *t = s->ltype;
		if (t == RT_TYPE_ANYPTR) {
			for (uintptr_t k = 0; k < s->lcount / 8; k++)
				markptr(w[k]);
		} else {
			scan_typed(w, t, s->lcount);
		}
		return;
	}
	uintptr_t nw = s->elemsize / 8, w0 = (obj - s->base) / 8;
	for (uintptr_t k = 0; k < nw; k += 64) {
		uintptr_t c = nw - k < 64 ? nw - k : 64;
		for (uint64_t b = rt_get_bits(s->ptrbits, w0 + k, c); b; b &= b - 1)
			markptr(w[k + (uintptr_t)__builtin_ctzll(b)]);
	}
}

static uint64_t nscanned;
/* Objects go from the mark stack through a small FIFO, prefetched on the
 * way in, so the scan of one overlaps the cache misses of the next few. */
#define PREFETCH_RING 8

static void drain(void)
{
	uintptr_t ring[PREFETCH_RING];
	unsigned head = 0, n = 0;
	for (;;) {
		while (n < PREFETCH_RING && mtop > 0) {
			uintptr_t obj = mstack[--mtop];
			__builtin_prefetch((const void *)obj);
			ring[(head + n++) % PREFETCH_RING] = obj;
		}
		if (n == 0)
			return;
		uintptr_t obj = ring[head];
		head = (head + 1) % PREFETCH_RING;
		n--;
		nscanned++;
		scan_object(obj);
	}
}

static void scan_frames(GoFrame *f)
{
	for (; f; f = f->prev) {
		const GoType *d = f->desc;
		if (d == NULL)
			continue;
		if (d == &rt_pin_desc) {
			RtPin *pin = (RtPin *)f;
			scan_typed(pin->addr, pin->type, pin->n);
			continue;
		}
		scan_typed(f, d, 1);
	}
}

static void scan_g(GoG *g, bool running)
{
	(void)running;
	scan_frames(g->frames);
	markptr((uintptr_t)g->entryarg);
	markptr((uintptr_t)g->param);
	for (GoDeferFrame *df = g->defers; df; df = df->prev)
		for (GoDefer *d = df->top; d; d = d->link) {
			markptr((uintptr_t)d);
			markptr((uintptr_t)d->arg);
		}
	for (GoPanic *p = g->panic; p; p = p->link) {
		markptr((uintptr_t)p);
		markptr((uintptr_t)p->arg.data);
	}
	rt_chan_scan_wait(g, scan_typed);
}

static void mark_roots(void)
{
	if (__start_gosub_roots)
		for (const GoRoot *r = __start_gosub_roots; r < __stop_gosub_roots; r++)
			scan_typed(r->addr, r->type, 1);
	rt_forall_g(scan_g);
	rt_scan_timers(markptr);
}

/* ---------------------------------------------------------------- finalizers */

typedef struct Fin {
	struct Fin *next;
	uintptr_t obj;
	GoFunc *fn;                  /* the finalizer's closure */
	const GoType *ftype;         /* its func type */
	const GoType *objtype;       /* obj's pointer type */
} Fin;

static Fin *fintab;                  /* registered (gclock) */
static Fin *finq;                    /* queued to run */
static bool fing_started;

static void finalizer_loop(void *arg)
{
	(void)arg;
	for (;;) {
		rt_lock(&gclock);
		Fin *f = finq;
		if (f)
			finq = f->next;
		rt_unlock(&gclock);
		if (f == NULL) {
			rt_park("finalizer wait");
			continue;
		}
		RtPin pin;
		RT_PIN(pin, (void *)f->obj, NULL, 1);
		RtPin pin2;
		RT_PIN(pin2, f->fn, NULL, 1);
		rt_run_finalizer(f->fn, f->ftype, (void *)f->obj, f->objtype);
		RT_UNPIN(pin2);
		RT_UNPIN(pin);
		free(f);
	}
}

static GoG *fing;

static void fing_entry(void *arg)
{
	fing = gort_curg;
	finalizer_loop(arg);
}

void rt_setfinalizer(void *obj, GoFunc *fn, const GoType *ftype, const GoType *objtype)
{
	RtSpan *s = rt_span_of((uintptr_t)obj);
	if (s == NULL || s->state != SPAN_INUSE)
		return;             /* not a heap object: never finalized (as gc for globals) */
	rt_lock(&gclock);
	Fin **pp = &fintab;
	for (; *pp; pp = &(*pp)->next)
		if ((*pp)->obj == (uintptr_t)obj)
			break;
	if (fn == NULL) {
		if (*pp) {
			Fin *f = *pp;
			*pp = f->next;
			free(f);
		}
		rt_unlock(&gclock);
		return;
	}
	if (*pp == NULL) {
		Fin *f = calloc(1, sizeof *f);
		if (f == NULL)
			gort_throw("out of memory");
		f->obj = (uintptr_t)obj;
		f->next = fintab;
		fintab = f;
		pp = &fintab;
	}
	(*pp)->fn = fn;
	(*pp)->ftype = ftype;
	(*pp)->objtype = objtype;
	bool start = !fing_started;
	fing_started = true;
	rt_unlock(&gclock);
	if (start)
		gort_go(fing_entry, NULL);
}

static bool is_marked(uintptr_t p)
{
	RtSpan *s = rt_span_of(p);
	uint32_t i = rt_span_index(s, p);
	return s->markbits[i >> 6] & ((uint64_t)1 << (i & 63));
}

/* Marks what the object at p points to, not the object itself. */
static void mark_referents(uintptr_t p)
{
	RtSpan *s = rt_span_of(p);
	if (s == NULL || s->state != SPAN_INUSE || s->noscan)
		return;
	uintptr_t obj = s->base + (uintptr_t)rt_span_index(s, p) * s->elemsize;
	const uintptr_t *w = (const uintptr_t *)obj;
	if (s->spanclass == 0 && s->ltype != RT_TYPE_ANYPTR) {
		const GoType *t = s->ltype;
		if (t == NULL || t->ptrdata == 0)
			return;
		uintptr_t ew = t->size / 8, pw = t->ptrdata / 8;
		for (uintptr_t e = 0; e < s->lcount; e++, w += ew)
			for (uintptr_t k = 0; k < pw; k++)
				if (t->gcdata[k >> 3] & (1u << (k & 7)))
					markptr(w[k]);
		return;
	}
	scan_object(obj);    /* small objects and untyped large ones: no self-mark */
}

/* After marking: unreachable finalizable objects are queued and resurrected
 * (with what they reach) until their finalizer has run.  What a finalizable
 * object points to is marked first, as if it were a root, so that when A
 * points to B and both have finalizers, only A's runs in this cycle and B's
 * waits until A is gone (Go's dependency order; test/mallocfin.go). */
static bool mark_finalizers(void)
{
	bool queued = false;
	for (Fin *f = fintab; f; f = f->next) {
		markptr((uintptr_t)f->fn);
		mark_referents(f->obj);
	}
	drain();
	for (Fin **pp = &fintab; *pp;) {
		Fin *f = *pp;
		if (!is_marked(f->obj)) {
			*pp = f->next;
			f->next = finq;
			finq = f;
			queued = true;
			continue;
		}
		pp = &f->next;
	}
	for (Fin *f = finq; f; f = f->next) {
		markptr(f->obj);
		markptr((uintptr_t)f->fn);
	}
	drain();
	return queued;
}

/* ---------------------------------------------------------------- sweep */

static uint64_t sweep(void)
{
	uint64_t live = 0, freed = 0;
	rt_central_reset();
	for (uint32_t k = 0; k < rt_nallspans;) {
		RtSpan *s = rt_allspans[k];
		uint32_t words = (s->nelems + 63) / 64, nalloc = 0;
		for (uint32_t w = 0; w < words; w++) {
			uint64_t dead = s->allocbits[w] & ~s->markbits[w];
			if (dead && rt_gcstress) {
				for (uint64_t d = dead; d; d &= d - 1) {
					uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(d);
					memset((void *)(s->base + (uintptr_t)i * s->elemsize), 0xde,
						s->spanclass ? s->elemsize : s->lcount * (s->ltype && s->ltype != RT_TYPE_ANYPTR ? s->ltype->size : 1));
				}
			}
			freed += (uint64_t)__builtin_popcountll(dead);
			s->allocbits[w] = s->markbits[w];
			s->markbits[w] = 0;
			nalloc += (uint32_t)__builtin_popcountll(s->allocbits[w]);
		}
		s->nalloc = nalloc;
		s->freeindex = 0;
		if (nalloc == 0) {
			s->freegen = cycle;
			rt_heap_free_span(s);    /* moves the last span to index k */
			continue;
		}
		live += (uint64_t)nalloc * (s->spanclass ? s->elemsize : s->npages << RT_PAGE_SHIFT);
		if (s->spanclass && nalloc < s->nelems)
			rt_central_put(s);
		k++;
	}
	nfrees += freed;
	return live;
}

/* gcstress's heap verifier: every object reachable from the roots must be
 * allocated.  Marks again from scratch, checking each pointer that lands in
 * a span on the way. */
static uint64_t verify_bad;
static uintptr_t verify_from, verify_to;

static void verify_fail(uintptr_t from, uintptr_t p)
{
	if (verify_bad++ == 0) {
		verify_from = from;
		verify_to = p;
	}
}

/* A pointer at an object boundary followed by a zero word is taken for the
 * data pointer of an empty string or slice, which generated code may leave
 * one past the end of its array (s[len(s):]): it is never dereferenced. */
static void verify_ptr_at(uintptr_t from, uintptr_t p)
{
	RtSpan *s = rt_span_of(p);
	if (s == NULL)
		return;
	if (from + 16 <= rt_arena_used && ((const uintptr_t *)from)[1] == 0 &&
	    (s->state != SPAN_INUSE || (p - s->base) % s->elemsize == 0))
		return;
	if (s->state != SPAN_INUSE) {
		verify_fail(from, p);
		return;
	}
	uint32_t i = rt_span_index(s, p);
	if (i < s->nelems && !(s->allocbits[i >> 6] & ((uint64_t)1 << (i & 63))))
		verify_fail(from, p);
}
#define verify_ptr(p) verify_ptr_at((uintptr_t)&(p), (p))

static void verify_heap(void)
{
	/* every word of every allocated scan object, and every root, points to
	 * an allocated object or outside the heap */
	for (uint32_t k = 0; k < rt_nallspans; k++) {
		RtSpan *s = rt_allspans[k];
		if (s->noscan)
			continue;
		for (uint32_t i = 0; i < s->nelems; i++) {
			if (!(s->allocbits[i >> 6] & ((uint64_t)1 << (i & 63))))
				continue;
			const uintptr_t *w = (const uintptr_t *)(s->base + (uintptr_t)i * s->elemsize);
			if (s->spanclass == 0) {
				if (s->ltype == RT_TYPE_ANYPTR) {
					for (uintptr_t j = 0; j < s->lcount / 8; j++)
						verify_ptr(w[j]);
				} else {
					uintptr_t ew = s->ltype->size / 8, pw = s->ltype->ptrdata / 8;
					for (uintptr_t e = 0; e < s->lcount; e++)
						for (uintptr_t j = 0; j < pw; j++)
							if (s->ltype->gcdata[j >> 3] & (1u << (j & 7)))
								verify_ptr(w[e * ew + j]);
				}
				continue;
			}
			uintptr_t nw = s->elemsize / 8, w0 = (uintptr_t)i * nw;
			for (uintptr_t j = 0; j < nw; j++)
				if (rt_get_bits(s->ptrbits, w0 + j, 1))
					verify_ptr(w[j]);
		}
	}
	if (verify_bad) {
		char buf[256];
		RtSpan *fs = rt_span_of(verify_from), *ts = rt_span_of(verify_to);
		snprintf(buf, sizeof buf, "gc: heap verifier: %llu pointers to freed objects; first at %#lx (object size %u) to %#lx (size %u)\n",
			(unsigned long long)verify_bad, (unsigned long)verify_from, fs ? fs->elemsize : 0,
			(unsigned long)verify_to, ts ? ts->elemsize : 0);
		rt_write_errs(buf);
		gort_throw("gc: heap verification failed");
	}
}

/* ---------------------------------------------------------------- the cycle */

static void gc_cycle(void *arg)
{
	bool forced = arg != NULL;
	int64_t t0 = gort_nanotime();
	uint64_t before = __atomic_load_n(&rt_heap_live, __ATOMIC_RELAXED);
	rt_heap_flush_caches();
	mtop = 0;
	mark_roots();
	drain();
	bool queued = fintab || finq ? mark_finalizers() : false;
	uint64_t live = sweep();
	if (rt_gcstress)
		verify_heap();
	cycle++;
	heap_marked = live;
	__atomic_store_n(&rt_heap_live, live, __ATOMIC_RELAXED);
	uint64_t goal = gcpercent < 0 ? UINT64_MAX : live + live * (uint64_t)gcpercent / 100;
	if (goal < ((uint64_t)4 << 20))
		goal = (uint64_t)4 << 20;
	__atomic_store_n(&rt_next_gc, goal, __ATOMIC_RELAXED);
	/* give back pages free since the previous cycle beyond 1/8 of the goal */
	if (cycle > 1)
		rt_heap_scavenge(cycle - 2, goal / 8);
	rt_shrink_stacks();
	int64_t t1 = gort_nanotime();
	uint64_t pause = (uint64_t)(t1 - t0);
	pauses[ngc % 256] = pause;
	pause_total += pause;
	ngc++;
	int64_t sec;
	int32_t nsec;
	gort_walltime(&sec, &nsec);
	last_gc = (uint64_t)sec * 1000000000u + (uint64_t)nsec;
	if (gctrace > 1) {
		char buf[100];
		snprintf(buf, sizeof buf, "gc: scanned %llu objects, %u spans\n", (unsigned long long)nscanned, rt_nallspans);
		rt_write_errs(buf);
	}
	nscanned = 0;
	if (gctrace) {
		char buf[200];
		snprintf(buf, sizeof buf, "gc %llu @%.3fs: %.3f ms stw, %llu->%llu MB, %llu MB goal, %d P%s\n",
			(unsigned long long)ngc, (double)t1 / 1e9, (double)pause / 1e6,
			(unsigned long long)(before >> 20), (unsigned long long)(live >> 20),
			(unsigned long long)(goal >> 20), rt_nprocs(), forced ? " (forced)" : "");
		rt_write_errs(buf);
	}
	if (queued && fing)
		rt_ready_if_parked(fing);
}

static void collect(bool forced)
{
	if (!rt_stoptheworld())
		return;           /* someone else collected meanwhile */
	__atomic_store_n(&gc_running, 1, __ATOMIC_RELAXED);
	rt_stack_ensure(RT_STACK_ALLOC_NEED, gc_cycle, forced ? (void *)1 : NULL);
	__atomic_store_n(&gc_running, 0, __ATOMIC_RELAXED);
	rt_starttheworld();
}

void rt_gc_maybe(void)
{
	if (!rt_gcstress && __atomic_load_n(&rt_heap_live, __ATOMIC_RELAXED) < __atomic_load_n(&rt_next_gc, __ATOMIC_RELAXED))
		return;
	if (rt_nogc > 0 || !rt_can_gc() || __atomic_load_n(&gc_running, __ATOMIC_RELAXED))
		return;
	collect(false);
}

void gort_gc(void)
{
	if (!rt_can_gc())
		return;
	collect(true);
}

void rt_gc_init(void)
{
	const char *s = getenv("GOGC");
	if (s && *s) {
		if (strcmp(s, "off") == 0)
			gcpercent = -1;
		else
			gcpercent = strtol(s, NULL, 10);
	}
	if (gcpercent < 0)
		rt_next_gc = UINT64_MAX;
	const char *d = getenv("GODEBUG");
	if (d) {
		if (strstr(d, "gctrace=1"))
			gctrace = 1;
		if (strstr(d, "gctrace=2"))
			gctrace = 2;
		if (strstr(d, "gcstress=1"))
			rt_gcstress = 1;
	}
	rt_heap_init();
}

/* ---------------------------------------------------------------- statistics */

void gort_memstats(uint64_t *heap_alloc, uint64_t *total_alloc, uint64_t *num_gc)
{
	uint64_t st[GORT_MS_N];
	rt_read_memstats(st);
	if (heap_alloc)
		*heap_alloc = st[GORT_MS_HEAPALLOC];
	if (total_alloc)
		*total_alloc = st[GORT_MS_TOTALALLOC];
	if (num_gc)
		*num_gc = st[GORT_MS_NUMGC];
}

void rt_read_memstats(uint64_t *st)
{
	bool stopped = rt_can_gc() && rt_stoptheworld();
	uint64_t sys, inuse, released, bytes;
	rt_heap_stats(&sys, &inuse, &released);
	uint64_t mallocs = rt_heap_cache_stats(&bytes);
	/* bytes in objects: walk the spans (cached spans are current: the world is stopped) */
	uint64_t alloc = 0, objects = 0;
	for (uint32_t k = 0; k < rt_nallspans; k++) {
		RtSpan *s = rt_allspans[k];
		alloc += (uint64_t)s->nalloc * (s->spanclass ? s->elemsize : s->npages << RT_PAGE_SHIFT);
		objects += s->nalloc;
	}
	size_t sinuse = 0, sfree = 0, smapped = 0;
	rt_stack_pool_stats(&sinuse, &sfree, &smapped);
	memset(st, 0, sizeof(uint64_t) * GORT_MS_N);
	st[GORT_MS_ALLOC] = alloc;
	st[GORT_MS_TOTALALLOC] = bytes;
	st[GORT_MS_SYS] = sys + smapped + (uint64_t)rt_nallspans * sizeof(RtSpan);
	st[GORT_MS_MALLOCS] = mallocs;
	st[GORT_MS_FREES] = nfrees;
	st[GORT_MS_HEAPALLOC] = alloc;
	st[GORT_MS_HEAPSYS] = sys;
	st[GORT_MS_HEAPIDLE] = sys - inuse;
	st[GORT_MS_HEAPINUSE] = inuse;
	st[GORT_MS_HEAPRELEASED] = released;
	st[GORT_MS_HEAPOBJECTS] = objects;
	st[GORT_MS_STACKINUSE] = sinuse;
	st[GORT_MS_STACKSYS] = smapped;
	st[GORT_MS_NEXTGC] = gcpercent < 0 ? 0 : __atomic_load_n(&rt_next_gc, __ATOMIC_RELAXED);
	st[GORT_MS_LASTGC] = last_gc;
	st[GORT_MS_PAUSETOTAL] = pause_total;
	st[GORT_MS_NUMGC] = ngc;
	st[GORT_MS_LASTPAUSE] = ngc ? pauses[(ngc - 1) % 256] : 0;
	if (stopped)
		rt_starttheworld();
}
#endif
