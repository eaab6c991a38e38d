/*
 * rt_stack.c: segmented goroutine stacks: the segment pool, the entry
 * check's slow path (gort_morestack), safepoint polls, running C helpers with
 * enough stack (rt_stack_ensure), and telling Boehm where stacks are.
 *
 * Segments (see rt_stack.h for the header and the scheduler's API).  A
 * goroutine starts on a 2 KiB segment, as in gc (10^5 parked goroutines cost
 * 2 KiB of stack each).  When a function's entry check finds less than its
 * frame plus the segment's reserve left, gort_morestack takes the
 * spare segment (cur->next) if it is big enough, else a new one twice the
 * size of the current one (up to SEG_GROW_MAX, or more if the frame needs
 * it), runs the function on it and switches back, keeping the segment as the
 * spare.  So a call that crosses a boundary in a loop (the "hot split" that
 * made gc drop segmented stacks) costs a thunk call and a few stores: no
 * allocation, no lock, no system call.  At most SPARES_MAX spares are kept;
 * deeper ones go back to the pool as the goroutine returns.
 *
 * Invariants:
 *   - g->stack.cur is the segment g's innermost frames are on; for every
 *     segment s on the chain, s->prev is older and s->saved_sp is the stack
 *     pointer in s->prev when s was entered, so a goroutine's live stack is
 *     [sp, top(cur)) plus [s->saved_sp, top(s->prev)) for s = cur, cur->prev..;
 *   - g->stack.total is the size of cur and all older segments; a split that
 *     would take it past RT_STACK_LIMIT is gc's fatal "stack overflow";
 *   - gort_stackguard is cur->lo + seg_reserve(cur) while g runs (or
 *     GORT_STACK_PREEMPT when a yield was asked for);
 *   - links are written before the stack pointer moves, so a collector that
 *     stops the thread anywhere finds a consistent chain from the segment the
 *     stack pointer is in (rt_stack_seg_of).
 *
 * The pool.  Segments of 2 KiB .. SEG_CHUNKED_MAX are carved from 64 MiB
 * chunks (aligned to 64 MiB, one size per chunk, reserved with
 * MAP_NORESERVE and committed by touching), so a million goroutines cost a
 * few dozen mappings, not a million (vm.max_map_count is 65530), and the
 * segment holding any address is found by arithmetic (rt_stack_seg_of).
 * First segments (2 KiB) are packed two to a page; every bigger segment has
 * SEG_GAP bytes of unused address space below it.
 * Larger segments are mapped one by one.  Free segments sit on per-size free
 * lists under one lock; freed segments of SEG_DONTNEED or more give their
 * pages back (madvise) since they come from deep recursions that are over.
 *
 * What runs below the guard (the reserve: RT_STACK_FIRST_RESERVE, 704 bytes,
 * on first segments, RT_STACK_RESERVE, 2 KiB, on the others): gort_morestack's
 * own frame, runtime helpers without deep calls (maps, strings, interfaces,
 * channels, the netpoller's park and the scheduler's switch), and the part of
 * a callee's frame that its caller's estimate did not cover.
 * GOSUB_STACKDEBUG measures it: at most 264 bytes over testdata/run and the
 * runtime tests (Nov 2026, with either reserve; frames of these helpers are
 * < 200 bytes each, gcc -fstack-usage).  Signals never
 * run on a segment: faults and Boehm's suspend signal use the alternate
 * signal stack (rt_stack_thread_init; rt_sched.c).  Programs are linked with
 * -z now: lazy binding would resolve a libc symbol on the caller's stack
 * with several KB (prebind covers the split path for the others).  Anything
 * deeper goes through rt_stack_ensure: allocation (a Boehm collection runs
 * ~30 KB deep), panics and fatal errors (they format with snprintf, ~3-6
 * KB), select (~1.5 KB), libc calls with big buffers.
 *
 * Boehm.  A thread's "stack" for Boehm is one range [sp, bottom); with
 * segments that is the segment holding sp (rt_stack_top_of(sp) gives its top,
 * for the scheduler's stack-bottom fix-up when a collection starts), and the
 * goroutine's older segments are pushed separately: rt_stack_scan for a
 * goroutine that is switched out, rt_stack_scan_older for a running one.
 *
 * Rejected: libgcc's -fsplit-stack (48 KiB minimum segments, a signal-mask
 * system call per split); copying stacks as gc does (C frames hold interior
 * pointers into the stack and cannot be moved); a guard page per segment (a
 * mapping per segment and an mprotect per allocation).
 */
#define _GNU_SOURCE
#include "rt_impl.h"
#include "rt_stack.h"
#ifdef GOSUB_GC_BOEHM
#include <gc.h>
#include <gc/gc_mark.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

_Thread_local uintptr_t gort_stackguard;

/* gort_stackguard is written by sysmon from another thread (a yield
 * request), so its owner reads and writes it with relaxed atomics too. */
static inline uintptr_t guard_load(void)
{
	return __atomic_load_n(&gort_stackguard, __ATOMIC_RELAXED);
}

static inline void guard_store(uintptr_t v)
{
	__atomic_store_n(&gort_stackguard, v, __ATOMIC_RELAXED);
}

/* A goroutine's first segment.  ThreadSanitizer builds (the runtime unit
 * tests) take a bigger one: instrumented code and TSan's own calls need far
 * more than 2 KiB. */
#if defined(__SANITIZE_THREAD__)
#define FIRST_SIZE ((size_t)16384)
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FIRST_SIZE ((size_t)16384)
#endif
#endif
#ifndef FIRST_SIZE
#define FIRST_SIZE RT_STACK_FIRST
#endif

/* GOSUB_BIGSTACKS=1: every goroutine gets one big lazily committed stack
 * with a guard page instead of segments (to compare, or to debug). */
static int big_stacks;

#define SEG_MIN_SHIFT 11                 /* 2 KiB: first segments */
#define SEG_CHUNKED_MAX_SHIFT 21         /* 2 MiB */
#define SEG_GROW_MAX ((size_t)1 << 21)   /* geometric growth stops here */
#define NCLASS (SEG_CHUNKED_MAX_SHIFT - SEG_MIN_SHIFT + 1)
#define CHUNK_SHIFT 26                   /* 64 MiB */
#define CHUNK_SIZE ((size_t)1 << CHUNK_SHIFT)
#define ADDR_BITS 48
#define SEG_DONTNEED ((size_t)1 << 20)
#define SPARES_MAX 2
#define LEGACY_SIZE ((size_t)64 << 20)   /* stacks without entry checks */
#define LEGACY_MAIN_SIZE ((size_t)1 << 30)
#define LEGACY_GUARD ((size_t)65536)
#define ALTSTACK_SIZE ((size_t)65536)
#define RED_ZONE 128                     /* x86-64 leaf functions use it */
/* Address space left unused below every segment: a signal delivered on the
 * goroutine's stack (Boehm's suspend signal: ~3.4 KB of frame with AVX-512
 * state, plus its handler) may run past the reserve; it lands here, not in a
 * neighbour.  Only touched pages cost memory. */
#define SEG_GAP ((size_t)8192)
/* Debug mode paints this much below a segment too, to see a reserve overrun. */
#define DEBUG_BELOW ((size_t)2048)

/* ---------------------------------------------------------------- the pool */

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
/* pool_lock protects everything below up to "end of pool state". */
static GoStackSeg *free_segs[NCLASS];
static char *bump[NCLASS], *bump_end[NCLASS];
static GoStackSeg *big_free;              /* free big segments (next-linked) */
static size_t n_inuse, n_free, n_mapped;
static size_t inuse_bytes;               /* of chunked segments handed out */
/* chunk_class[a >> CHUNK_SHIFT] = shift of the segment size carved from the
 * chunk holding a, or 0.  Written under pool_lock, read by the collector
 * (world stopped) and by rt_stack_seg_of. */
static uint8_t chunk_class[(size_t)1 << (ADDR_BITS - CHUNK_SHIFT)];
/* Big segments in use or free (for rt_stack_seg_of). */
typedef struct BigSeg { struct BigSeg *link; char *lo; size_t size; } BigSeg;
static BigSeg *bigs;
/* end of pool state */

/* GOSUB_STACKDEBUG=file: paint each new segment's reserve and, when segments
 * are freed and at exit, append to file the deepest use of a reserve seen
 * (how far C helpers ran below the guard). */
static int debug_reserve;
static size_t debug_maxused;
static const char *debug_file;

static GORT_NORETURN void stack_fatal(const char *msg)
{
	rt_write_errs("fatal error: ");
	rt_write_errs(msg);
	rt_write_errs("\n");
	_exit(2);
}

/* First segments (the smallest class) are packed without a gap, two to a
 * page: a signal never runs on them (the scheduler moves Boehm's suspend
 * signal to the alternate signal stack) and their reserve is budgeted.  In
 * debug mode they get a gap like the others, so an overrun can be seen. */
static inline size_t class_gap(int c)
{
	return c == 0 && !debug_reserve ? 0 : SEG_GAP;
}

/* Programs built at -O0 define it (emit_program_main) as 1 KiB: unoptimised
 * C frames outgrow the entry checks' estimates, made for optimised code, and
 * run deeper into the reserve (up to 800 bytes, GOSUB_STACKDEBUG over the
 * net tests at -O0).  Read once, before the first segment is made. */
extern const size_t gort_stack_first_reserve __attribute__((weak));
static size_t first_reserve = RT_STACK_FIRST_RESERVE;

static inline size_t seg_reserve(const GoStackSeg *s)
{
	return s->size == RT_STACK_FIRST ? first_reserve : RT_STACK_RESERVE;
}

static inline GoStackSeg *hdr(char *lo, size_t size)
{
	return (GoStackSeg *)(lo + size - sizeof(GoStackSeg));
}

static int size_shift(size_t size)
{
	int s = SEG_MIN_SHIFT;
	while (((size_t)1 << s) < size)
		s++;
	return s;
}

static char *new_chunk(int shift)
{
	char *p = mmap(NULL, 2 * CHUNK_SIZE, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		stack_fatal("runtime: cannot allocate stack memory");
	uintptr_t a = ((uintptr_t)p + CHUNK_SIZE - 1) & ~(uintptr_t)(CHUNK_SIZE - 1);
	if (a > (uintptr_t)p)
		munmap(p, a - (uintptr_t)p);
	if ((char *)a + CHUNK_SIZE < p + 2 * CHUNK_SIZE)
		munmap((char *)a + CHUNK_SIZE, (size_t)(p + 2 * CHUNK_SIZE - ((char *)a + CHUNK_SIZE)));
	if ((a >> ADDR_BITS) != 0)
		stack_fatal("runtime: stack memory above the 48-bit address space");
	chunk_class[a >> CHUNK_SHIFT] = (uint8_t)shift;
	n_mapped += CHUNK_SIZE;
	return (char *)a;
}

/* A big segment: its own mapping, with a guard page below when guard != 0
 * (stacks of code without entry checks). */
static GoStackSeg *big_alloc(size_t size, size_t guard)
{
	for (GoStackSeg **pp = &big_free; *pp; pp = &(*pp)->next) {
		GoStackSeg *s = *pp;
		if (s->size == size && s->guard == guard) {
			*pp = s->next;
			n_free--;
			return s;
		}
	}
	size_t below = guard ? guard : SEG_GAP;
	char *p = mmap(NULL, size + below, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	if (guard)
		mprotect(p, guard, PROT_NONE);
	p += below - guard;     /* p + guard is lo */
	BigSeg *b = malloc(sizeof *b);
	if (b == NULL)
		stack_fatal("runtime: out of memory");
	b->lo = p + guard;
	b->size = size;
	b->link = bigs;
	bigs = b;
	n_mapped += size + below;
	GoStackSeg *s = hdr(p + guard, size);
	s->lo = p + guard;
	s->size = size;
	s->guard = guard;
	return s;
}

/* A segment of at least size bytes (a power of two when chunked). */
static GoStackSeg *seg_alloc(size_t size, size_t guard)
{
	GoStackSeg *s;
	pthread_mutex_lock(&pool_lock);
	if (size > ((size_t)1 << SEG_CHUNKED_MAX_SHIFT) || guard) {
		size = (size + 4095) & ~(size_t)4095;
		s = big_alloc(size, guard);
		if (s == NULL) {
			pthread_mutex_unlock(&pool_lock);
			return NULL;
		}
	} else {
		int shift = size_shift(size);
		int c = shift - SEG_MIN_SHIFT;
		size = (size_t)1 << shift;
		s = free_segs[c];
		if (s) {
			free_segs[c] = s->next;
			n_free--;
		} else {
			size_t stride = size + class_gap(c);
			if ((size_t)(bump_end[c] - bump[c]) < stride) {
				bump[c] = new_chunk(shift);
				bump_end[c] = bump[c] + CHUNK_SIZE;
			}
			char *lo = bump[c] + class_gap(c);
			bump[c] += stride;
			s = hdr(lo, size);
			s->lo = lo;
			s->size = size;
			s->guard = 0;
		}
	}
	n_inuse++;
	if (s->size <= ((size_t)1 << SEG_CHUNKED_MAX_SHIFT) && s->guard == 0)
		__atomic_add_fetch(&inuse_bytes, s->size, __ATOMIC_RELAXED);
	pthread_mutex_unlock(&pool_lock);
	if (debug_reserve && s->guard == 0)
		memset(s->lo - DEBUG_BELOW, 0xa5, DEBUG_BELOW + seg_reserve(s));
	s->prev = NULL;
	s->next = NULL;
	s->saved_sp = NULL;
	return s;
}

static void debug_check(GoStackSeg *s)
{
	/* bytes used below the guard, counting any overrun below lo */
	char *p = s->lo - DEBUG_BELOW, *guard = s->lo + seg_reserve(s);
	while (p < guard && (unsigned char)*p == 0xa5)
		p++;
	size_t used = (size_t)(guard - p);
	size_t old = __atomic_load_n(&debug_maxused, __ATOMIC_RELAXED);
	while (used > old) {
		if (__atomic_compare_exchange_n(&debug_maxused, &old, used, 0,
			__ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
			/* we may be deep in a reserve: no stdio here */
			char buf[40] = "reserve used: ";
			char num[20];
			int n = 0, k = 14;
			do
				num[n++] = (char)('0' + used % 10);
			while ((used /= 10) != 0);
			while (n > 0)
				buf[k++] = num[--n];
			buf[k++] = '\n';
			int fd = open(debug_file, O_WRONLY | O_APPEND | O_CREAT, 0644);
			if (fd >= 0) {
				ssize_t w = write(fd, buf, (size_t)k);
				(void)w;
				close(fd);
			}
			break;
		}
	}
}

/* Puts s on its free list; the caller holds pool_lock. */
static void seg_put_locked(GoStackSeg *s)
{
	if (s->size > ((size_t)1 << SEG_CHUNKED_MAX_SHIFT) || chunk_class[(uintptr_t)s->lo >> CHUNK_SHIFT] == 0) {
		s->next = big_free;
		big_free = s;
	} else {
		int c = size_shift(s->size) - SEG_MIN_SHIFT;
		s->next = free_segs[c];
		free_segs[c] = s;
	}
	n_inuse--;
	n_free++;
	if (s->size <= ((size_t)1 << SEG_CHUNKED_MAX_SHIFT) && s->guard == 0)
		__atomic_sub_fetch(&inuse_bytes, s->size, __ATOMIC_RELAXED);
}

static void seg_free(GoStackSeg *s)
{
	if (debug_reserve && s->guard == 0)
		debug_check(s);
	if (s->size >= SEG_DONTNEED && s->guard == 0)
		madvise(s->lo, s->size - 4096, MADV_DONTNEED);   /* keep the header page */
	pthread_mutex_lock(&pool_lock);
	seg_put_locked(s);
	pthread_mutex_unlock(&pool_lock);
}

/* Frees s and every segment after it. */
static void free_chain(GoStackSeg *s)
{
	while (s) {
		GoStackSeg *n = s->next;
		seg_free(s);
		s = n;
	}
}

GoStackSeg *rt_stack_seg_of(const void *p)
{
	uintptr_t a = (uintptr_t)p;
	if ((a >> ADDR_BITS) == 0) {
		int shift = chunk_class[a >> CHUNK_SHIFT];
		if (shift) {
			size_t gap = class_gap(shift - SEG_MIN_SHIFT);
			size_t size = (size_t)1 << shift, stride = size + gap;
			uintptr_t base = a & ~(uintptr_t)(CHUNK_SIZE - 1);
			/* an address in the gap below a segment belongs to it (a
			 * frame that ran past the reserve) */
			char *lo = (char *)(base + (a - base) / stride * stride + gap);
			return hdr(lo, size);
		}
	}
	/* Big segments: the list only grows; read it without the lock (a
	 * segment being added is not in use yet). */
	for (BigSeg *b = __atomic_load_n(&bigs, __ATOMIC_ACQUIRE); b; b = b->link)
		if (a >= (uintptr_t)b->lo - SEG_GAP && a < (uintptr_t)b->lo + b->size)
			return hdr(b->lo, b->size);
	return NULL;
}

size_t rt_stack_inuse_bytes(void)
{
	return __atomic_load_n(&inuse_bytes, __ATOMIC_RELAXED);
}

void rt_stack_pool_stats(size_t *inuse, size_t *nfree, size_t *mapped)
{
	pthread_mutex_lock(&pool_lock);
	*inuse = n_inuse;
	*nfree = n_free;
	*mapped = n_mapped;
	pthread_mutex_unlock(&pool_lock);
}

/* ---------------------------------------------------------------- switching stacks */

/* rt_stack_call(top, fn, arg, save): *save = sp; sp = top; fn(arg); restores sp.
 * The frame pointer chain and the CFI let debuggers unwind across it. */
void rt_stack_call(void *top, void (*fn)(void *), void *arg, void **save);

#if defined(__x86_64__)
__asm__(
	".text\n"
	".globl rt_stack_call\n"
	".type rt_stack_call, @function\n"
	"rt_stack_call:\n"
	"\t.cfi_startproc\n"
	"\tpushq %rbp\n"
	"\t.cfi_def_cfa_offset 16\n"
	"\t.cfi_offset %rbp, -16\n"
	"\tmovq %rsp, %rbp\n"
	"\t.cfi_def_cfa_register %rbp\n"
	"\tmovq %rsp, (%rcx)\n"
	"\tmovq %rdi, %rsp\n"
	"\tmovq %rdx, %rdi\n"
	"\tcallq *%rsi\n"
	"\tmovq %rbp, %rsp\n"
	"\tpopq %rbp\n"
	"\t.cfi_def_cfa %rsp, 8\n"
	"\tret\n"
	"\t.cfi_endproc\n"
	".size rt_stack_call, .-rt_stack_call\n");
#elif defined(__aarch64__)
__asm__(
	".text\n"
	".globl rt_stack_call\n"
	".type rt_stack_call, %function\n"
	"rt_stack_call:\n"
	"\t.cfi_startproc\n"
	"\tstp x29, x30, [sp, #-16]!\n"
	"\t.cfi_def_cfa_offset 16\n"
	"\t.cfi_offset x29, -16\n"
	"\t.cfi_offset x30, -8\n"
	"\tmov x29, sp\n"
	"\t.cfi_def_cfa_register x29\n"
	"\tmov x9, sp\n"
	"\tstr x9, [x3]\n"
	"\tmov sp, x0\n"
	"\tmov x0, x2\n"
	"\tblr x1\n"
	"\tmov sp, x29\n"
	"\tldp x29, x30, [sp], #16\n"
	"\t.cfi_def_cfa sp, 0\n"
	"\tret\n"
	"\t.cfi_endproc\n"
	".size rt_stack_call, .-rt_stack_call\n");
#else
#error "rt_stack.c: no stack switch for this architecture"
#endif

static inline uintptr_t seg_guard(const GoStackSeg *s)
{
	return (uintptr_t)s->lo + seg_reserve(s);
}

static inline void *seg_top(GoStackSeg *s)
{
	return (void *)s;     /* the header is at the top; 16-byte aligned */
}

/* Thread-locals are read through these after anything that may have moved
 * the goroutine to another thread (a yield on the new segment), so the
 * compiler cannot reuse a thread pointer computed before the call.  On
 * x86-64 every access goes through %fs, so set_guard can be inlined there. */
static __attribute__((noinline)) GoG *curg(void)
{
	return gort_curg;
}

#if defined(__x86_64__)
static inline void set_guard(uintptr_t guard)
#else
static __attribute__((noinline)) void set_guard(uintptr_t guard)
#endif
{
	/* Keep a yield request the scheduler made meanwhile. */
	if (guard_load() != GORT_STACK_PREEMPT)
		guard_store(guard);
}

static GORT_NORETURN void overflow(GoG *g, void *sp);

/* Runs thunk(args) on a segment with room for need bytes plus the reserve,
 * linked after g's current one. */
static void split(GoG *g, void (*thunk)(void *), void *args, size_t need)
{
	GoStackSeg *cur = g->stack.cur;
	size_t want = need + RT_STACK_RESERVE + sizeof(GoStackSeg) + 256;
	GoStackSeg *n = cur->next;
	if (n == NULL || n->size < want) {
		size_t size = cur->size < SEG_GROW_MAX ? cur->size * 2 : SEG_GROW_MAX;
		if (size < want)
			size = want;
		if (g->stack.total + size > RT_STACK_LIMIT)
			overflow(g, __builtin_frame_address(0));
		GoStackSeg *s = seg_alloc(size, 0);
		if (s == NULL)
			overflow(g, __builtin_frame_address(0));
		if (n) {
			/* too small: drop it and its spares */
			free_chain(n);
		}
		n = s;
		cur->next = n;
	} else if (g->stack.total + n->size > RT_STACK_LIMIT) {
		overflow(g, __builtin_frame_address(0));
	}
	n->prev = cur;
	g->stack.total += n->size;
	g->stack.cur = n;
	guard_store(seg_guard(n));
	rt_stack_call(seg_top(n), thunk, args, &n->saved_sp);
	/* Back on cur, possibly on another thread. */
	if (debug_reserve)
		debug_check(n);
	g->stack.cur = cur;
	g->stack.total -= n->size;
	set_guard(seg_guard(cur));
	/* Keep n as the spare and at most SPARES_MAX - 1 after it. */
	GoStackSeg *s = n;
	for (int i = 1; i < SPARES_MAX && s->next; i++)
		s = s->next;
	if (s->next) {
		free_chain(s->next);
		s->next = NULL;
	}
}

void gort_morestack(void (*thunk)(void *), void *args, size_t need)
{
	GoG *g = gort_curg;
	if (guard_load() == GORT_STACK_PREEMPT) {
		gort_preempt_poll();
		g = curg();
	}
	GoStackSeg *cur = g ? g->stack.cur : NULL;
	/* Our frame is below the caller's, so this errs on the side of switching. */
	if (cur == NULL || (uintptr_t)__builtin_frame_address(0) >= seg_guard(cur) + need) {
		thunk(args);
		return;
	}
	split(g, thunk, args, need);
}

void gort_preempt_poll(void)
{
	GoG *g = gort_curg;
	guard_store(g && g->stack.cur ? seg_guard(g->stack.cur) : 0);
	gort_gosched();
}

/* ---------------------------------------------------------------- helpers with enough stack */

void rt_stack_ensure(size_t n, void (*fn)(void *), void *arg)
{
	GoG *g = gort_curg;
	GoStackSeg *cur = g ? g->stack.cur : NULL;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	if (cur == NULL || sp < (uintptr_t)cur->lo || sp > (uintptr_t)cur ||
	    sp - (uintptr_t)cur->lo >= n + 512) {
		fn(arg);
		return;
	}
	split(g, fn, arg, n);
}

void gort_stack_ensure(size_t n, void (*fn)(void *), void *arg)
{
	rt_stack_ensure(n, fn, arg);
}

void rt_stack_unwind(const void *addr)
{
	GoG *g = gort_curg;
	GoStackSeg *cur = g ? g->stack.cur : NULL;
	if (cur == NULL)
		return;
	uintptr_t a = (uintptr_t)addr;
	GoStackSeg *s = cur;
	while (s && !(a >= (uintptr_t)s->lo && a < (uintptr_t)s))
		s = s->prev;
	if (s == NULL || s == cur)
		return;
	/* The frames between are gone: account as their morestacks would have. */
	for (GoStackSeg *t = cur; t != s; t = t->prev)
		g->stack.total -= t->size;
	g->stack.cur = s;
	guard_store(seg_guard(s));
	/* The segments after s stay linked as spares (we still run on the last
	 * one until the longjmp); the next return from a split trims them. */
}

/* ---------------------------------------------------------------- overflow */

typedef struct { GoG *g; void *sp; } OverflowArg;

static void overflow_print(void *arg)
{
	OverflowArg *a = arg;
	char buf[160];
	GoStackSeg *cur = a->g->stack.cur;
	snprintf(buf, sizeof buf, "runtime: sp=%p stack=[%p, %p]\n", a->sp,
		(void *)cur->lo, (void *)cur);
	rt_write_errs("runtime: goroutine stack exceeds 1000000000-byte limit\n");
	rt_write_errs(buf);
	rt_write_errs("fatal error: stack overflow\n");
	a->g->waitreason = NULL;
	rt_print_traceback();
	gort_exit(2);
}

/* gc's fatal error; printed on a fresh segment outside the limit (or on a
 * small static stack if even that cannot be had). */
static void overflow(GoG *g, void *sp)
{
	static char emergency[1 << 16] __attribute__((aligned(16)));
	static void *dummy;
	OverflowArg a = { g, sp };
	GoStackSeg *s = seg_alloc(1 << 16, 0);
	void *top = s ? seg_top(s) : (void *)(emergency + sizeof emergency);
	guard_store(0);
	rt_stack_call(top, overflow_print, &a, &dummy);
	_exit(2);
}

/* ---------------------------------------------------------------- the scheduler's API */

static void stack_setup(void);

static void *init_first(GoG *g, size_t size, size_t legacy)
{
	stack_setup();
	GoStackSeg *s;
	if (big_stacks) {
		s = seg_alloc(legacy, LEGACY_GUARD);
		if (s == NULL)
			s = seg_alloc((size_t)1 << 20, LEGACY_GUARD);   /* strict overcommit */
	} else {
		s = seg_alloc(size, 0);
		if (s == NULL && size > ((size_t)1 << 18))
			s = seg_alloc((size_t)1 << 18, 0);      /* strict overcommit */
	}
	if (s == NULL)
		stack_fatal("runtime: cannot allocate goroutine stack");
	g->stack.cur = s;
	g->stack.total = s->size;
	g->stack_lo = s->lo;
	g->stack_hi = seg_top(s);
	return seg_top(s);
}

void *rt_stack_init(GoG *g)
{
	return init_first(g, FIRST_SIZE, LEGACY_SIZE);
}

void *rt_stack_init_size(GoG *g, size_t size)
{
	return init_first(g, size, size > LEGACY_SIZE ? size : LEGACY_SIZE);
}

void rt_stack_release(GoG *g)
{
	GoStackSeg *s = g->stack.cur;
	if (s == NULL)
		return;
	while (s->prev)
		s = s->prev;
	free_chain(s);
	g->stack.cur = NULL;
	g->stack.total = 0;
}

bool rt_stack_shrink(GoG *g)
{
	GoStackSeg *cur = g->stack.cur;
	if (cur == NULL || cur->next == NULL)
		return true;
	if (pthread_mutex_trylock(&pool_lock) != 0)
		return false;
	for (GoStackSeg *s = cur->next, *n; s; s = n) {
		n = s->next;
		seg_put_locked(s);
	}
	pthread_mutex_unlock(&pool_lock);
	cur->next = NULL;
	return true;
}

uintptr_t rt_stack_guard(GoG *g)
{
	return g->stack.cur ? seg_guard(g->stack.cur) : 0;
}

void rt_stack_scan(GoG *g, void *sp, void (*push)(void *lo, void *hi))
{
	GoStackSeg *s = rt_stack_seg_of(sp);
	if (s == NULL || g->stack.cur == NULL)
		return;
	push((char *)sp - RED_ZONE >= s->lo ? (char *)sp - RED_ZONE : s->lo, seg_top(s));
	for (; s->prev; s = s->prev)
		push(s->saved_sp, seg_top(s->prev));
}

typedef struct { GoG *g; void (*fn)(void *); void *arg; } StartArg;

static void start_thunk(void *p)
{
	StartArg *a = p;
	a->fn(a->arg);
}

void rt_stack_start(GoG *g, void (*fn)(void *), void *arg)
{
	void *top = init_first(g, RT_STACK_MAIN_FIRST, LEGACY_MAIN_SIZE);
	StartArg a = { g, fn, arg };
	void *dummy;
	uintptr_t saved_guard = guard_load();
	guard_store(seg_guard(g->stack.cur));
	rt_stack_call(top, start_thunk, &a, &dummy);
	guard_store(saved_guard);
	rt_stack_release(g);
}

/* ---------------------------------------------------------------- threads and Boehm */

void *rt_stack_top_of(const void *sp)
{
	GoStackSeg *s = rt_stack_seg_of(sp);
	return s ? seg_top(s) : NULL;
}

void rt_stack_scan_older(GoG *g, void (*push)(void *lo, void *hi))
{
	for (GoStackSeg *s = g->stack.cur; s && s->prev; s = s->prev)
		if (s->saved_sp && (char *)s->saved_sp >= s->prev->lo && (char *)s->saved_sp < (char *)s->prev)
			push(s->saved_sp, seg_top(s->prev));
}

/* Lazy binding resolves a libc symbol on its first call with several KB of
 * stack (the resolver saves the vector registers); the split path runs in
 * the reserve, so resolve what it calls now.  (Programs are best linked with
 * -Wl,-z,now, which resolves everything at startup.) */
static void prebind(void)
{
	char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p != MAP_FAILED) {
		madvise(p, 4096, MADV_DONTNEED);
		mprotect(p, 4096, PROT_READ | PROT_WRITE);
		munmap(p, 4096);
	}
	void *q = malloc(16);
	free(q);
	int fd = open("/dev/null", O_WRONLY);
	if (fd >= 0) {
		ssize_t w = write(fd, "", 0);
		(void)w;
		close(fd);
	}
}

static int setup_done;
#ifdef GOSUB_GC_BOEHM
static GC_push_other_roots_proc prev_push_roots;

/* Boehm's root hook, on the collecting thread: the segment it runs on, from
 * here up, and the older segments of its chain.  Boehm scans the thread's
 * stack itself, from the bottom the scheduler sets, but in stack_test.c
 * (libgc 8.2.2, main thread) that scan missed the segment; pushing it again
 * costs little. */
static void push_self(void)
{
	char *sp = __builtin_frame_address(0);
	GoStackSeg *s = rt_stack_seg_of(sp);
	if (s && sp >= s->lo) {
		GC_push_all_eager(sp, seg_top(s));
		for (; s->prev; s = s->prev)
			if (s->saved_sp && (char *)s->saved_sp >= s->prev->lo && (char *)s->saved_sp < (char *)s->prev)
				GC_push_all_eager(s->saved_sp, seg_top(s->prev));
	}
	if (prev_push_roots)
		prev_push_roots();
}
#endif

static void stack_setup(void)
{
	if (__atomic_load_n(&setup_done, __ATOMIC_ACQUIRE))
		return;
	pthread_mutex_lock(&pool_lock);
	if (!setup_done) {
		prebind();
		const char *bs = getenv("GOSUB_BIGSTACKS");
		big_stacks = bs && *bs && strcmp(bs, "0") != 0;
#ifdef GOSUB_GC_BOEHM
		prev_push_roots = GC_get_push_other_roots();
		GC_set_push_other_roots(push_self);
#endif
		if (&gort_stack_first_reserve != NULL)
			first_reserve = gort_stack_first_reserve;
		debug_file = getenv("GOSUB_STACKDEBUG");
		if (debug_file && *debug_file)
			debug_reserve = 1;
		__atomic_store_n(&setup_done, 1, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&pool_lock);
}

/* An alternate signal stack for this thread if it has none: a fault (nil
 * dereference) must not run its handler on a small segment. */
void rt_stack_thread_init(void)
{
	stack_setup();
	stack_t ss;
	if (sigaltstack(NULL, &ss) == 0 && (ss.ss_flags & SS_DISABLE)) {
		char *alt = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (alt != MAP_FAILED) {
			ss.ss_sp = alt;
			ss.ss_size = ALTSTACK_SIZE;
			ss.ss_flags = 0;
			sigaltstack(&ss, NULL);
		}
	}
}
