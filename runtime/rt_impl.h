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
 * scheduler, timers, semaphores), rt_chan.c (channels, select).
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

/* rt_sched.c */
void rt_sched_init(GoG *g);
void rt_park(const char *reason);    /* blocks the current goroutine */
void rt_ready(GoG *g);               /* makes a parked goroutine runnable */

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
void *rt_alloc_bytes(size_t n, bool scan);
void *rt_alloc_raw_noscan(size_t n);     /* not zeroed */
#define RT_MAXALLOC ((uintptr_t)1 << 48)

#define RT_MIN(a, b) ((a) < (b) ? (a) : (b))
#define RT_MAX(a, b) ((a) > (b) ? (a) : (b))

#endif
