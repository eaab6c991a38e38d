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
 * system call), finish the previous cycle's sweep, flush the per-P caches,
 * mark from the roots in parallel (one worker per P, below), list every span
 * as unswept (rt_heap.c sweeps them lazily: alloc bits := mark bits, empty
 * spans back to the page heap, spans with room on the central lists), set
 * the next goal to live (the bytes marked) * (1 + GOGC/100), give back pages
 * of spans free for a whole cycle, start the world and the background
 * sweeper.  runtime.GC sweeps everything before it returns.  GODEBUG=gcstress=1 collects at every allocation, fills
 * freed objects with 0xde and checks after the sweep that everything
 * reachable is still allocated (the heap verifier); gcstresscycles=N stops
 * the stress after N cycles (the suite's time box); gctrace=1 prints a line
 * per cycle.
 *
 * Finalizers (runtime.SetFinalizer): objects with one are not freed when
 * unreachable; their finalizer is queued, the object and what it reaches are
 * marked, and a goroutine runs the queue.
 */
#ifndef GOSUB_GC_BOEHM
#include "rt_heap.h"
#include <stdio.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdlib.h>

extern const GoRoot __start_gosub_roots[] __attribute__((weak));
extern const GoRoot __stop_gosub_roots[] __attribute__((weak));

uint64_t rt_heap_live;
uint64_t rt_next_gc = 4 << 20;
int rt_gcstress;
/* GODEBUG=gcstresscycles=N: gcstress stops after N cycles (a time box for long
 * programs in the suite's stress run); 0: never */
static uint64_t gcstress_cycles;
static int gctrace;
static int64_t gc_start_ns;      /* gort_nanotime at start-up: gctrace's @ times */
static int64_t gcpercent = 100;     /* < 0: off */
static uint64_t ngc, pause_total, last_gc, pauses[256];
static uint64_t heap_marked;
static uint64_t cycle;              /* completed cycles; span freegen */
static int gc_running;
static RtLock gclock;

/* ---------------------------------------------------------------- mark */

/* Parallel marking.  Worker 0 is the collecting goroutine's thread; workers
 * 1.. are helper threads (one per other P, started at the first parallel
 * cycle) that sleep on a futex between cycles: the other Ps are stopped, so
 * their cores are free.  Each worker drains its own mark stack; one that
 * holds more than a buffer while another waits hands a buffer of objects to
 * the shared queue (wq).  Marking ends when every worker waits on an empty
 * queue.  Marks are bytes (rt_heap.h), so concurrent marking needs no
 * atomic read-modify-write. */
#define MAXWORKERS 16
#define WBUF 256

typedef struct WorkBuf {
	struct WorkBuf *next;
	uint32_t n;
	uintptr_t obj[WBUF];
} WorkBuf;

/* A cache line each: the fields change at every object, and two workers
 * sharing a line made parallel marking hardly faster than one worker. */
typedef struct Worker {
	uintptr_t *stack;
	size_t top, cap;
	uint64_t scanned;            /* objects scanned this cycle */
	uint64_t marked;             /* bytes of the objects this worker marked */
} __attribute__((aligned(64))) Worker;

static Worker workers[MAXWORKERS];
static struct {
	RtLock lock;
	WorkBuf *full, *empty;
	uint32_t nwait;              /* workers waiting for work (read atomically) */
	uint32_t nfull;              /* buffers on full (read atomically) */
	uint32_t nactive;            /* workers taking part in this drain */
	uint32_t seq;                /* futex: bumped when work comes or marking ends */
	uint32_t done;
} wq;
static uint32_t nhelpers;            /* helper threads started */
static uint32_t helper_gen;          /* futex: bumped to start the helpers */
static uint32_t helpers_left;        /* futex: helpers still in this drain */
uint64_t rt_gc_helper_scanned;
static uint64_t nshare, nsleep;       /* objects scanned by helpers, all cycles (tests) */

static void mpush(Worker *w, uintptr_t obj)
{
	if (w->top == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 4096;
		uintptr_t *n = realloc(w->stack, cap * sizeof *n);
		if (n == NULL)
			gort_throw("out of memory (mark stack)");
		w->stack = n;
		w->cap = cap;
	}
	w->stack[w->top++] = obj;
}

static inline __attribute__((always_inline)) void markptr(Worker *w, uintptr_t p)
{
	RtSpan *s = rt_span_of(p);
	if (s == NULL || s->state != SPAN_INUSE)
		return;
	uint32_t i = rt_span_index(s, p);
	if (i >= s->nelems || !rt_obj_allocated(s, i) ||
	    __atomic_load_n(&s->markbytes[i], __ATOMIC_RELAXED))
		return;
	/* two workers may both get here for one object: both scan it, which
	 * marks nothing twice; only its bytes count twice in the live total */
	__atomic_store_n(&s->markbytes[i], 1, __ATOMIC_RELAXED);
	w->marked += s->spanclass ? s->elemsize : s->npages << RT_PAGE_SHIFT;
	if (!s->noscan)
		mpush(w, s->base + (uintptr_t)i * s->elemsize);
}

/* Marks what n values of type t at p point to (t NULL: nothing). */
static void scan_elems(Worker *wk, const void *p, const GoType *t, uintptr_t n)
{
	if (t == NULL || t->ptrdata == 0)
		return;
	const uintptr_t *w = p;
	uintptr_t ew = t->size / 8, pw = t->ptrdata / 8;
	for (uintptr_t e = 0; e < n; e++, w += ew)
		for (uintptr_t k = 0; k < pw; k++)
			if (t->gcdata[k >> 3] & (1u << (k & 7)))
				markptr(wk, w[k]);
}

static void scan_object(Worker *wk, uintptr_t obj)
{
	RtSpan *s = rt_span_of(obj);
	const uintptr_t *w = (const uintptr_t *)obj;
	if (s->spanclass == 0) {
		const GoType *t = s->ltype;
		if (t == RT_TYPE_ANYPTR) {
			for (uintptr_t k = 0; k < s->lcount / 8; k++)
				markptr(wk, w[k]);
		} else {
			scan_elems(wk, w, t, s->lcount);
		}
		return;
	}
	uintptr_t nw = s->elemsize / 8, w0 = (obj - s->base) / 8;
	for (uintptr_t k = 0; k < nw; k += 64) {
		uintptr_t c = nw - k < 64 ? nw - k : 64;
		for (uint64_t b = rt_get_bits(s->ptrbits, w0 + k, c); b; b &= b - 1)
			markptr(wk, w[k + (uintptr_t)__builtin_ctzll(b)]);
	}
}

/* Roots are marked by worker 0 (the callbacks of rt_sched.c and rt_chan.c
 * take no worker). */
static void root_markptr(uintptr_t p)
{
	markptr(&workers[0], p);
}

static void scan_typed(const void *p, const GoType *t, uintptr_t n)
{
	markptr(&workers[0], (uintptr_t)p);   /* p itself may be a heap object */
	scan_elems(&workers[0], p, t, n);
}

/* Hands half of w's stack (at most WBUF objects, the oldest: near the roots,
 * so likely the biggest subgraphs) to the queue and wakes a waiter. */
static void share(Worker *w)
{
	rt_lock(&wq.lock);
	WorkBuf *b = wq.empty;
	if (b)
		wq.empty = b->next;
	rt_unlock(&wq.lock);
	if (b == NULL && (b = malloc(sizeof *b)) == NULL)
		return;            /* keep the work */
	__atomic_add_fetch(&nshare, 1, __ATOMIC_RELAXED);
	size_t n = w->top / 2 < WBUF ? w->top / 2 : WBUF;
	b->n = (uint32_t)n;
	memcpy(b->obj, w->stack, n * sizeof *w->stack);
	memmove(w->stack, w->stack + n, (w->top - n) * sizeof *w->stack);
	w->top -= n;
	rt_lock(&wq.lock);
	b->next = wq.full;
	wq.full = b;
	__atomic_add_fetch(&wq.nfull, 1, __ATOMIC_RELAXED);
	bool wake = wq.nwait > 0;
	if (wake)
		__atomic_add_fetch(&wq.seq, 1, __ATOMIC_RELEASE);
	rt_unlock(&wq.lock);
	if (wake)
		rt_futex_wake(&wq.seq, 1);
}

/* A buffer from the queue onto w's stack, or false when marking is over
 * (every worker waits and the queue is empty). */
static bool getwork(Worker *w)
{
	rt_lock(&wq.lock);
	for (;;) {
		WorkBuf *b = wq.full;
		if (b) {
			wq.full = b->next;
			__atomic_sub_fetch(&wq.nfull, 1, __ATOMIC_RELAXED);
			rt_unlock(&wq.lock);
			for (uint32_t k = 0; k < b->n; k++)
				mpush(w, b->obj[k]);
			rt_lock(&wq.lock);
			b->next = wq.empty;
			wq.empty = b;
			rt_unlock(&wq.lock);
			return true;
		}
		if (wq.done) {
			rt_unlock(&wq.lock);
			return false;
		}
		if (__atomic_add_fetch(&wq.nwait, 1, __ATOMIC_RELAXED) == wq.nactive) {
			wq.done = 1;
			__atomic_add_fetch(&wq.seq, 1, __ATOMIC_RELEASE);
			rt_unlock(&wq.lock);
			rt_futex_wake(&wq.seq, INT32_MAX);
			return false;
		}
		uint32_t seq = __atomic_load_n(&wq.seq, __ATOMIC_ACQUIRE);
		rt_unlock(&wq.lock);
		__atomic_add_fetch(&nsleep, 1, __ATOMIC_RELAXED);
		rt_futex_wait(&wq.seq, seq, -1);
		rt_lock(&wq.lock);
		__atomic_sub_fetch(&wq.nwait, 1, __ATOMIC_RELAXED);
	}
}

/* Objects go from the mark stack through a small FIFO, prefetched on the
 * way in, so the scan of one overlaps the cache misses of the next few. */
#define PREFETCH_RING 8
#define SHARE_EAGER 8              /* stack depth for sharing before anyone waits */

static void drain_worker(Worker *w)
{
	uintptr_t ring[PREFETCH_RING];
	unsigned head = 0, n = 0;
	for (;;) {
		while (n < PREFETCH_RING && w->top > 0) {
			uintptr_t obj = w->stack[--w->top];
			__builtin_prefetch((const void *)obj);
			ring[(head + n++) % PREFETCH_RING] = obj;
		}
		if (n == 0) {
			if (!getwork(w))
				return;
			continue;
		}
		uintptr_t obj = ring[head];
		head = (head + 1) % PREFETCH_RING;
		n--;
		w->scanned++;
		scan_object(w, obj);
		/* Share with a waiter that no buffer is on its way to; and keep
		 * one buffer in the queue while the stack is deep, so a worker
		 * that runs dry takes it at once instead of sleeping until a
		 * share wakes it (binarytrees: 32 sleeps a cycle). */
		if (w->top > 1) {
			uint32_t nf = __atomic_load_n(&wq.nfull, __ATOMIC_RELAXED);
			if (__atomic_load_n(&wq.nwait, __ATOMIC_RELAXED) > nf ||
			    (nf == 0 && w->top >= SHARE_EAGER && __atomic_load_n(&wq.nactive, __ATOMIC_RELAXED) > 1))
				share(w);
		}
	}
}

/* Sleeps until the futex word *seq moves on from seen; returns its value. */
static uint32_t await_bump(uint32_t *seq, uint32_t seen)
{
	uint32_t g;
	while ((g = __atomic_load_n(seq, __ATOMIC_ACQUIRE)) == seen)
		rt_futex_wait(seq, seen, -1);
	return g;
}

static void *helper_main(void *arg)
{
	Worker *w = arg;
	uint32_t seen = 0;
	for (;;) {
		seen = await_bump(&helper_gen, seen);
		if ((uint32_t)(w - workers) < __atomic_load_n(&wq.nactive, __ATOMIC_RELAXED)) {
			uint64_t before = w->scanned;
			drain_worker(w);
			__atomic_add_fetch(&rt_gc_helper_scanned, w->scanned - before, __ATOMIC_RELAXED);
		}
		if (__atomic_sub_fetch(&helpers_left, 1, __ATOMIC_ACQ_REL) == 0)
			rt_futex_wake(&helpers_left, 1);
	}
	return NULL;
}

/* ---------------------------------------------------------------- background sweep */

/* With more than one P, a thread at the lowest priority sweeps what the
 * allocator has not swept yet after each cycle, as Go's background sweeper
 * does, so that the next cycle's pause has nothing left to sweep.  The
 * collector stops it (bgstop) and waits for the span in hand (bgbusy)
 * before it touches the heap. */
static uint32_t bgseq;               /* futex: bumped to start a pass */
static uint32_t bgstop;              /* atomic: stop the pass */
static uint32_t bgbusy;              /* futex: 1 while a pass runs */
static bool bgstarted;

static void *bgsweep_main(void *arg)
{
	(void)arg;
	setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 19);
	uint32_t seen = 0;
	for (;;) {
		seen = await_bump(&bgseq, seen);
		rt_sweep_some(&bgstop);
		__atomic_store_n(&bgbusy, 0, __ATOMIC_RELEASE);
		rt_futex_wake(&bgbusy, 1);
	}
	return NULL;
}

static void bgsweep_start(void)
{
	if (!bgstarted) {
		pthread_t t;
		pthread_attr_t a;
		pthread_attr_init(&a);
		pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
		bgstarted = pthread_create(&t, &a, bgsweep_main, NULL) == 0;
		pthread_attr_destroy(&a);
		if (!bgstarted)
			return;
	}
	__atomic_store_n(&bgstop, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&bgbusy, 1, __ATOMIC_RELAXED);
	__atomic_add_fetch(&bgseq, 1, __ATOMIC_RELEASE);
	rt_futex_wake(&bgseq, 1);
}

static void bgsweep_stop(void)
{
	__atomic_store_n(&bgstop, 1, __ATOMIC_RELAXED);
	uint32_t b;
	while ((b = __atomic_load_n(&bgbusy, __ATOMIC_ACQUIRE)) != 0)
		rt_futex_wait(&bgbusy, b, -1);
}

/* Marks everything reachable from worker 0's stack, with up to nw workers. */
static void mark_drain(uint32_t nw)
{
	if (nw > MAXWORKERS)
		nw = MAXWORKERS;
	while (nhelpers + 1 < nw) {
		pthread_t t;
		pthread_attr_t a;
		pthread_attr_init(&a);
		pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
		int err = pthread_create(&t, &a, helper_main, &workers[nhelpers + 1]);
		pthread_attr_destroy(&a);
		if (err != 0)
			break;
		nhelpers++;
	}
	if (nw > nhelpers + 1)
		nw = nhelpers + 1;
	wq.nwait = 0;
	wq.done = 0;
	__atomic_store_n(&wq.nactive, nw, __ATOMIC_RELAXED);
	bool parallel = nw > 1;
	if (parallel) {
		__atomic_store_n(&helpers_left, nhelpers, __ATOMIC_RELAXED);
		__atomic_add_fetch(&helper_gen, 1, __ATOMIC_RELEASE);
		rt_futex_wake(&helper_gen, INT32_MAX);
	}
	drain_worker(&workers[0]);
	if (parallel) {
		uint32_t left;
		while ((left = __atomic_load_n(&helpers_left, __ATOMIC_ACQUIRE)) != 0)
			rt_futex_wait(&helpers_left, left, -1);
	}
}

static void drain(void)
{
	mark_drain(1);
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
	root_markptr((uintptr_t)g->entryarg);
	root_markptr((uintptr_t)g->param);
	for (GoDeferFrame *df = g->defers; df; df = df->prev)
		for (GoDefer *d = df->top; d; d = d->link) {
			root_markptr((uintptr_t)d);
			root_markptr((uintptr_t)d->arg);
		}
	for (GoPanic *p = g->panic; p; p = p->link) {
		root_markptr((uintptr_t)p);
		root_markptr((uintptr_t)p->arg.data);
	}
	rt_chan_scan_wait(g, scan_typed);
}

static void mark_roots(void)
{
	if (__start_gosub_roots)
		for (const GoRoot *r = __start_gosub_roots; r < __stop_gosub_roots; r++)
			scan_typed(r->addr, r->type, 1);
	rt_forall_g(scan_g);
	rt_scan_timers(root_markptr);
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
	return s->markbytes[i] != 0;
}

/* Marks what the object at p points to, not the object itself. */
static void mark_referents(uintptr_t p)
{
	RtSpan *s = rt_span_of(p);
	if (s == NULL || s->state != SPAN_INUSE || s->noscan)
		return;
	scan_object(&workers[0], s->base + (uintptr_t)rt_span_index(s, p) * s->elemsize);
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
		root_markptr((uintptr_t)f->fn);
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
		root_markptr(f->obj);
		root_markptr((uintptr_t)f->fn);
	}
	drain();
	return queued;
}

/* ---------------------------------------------------------------- heap verifier */

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
	if (i < s->nelems && !rt_obj_allocated(s, i))
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
			if (!rt_obj_allocated(s, i))
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

/* arg: NULL automatic, GC_FORCED runtime.GC, GC_LAZY forced but swept lazily */
#define GC_FORCED ((void *)1)
#define GC_LAZY ((void *)2)

static void gc_cycle(void *arg)
{
	bool forced = arg != NULL;
	int64_t t0 = gort_nanotime();
	uint64_t before = __atomic_load_n(&rt_heap_live, __ATOMIC_RELAXED);
	bgsweep_stop();
	rt_sweep_all();             /* what the last cycle's lazy sweep left */
	rt_heap_flush_caches();
	for (int i = 0; i < MAXWORKERS; i++)
		workers[i].marked = 0;
	mark_roots();
	mark_drain((uint32_t)rt_nprocs());
	bool queued = fintab || finq ? mark_finalizers() : false;
	uint64_t live = 0, nscanned = 0;
	for (int i = 0; i < MAXWORKERS; i++) {
		live += workers[i].marked;
		nscanned += workers[i].scanned;
		workers[i].scanned = 0;
	}
	rt_sweep_start(cycle);
	/* runtime.GC returns with the heap swept (as Go's); the verifier needs it */
	if (arg == GC_FORCED || rt_gcstress)
		rt_sweep_all();
	else if (rt_nprocs() > 1 && arg != GC_LAZY)
		bgsweep_start();
	if (rt_gcstress)
		verify_heap();
	cycle++;
	if (rt_gcstress && gcstress_cycles && cycle >= gcstress_cycles)
		rt_gcstress = 0;    /* the world is stopped: every thread sees it after */
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
		snprintf(buf, sizeof buf, "gc: scanned %llu objects (helpers so far %llu), %u spans shares %llu sleeps %llu\n", (unsigned long long)nscanned,
			(unsigned long long)__atomic_load_n(&rt_gc_helper_scanned, __ATOMIC_RELAXED), rt_nallspans, (unsigned long long)nshare, (unsigned long long)nsleep);
		rt_write_errs(buf);
	}
	if (gctrace) {
		char buf[200];
		snprintf(buf, sizeof buf, "gc %llu @%.3fs: %.3f ms stw, %llu->%llu MB, %llu MB goal, %d P%s\n",
			(unsigned long long)ngc, (double)(t1 - gc_start_ns) / 1e9, (double)pause / 1e6,
			(unsigned long long)(before >> 20), (unsigned long long)(live >> 20),
			(unsigned long long)(goal >> 20), rt_nprocs(), forced ? " (forced)" : "");
		rt_write_errs(buf);
	}
	if (queued && fing)
		rt_ready_if_parked(fing);
}

static void collect(void *mode)
{
	if (!rt_stoptheworld())
		return;           /* someone else collected meanwhile */
	__atomic_store_n(&gc_running, 1, __ATOMIC_RELAXED);
	rt_stack_ensure(RT_STACK_ALLOC_NEED, gc_cycle, mode);
	__atomic_store_n(&gc_running, 0, __ATOMIC_RELAXED);
	rt_starttheworld();
}

void rt_gc_maybe(void)
{
	if (!rt_gcstress && __atomic_load_n(&rt_heap_live, __ATOMIC_RELAXED) < __atomic_load_n(&rt_next_gc, __ATOMIC_RELAXED))
		return;
	if (rt_nogc > 0 || !rt_can_gc() || __atomic_load_n(&gc_running, __ATOMIC_RELAXED))
		return;
	collect(NULL);
}

void gort_gc(void)
{
	if (!rt_can_gc())
		return;
	collect(GC_FORCED);
}

void rt_gc_lazy(void)
{
	if (rt_can_gc())
		collect(GC_LAZY);
}

void rt_gc_init(void)
{
	gc_start_ns = gort_nanotime();
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
		const char *c = strstr(d, "gcstresscycles=");
		if (c)
			gcstress_cycles = strtoull(c + 15, NULL, 10);
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
	if (stopped) {
		bgsweep_stop();
		rt_sweep_all();         /* exact alloc counts */
	}
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
	st[GORT_MS_FREES] = __atomic_load_n(&rt_nfrees, __ATOMIC_RELAXED);
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
