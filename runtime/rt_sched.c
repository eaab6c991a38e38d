/*
 * rt_sched.c: goroutines on an M:P:G scheduler: Ms (OS threads), Ps (the
 * right to run Go code; GOMAXPROCS of them), run queues, work stealing,
 * parking, timers, the monitor thread (preemption, system-call handoff),
 * semaphores, Goexit and the deadlock check.
 *
 * Model (Go's, see /usr/lib/go-1.19/src/runtime/proc.go for the original):
 *   - an M runs Go code only while it holds a P.  Each P has a local run queue
 *     (a ring of RUNQ_SIZE, lock-free: the owner pushes at the tail, anyone
 *     takes at the head with a CAS) and a runnext slot that the next readied
 *     goroutine takes (so a goroutine woken by a channel operation runs next
 *     and inherits the time slice, which makes ping-pong cheap).  A global run
 *     queue under sched.lock takes overflow and yielded goroutines.
 *   - switching is direct from goroutine to goroutine (rt_swapstack saves the
 *     callee-saved registers on the old stack); only an M that finds nothing
 *     to run switches to its g0 (the thread's own stack), where it looks for
 *     work, steals, runs timers and finally sleeps on its futex.
 *   - whatever must happen after a goroutine is off its stack (releasing the
 *     lock of the wait queue it is on, queueing a yielded goroutine, freeing a
 *     dead one) is recorded in the M and done by after_switch(), the first
 *     thing run on the new stack.  This is what lets rt_ready be called from
 *     any thread: a waker must take the wait-queue lock, which is released
 *     only once the sleeper's registers are saved.
 *   - idle Ms park on futexes; a readied goroutine wakes one idle M only if
 *     there is an idle P and no M is already spinning (looking for work), so
 *     the fast path of a channel operation makes no system call.
 *   - timers live in per-P heaps (tlock).  The M that goes idle last sleeps
 *     with a timeout until the earliest timer; adding an earlier timer wakes
 *     it.
 *   - the netpoller (rt_netpoll.c): while goroutines wait on descriptors, an
 *     M polls epoll (without blocking) before it steals, and the first idle
 *     M blocks in epoll_wait (sched.netpoll_m; until the earliest timer if
 *     it is also the timer sleeper, woken early by rt_netpoll_break) instead
 *     of on its futex.  sysmon polls when nobody did for 10 ms.
 *   - sysmon, a thread outside the Ps, asks a goroutine that has been running
 *     10 ms to yield (it stores GORT_STACK_PREEMPT into that M's
 *     gort_stackguard, which the safepoint polls test), and takes the P of an
 *     M stuck in a system call.  It sleeps when every P is idle.
 *
 * Garbage collection (Boehm): every M is a registered thread
 * (GC_pthread_create).  A thread's stack, as Boehm sees it, must be the
 * goroutine stack its stack pointer is in; rather than telling Boehm on every
 * switch (that needs the GC lock), the bottom is corrected when Boehm looks:
 * our wrapper of Boehm's suspend-signal handler (other threads) and a
 * pre-stop-the-world event (the collecting thread) call fix_stackbottom.
 * The suspend handler runs on the thread's alternate signal stack (its
 * frame does not fit below a goroutine on a 2 KiB first segment), so Boehm
 * scans that stack, which holds the registers the kernel saved; the stack
 * the thread was stopped on is pushed from the interrupted sp (gc_sp) by
 * push_goroutine_stacks.  Every context not running is pushed from its
 * saved sp; pushing a running one from a stale sp as well is harmless.
 *
 * Invariants:
 *   - a G_RUNNABLE goroutine is in exactly one run queue or runnext slot;
 *   - a G_WAITING goroutine is reachable from what it waits on (a channel
 *     queue, a semaphore queue, a timer) and only rt_ready makes it runnable;
 *   - an idle P (sched.pidle) has an empty local run queue;
 *   - sched.lock is never held while taking a channel or timer lock.
 *
 * Rejected: switching through g0 on every park (as Go does) costs a second
 * swap per switch; setting Boehm's stack bottom on every switch needs the GC
 * lock (contended with every allocation) or a signal mask change.
 */
#define _GNU_SOURCE
#include "rt_impl.h"
#include "rt_stack.h"
#ifdef GOSUB_GC_BOEHM
#define GC_THREADS
#include <gc.h>
#include <gc/gc_mark.h>
#else
#include "rt_heap.h"
#define GC_pthread_create pthread_create
#endif
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>

#define PARK_TRIM_SPARE ((size_t)64 << 10)
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

enum { G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD, G_SYSCALL };
enum { P_IDLE, P_RUNNING, P_SYSCALL };
enum { AFTER_NONE, AFTER_GLOBAL, AFTER_DEAD, AFTER_SYSCALL };
enum { TM_READY, TM_CALL, TM_GO };

#define RUNQ_SIZE 256
#define MAXPROCS 256
#define MAXMS 10000
#define PREEMPT_NS 10000000          /* sysmon preempts after 10 ms */
#define SYSCALL_RETAKE_NS 20000      /* and retakes a P after 20 us in a syscall */

typedef struct RtP RtP;
typedef struct RtM RtM;

struct GoTimer {
	int64_t when, period;
	GoG *g;                      /* TM_READY */
	GoFunc *f;                   /* TM_CALL, TM_GO */
	RtP *p;                      /* atomic: heap it is in (tlock), NULL if none */
	int32_t idx;                 /* index in p->timers */
	uint8_t mode;
};

struct RtP {
	int32_t id;
	uint32_t status;             /* atomic: P_* */
	RtM *m;                      /* owner while running or in a syscall */
	RtP *link;                   /* sched.pidle */
	uint32_t schedtick;          /* atomic: goroutine switches */
	uint32_t syscalltick;        /* atomic: system calls */
	uint32_t runqhead, runqtail; /* atomic; head taken by CAS, tail stored by the owner */
	GoG *runq[RUNQ_SIZE];        /* atomic slots */
	GoG *runnext;                /* atomic */
	GoG *batch[RUNQ_SIZE / 2 + 1];   /* runqputslow's buffer (owner only) */
	GoG *gfree;                  /* dead goroutines for reuse (owner only) */
	int32_t ngfree;
	RtLock tlock;                /* protects timers, ntimers, tcap */
	GoTimer **timers;            /* min-heap on when */
	int32_t ntimers, tcap;
	int64_t timer0;              /* atomic: when of timers[0], 0 if none */
	/* sysmon's private view */
	uint32_t sm_tick, sm_stick;
	int64_t sm_when, sm_swhen;
};

struct RtM {
	int32_t id;
	GoG g0;                      /* the scheduler context on the thread's own stack */
	GoG *curg;                   /* context running (g0 or a goroutine) */
	GoG *prevg;                  /* context being switched away from */
	RtP *p;                      /* P held (NULL while idle or in a syscall) */
	RtP *nextp;                  /* P handed over by whoever woke it */
	RtP *oldp;                   /* P left behind by entersyscall */
	uint32_t park;               /* futex note: 1 = woken */
	RtM *link;                   /* sched.midle */
	RtM *alllink;
	bool spinning;               /* looking for work, counted in sched.nmspinning */
	bool idle;                   /* in sched.midle (sched.lock) */
	uintptr_t *stackguard;       /* this thread's gort_stackguard */
	void *gc_handle;             /* Boehm's thread handle */
	void *gc_bottom;             /* stack bottom last given to Boehm */
	void *gc_sp;                 /* stack pointer when the world stopped for Boehm */
	char *alt_lo, *alt_hi;       /* the thread's alternate signal stack */
	int32_t locks;               /* > 0: do not yield (runtime code on a goroutine stack) */
	/* after_switch work, set by the context switching away */
	RtLock *after_unlock;
	void (*after_fn)(void *);
	void *after_arg;
	GoG *after_g;
	int after_kind;
	uint64_t rand;
};

static struct {
	RtLock lock;
	GoG *runqhead, *runqtail;    /* global run queue */
	int32_t runqsize;            /* atomic reads allowed */
	RtP *pidle;
	int32_t npidle;              /* atomic */
	RtM *midle;
	int32_t nmidle, mcount;
	int32_t nmspinning;          /* atomic */
	int32_t nsyscall;            /* atomic: goroutines in system calls */
	GoG *gfree;                  /* global dead-goroutine list */
	int32_t ngfree;
	RtM *timer_sleeper;          /* idle M sleeping until sleep_until */
	int64_t sleep_until;         /* atomic */
	uint32_t sysmon_note;        /* futex word sysmon sleeps on */
	uint32_t sysmon_wait;        /* atomic: sysmon sleeps until woken */
	uint32_t stopwait;           /* atomic: GOMAXPROCS change in progress; futex
	                                for Ms waiting for the world to start */
	uint32_t stopseq;            /* futex: bumped when a P stops during a stopwait */
	RtM *netpoll_m;              /* idle M blocked in rt_netpoll (atomic reads allowed) */
	int64_t lastpoll;            /* atomic: nanotime of the last rt_netpoll */
} sched;

static RtP *allp[MAXPROCS];
static int32_t gomaxprocs;           /* atomic */
static RtM *allm;                    /* atomic head: every M, newest first */
static GoG *allg;                    /* atomic head: every goroutine except g0s */
static GoG *allg_main;
static int64_t next_goid = 6;        /* atomic; gc's first user goroutine with GOMAXPROCS=1 */
static go_int ngoroutines = 1;       /* atomic */
#ifdef GOSUB_GC_BOEHM
static void *main_gc_handle;
static GC_push_other_roots_proc prev_push_other_roots;
static GC_on_collection_event_proc prev_gc_event;
static struct sigaction boehm_suspend;
#endif
static int ncpu;

static _Thread_local RtM *rt_m;
/* The id of the P this thread's M holds, or -1: the allocator reads it on
 * every allocation (rt_cur_pid), so it is a thread-local of its own, kept
 * by setp, the one writer of m->p, which only m's own thread calls. */
_Thread_local int rt_tls_pid = -1;

static void setp(RtM *m, RtP *p)
{
	m->p = p;
	rt_tls_pid = p ? p->id : -1;
}

/* ThreadSanitizer (the runtime unit tests' TSan build): every context is a
 * fiber, and a switch tells TSan, which then orders the two fibers. */
#if defined(__SANITIZE_THREAD__)
#define RT_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RT_TSAN 1
#endif
#endif
#ifdef RT_TSAN
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
static void race_switch(GoG *next)
{
	if (next->racectx == NULL)
		next->racectx = __tsan_create_fiber(0);
	__tsan_switch_to_fiber(next->racectx, 0);
}
#else
#define race_switch(next) ((void)0)
#endif

void rt_swapstack(void **save_sp, void *new_sp);
void rt_gostart(void);
static void schedule(GoG *cur);
static void wakep(void);
static void startm(RtP *p, bool spinning);
static int64_t run_timers(RtP *p, int64_t now);
static void wake_timer_sleeper(int64_t when);

/* The M running this code.  Not inlined, and read after every switch: a
 * goroutine may resume on another thread, and a compiler may otherwise keep
 * the address of a thread-local in a register across rt_swapstack. */
static __attribute__((noinline)) RtM *getm(void)
{
	RtM *m = rt_m;
	__asm__ volatile("" : "+r"(m));
	return m;
}

#if defined(__x86_64__)
#define cpu_relax() __builtin_ia32_pause()
#elif defined(__aarch64__)
#define cpu_relax() __asm__ volatile("yield")
#else
#define cpu_relax() ((void)0)
#endif

#define LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define RLOAD(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define RSTORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define XADD(p, v) __atomic_add_fetch((p), (v), __ATOMIC_SEQ_CST)
#define CAS(p, o, n) __extension__({ __typeof__(*(p)) o_ = (o); \
	__atomic_compare_exchange_n((p), &o_, (n), 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED); })

/* ---------------------------------------------------------------- futexes and locks */

void rt_futex_wait(uint32_t *addr, uint32_t val, int64_t ns)
{
	struct timespec ts, *tp = NULL;
	if (ns >= 0) {
		ts.tv_sec = ns / 1000000000;
		ts.tv_nsec = ns % 1000000000;
		tp = &ts;
	}
	syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, tp, NULL, 0);
}

void rt_futex_wake(uint32_t *addr, int n)
{
	syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

/* A waiter spins a little before sleeping: runtime locks are held for tens
 * of nanoseconds (a channel operation), far less than a futex sleep and
 * wakeup.  It looks at the lock between growing runs of pauses, not after
 * every pause: each look pulls the lock's cache line (which holds the
 * channel's fields too) away from the holder, and two threads passing one
 * line back and forth made a contended channel 3x slower than gc's (which
 * also spins in runs, lock_futex.go).  Bounded: LOCK_SPIN_FIRST *
 * (2^LOCK_SPIN_ROUNDS - 1) pauses, ~3 us, then the futex.  key becomes 2
 * (waiters) once this thread has slept: others may sleep too, so its
 * unlock must wake one. */
#define LOCK_SPIN_ROUNDS 5
#define LOCK_SPIN_FIRST 4

void rt_lock_slow(RtLock *l)
{
	uint32_t v = 1;
	for (;;) {
		for (int i = 0; i < LOCK_SPIN_ROUNDS; i++) {
			for (int k = LOCK_SPIN_FIRST << i; k > 0; k--)
				cpu_relax();
			if (RLOAD(&l->key) == 0 && CAS(&l->key, 0, v))
				return;
		}
		if (__atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE) == 0)
			return;
		v = 2;
		rt_futex_wait(&l->key, 2, -1);
	}
}

void rt_unlock_slow(RtLock *l)
{
	rt_futex_wake(&l->key, 1);
}

/* Notes: one-shot wakeups of a sleeping M. */
static void notesleep(uint32_t *n, int64_t ns)
{
	if (ns < 0) {
		while (LOAD(n) == 0)
			rt_futex_wait(n, 0, -1);
	} else if (LOAD(n) == 0) {
		rt_futex_wait(n, 0, ns);
	}
}

static void notewakeup(uint32_t *n)
{
	STORE(n, 1);
	rt_futex_wake(n, 1);
}

/* ---------------------------------------------------------------- stack switching */

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

/* ---------------------------------------------------------------- goroutine stacks
 * Segmented stacks (rt_stack.c): a goroutine gets its first segment when it
 * first runs and gives its segments back once the scheduler has switched away
 * from it dead.  stack_start/stack_guard are the only places that know. */

/* Gives g a stack if it has none; returns the top to start it on. */
static void *stack_start(GoG *g)
{
	return g->stack.cur ? g->stack_hi : rt_stack_init(g);
}

static inline uintptr_t stack_guard(GoG *g)
{
	return rt_stack_guard(g);
}

/* ---------------------------------------------------------------- GC roots (Boehm) */
#ifdef GOSUB_GC_BOEHM

/* Records where the thread stopped (sp) and tells Boehm the stack of this
 * thread is the one holding here, the caller's frame (see top): the
 * alternate signal stack (Boehm's suspend handler runs there), a goroutine's
 * stack segment, or the thread's own stack (g0). */
static void fix_stackbottom(void *here, void *sp)
{
	RtM *m = rt_m;
	if (m == NULL)
		return;
	m->gc_sp = sp;
	void *top = NULL;
	if ((char *)here >= m->alt_lo && (char *)here < m->alt_hi)
		top = m->alt_hi;
	else
		top = rt_stack_top_of(here);
	if (top == NULL && (char *)here >= (char *)m->g0.stack_lo && (char *)here < (char *)m->g0.stack_hi)
		top = m->g0.stack_hi;
	if (top && m->gc_bottom != top) {
		struct GC_stack_base sb;
		sb.mem_base = top;
		GC_set_stackbottom(m->gc_handle, &sb);
		m->gc_bottom = top;
	}
}

/* The stack pointer a signal interrupted. */
static void *uctx_sp(void *uctx)
{
	ucontext_t *uc = uctx;
#if defined(__x86_64__)
	return (void *)(uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
	return (void *)(uintptr_t)uc->uc_mcontext.sp;
#endif
}

/* Boehm's suspend signal runs on the alternate signal stack (SA_ONSTACK):
 * its frame (~3.4 KB with AVX-512 state) would not fit below a goroutine on
 * a packed 2 KiB first segment.  Boehm scans the alternate stack (with the
 * registers the kernel saved there) as the thread's stack;
 * push_goroutine_stacks scans the stack the thread was stopped on. */
static void suspend_wrapper(int sig, siginfo_t *info, void *uctx)
{
	int e = errno;
	char here;
	fix_stackbottom(&here, uctx_sp(uctx));
	errno = e;
	if (boehm_suspend.sa_flags & SA_SIGINFO)
		boehm_suspend.sa_sigaction(sig, info, uctx);
	else
		boehm_suspend.sa_handler(sig);
}

static void GC_CALLBACK gc_event(GC_EventType ev)
{
	if (ev == GC_EVENT_PRE_STOP_WORLD || ev == GC_EVENT_START) {
		char here;
		fix_stackbottom(&here, &here);
	}
	if (prev_gc_event)
		prev_gc_event(ev);
}

static void push_range(void *lo, void *hi)
{
	GC_push_all_eager(lo, hi);
}

/* A goroutine's stack: its current segment from the saved sp (if that is in
 * it: a running goroutine's current segment is its thread's stack, which
 * Boehm scans), and the used parts of its older segments. */
static void push_stack(GoG *g)
{
	GoStackSeg *s = g->stack.cur;
	if (s == NULL)
		return;
	char *top = rt_stack_seg_top(s), *sp = g->sched_sp;
	if (sp && sp >= s->lo && sp < top)
		GC_push_all_eager(sp, top);
	rt_stack_scan_older(g, push_range);
}

#define RED_ZONE 128                 /* x86-64 leaf functions use it below sp */

/* A thread's own stack (g0): from where the thread stopped if it runs on
 * g0, else from where g0 was switched out. */
static void push_g0(RtM *m)
{
	GoG *g = &m->g0;
	char *lo = g->stack_lo, *hi = g->stack_hi, *sp = m->gc_sp;
	if (!(sp && sp >= lo && sp < hi))
		sp = g->sched_sp;
	if (sp && sp >= lo && sp < hi)
		GC_push_all_eager(sp - RED_ZONE > lo ? sp - RED_ZONE : lo, hi);
}

/* The goroutine segment the thread stopped on, from its sp: Boehm's own
 * scan of a stopped thread covers only the alternate signal stack. */
static void push_stopped(RtM *m)
{
	char *sp = m->gc_sp;
	GoStackSeg *s = sp ? rt_stack_seg_of(sp) : NULL;
	if (s == NULL)
		return;
	char *lo = sp - RED_ZONE;
	if (sp >= s->lo && lo < s->lo)
		lo = s->lo;
	GC_push_all_eager(lo, rt_stack_seg_top(s));
}

/* Runs with the world stopped: the lists are only ever prepended to. */
static void push_goroutine_stacks(void)
{
	for (GoG *g = LOAD(&allg); g; g = g->alllink)
		if (RLOAD(&g->status) != G_DEAD)
			push_stack(g);
	if (allg_main && RLOAD(&allg_main->status) != G_DEAD)
		push_stack(allg_main);
	for (RtM *m = LOAD(&allm); m; m = m->alllink) {
		push_g0(m);
		push_stopped(m);
		/* Goroutines on a thread (or being switched): their whole current
		 * segment, whatever Boehm's own scan of the thread covers. */
		GoG *on[2] = { m->curg, m->prevg };
		for (int i = 0; i < 2; i++) {
			GoG *g = on[i];
			if (g && g != &m->g0 && g->stack.cur) {
				/* from where the thread stopped if that is in the segment
				 * (main's first segment is big: never push it whole) */
				char *lo = g->stack.cur->lo, *top = rt_stack_seg_top(g->stack.cur);
				char *sp = m->gc_sp;
				if (sp && sp >= lo && sp < top)
					lo = sp - 256 > lo ? sp - 256 : lo;
				GC_push_all_eager(lo, top);
			}
		}
	}
	if (prev_push_other_roots)
		prev_push_other_roots();
}
#endif

/* ---------------------------------------------------------------- run queues */

static void globrunqput_locked(GoG *g)
{
	g->schedlink = NULL;
	if (sched.runqtail)
		sched.runqtail->schedlink = g;
	else
		sched.runqhead = g;
	sched.runqtail = g;
	RSTORE(&sched.runqsize, sched.runqsize + 1);
}

static void globrunqput(GoG *g)
{
	rt_lock(&sched.lock);
	globrunqput_locked(g);
	rt_unlock(&sched.lock);
}

/* Takes one goroutine from the global queue and moves a fair share of the
 * rest into p's local queue.  sched.lock held. */
static GoG *globrunqget_locked(RtP *p, int32_t max)
{
	int32_t n = sched.runqsize;
	if (n == 0)
		return NULL;
	int32_t np = RLOAD(&gomaxprocs);
	int32_t take = n / np + 1;
	if (take > n)
		take = n;
	if (max > 0 && take > max)
		take = max;
	int32_t room = RUNQ_SIZE - (int32_t)(p->runqtail - LOAD(&p->runqhead));
	if (take > room / 2 + 1)
		take = room / 2 + 1;
	GoG *g = sched.runqhead;
	sched.runqhead = g->schedlink;
	take--;
	while (take-- > 0) {
		GoG *h = sched.runqhead;
		sched.runqhead = h->schedlink;
		uint32_t t = p->runqtail;
		RSTORE(&p->runq[t % RUNQ_SIZE], h);
		STORE(&p->runqtail, t + 1);
		n--;
	}
	n--;
	if (sched.runqhead == NULL)
		sched.runqtail = NULL;
	RSTORE(&sched.runqsize, n);
	g->schedlink = NULL;
	return g;
}

/* Local queue full: move half of it and g to the global queue. */
static bool runqputslow(RtP *p, GoG *g, uint32_t h, uint32_t t)
{
	GoG **batch = p->batch;    /* not on the stack: this may run in a segment's reserve */
	uint32_t n = (t - h) / 2;
	for (uint32_t i = 0; i < n; i++)
		batch[i] = RLOAD(&p->runq[(h + i) % RUNQ_SIZE]);
	if (!__atomic_compare_exchange_n(&p->runqhead, &h, h + n, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
		return false;
	batch[n] = g;
	rt_lock(&sched.lock);
	for (uint32_t i = 0; i <= n; i++)
		globrunqput_locked(batch[i]);
	rt_unlock(&sched.lock);
	return true;
}

/* Owner only.  next: put g in runnext (kicking the old one to the tail). */
static void runqput(RtP *p, GoG *g, bool next)
{
	if (next) {
		GoG *old = __atomic_exchange_n(&p->runnext, g, __ATOMIC_ACQ_REL);
		if (old == NULL)
			return;
		g = old;
	}
	for (;;) {
		uint32_t h = LOAD(&p->runqhead);
		uint32_t t = p->runqtail;
		if (t - h < RUNQ_SIZE) {
			RSTORE(&p->runq[t % RUNQ_SIZE], g);
			STORE(&p->runqtail, t + 1);
			return;
		}
		if (runqputslow(p, g, h, t))
			return;
	}
}

/* Owner only. */
static GoG *runqget(RtP *p)
{
	GoG *next = LOAD(&p->runnext);
	if (next && CAS(&p->runnext, next, NULL))
		return next;
	for (;;) {
		uint32_t h = LOAD(&p->runqhead);
		uint32_t t = p->runqtail;
		if (t == h)
			return NULL;
		GoG *g = RLOAD(&p->runq[h % RUNQ_SIZE]);
		if (__atomic_compare_exchange_n(&p->runqhead, &h, h + 1, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			return g;
	}
}

static bool runqempty(RtP *p)
{
	for (;;) {
		uint32_t h = LOAD(&p->runqhead);
		uint32_t t = LOAD(&p->runqtail);
		GoG *next = LOAD(&p->runnext);
		if (t == LOAD(&p->runqtail))
			return h == t && next == NULL;
	}
}

/* Steals half of victim's queue into p's; returns one of the goroutines. */
static GoG *runqsteal(RtP *p, RtP *victim, bool stealnext)
{
	uint32_t t = p->runqtail;
	for (;;) {
		uint32_t h = LOAD(&victim->runqhead);
		uint32_t vt = LOAD(&victim->runqtail);
		uint32_t n = vt - h;
		n = n - n / 2;
		if (n == 0) {
			if (stealnext) {
				GoG *next = LOAD(&victim->runnext);
				if (next == NULL)
					return NULL;
				/* A running victim is probably about to run its runnext
				 * (the goroutine it just woke: a channel handoff takes
				 * ~100 ns): give it a few us before taking it, as gc does. */
				if (LOAD(&victim->status) == P_RUNNING)
					for (int i = 0; i < 16 && LOAD(&victim->runnext) == next; i++)
						cpu_relax();   /* ~40 ns each on current x86: ~0.6 us */
				if (CAS(&victim->runnext, next, NULL))
					return next;
			}
			return NULL;
		}
		if (n > RUNQ_SIZE / 2)
			continue;   /* inconsistent h and vt: retry */
		for (uint32_t i = 0; i < n; i++)
			RSTORE(&p->runq[(t + i) % RUNQ_SIZE], RLOAD(&victim->runq[(h + i) % RUNQ_SIZE]));
		if (__atomic_compare_exchange_n(&victim->runqhead, &h, h + n, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
			n--;
			GoG *g = RLOAD(&p->runq[(t + n) % RUNQ_SIZE]);
			if (n)
				STORE(&p->runqtail, t + n);
			return g;
		}
	}
}

/* ---------------------------------------------------------------- Ps and Ms */

/* Runtime code runs on goroutine stack segments with only a small reserve
 * below the guard: anything that may run deep (a Boehm allocation can
 * collect; pthread_create) goes through rt_stack_ensure. */
typedef struct { size_t n; void *p; } UncArgs;

static void unc_thunk(void *arg)
{
	UncArgs *a = arg;
#ifdef GOSUB_GC_BOEHM
	a->p = GC_MALLOC_UNCOLLECTABLE(a->n);
#else
	a->p = malloc(a->n);   /* scheduler structures: the collector finds their roots itself */
#endif
}

static void *alloc_uncollectable(size_t n)
{
	UncArgs a = { n, NULL };
	if (rt_stack_avail() < RT_STACK_ALLOC_NEED)
		rt_stack_ensure(RT_STACK_ALLOC_NEED, unc_thunk, &a);
	else
		unc_thunk(&a);
	if (a.p == NULL)
		gort_throw("runtime: out of memory");
	memset(a.p, 0, n);
	return a.p;
}

static RtP *newp(int32_t id)
{
	RtP *p = alloc_uncollectable(sizeof *p);
	p->id = id;
	return p;
}

static RtP *pidleget_locked(void)
{
	RtP *p = sched.pidle;
	if (p) {
		sched.pidle = p->link;
		XADD(&sched.npidle, -1);
		p->link = NULL;
		/* taken: no longer idle for procresize, even before an M acquires it */
		STORE(&p->status, P_RUNNING);
	}
	return p;
}

/* A P went idle or into a system call: the world stopper may be waiting. */
static void stopper_wake(void)
{
	if (LOAD(&sched.stopwait)) {
		XADD(&sched.stopseq, 1);
		rt_futex_wake(&sched.stopseq, 1);
	}
}

/* The stopper waits for the next P to stop: woken by stopper_wake, and after
 * 1 ms in any case to preempt again a P that changed M meanwhile. */
static void stopper_wait(uint32_t seq)
{
	rt_futex_wait(&sched.stopseq, seq, 1000000);
}

static void pidleput_locked(RtP *p)
{
	STORE(&p->status, P_IDLE);
	RSTORE(&p->m, NULL);
	p->link = sched.pidle;
	sched.pidle = p;
	XADD(&sched.npidle, 1);
	stopper_wake();
}

static void acquirep(RtM *m, RtP *p)
{
	setp(m, p);
	RSTORE(&p->m, m);
	STORE(&p->status, P_RUNNING);
	if (LOAD(&sched.sysmon_wait) && CAS(&sched.sysmon_wait, 1, 0))
		notewakeup(&sched.sysmon_note);
}

static void *mstart(void *arg);

typedef struct { RtP *p; bool spinning; } NewmArgs;
static void newm_thunk(void *arg);

static void newm(RtP *p, bool spinning)
{
	NewmArgs a = { p, spinning };
	if (rt_stack_avail() < RT_STACK_ALLOC_NEED)
		rt_stack_ensure(RT_STACK_ALLOC_NEED, newm_thunk, &a);
	else
		newm_thunk(&a);
}

static void newm_thunk(void *arg)
{
	NewmArgs *a = arg;
	RtP *p = a->p;
	bool spinning = a->spinning;
	RtM *m = alloc_uncollectable(sizeof *m);
	m->nextp = p;
	m->spinning = spinning;
	rt_lock(&sched.lock);
	m->id = sched.mcount++;
	if (sched.mcount > MAXMS)
		gort_throw("thread exhaustion");
	rt_unlock(&sched.lock);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, (size_t)1 << 20);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_t th;
	if (GC_pthread_create(&th, &attr, mstart, m) != 0)
		gort_throw("newosproc");
	pthread_attr_destroy(&attr);
}

/* Hands p (or an idle P if p is NULL) to an idle or new M. */
static void startm(RtP *p, bool spinning)
{
	rt_lock(&sched.lock);
	if (p == NULL) {
		p = pidleget_locked();
		if (p == NULL) {
			rt_unlock(&sched.lock);
			if (spinning)
				XADD(&sched.nmspinning, -1);
			return;
		}
	}
	RtM *m = sched.midle;
	if (m) {
		sched.midle = m->link;
		sched.nmidle--;
		/* under the lock: an M that timed out sees idle and nextp agree */
		m->idle = false;
		m->spinning = spinning;
		m->nextp = p;
		if (sched.timer_sleeper == m) {
			sched.timer_sleeper = NULL;
			STORE(&sched.sleep_until, 0);
		}
	}
	rt_unlock(&sched.lock);
	if (m == NULL) {
		newm(p, spinning);
		return;
	}
	notewakeup(&m->park);
}

/* A goroutine became runnable: start an M if a P is idle and nobody looks. */
static void wakep(void)
{
	if (LOAD(&sched.npidle) == 0 || LOAD(&sched.nmspinning) != 0)
		return;
	if (!CAS(&sched.nmspinning, 0, 1))
		return;
	startm(NULL, true);
}

/* ---------------------------------------------------------------- switching */

/* Work the previous context left for after it is off its stack. */
static __attribute__((noinline)) void after_switch(void)
{
	RtM *m = getm();
	RtLock *l = m->after_unlock;
	GoG *g = m->after_g;
	int kind = m->after_kind;
	void (*fn)(void *) = m->after_fn;
	void *arg = m->after_arg;
	m->after_unlock = NULL;
	m->after_fn = NULL;
	m->after_g = NULL;
	m->after_kind = AFTER_NONE;
	m->prevg = NULL;
	if (l)
		rt_unlock(l);
	if (fn)
		fn(arg);
	switch (kind) {
	case AFTER_GLOBAL:
		STORE(&g->status, G_RUNNABLE);
		globrunqput(g);
		wakep();
		break;
	case AFTER_SYSCALL:
		STORE(&g->status, G_RUNNABLE);
		globrunqput(g);
		XADD(&sched.nsyscall, -1);
		wakep();
		break;
	case AFTER_DEAD: {
		RtP *p = m->p;
		rt_stack_release(g);
		g->schedlink = p->gfree;
		p->gfree = g;
		if (++p->ngfree > 64) {
			rt_lock(&sched.lock);
			while (p->ngfree > 32) {
				GoG *d = p->gfree;
				p->gfree = d->schedlink;
				p->ngfree--;
				d->schedlink = sched.gfree;
				sched.gfree = d;
				sched.ngfree++;
			}
			rt_unlock(&sched.lock);
		}
		break;
	}
	}
}

/* Switches from cur to next on this M; returns when cur is resumed. */
static void switch_to(RtM *m, GoG *cur, GoG *next)
{
	/* cur's guard is at hand; next's would be read from its segment's
	 * header, a cache miss on most switches (the header is far from the
	 * frames the goroutine parked in). */
	uintptr_t gd = __atomic_load_n(m->stackguard, __ATOMIC_RELAXED);
	cur->sched_guard = gd == GORT_STACK_PREEMPT ? 0 : gd;
	m->prevg = cur;
	m->curg = next;
	next->m = m;
	if (next != &m->g0) {
		STORE(&next->status, G_RUNNING);
		XADD(&m->p->schedtick, 1);
		if (next->sched_sp == NULL)
			next->sched_sp = initial_sp(stack_start(next));
	}
	gort_curg = next;
	gd = next->sched_guard;
	__atomic_store_n(m->stackguard, gd ? gd : stack_guard(next), __ATOMIC_RELAXED);
	race_switch(next);
	rt_swapstack(&cur->sched_sp, next->sched_sp);
	after_switch();
}

/* Called on a goroutine's stack after it queued, parked or killed itself
 * (the matching after_* work is in the M): runs the next local goroutine,
 * or goes to g0 to look harder. */
static void schedule(GoG *cur)
{
	RtM *m = getm();
	RtP *p = m->p;
	GoG *next = NULL;
	int64_t t0 = RLOAD(&p->timer0);
	bool timers_due = t0 != 0 && t0 <= gort_nanotime();
	if (!timers_due && !LOAD(&sched.stopwait)) {
		if ((p->schedtick % 61) == 0 && RLOAD(&sched.runqsize) > 0) {
			rt_lock(&sched.lock);
			next = globrunqget_locked(p, 1);
			rt_unlock(&sched.lock);
		}
		if (next == NULL)
			next = runqget(p);
	}
	if (next == NULL)
		next = &m->g0;
	else if (RLOAD(&sched.runqsize) + (int32_t)(p->runqtail - LOAD(&p->runqhead)) > 0)
		wakep();
	switch_to(m, cur, next);
}

/* A goroutine about to park gives back a big spare segment (the one a deep
 * runtime call such as an allocation left behind): many parked goroutines
 * must not each keep one.  Small spares stay, against the hot split. */
static void park_trim_stack(GoG *g)
{
	GoStackSeg *cur = g->stack.cur;
	if (cur && cur->next && cur->next->size >= PARK_TRIM_SPARE)
		rt_stack_shrink(g);
}

void rt_park_unlock(const char *reason, RtLock *l)
{
	RtM *m = getm();
	GoG *g = gort_curg;
	park_trim_stack(g);
	g->waitreason = reason;
	STORE(&g->status, G_WAITING);
	m->after_unlock = l;
	schedule(g);
}

void rt_park_fn(const char *reason, void (*fn)(void *), void *arg)
{
	RtM *m = getm();
	GoG *g = gort_curg;
	park_trim_stack(g);
	g->waitreason = reason;
	STORE(&g->status, G_WAITING);
	m->after_fn = fn;
	m->after_arg = arg;
	schedule(g);
}

void rt_park(const char *reason)
{
	rt_park_unlock(reason, NULL);
}

void rt_ready(GoG *g)
{
	RtM *m = rt_m;
	g->waitreason = NULL;
	if (m && m->p && m->locks >= 0) {
		STORE(&g->status, G_RUNNABLE);
		runqput(m->p, g, true);
		wakep();
		return;
	}
	STORE(&g->status, G_RUNNABLE);
	globrunqput(g);
	wakep();
}

/* ---------------------------------------------------------------- finding work (g0) */

static GORT_NORETURN void deadlock(void);
static void stop_for_resize(RtM *m);

static uint32_t mrand(RtM *m)
{
	m->rand = m->rand * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)(m->rand >> 33);
}

/* Runs due timers of every P into p's queue; returns the earliest pending when (0: none). */
static int64_t check_all_timers(RtP *p, int64_t now)
{
	int64_t next = 0;
	int32_t np = RLOAD(&gomaxprocs);
	for (int32_t i = 0; i < np; i++) {
		RtP *q = allp[i];
		int64_t w = RLOAD(&q->timer0);
		if (w != 0 && w <= now && p)
			w = run_timers(q, now);
		if (w != 0 && (next == 0 || w < next))
			next = w;
	}
	return next;
}

static bool any_work(void)
{
	if (RLOAD(&sched.runqsize) > 0)
		return true;
	int32_t np = RLOAD(&gomaxprocs);
	for (int32_t i = 0; i < np; i++)
		if (!runqempty(allp[i]))
			return true;
	return false;
}

static void stopm_spinning(RtM *m)
{
	if (m->spinning) {
		m->spinning = false;
		XADD(&sched.nmspinning, -1);
	}
}

/* Queues goroutines the netpoller readied: on p, or globally if p is NULL. */
static void netpoll_inject(RtP *p, GoG *list)
{
	while (list) {
		GoG *g = list;
		list = g->schedlink;
		STORE(&g->status, G_RUNNABLE);
		if (p) {
			runqput(p, g, false);
		} else {
			rt_lock(&sched.lock);
			globrunqput_locked(g);
			rt_unlock(&sched.lock);
		}
	}
	if (p == NULL)
		wakep();
}

static GoG *netpoll_now(int64_t ns)
{
	GoG *list = rt_netpoll(ns);
	RSTORE(&sched.lastpoll, gort_nanotime());
	return list;
}

/* Blocks until a goroutine can run on this M; returns it with m->p set. */
static GoG *findrunnable(RtM *m)
{
	bool polled = false;   /* our blocking poll found work for busy Ps only */
	for (;;) {
		GoG *g;
		if (m->p == NULL) {
			if (m->nextp) {
				acquirep(m, m->nextp);
				m->nextp = NULL;
			} else {
				rt_lock(&sched.lock);
				RtP *p = LOAD(&sched.stopwait) ? NULL : pidleget_locked();
				rt_unlock(&sched.lock);
				if (p)
					acquirep(m, p);
			}
		}
		RtP *p = m->p;
		if (p && LOAD(&sched.stopwait)) {
			stop_for_resize(m);
			continue;
		}
		if (p) {
			int64_t now = gort_nanotime();
			check_all_timers(p, now);    /* any P's due timers: theirs may be busy or idle */
			g = runqget(p);
			if (g)
				goto found;
			if (RLOAD(&sched.runqsize) > 0) {
				rt_lock(&sched.lock);
				g = globrunqget_locked(p, 0);
				rt_unlock(&sched.lock);
				if (g)
					goto found;
			}
			/* Descriptors that became ready, unless an idle M blocks in
			 * epoll_wait (it gets them). */
			if (rt_netpoll_waiting() && RLOAD(&sched.netpoll_m) == NULL) {
				GoG *list = netpoll_now(0);
				if (list) {
					g = list;
					netpoll_inject(p, g->schedlink);
					STORE(&g->status, G_RUNNABLE);
					goto found;
				}
			}
			/* Steal, but with at most half the busy Ps' worth of spinning Ms. */
			int32_t np = RLOAD(&gomaxprocs);
			if (!m->spinning && 2 * LOAD(&sched.nmspinning) < np - LOAD(&sched.npidle)) {
				m->spinning = true;
				XADD(&sched.nmspinning, 1);
			}
			if (m->spinning) {
				for (int round = 0; round < 4; round++) {
					uint32_t start = mrand(m);
					for (int32_t k = 0; k < np; k++) {
						RtP *v = allp[(start + (uint32_t)k) % (uint32_t)np];
						if (v == p)
							continue;
						if (round == 3) {
							int64_t w = RLOAD(&v->timer0);
							if (w != 0 && w <= now) {
								run_timers(v, now);
								if ((g = runqget(p)) != NULL)
									goto found;
							}
						}
						g = runqsteal(p, v, round == 3);
						if (g)
							goto found;
					}
				}
			}
			/* Nothing: give up the P. */
			rt_lock(&sched.lock);
			if (sched.runqsize > 0) {
				g = globrunqget_locked(p, 0);
				rt_unlock(&sched.lock);
				goto found;
			}
			setp(m, NULL);
			pidleput_locked(p);
			rt_unlock(&sched.lock);
			bool was_spinning = m->spinning;
			stopm_spinning(m);
			/* Work readied after our last look would be lost if every
			 * M decided to sleep: look once more. */
			if (was_spinning && any_work()) {
				rt_lock(&sched.lock);
				p = pidleget_locked();
				rt_unlock(&sched.lock);
				if (p) {
					acquirep(m, p);
					m->spinning = true;
					XADD(&sched.nmspinning, 1);
					continue;
				}
			}
		}
		/* Sleep.  The first idle M with timers pending sleeps until the
		 * earliest; others sleep until woken. */
		int64_t now = gort_nanotime();
		int64_t when = check_all_timers(NULL, now);
		rt_lock(&sched.lock);
		if (m->nextp) {
			rt_unlock(&sched.lock);
			continue;
		}
		if (when != 0 && when <= now) {
			RtP *q = pidleget_locked();
			rt_unlock(&sched.lock);
			if (q) {
				acquirep(m, q);
				continue;
			}
			rt_lock(&sched.lock);
			when = 0;   /* every P busy: their Ms will run the timers */
		}
		/* Sleep until the earliest timer if no idle M already sleeps until
		 * then or sooner (a sleeper we replace wakes at its later time and
		 * looks again). */
		int64_t timeout = -1;
		if (when != 0 && (sched.timer_sleeper == NULL || when < sched.sleep_until)) {
			sched.timer_sleeper = m;
			STORE(&sched.sleep_until, when);
			timeout = when - now;
		}
		/* Goroutines wait on descriptors and no M polls: block in epoll. */
		if (!polled && sched.netpoll_m == NULL && rt_netpoll_waiting()) {
			RSTORE(&sched.netpoll_m, m);
			rt_unlock(&sched.lock);
			GoG *list = netpoll_now(timeout);
			rt_lock(&sched.lock);
			RSTORE(&sched.netpoll_m, NULL);
			if (sched.timer_sleeper == m) {
				sched.timer_sleeper = NULL;
				STORE(&sched.sleep_until, 0);
			}
			RtP *q = NULL;
			if (list && !LOAD(&sched.stopwait))
				q = pidleget_locked();
			rt_unlock(&sched.lock);
			if (q)
				acquirep(m, q);
			netpoll_inject(q, list);   /* every P busy: the global queue */
			/* With every P busy, polling again at once would mostly find
			 * one descriptor at a time (loopback makes the peer ready
			 * within the writer's syscall) and pay an epoll_wait and a
			 * global-queue lock for each: sleep instead.  The busy Ps
			 * poll without blocking when they run dry, and the next M
			 * to go idle blocks in epoll_wait. */
			polled = q == NULL && list != NULL;
			continue;
		}
		polled = false;
		/* Once the netpoller is in use gc never reports a deadlock (an
		 * M of its own sits in epoll_wait for the runtime's timers), so
		 * neither do we: such a program hangs, as under gc. */
		if (when == 0 && sched.timer_sleeper == NULL && sched.netpoll_m == NULL &&
		    !rt_netpoll_inited() &&
		    LOAD(&sched.npidle) == LOAD(&gomaxprocs) && LOAD(&sched.nsyscall) == 0 &&
		    sched.runqsize == 0 && !LOAD(&sched.stopwait) && !any_work())
			deadlock();
		STORE(&m->park, 0);
		m->idle = true;
		m->link = sched.midle;
		sched.midle = m;
		sched.nmidle++;
		rt_unlock(&sched.lock);
		notesleep(&m->park, timeout);
		rt_lock(&sched.lock);
		if (sched.timer_sleeper == m) {
			sched.timer_sleeper = NULL;
			STORE(&sched.sleep_until, 0);
		}
		if (m->idle) {
			/* Timed out: take ourselves off the idle list. */
			RtM **pp = &sched.midle;
			while (*pp != m)
				pp = &(*pp)->link;
			*pp = m->link;
			sched.nmidle--;
			m->idle = false;
		}
		rt_unlock(&sched.lock);
		continue;   /* woken with a P (nextp), or for timers */
found:
		stopm_spinning(m);
		if (m->spinning == false && (RLOAD(&sched.runqsize) > 0 || !runqempty(m->p)))
			wakep();
		return g;
	}
}

static void m_loop(RtM *m)
{
	for (;;) {
		GoG *g = findrunnable(m);
		m = getm();
		switch_to(m, &m->g0, g);
		m = getm();
	}
}

static void init_m_thread(RtM *m)
{
	rt_m = m;
	gort_curg = &m->g0;
	STORE(&m->stackguard, &gort_stackguard);   /* preemptone reads it from sysmon */
	m->rand = (uint64_t)rt_fastrand() | 1;
#ifdef GOSUB_GC_BOEHM
	struct GC_stack_base sb;
	m->gc_handle = GC_get_my_stackbottom(&sb);
	m->gc_bottom = sb.mem_base;
#else
	struct { void *mem_base; } sb = { NULL };
#endif
	pthread_attr_t attr;
	void *lo = NULL;
	size_t size = 0;
	if (pthread_getattr_np(pthread_self(), &attr) == 0) {
		pthread_attr_getstack(&attr, &lo, &size);
		pthread_attr_destroy(&attr);
	}
	m->g0.stack_lo = lo;
	m->g0.stack_hi = sb.mem_base ? sb.mem_base : (char *)lo + size;
	m->g0.goid = 0;
	m->g0.status = G_RUNNING;
#ifdef RT_TSAN
	m->g0.racectx = __tsan_get_current_fiber();
#endif
	m->alllink = LOAD(&allm);
	while (!__atomic_compare_exchange_n(&allm, &m->alllink, m, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
		;
}

/* Where this thread's alternate signal stack is (fix_stackbottom). */
static void m_altstack(RtM *m)
{
	stack_t ss;
	if (sigaltstack(NULL, &ss) == 0 && !(ss.ss_flags & SS_DISABLE)) {
		m->alt_lo = ss.ss_sp;
		m->alt_hi = (char *)ss.ss_sp + ss.ss_size;
	}
}

static void *mstart(void *arg)
{
	RtM *m = arg;
	init_m_thread(m);
	m->curg = &m->g0;
	rt_stack_thread_init();      /* an alternate signal stack for signal handlers */
	m_altstack(m);
	m_loop(m);
	return NULL;
}

/* ---------------------------------------------------------------- sysmon */

static void preemptone(RtP *p)
{
	RtM *m = RLOAD(&p->m);
	uintptr_t *guard = m ? LOAD(&m->stackguard) : NULL;
	if (guard)
		__atomic_store_n(guard, GORT_STACK_PREEMPT, __ATOMIC_RELAXED);
}

static void handoffp(RtP *p)
{
	if (!runqempty(p) || RLOAD(&sched.runqsize) > 0 || RLOAD(&p->timer0) != 0) {
		startm(p, false);
		return;
	}
	if (LOAD(&sched.nmspinning) == 0 && LOAD(&sched.npidle) == 0 &&
	    CAS(&sched.nmspinning, 0, 1)) {
		startm(p, true);
		return;
	}
	rt_lock(&sched.lock);
	pidleput_locked(p);
	rt_unlock(&sched.lock);
}

static void *sysmon(void *arg)
{
	(void)arg;
	int64_t delay = 20000;
	int idle = 0;
	for (;;) {
		if (idle == 0)
			delay = 20000;
		else if (idle > 50)
			delay = delay * 2 > 10000000 ? 10000000 : delay * 2;
		STORE(&sched.sysmon_note, 0);
		rt_futex_wait(&sched.sysmon_note, 0, delay);
		int64_t now = gort_nanotime();
		int32_t np = LOAD(&gomaxprocs);
		bool busy = false, acted = false;
		for (int32_t i = 0; i < np; i++) {
			RtP *p = allp[i];
			uint32_t s = LOAD(&p->status);
			if (s == P_RUNNING) {
				busy = true;
				uint32_t t = RLOAD(&p->schedtick);
				if (t != p->sm_tick) {
					p->sm_tick = t;
					p->sm_when = now;
				} else if (now - p->sm_when >= PREEMPT_NS) {
					/* not "acted": a long-running goroutine must not
					 * keep sysmon at its 20 us period */
					preemptone(p);
					p->sm_when = now;
				}
			} else if (s == P_SYSCALL) {
				busy = true;
				uint32_t t = RLOAD(&p->syscalltick);
				if (t != p->sm_stick) {
					p->sm_stick = t;
					p->sm_swhen = now;
				} else if (now - p->sm_swhen >= SYSCALL_RETAKE_NS) {
					if (CAS(&p->status, P_SYSCALL, P_IDLE)) {
						RSTORE(&p->m, NULL);
						handoffp(p);
						acted = true;
					}
				}
			}
		}
		/* Busy Ps may not look at the network for a long time. */
		if (rt_netpoll_waiting() && RLOAD(&sched.netpoll_m) == NULL &&
		    now - RLOAD(&sched.lastpoll) > 10000000) {
			GoG *list = netpoll_now(0);
			if (list) {
				netpoll_inject(NULL, list);
				acted = true;
			}
		}
		idle = acted ? 0 : idle + 1;
		if (!busy && LOAD(&sched.nsyscall) == 0) {
			/* Every P idle: sleep until one starts running. */
			STORE(&sched.sysmon_note, 0);
			STORE(&sched.sysmon_wait, 1);
			bool again = false;
			for (int32_t i = 0; i < LOAD(&gomaxprocs); i++)
				if (LOAD(&allp[i]->status) != P_IDLE)
					again = true;
			if (again) {
				if (CAS(&sched.sysmon_wait, 1, 0))
					continue;
			}
			notesleep(&sched.sysmon_note, -1);
			idle = 0;
		}
	}
	return NULL;
}

/* ---------------------------------------------------------------- system calls */

void gort_entersyscall(void)
{
	RtM *m = rt_m;
	if (m == NULL || m->p == NULL || gort_curg == &m->g0 || m->locks > 0)
		return;
	RtP *p = m->p;
	XADD(&sched.nsyscall, 1);
	XADD(&p->syscalltick, 1);
	m->oldp = p;
	setp(m, NULL);
	STORE(&gort_curg->status, G_SYSCALL);
	STORE(&p->status, P_SYSCALL);
	stopper_wake();
}

void gort_exitsyscall(void)
{
	RtM *m = rt_m;
	if (m == NULL || m->oldp == NULL)
		return;
	RtP *p = m->oldp;
	GoG *g = gort_curg;
	m->oldp = NULL;
	if (!LOAD(&sched.stopwait) && CAS(&p->status, P_SYSCALL, P_RUNNING)) {
		setp(m, p);
		STORE(&g->status, G_RUNNING);
		XADD(&sched.nsyscall, -1);
		return;
	}
	/* The P was taken: find another, or queue g and idle. */
	rt_lock(&sched.lock);
	RtP *q = LOAD(&sched.stopwait) ? NULL : pidleget_locked();
	rt_unlock(&sched.lock);
	if (q) {
		acquirep(m, q);
		STORE(&g->status, G_RUNNING);
		XADD(&sched.nsyscall, -1);
		return;
	}
	m->after_g = g;
	m->after_kind = AFTER_SYSCALL;
	m->prevg = g;
	m->curg = &m->g0;
	gort_curg = &m->g0;
	race_switch(&m->g0);
	rt_swapstack(&g->sched_sp, m->g0.sched_sp);
	after_switch();
}

/* ---------------------------------------------------------------- GOMAXPROCS */

static RtLock resize_lock;

/* A running M saw stopwait: it gives its P up and waits for the resize. */
static void stop_for_resize(RtM *m)
{
	RtP *p = m->p;
	rt_lock(&sched.lock);
	/* move the local queue to the global one */
	GoG *g;
	while ((g = runqget(p)) != NULL)
		globrunqput_locked(g);
	setp(m, NULL);
	pidleput_locked(p);
	rt_unlock(&sched.lock);
	stopm_spinning(m);
	uint32_t w;
	while ((w = LOAD(&sched.stopwait)) != 0)
		rt_futex_wait(&sched.stopwait, w, -1);
}

/* One pass of stopping every P but mine: a P in a system call is taken (its
 * queued goroutines go to the global queue), a running one is asked to yield.
 * True when all of them are idle. */
static bool stop_other_ps(RtP *mine, int32_t np)
{
	bool all = true;
	for (int32_t i = 0; i < np; i++) {
		RtP *p = allp[i];
		if (p == mine)
			continue;
		uint32_t s = LOAD(&p->status);
		if (s == P_SYSCALL && CAS(&p->status, P_SYSCALL, P_IDLE)) {
			rt_lock(&sched.lock);
			GoG *g;
			while ((g = runqget(p)) != NULL)
				globrunqput_locked(g);
			pidleput_locked(p);
			rt_unlock(&sched.lock);
			continue;
		}
		if (s != P_IDLE) {
			all = false;
			preemptone(p);
		}
	}
	return all;
}


/* Changes the number of Ps.  Called on a goroutine holding a P: every
 * other P is collected idle (running ones are asked to yield, ones in
 * system calls taken), the queues moved to the global queue, and the set
 * resized. */
static void procresize(int32_t n)
{
	/* stopwait is taken by CAS (a collection may be stopping the world):
	 * the loser waits off its P */
	while (!CAS(&sched.stopwait, 0, 1))
		gort_gosched();
	RtM *m = getm();
	rt_lock(&resize_lock);
	int32_t old = RLOAD(&gomaxprocs);
	RtP *mine = m->p;
	for (;;) {
		uint32_t seq = LOAD(&sched.stopseq);
		bool all = stop_other_ps(mine, old);
		if (all)
			break;
		/* idle Ms must notice stopwait too: wake them */
		rt_lock(&sched.lock);
		for (RtM *w = sched.midle; w; w = w->link)
			notewakeup(&w->park);
		rt_unlock(&sched.lock);
		stopper_wait(seq);
	}
	/* Every other P is idle with an empty local queue. */
	rt_lock(&sched.lock);
	GoG *g;
	while ((g = runqget(mine)) != NULL)
		globrunqput_locked(g);
	for (int32_t i = old; i < n; i++)
		if (allp[i] == NULL)
			allp[i] = newp(i);
	/* rebuild the idle list from the Ps that remain */
	sched.pidle = NULL;
	STORE(&sched.npidle, 0);
	if (mine->id >= n) {
		STORE(&mine->status, P_IDLE);
		RSTORE(&mine->m, NULL);
		mine = allp[0];
	}
	/* move timers of retired Ps to mine */
	for (int32_t i = n; i < old; i++) {
		RtP *p = allp[i];
		rt_lock(&p->tlock);
		while (p->ntimers > 0) {
			GoTimer *t = p->timers[--p->ntimers];
			rt_lock(&mine->tlock);
			extern void rt_timer_push_locked(void *p, GoTimer *t);
			rt_timer_push_locked(mine, t);
			rt_unlock(&mine->tlock);
		}
		STORE(&p->timer0, 0);
		rt_unlock(&p->tlock);
		STORE(&p->status, P_IDLE);
	}
	for (int32_t i = n - 1; i >= 0; i--)
		if (allp[i] != mine)
			pidleput_locked(allp[i]);
	acquirep(m, mine);
	STORE(&gomaxprocs, n);
	rt_unlock(&sched.lock);
	STORE(&sched.stopwait, 0);
	rt_futex_wake(&sched.stopwait, INT32_MAX);
	rt_unlock(&resize_lock);
	for (int32_t i = 0; i < n; i++)
		wakep();
}

go_int gort_gomaxprocs(go_int n)
{
	go_int old = LOAD(&gomaxprocs);
	if (n <= 0 || n == old)
		return old;
	if (n > MAXPROCS)
		n = MAXPROCS;
	procresize((int32_t)n);
	return old;
}

go_int gort_numcpu(void)
{
	return rt_ncpu();
}

int rt_ncpu(void)
{
	if (ncpu == 0) {
		cpu_set_t set;
		int n = 0;
		if (sched_getaffinity(0, sizeof set, &set) == 0)
			n = CPU_COUNT(&set);
		if (n <= 0) {
			long c = sysconf(_SC_NPROCESSORS_ONLN);
			n = c > 0 ? (int)c : 1;
		}
		ncpu = n;
	}
	return ncpu;
}

/* ---------------------------------------------------------------- startup */

/* Called on the main goroutine object before anything runs. */
void rt_sched_init(GoG *g)
{
	allg_main = g;
	g->status = G_RUNNABLE;
	rt_netpoll_rlimit();
	int32_t n = rt_ncpu();
	const char *env = getenv("GOMAXPROCS");
	if (env && *env) {
		char *end;
		long v = strtol(env, &end, 10);
		if (*end == 0 && v > 0)
			n = v > MAXPROCS ? MAXPROCS : (int32_t)v;
	}
	if (n > MAXPROCS)
		n = MAXPROCS;
	gomaxprocs = n;
	for (int32_t i = 0; i < n; i++)
		allp[i] = newp(i);
	for (int32_t i = n - 1; i > 0; i--)
		pidleput_locked(allp[i]);
#ifdef GOSUB_GC_BOEHM
	GC_allow_register_threads();
	prev_push_other_roots = GC_get_push_other_roots();
	GC_set_push_other_roots(push_goroutine_stacks);
	prev_gc_event = GC_get_on_collection_event();
	GC_set_on_collection_event(gc_event);
	struct sigaction sa;
	int sig = GC_get_suspend_signal();
	if (sig > 0 && sigaction(sig, NULL, &boehm_suspend) == 0 &&
	    (boehm_suspend.sa_flags & SA_SIGINFO ? (void *)boehm_suspend.sa_sigaction
	                                          : (void *)boehm_suspend.sa_handler) != NULL) {
		sa = boehm_suspend;
		sa.sa_flags |= SA_SIGINFO | SA_ONSTACK;
		sa.sa_sigaction = suspend_wrapper;
		sigaction(sig, &sa, NULL);
	}
	/* The restart signal arrives inside the suspend handler; should it
	 * come at another time, it must not run on a goroutine's segment either. */
	sig = GC_get_thr_restart_signal();
	if (sig > 0 && sigaction(sig, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN) {
		sa.sa_flags |= SA_ONSTACK;
		sigaction(sig, &sa, NULL);
	}
#endif
}

/* The main thread becomes M0 with P0 and runs the main goroutine. */
void rt_sched_main(void)
{
	static RtM m0;
	RtM *m = &m0;
#ifdef GOSUB_GC_BOEHM
	GC_add_roots(&m0, (char *)&m0 + sizeof m0);
#endif
	init_m_thread(m);
	m_altstack(m);
	m->curg = &m->g0;
#ifdef GOSUB_GC_BOEHM
	main_gc_handle = m->gc_handle;
#endif
	acquirep(m, allp[0]);
	XADD(&allp[0]->schedtick, 1);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_t th;
	if (GC_pthread_create(&th, &attr, sysmon, NULL) != 0)
		gort_throw("newosproc");
	pthread_attr_destroy(&attr);
	switch_to(m, &m->g0, allg_main);
	m_loop(getm());
}

/* First code run on a new goroutine's stack. */
void rt_gostart(void)
{
	after_switch();
	GoG *g = gort_curg;
	g->entry(g->entryarg);
	gort_goexit();
}

/* ---------------------------------------------------------------- dying */

static uint32_t frozen;                /* atomic: a thread is printing a fatal error */
static _Thread_local bool freezer;

/* Called first thing by a fatal panic or throw: from now on other threads
 * may not print or exit (they block in gort_write/gort_exit), and running
 * goroutines are asked to yield.  A second fatal error on another thread
 * blocks; on the same thread (a panic while printing) it goes on. */
void rt_freezetheworld(void)
{
	if (!CAS(&frozen, 0, 1)) {
		if (!freezer)
			for (;;)
				pause();
		return;
	}
	freezer = true;
	for (int32_t i = 0; i < RLOAD(&gomaxprocs); i++)
		if (allp[i])
			preemptone(allp[i]);
}

bool rt_frozen_out(void)
{
	return LOAD(&frozen) && !freezer;
}

/* ---------------------------------------------------------------- deadlock */

static GORT_NORETURN void deadlock(void)
{
	GoG *cur = gort_curg;
	rt_freezetheworld();
	if (allg_main && RLOAD(&allg_main->status) == G_DEAD)
		rt_write_errs("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
	else
		rt_write_errs("fatal error: all goroutines are asleep - deadlock!\n");
	/* gc lists goroutine 1 first, then the others. */
	if (allg_main && RLOAD(&allg_main->status) == G_WAITING) {
		gort_curg = allg_main;
		rt_print_traceback();
	}
	GoG *rev = NULL;   /* allg is newest first: print oldest first */
	for (GoG *g = allg; g; g = g->alllink) {
		GoG **slot = rt_alloc_bytes(2 * sizeof(GoG *), false);
		slot[0] = g;
		slot[1] = rev;
		rev = (GoG *)slot;
	}
	for (GoG **s = (GoG **)rev; s; s = (GoG **)s[1]) {
		GoG *g = s[0];
		if (RLOAD(&g->status) == G_WAITING) {
			gort_curg = g;
			rt_print_traceback();
		}
	}
	gort_curg = cur;
	gort_exit(2);
}

/* ---------------------------------------------------------------- goroutines */

static GORT_NORETURN void goexit_finish(GoG *g)
{
	RtM *m = getm();
	g->frames = NULL;
	g->defers = NULL;
	g->panic = NULL;
	g->entry = NULL;
	g->entryarg = NULL;
	g->param = NULL;
	XADD(&ngoroutines, -1);
	STORE(&g->status, G_DEAD);
	if (g != allg_main) {
		m->after_g = g;
		m->after_kind = AFTER_DEAD;
	}
	schedule(g);
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
	goexit_finish(g);
}

static GoG *gfget(RtP *p)
{
	GoG *g = p->gfree;
	if (g == NULL && RLOAD(&sched.ngfree) > 0) {
		rt_lock(&sched.lock);
		while (p->ngfree < 32 && sched.gfree) {
			GoG *d = sched.gfree;
			sched.gfree = d->schedlink;
			sched.ngfree--;
			d->schedlink = p->gfree;
			p->gfree = d;
			p->ngfree++;
		}
		rt_unlock(&sched.lock);
		g = p->gfree;
	}
	if (g) {
		p->gfree = g->schedlink;
		p->ngfree--;
	}
	return g;
}

void gort_go(void (*fn)(void *), void *arg)
{
	RtM *m = rt_m;
	GoG *g = m && m->p ? gfget(m->p) : NULL;
	if (g) {
		/* its stack was released when it died */
		GoG *link = g->alllink;
		void *race = g->racectx;
		memset(g, 0, sizeof *g);
		g->racectx = race;
		g->alllink = link;
	} else {
		g = alloc_uncollectable(sizeof *g);
		g->status = G_DEAD;
		g->alllink = LOAD(&allg);
		while (!__atomic_compare_exchange_n(&allg, &g->alllink, g, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			;
	}
	g->goid = __atomic_fetch_add(&next_goid, 1, __ATOMIC_RELAXED);
	g->entry = fn;
	g->entryarg = arg;
	g->sched_sp = NULL;
	XADD(&ngoroutines, 1);
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
	RtM *m = getm();
	GoG *g = gort_curg;
	if (m == NULL || m->p == NULL || g == &m->g0 || m->locks > 0)
		return;
	RtP *p = m->p;
	if (runqempty(p) && RLOAD(&sched.runqsize) == 0 && RLOAD(&p->timer0) == 0 &&
	    !LOAD(&sched.stopwait)) {
		/* Nothing else to run here; let idle Ps steal if anything appears. */
		return;
	}
	m->after_g = g;
	m->after_kind = AFTER_GLOBAL;
	schedule(g);
}

go_int gort_numgoroutine(void)
{
	return RLOAD(&ngoroutines);
}

int64_t gort_goid(void)
{
	return gort_curg->goid;
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

/* ---------------------------------------------------------------- timers
 * A 4-ary min-heap per P, like Go's; all under p->tlock. */

static void heap_up(RtP *p, int32_t i)
{
	GoTimer **h = p->timers;
	GoTimer *t = h[i];
	while (i > 0) {
		int32_t up = (i - 1) / 4;
		if (h[up]->when <= t->when)
			break;
		h[i] = h[up];
		h[i]->idx = i;
		i = up;
	}
	h[i] = t;
	t->idx = i;
}

static void heap_down(RtP *p, int32_t i)
{
	GoTimer **h = p->timers;
	int32_t n = p->ntimers;
	GoTimer *t = h[i];
	for (;;) {
		int32_t c = 4 * i + 1, best = -1;
		for (int32_t k = c; k < c + 4 && k < n; k++)
			if (best < 0 || h[k]->when < h[best]->when)
				best = k;
		if (best < 0 || h[best]->when >= t->when)
			break;
		h[i] = h[best];
		h[i]->idx = i;
		i = best;
	}
	h[i] = t;
	t->idx = i;
}

void rt_timer_push_locked(void *pv, GoTimer *t)
{
	RtP *p = pv;
	if (p->ntimers == p->tcap) {
		int32_t cap = p->tcap ? 2 * p->tcap : 16;
		GoTimer **nt = alloc_uncollectable(sizeof *nt * (size_t)cap);
		if (p->ntimers)
			memcpy(nt, p->timers, sizeof *nt * (size_t)p->ntimers);
		if (p->timers)
#ifdef GOSUB_GC_BOEHM
			GC_FREE(p->timers);
#else
			free(p->timers);
#endif
		p->timers = nt;
		p->tcap = cap;
	}
	p->timers[p->ntimers++] = t;
	STORE(&t->p, p);
	heap_up(p, p->ntimers - 1);
	RSTORE(&p->timer0, p->timers[0]->when);
}

static void heap_remove_locked(RtP *p, int32_t i)
{
	GoTimer *t = p->timers[i];
	int32_t last = --p->ntimers;
	if (i != last) {
		p->timers[i] = p->timers[last];
		p->timers[i]->idx = i;
		heap_down(p, i);
		heap_up(p, p->timers[i]->idx);
	}
	p->timers[last] = NULL;
	STORE(&t->p, NULL);
	RSTORE(&p->timer0, p->ntimers ? p->timers[0]->when : 0);
}

static void fire(int mode, GoG *g, GoFunc *f)
{
	switch (mode) {
	case TM_READY:
		rt_ready(g);
		break;
	case TM_CALL:
		((void (*)(GoFunc *))f->fn)(f);
		break;
	case TM_GO:
		gort_go(call_closure, f);
		break;
	}
}

/* Runs p's due timers; returns the next when (0: none). */
static int64_t run_timers(RtP *p, int64_t now)
{
	int64_t w = RLOAD(&p->timer0);
	if (w == 0 || w > now)
		return w;
	rt_lock(&p->tlock);
	while (p->ntimers > 0 && p->timers[0]->when <= now) {
		GoTimer *t = p->timers[0];
		int mode = t->mode;
		GoG *g = t->g;
		GoFunc *f = t->f;
		if (t->period > 0) {
			t->when += t->period;
			if (t->when <= now)
				t->when += ((now - t->when) / t->period + 1) * t->period;
			heap_down(p, 0);
			RSTORE(&p->timer0, p->timers[0]->when);
		} else {
			heap_remove_locked(p, 0);
		}
		rt_unlock(&p->tlock);
		fire(mode, g, f);
		rt_lock(&p->tlock);
	}
	w = p->ntimers ? p->timers[0]->when : 0;
	rt_unlock(&p->tlock);
	return w;
}

static void wake_timer_sleeper(int64_t when)
{
	int64_t until = LOAD(&sched.sleep_until);
	if (until != 0 && when >= until)
		return;
	if (LOAD(&sched.npidle) == 0)
		return;   /* every P busy: they check timers when they schedule */
	rt_lock(&sched.lock);
	RtM *m = sched.timer_sleeper;
	if (m == NULL && sched.midle) {
		/* nobody waits for timers: wake an idle M to take the role */
		m = sched.midle;
	}
	if (m == NULL)
		m = sched.netpoll_m;
	if (m && m == sched.netpoll_m) {
		rt_netpoll_break();
	} else if (m) {
		STORE(&m->park, 1);
		rt_futex_wake(&m->park, 1);
	}
	rt_unlock(&sched.lock);
}

static RtP *timer_p(void)
{
	RtM *m = rt_m;
	if (m && m->p)
		return m->p;
	return allp[0];
}

static void timer_add(GoTimer *t)
{
	RtP *p = timer_p();
	rt_lock(&p->tlock);
	rt_timer_push_locked(p, t);
	rt_unlock(&p->tlock);
	wake_timer_sleeper(t->when);
}

static bool timer_del(GoTimer *t)
{
	for (;;) {
		RtP *p = LOAD(&t->p);
		if (p == NULL)
			return false;
		rt_lock(&p->tlock);
		if (t->p == p) {
			heap_remove_locked(p, t->idx);
			rt_unlock(&p->tlock);
			return true;
		}
		rt_unlock(&p->tlock);
	}
}

GoTimer *gort_timer_new(GoFunc *f, go_int mode)
{
	RtPin pin;
	RT_PIN(pin, f, NULL, 1);
	GoTimer *t = rt_alloc_bytes(sizeof *t, true);
	RT_UNPIN(pin);
	t->f = f;
	t->mode = mode == 1 ? TM_GO : TM_CALL;
	t->idx = -1;
	return t;
}

/* Callers serialise operations on one timer (the time package's Timer is
 * not safe for concurrent Stop/Reset either). */
void gort_timer_start(GoTimer *t, int64_t when, int64_t period)
{
	timer_del(t);
	t->when = when <= 0 ? 1 : when;
	t->period = period;
	timer_add(t);
}

go_bool gort_timer_stop(GoTimer *t)
{
	return timer_del(t);
}

void gort_sleep(int64_t ns)
{
	if (ns <= 0) {
		gort_gosched();
		return;
	}
	RtM *m = getm();
	GoG *g = gort_curg;
	GoTimer t;
	memset(&t, 0, sizeof t);
	int64_t now = gort_nanotime();
	t.when = ns > INT64_MAX - now ? INT64_MAX : now + ns;
	t.g = g;
	t.mode = TM_READY;
	RtP *p = m->p;
	rt_lock(&p->tlock);
	rt_timer_push_locked(p, &t);
	wake_timer_sleeper(t.when);    /* lock order: tlock, then sched.lock */
	rt_park_unlock("sleep", &p->tlock);
}

/* ---------------------------------------------------------------- semaphores
 * Waiters hash by address into SEMTAB buckets, each a lock and a FIFO.  A
 * release increments *addr before looking for waiters and an acquirer
 * counts itself in nwait before its last try, so no wakeup is lost. */

typedef struct SemaWaiter {
	struct SemaWaiter *next;
	uint32_t *addr;
	GoG *g;
} SemaWaiter;

#define SEMTAB 251
static struct SemaRoot {
	RtLock lock;
	uint32_t nwait;              /* atomic */
	SemaWaiter *head, *tail;
	char pad[64 - sizeof(RtLock) - sizeof(uint32_t) - 2 * sizeof(void *)];
} semtab[SEMTAB];

static bool cansemacquire(uint32_t *addr)
{
	for (;;) {
		uint32_t v = LOAD(addr);
		if (v == 0)
			return false;
		if (CAS(addr, v, v - 1))
			return true;
	}
}

void gort_semacquire(uint32_t *addr)
{
	if (cansemacquire(addr))
		return;
	struct SemaRoot *r = &semtab[((uintptr_t)addr >> 3) % SEMTAB];
	for (;;) {
		rt_lock(&r->lock);
		XADD(&r->nwait, 1);
		if (cansemacquire(addr)) {
			XADD(&r->nwait, -1);
			rt_unlock(&r->lock);
			return;
		}
		SemaWaiter w = { NULL, addr, gort_curg };
		if (r->tail)
			r->tail->next = &w;
		else
			r->head = &w;
		r->tail = &w;
		rt_park_unlock("semacquire", &r->lock);
		if (cansemacquire(addr))
			return;
	}
}

void gort_semrelease(uint32_t *addr)
{
	XADD(addr, 1);
	struct SemaRoot *r = &semtab[((uintptr_t)addr >> 3) % SEMTAB];
	if (LOAD(&r->nwait) == 0)
		return;
	rt_lock(&r->lock);
	SemaWaiter *prev = NULL;
	for (SemaWaiter *w = r->head; w; prev = w, w = w->next) {
		if (w->addr == addr) {
			if (prev)
				prev->next = w->next;
			else
				r->head = w->next;
			if (r->tail == w)
				r->tail = prev;
			XADD(&r->nwait, -1);
			GoG *g = w->g;
			rt_unlock(&r->lock);
			rt_ready(g);
			return;
		}
	}
	rt_unlock(&r->lock);
}

/* ---------------------------------------------------------------- the precise collector's world
 * A collection stops the world from the goroutine that needs it: stopwait
 * (shared with procresize, taken by CAS) makes every M give up its P at its
 * next scheduling point; running goroutines are asked to yield at their next
 * safepoint poll, Ps in system calls are taken.  The stopper sleeps on the
 * stopseq futex between passes (every P that stops or enters a system call
 * wakes it); Ms that gave their P up sleep on the stopwait futex until the
 * world restarts.  The collector then runs alone on its P.  Whoever loses
 * the CAS yields until the world restarts. */
#ifndef GOSUB_GC_BOEHM


bool rt_can_gc(void)
{
	RtM *m = rt_m;
	return m && m->p && gort_curg != &m->g0 && m->locks == 0 && rt_nogc == 0 && !LOAD(&frozen);
}

int rt_nprocs(void)
{
	return RLOAD(&gomaxprocs);
}

bool rt_stoptheworld(void)
{
	RtM *m = getm();
	if (!CAS(&sched.stopwait, 0, 1)) {
		gort_gosched();
		return false;
	}
	RtP *mine = m->p;
	int32_t np = RLOAD(&gomaxprocs);
	for (;;) {
		uint32_t seq = LOAD(&sched.stopseq);
		bool all = stop_other_ps(mine, np);
		if (all) {
			m->locks++;   /* the collector must not yield (stack checks, polls) */
			return true;
		}
		stopper_wait(seq);
	}
}

void rt_starttheworld(void)
{
	getm()->locks--;
	STORE(&sched.stopwait, 0);
	rt_futex_wake(&sched.stopwait, INT32_MAX);
	int32_t np = RLOAD(&gomaxprocs);
	for (int32_t i = 0; i < np; i++)
		wakep();
}

/* fn on every goroutine and every M's scheduler context; the world is stopped. */
void rt_forall_g(void (*fn)(GoG *g, bool running))
{
	GoG *cur = gort_curg;
	for (GoG *g = LOAD(&allg); g; g = g->alllink)
		if (RLOAD(&g->status) != G_DEAD)
			fn(g, g == cur);
	if (allg_main && RLOAD(&allg_main->status) != G_DEAD)
		fn(allg_main, allg_main == cur);
	for (RtM *m = LOAD(&allm); m; m = m->alllink)
		fn(&m->g0, &m->g0 == cur);
}

/* Gives back the spare stack segments of parked goroutines (world stopped). */
void rt_shrink_stacks(void)
{
	for (GoG *g = LOAD(&allg); g; g = g->alllink)
		if (RLOAD(&g->status) == G_WAITING)
			rt_stack_shrink(g);
}

void rt_scan_timers(void (*mark)(uintptr_t p))
{
	for (int32_t i = 0; i < MAXPROCS && allp[i]; i++) {
		RtP *p = allp[i];
		for (int32_t k = 0; k < p->ntimers; k++)
			mark((uintptr_t)p->timers[k]);
	}
}

void rt_ready_if_parked(GoG *g)
{
	if (LOAD(&g->status) == G_WAITING)
		rt_ready(g);
}
#endif

/* ---------------------------------------------------------------- test hooks */

void *rt_test_newp(void)
{
	return newp(0);
}

void rt_test_runqput(void *p, GoG *g, bool next)
{
	runqput(p, g, next);
}

GoG *rt_test_runqget(void *p)
{
	return runqget(p);
}

GoG *rt_test_runqsteal(void *dst, void *src, bool stealnext)
{
	return runqsteal(dst, src, stealnext);
}

int rt_test_runqlen(void *pv)
{
	RtP *p = pv;
	return (int)(LOAD(&p->runqtail) - LOAD(&p->runqhead)) + (LOAD(&p->runnext) != NULL);
}
