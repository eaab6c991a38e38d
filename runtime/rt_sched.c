/*
 * rt_sched.c: goroutines: creation, the M:1 cooperative scheduler, stack
 * switching, sleeping, semaphores, Goexit, and the deadlock check.
 *
 * All goroutines run on one OS thread.  A goroutine runs until it blocks,
 * yields or exits; then schedule() switches directly to the next runnable
 * goroutine's stack (there is no scheduler stack).  Switching saves the
 * callee-saved registers on the old stack and records its stack pointer in
 * g->sched_sp.
 *
 * Invariants:
 *   - gort_curg is the running goroutine; its status is G_RUNNING;
 *   - a G_RUNNABLE goroutine is on the run queue exactly once;
 *   - a G_WAITING goroutine is reachable from whatever it waits on (a channel
 *     wait queue, the timer list, a semaphore queue) and is made runnable
 *     only by rt_ready;
 *   - the collector scans the running goroutine's stack as the thread stack
 *     (its bottom is updated on every switch) and every other started
 *     goroutine's stack from sched_sp to stack_hi (push_other_roots);
 *   - a dead goroutine's stack is cached for reuse; it is handed out only
 *     after the scheduler has switched away from it.
 */
#define _GNU_SOURCE
#include "rt_impl.h"
#include <gc.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>
#include <time.h>

enum { G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD };

/* Goroutine stacks: 64 MB of address space each, committed only as touched
 * (gc allows 1 GB; C frames cannot move, so reserve generously). */
#define STACK_SIZE ((size_t)64 << 20)
#define STACK_MIN ((size_t)1 << 20)
#define STACK_GUARD ((size_t)65536)

static GoG *runq_head, *runq_tail;
static GoG *allg;                /* all goroutines ever created except g0, newest first */
static GoG *allg_main;           /* the main goroutine */
static GoG *freeg;               /* dead goroutines (with stacks) for reuse */
static GoG *timers;              /* sleeping goroutines sorted by when */
static int64_t next_goid = 6;    /* what gc shows for the first user goroutine with GOMAXPROCS=1 */
static go_int ngoroutines = 1;
static void *gc_thread_handle;
static GC_push_other_roots_proc prev_push_other_roots;

/* ---------------------------------------------------------------- stack switching */

void rt_swapstack(void **save_sp, void *new_sp);
void rt_gostart(void);

#if defined(__x86_64__)
__asm__(
	".text\n"
	".globl rt_swapstack\n"
	".type rt_swapstack, @function\n"
	"rt_swapstack:\n"
	"\tpushq %rbp\n\tpushq %rbx\n\tpushq %r12\n\tpushq %r13\n\tpushq %r14\n\tpushq %r15\n"
	"\tmovq %rsp, (%rdi)\n"
	"\tmovq %rsi, %rsp\n"
	"\tpopq %r15\n\tpopq %r14\n\tpopq %r13\n\tpopq %r12\n\tpopq %rbx\n\tpopq %rbp\n"
	"\tret\n"
	".size rt_swapstack, .-rt_swapstack\n");

/* Initial frame: six saved registers, then rt_gostart as return address,
 * then a zero fake return address for rt_gostart (keeps the ABI alignment). */
static void *initial_sp(char *hi)
{
	uintptr_t *sp = (uintptr_t *)(((uintptr_t)hi & ~(uintptr_t)15) - 8 * sizeof(uintptr_t));
	for (int i = 0; i < 6; i++)
		sp[i] = 0;
	sp[6] = (uintptr_t)rt_gostart;
	sp[7] = 0;
	return sp;
}
#elif defined(__aarch64__)
__asm__(
	".text\n"
	".globl rt_swapstack\n"
	".type rt_swapstack, %function\n"
	"rt_swapstack:\n"
	"\tsub sp, sp, #176\n"
	"\tstp x19, x20, [sp, #0]\n\tstp x21, x22, [sp, #16]\n\tstp x23, x24, [sp, #32]\n"
	"\tstp x25, x26, [sp, #48]\n\tstp x27, x28, [sp, #64]\n\tstp x29, x30, [sp, #80]\n"
	"\tstp d8, d9, [sp, #96]\n\tstp d10, d11, [sp, #112]\n\tstp d12, d13, [sp, #128]\n"
	"\tstp d14, d15, [sp, #144]\n"
	"\tmov x9, sp\n\tstr x9, [x0]\n\tmov sp, x1\n"
	"\tldp x19, x20, [sp, #0]\n\tldp x21, x22, [sp, #16]\n\tldp x23, x24, [sp, #32]\n"
	"\tldp x25, x26, [sp, #48]\n\tldp x27, x28, [sp, #64]\n\tldp x29, x30, [sp, #80]\n"
	"\tldp d8, d9, [sp, #96]\n\tldp d10, d11, [sp, #112]\n\tldp d12, d13, [sp, #128]\n"
	"\tldp d14, d15, [sp, #144]\n"
	"\tadd sp, sp, #176\n"
	"\tret\n"
	".size rt_swapstack, .-rt_swapstack\n");

static void *initial_sp(char *hi)
{
	uintptr_t *sp = (uintptr_t *)(((uintptr_t)hi & ~(uintptr_t)15) - 176);
	memset(sp, 0, 176);
	sp[11] = (uintptr_t)rt_gostart;   /* x30 */
	return sp;
}
#else
#error "rt_sched.c: no stack switch for this architecture"
#endif

/* ---------------------------------------------------------------- GC roots */

static void push_goroutine_stacks(void)
{
	for (GoG *g = allg; g; g = g->alllink)
		if (g != gort_curg && g->status != G_DEAD && g->status != G_IDLE && g->sched_sp)
			GC_push_all_eager(g->sched_sp, g->stack_hi);
	if (allg_main && allg_main != gort_curg && allg_main->sched_sp)
		GC_push_all_eager(allg_main->sched_sp, allg_main->stack_hi);
	if (prev_push_other_roots)
		prev_push_other_roots();
}

/* Called on the main goroutine's stack once it is set up. */
void rt_sched_init(GoG *g)
{
	struct GC_stack_base sb;
	allg_main = g;
	g->status = G_RUNNING;
	gc_thread_handle = GC_get_my_stackbottom(&sb);
	prev_push_other_roots = GC_get_push_other_roots();
	GC_set_push_other_roots(push_goroutine_stacks);
}

/* ---------------------------------------------------------------- run queue */

static void runq_put(GoG *g)
{
	g->schedlink = NULL;
	if (runq_tail)
		runq_tail->schedlink = g;
	else
		runq_head = g;
	runq_tail = g;
}

static GoG *runq_get(void)
{
	GoG *g = runq_head;
	if (g) {
		runq_head = g->schedlink;
		if (runq_head == NULL)
			runq_tail = NULL;
		g->schedlink = NULL;
	}
	return g;
}

/* Like gc with one P: a goroutine made ready (or just created) runs next;
 * the one it displaces goes to the back of the run queue. */
static GoG *runnext;

void rt_ready(GoG *g)
{
	g->status = G_RUNNABLE;
	g->waitreason = NULL;
	if (runnext)
		runq_put(runnext);
	runnext = g;
}

static GoG *next_runnable(void)
{
	GoG *g = runnext;
	if (g) {
		runnext = NULL;
		return g;
	}
	return runq_get();
}

/* ---------------------------------------------------------------- time */

int64_t gort_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void gort_walltime(int64_t *sec, int32_t *nsec)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	*sec = ts.tv_sec;
	*nsec = (int32_t)ts.tv_nsec;
}

/* Wakes sleepers whose time has come; returns the earliest remaining deadline or -1. */
static int64_t run_timers(void)
{
	if (timers == NULL)
		return -1;
	int64_t now = gort_nanotime();
	while (timers && timers->when <= now) {
		GoG *g = timers;
		timers = g->schedlink;
		rt_ready(g);
	}
	return timers ? timers->when : -1;
}

/* ---------------------------------------------------------------- scheduling */

static GORT_NORETURN void deadlock(void)
{
	GoG *cur = gort_curg;
	if (allg_main && allg_main->status == G_DEAD)
		rt_write_errs("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
	else
		rt_write_errs("fatal error: all goroutines are asleep - deadlock!\n");
	/* gc lists goroutine 1 first, then the others. */
	if (allg_main && allg_main->status == G_WAITING) {
		gort_curg = allg_main;
		rt_print_traceback();
	}
	GoG *rev = NULL;   /* allg is newest first: print oldest first */
	for (GoG *g = allg; g; ) {
		GoG *next = g->alllink;
		g->schedlink = rev;
		rev = g;
		g = next;
	}
	for (GoG *g = rev; g; g = g->schedlink) {
		if (g->status == G_WAITING) {
			gort_curg = g;
			rt_print_traceback();
		}
	}
	gort_curg = cur;
	gort_exit(2);
}

static size_t stack_size = STACK_SIZE;

static char *alloc_stack(void)
{
	char *p = mmap(NULL, stack_size, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED && stack_size > STACK_MIN) {
		stack_size = STACK_MIN;    /* strict overcommit: settle for small stacks */
		p = mmap(NULL, stack_size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	}
	if (p == MAP_FAILED)
		gort_throw("runtime: cannot allocate goroutine stack");
	mprotect(p, STACK_GUARD, PROT_NONE);
	return p;
}

/* Switches from the current goroutine (already queued, parked or dead) to
 * the next runnable one.  Returns when the current goroutine is resumed. */
static void schedule(void)
{
	GoG *cur = gort_curg;
	GoG *next;
	for (;;) {
		run_timers();
		next = next_runnable();
		if (next)
			break;
		int64_t when = run_timers();
		if (when < 0)
			deadlock();
		int64_t d = when - gort_nanotime();
		if (d > 0) {
			struct timespec ts = { d / 1000000000, d % 1000000000 };
			nanosleep(&ts, NULL);
		}
	}
	if (next == cur) {
		cur->status = G_RUNNING;
		return;
	}
	if (next->stack_map == NULL && next != allg_main) {
		next->stack_map = alloc_stack();
		next->stack_lo = next->stack_map + STACK_GUARD;
		next->stack_hi = next->stack_map + stack_size;
	}
	if (next->sched_sp == NULL)
		next->sched_sp = initial_sp(next->stack_hi);
	next->status = G_RUNNING;
	if (cur->status == G_DEAD) {
		cur->schedlink = freeg;
		freeg = cur;
	}
	struct GC_stack_base sb;
	sb.mem_base = next->stack_hi;
	GC_set_stackbottom(gc_thread_handle, &sb);
	gort_curg = next;
	void *sp = next->sched_sp;
	rt_swapstack(&cur->sched_sp, sp);
	/* resumed */
}

void rt_park(const char *reason)
{
	GoG *g = gort_curg;
	g->status = G_WAITING;
	g->waitreason = reason;
	schedule();
}

/* First code run on a new goroutine's stack. */
void rt_gostart(void)
{
	GoG *g = gort_curg;
	g->entry(g->entryarg);
	gort_goexit();
}

static GORT_NORETURN void goexit_finish(void)
{
	GoG *g = gort_curg;
	g->status = G_DEAD;
	g->frames = NULL;
	g->defers = NULL;
	g->panic = NULL;
	g->entry = NULL;
	g->entryarg = NULL;
	ngoroutines--;
	schedule();
	gort_throw("goexit: dead goroutine resumed");
}

void gort_goexit(void)
{
	GoG *g = gort_curg;
	/* Run every pending deferred call, innermost frame first; recover()
	 * returns nil (there is no panic). */
	g->goexiting = 1;
	while (g->defers) {
		GoDeferFrame *df = g->defers;
		GoDefer *d = df->top;
		if (d == NULL) {
			g->defers = df->prev;
			continue;
		}
		df->top = d->link;
		d->fn(d->arg);
	}
	g->goexiting = 0;
	if (g == allg_main) {
		/* The program continues until the other goroutines are done. */
		g->status = G_DEAD;
		ngoroutines--;
		schedule();
		gort_throw("goexit: main resumed");
	}
	goexit_finish();
}

void gort_go(void (*fn)(void *), void *arg)
{
	GoG *g = freeg;
	if (g) {
		freeg = g->schedlink;
		char *map = g->stack_map;
		void *lo = g->stack_lo, *hi = g->stack_hi;
		GoG *link = g->alllink;
		memset(g, 0, sizeof *g);
		g->stack_map = map;
		g->stack_lo = lo;
		g->stack_hi = hi;
		g->alllink = link;
	} else {
		g = GC_MALLOC_UNCOLLECTABLE(sizeof *g);
		if (g == NULL)
			gort_throw("runtime: out of memory");
		memset(g, 0, sizeof *g);
		g->alllink = allg;
		allg = g;
	}
	g->goid = next_goid++;
	g->entry = fn;
	g->entryarg = arg;
	g->sched_sp = NULL;
	ngoroutines++;
	rt_ready(g);
}

static void call_closure(void *arg)
{
	GoFunc *f = arg;
	((void (*)(GoFunc *))f->fn)(f);
}

void gort_gofunc(GoFunc *f)
{
	if (f == NULL)
		gort_panic_errorstring("invalid memory address or nil pointer dereference");
	gort_go(call_closure, f);
}

void gort_gosched(void)
{
	GoG *g = gort_curg;
	if (runq_head == NULL && runnext == NULL && timers == NULL)
		return;
	g->status = G_RUNNABLE;
	runq_put(g);
	schedule();
}

go_int gort_numgoroutine(void)
{
	return ngoroutines;
}

int64_t gort_goid(void)
{
	return gort_curg->goid;
}

void gort_sleep(int64_t ns)
{
	if (ns <= 0) {
		gort_gosched();
		return;
	}
	GoG *g = gort_curg;
	int64_t now = gort_nanotime();
	g->when = ns > INT64_MAX - now ? INT64_MAX : now + ns;
	GoG **pp = &timers;
	while (*pp && (*pp)->when <= g->when)
		pp = &(*pp)->schedlink;
	g->schedlink = *pp;
	*pp = g;
	rt_park("sleep");
}

void gort_gc(void)
{
	GC_gcollect();
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

/* ---------------------------------------------------------------- semaphores */

typedef struct SemaWaiter {
	struct SemaWaiter *next;
	uint32_t *addr;
	GoG *g;
} SemaWaiter;

static SemaWaiter *sema_head, *sema_tail;   /* FIFO of all waiters (few in practice) */

void gort_semacquire(uint32_t *addr)
{
	while (*addr == 0) {
		SemaWaiter w = { NULL, addr, gort_curg };
		if (sema_tail)
			sema_tail->next = &w;
		else
			sema_head = &w;
		sema_tail = &w;
		rt_park("semacquire");
	}
	(*addr)--;
}

void gort_semrelease(uint32_t *addr)
{
	(*addr)++;
	SemaWaiter *prev = NULL;
	for (SemaWaiter *w = sema_head; w; prev = w, w = w->next) {
		if (w->addr == addr) {
			if (prev)
				prev->next = w->next;
			else
				sema_head = w->next;
			if (sema_tail == w)
				sema_tail = prev;
			rt_ready(w->g);
			return;
		}
	}
}
