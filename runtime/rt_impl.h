/*
 * rt_impl.h: declarations private to the runtime's C files (never included by
 * generated code).
 *
 * Files: rt_main.c (main), rt_proc.c (init, big main stack, args/env, exit,
 * fault handlers), rt_alloc.c (allocation, size classes), rt_panic.c (defer,
 * panic, recover, runtime errors, fatal output), rt_print.c (print builtins),
 * rt_string.c, rt_slice.c, rt_map.c, rt_hash.c (hash/equal functions),
 * rt_iface.c (boxing, itabs, assertions), rt_types.c (runtime-owned type
 * descriptors), rt_arith.c (complex division), rt_sched.c (goroutines,
 * scheduler, timers, semaphores), rt_chan.c (channels, select), rt_netpoll.c
 * (epoll, goroutines parked on file descriptors).
 *
 * Invariants shared across files:
 *   - every allocation goes through rt_alloc.c (Boehm today);
 *   - runtime errors are panics with values built by rt_panic.c;
 *   - all output to stderr goes through rt_write_err (unbuffered, like Go).
 */
#ifndef GOSUB_RT_IMPL_H
#define GOSUB_RT_IMPL_H

#include "gosub_rt.h"
#include <stdbool.h>

/* rt_proc.c */
void rt_init(int argc, char **argv);
void rt_run_main(void (*fn)(void));   /* runs fn as the main goroutine, then exits */
void rt_write_err(const void *p, size_t n);
void rt_write_errs(const char *s);
uint64_t rt_fastrand(void);
extern uintptr_t rt_hashseed;

/* rt_sched.c: locks.  An RtLock is a futex mutex (0 free, 1 held, 2 held
 * with waiters): a CAS to take it, an exchange to release it, a futex call
 * only when contended.  Runtime code never parks a goroutine while holding
 * one, except through rt_park_unlock, which releases it after the goroutine
 * is off its stack. */
typedef struct RtLock {
	uint32_t key;
} RtLock;
void rt_lock_slow(RtLock *l);
void rt_unlock_slow(RtLock *l);
static inline void rt_lock(RtLock *l)
{
	uint32_t z = 0;
	if (!__atomic_compare_exchange_n(&l->key, &z, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		rt_lock_slow(l);
}
static inline void rt_unlock(RtLock *l)
{
	if (__atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE) == 2)
		rt_unlock_slow(l);
}
void rt_futex_wait(uint32_t *addr, uint32_t val, int64_t ns);   /* ns < 0: no timeout */
void rt_futex_wake(uint32_t *addr, int n);

/* rt_sched.c: goroutines */
void rt_sched_init(GoG *g);
void rt_sched_main(void);            /* runs the scheduler on the main thread; never returns */
void rt_park(const char *reason);    /* blocks the current goroutine */
/* Blocks the current goroutine and releases l once it is off its stack, so
 * whoever readies it (holding l) never sees it still running. */
void rt_park_unlock(const char *reason, RtLock *l);
/* Same, running fn(arg) instead (a select releases several locks). */
void rt_park_fn(const char *reason, void (*fn)(void *), void *arg);
void rt_ready(GoG *g);               /* makes a parked goroutine runnable; any thread */
int rt_ncpu(void);
/* A fatal error is being printed: other threads must not print or exit.
 * rt_panic.c calls rt_freezetheworld first in rt_fatalpanic and gort_throw;
 * gort_write and gort_exit block when rt_frozen_out(). */
void rt_freezetheworld(void);
bool rt_frozen_out(void);

/* Test hooks for the run queues (runtime/tests/sched_test.c). */
void *rt_test_newp(void);
void rt_test_runqput(void *p, GoG *g, bool next);
GoG *rt_test_runqget(void *p);
GoG *rt_test_runqsteal(void *dst, void *src, bool stealnext);
int rt_test_runqlen(void *p);

/* rt_netpoll.c: the scheduler's side of the netpoller */
void rt_netpoll_rlimit(void);        /* raise the soft RLIMIT_NOFILE (start-up) */
bool rt_netpoll_waiting(void);       /* goroutines are parked on descriptors */
bool rt_netpoll_inited(void);        /* a descriptor was ever registered */
GoG *rt_netpoll(int64_t ns);         /* ready goroutines (schedlink list, G_WAITING); ns < 0 blocks */
void rt_netpoll_break(void);         /* wakes the M blocked in rt_netpoll */

/* rt_panic.c */
struct GoPanic {
	GoPanic *link;             /* panic that was active when this one started */
	GoEface arg;
	GoDeferFrame *df;          /* defer frame whose call is running now */
	const void *target;        /* Go function of that call (NULL: unknown) */
	bool recovered;
	bool aborted;
	bool running;              /* a deferred call is running */
};
GORT_NORETURN void rt_fatalpanic(void);
void rt_print_traceback(void);
GORT_NORETURN void rt_sigpanic(void);
extern uintptr_t rt_sig_addr, rt_sig_pc, rt_sig_code;
extern int rt_sig_pending;

/* rt_print.c */
void rt_print_eface_value(GoEface e);    /* printpanicval */
void rt_print_cstr(const char *s);

/* rt_string.c */
GoString rt_gostring(const char *s);     /* copies a C string */
GoString rt_gostringn(const void *p, size_t n);

/* rt_types.c */
extern const GoType rt_type_errorString, rt_type_plainError, rt_type_boundsError,
	rt_type_TypeAssertionError_ptr, rt_type_stringer, rt_type_func_string;
GoString rt_type_string(const GoType *t);

/* rt_alloc.c */
void *rt_alloc_bytes(size_t n, bool scan);   /* scan: untyped, every word may be a pointer */
void *rt_alloc_raw_noscan(size_t n);     /* not zeroed */
#ifndef GOSUB_GC_BOEHM
/* n bytes holding cnt values of t (NULL: no pointers) */
void *rt_alloc_layout(size_t n, const GoType *t, uintptr_t cnt);
#else
#define rt_alloc_layout(n, t, cnt) rt_alloc_bytes((n), (t) != NULL)
#endif
/* > 0: this thread holds a runtime lock, so its allocations must not stop
 * the world (another thread could wait for the lock on a P). */
extern _Thread_local int rt_nogc;

/* The runtime's rule for the precise collector: C code that allocates while
 * it holds Go pointers (in C locals or arguments the caller may not keep)
 * pins them on the goroutine's frame chain for the duration:
 *
 *	RtPin pin;
 *	RT_PIN(pin, p, NULL, 1);          // keep the object p points into alive
 *	RT_PIN(pin, &v, type, 1);         // scan the value v (of type) as a root
 *	...allocate...
 *	RT_UNPIN(pin);                    // before returning (panics reset the chain)
 *
 * Pins nest like frames.  Under Boehm they cost two stores and are ignored. */
typedef struct RtPin {
	GoFrame f;
	const void *addr;
	const GoType *type;
	uintptr_t n;
} RtPin;
extern const GoType rt_pin_desc;
#define RT_PIN(pin, a, t, cnt) do { (pin).addr = (a); (pin).type = (t); (pin).n = (cnt); \
	GOSUB_FRAME_PUSH(&(pin).f, &rt_pin_desc); } while (0)
#define RT_UNPIN(pin) GOSUB_FRAME_POP(&(pin).f)

/* rt_gc.c */
/* fn NULL removes obj's finalizer; ftype is fn's func type, objtype obj's
 * (rt_final.c checks them and calls the finalizer with rt_run_finalizer). */
void rt_setfinalizer(void *obj, GoFunc *fn, const GoType *ftype, const GoType *objtype);
void rt_run_finalizer(GoFunc *fn, const GoType *ftype, void *obj, const GoType *objtype);
void rt_read_memstats(uint64_t *st);
#define RT_MAXALLOC ((uintptr_t)1 << 48)

#define RT_MIN(a, b) ((a) < (b) ? (a) : (b))
#define RT_MAX(a, b) ((a) > (b) ? (a) : (b))

#include "rt_stack.h"

#endif
