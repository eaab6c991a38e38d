/*
 * rt_proc.c: process-level runtime state: initialisation, the goroutine
 * structure of the main goroutine, the big main stack, os args and
 * environment, exit, raw writes, random numbers and the fault handlers that
 * turn SIGSEGV/SIGBUS/SIGFPE into Go panics.
 *
 * Invariants: gort_curg always points at the running goroutine's GoG (per
 * thread); the main goroutine starts on a big first stack segment
 * (rt_stack.c) and runs on the scheduler like any other (rt_sched.c); a
 * fault just below a goroutine's guarded stack is reported as Go's "fatal
 * error: stack overflow".
 */
#define _GNU_SOURCE
#include "rt_impl.h"
#include "rt_stack.h"
#ifdef GOSUB_GC_BOEHM
#define GC_THREADS
#include <gc.h>
#else
#include "rt_heap.h"
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

_Thread_local GoG *gort_curg;
static GoG g0;

uintptr_t rt_hashseed;
static uint64_t rand_seed;                  /* per process; each thread's state derives from it */
static uint64_t rand_threads;               /* atomic: threads seeded so far */
static _Thread_local uint64_t rand_state;

static int rt_argc;
static char **rt_argv;
static GoSlice args_slice;
GORT_ROOT(args_slice, &gort_type_unsafeptr);   /* its first word, ptr */
static bool args_done;

uintptr_t rt_sig_addr, rt_sig_pc, rt_sig_code;
int rt_sig_pending;

/* ---------------------------------------------------------------- output */

void rt_write_err(const void *p, size_t n)
{
	gort_write(2, p, (go_int)n);
}

void rt_write_errs(const char *s)
{
	rt_write_err(s, strlen(s));
}

go_int gort_write(go_int fd, const void *p, go_int n)
{
	const char *c = p;
	go_int done = 0;
	if (GORT_UNLIKELY(rt_frozen_out()))
		for (;;)
			pause();    /* another thread prints a fatal error, then exits */
	while (done < n) {
		gort_entersyscall();    /* a pipe may be full: other goroutines keep running */
		ssize_t w = write((int)fd, c + done, (size_t)(n - done));
		gort_exitsyscall();
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE && (fd == 1 || fd == 2)) {
				/* like gc: a broken stdout/stderr pipe kills the program */
				signal(SIGPIPE, SIG_DFL);
				raise(SIGPIPE);
			}
			return -(go_int)errno;
		}
		done += w;
	}
	return n;
}

GORT_NORETURN void gort_exit(go_int code)
{
	if (GORT_UNLIKELY(rt_frozen_out()))
		for (;;)
			pause();
	fflush(NULL);    /* only C helpers use stdio; Go output is unbuffered */
	_exit((int)code);
}

/* ---------------------------------------------------------------- random */

uint64_t rt_fastrand(void)
{
	/* wyrand-style generator: a Weyl sequence fed through a 128-bit multiply. */
	if (rand_state == 0)
		rand_state = rand_seed ^ (__atomic_add_fetch(&rand_threads, 1, __ATOMIC_RELAXED) *
			0x9e3779b97f4a7c15ull);
	rand_state += 0xa0761d6478bd642full;
	__uint128_t m = (__uint128_t)rand_state * (rand_state ^ 0xe7037ed1a0b428dbull);
	return (uint64_t)(m >> 64) ^ (uint64_t)m;
}

static void init_random(void)
{
	uint64_t seed = 0;
	const unsigned char *r = (const unsigned char *)getauxval(AT_RANDOM);
	if (r)
		memcpy(&seed, r, sizeof seed);
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	seed ^= (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ull ^ (uint64_t)getpid();
	rand_seed = seed | 1;
	rand_state = seed;
	rt_hashseed = (uintptr_t)rt_fastrand() | 1;
}

/* ---------------------------------------------------------------- args, env */

GoSlice gort_args(void)
{
	if (!args_done) {
		GoString *a = rt_alloc_layout(sizeof(GoString) * (size_t)(rt_argc > 0 ? rt_argc : 1),
			&gort_type_string, (uintptr_t)(rt_argc > 0 ? rt_argc : 1));
		args_slice.ptr = a;   /* a root before the strings are allocated */
		for (int i = 0; i < rt_argc; i++)
			a[i] = rt_gostring(rt_argv[i]);
		args_slice.len = args_slice.cap = rt_argc;
		args_done = true;
	}
	return args_slice;
}

GoString gort_getenv(GoString key, go_bool *found)
{
	char buf[256];
	char *k = buf;
	GoString r = { NULL, 0 };
	if (key.len + 1 > (go_int)sizeof buf)
		k = rt_alloc_bytes((size_t)key.len + 1, false);
	if (key.len)
		memcpy(k, key.ptr, (size_t)key.len);
	k[key.len] = 0;
	const char *v = (memchr(k, 0, (size_t)key.len) == NULL) ? getenv(k) : NULL;
	if (found)
		*found = v != NULL;
	if (v)
		r = rt_gostring(v);
	return r;
}

extern char **environ;

GoSlice gort_environ(void)
{
	go_int n = 0;
	while (environ && environ[n])
		n++;
	GoString *a = rt_alloc_bytes(sizeof(GoString) * (size_t)(n ? n : 1), true);
	RtPin pin;              /* each string allocated may collect */
	RT_PIN(pin, a, NULL, 1);
	for (go_int i = 0; i < n; i++)
		a[i] = rt_gostring(environ[i]);
	RT_UNPIN(pin);
	GoSlice s = { a, n, n };
	return s;
}

/* ---------------------------------------------------------------- faults */

#define GUARD_SIZE ((size_t)1 << 16)

static void fault_handler(int sig, siginfo_t *info, void *uctx)
{
	ucontext_t *uc = uctx;
	uintptr_t addr = (uintptr_t)info->si_addr;
	GoG *g = gort_curg;
	if (sig == SIGSEGV && g && g->stack_lo && addr + GUARD_SIZE >= (uintptr_t)g->stack_lo &&
	    addr < (uintptr_t)g->stack_lo + 4096) {
		rt_write_errs("runtime: goroutine stack exceeds 1000000000-byte limit\n"
			"fatal error: stack overflow\n");
		g->waitreason = NULL;
		rt_print_traceback();
		_exit(2);
	}
	rt_sig_code = (uintptr_t)info->si_code;
	rt_sig_addr = sig == SIGFPE ? 0 : addr;
	rt_sig_pending = sig;
#if defined(__x86_64__)
	greg_t *gr = uc->uc_mcontext.gregs;
	rt_sig_pc = (uintptr_t)gr[REG_RIP];
	/* Inject a call to rt_sigpanic at the faulting instruction: below the
	 * red zone, 16-byte aligned, with the fault pc as return address. */
	uintptr_t sp = ((uintptr_t)gr[REG_RSP] - 128) & ~(uintptr_t)15;
	sp -= 8;
	*(uintptr_t *)sp = rt_sig_pc;
	gr[REG_RSP] = (greg_t)sp;
	gr[REG_RIP] = (greg_t)(uintptr_t)rt_sigpanic;
#elif defined(__aarch64__)
	rt_sig_pc = (uintptr_t)uc->uc_mcontext.pc;
	uc->uc_mcontext.regs[30] = uc->uc_mcontext.pc;
	uc->uc_mcontext.sp = (uc->uc_mcontext.sp - 256) & ~(uint64_t)15;
	uc->uc_mcontext.pc = (uintptr_t)rt_sigpanic;
#else
	(void)uc;
	rt_sig_pc = 0;
	rt_sigpanic();   /* runs on the signal stack; works for panics that are not recovered */
#endif
}

static void init_signals(void)
{
	static char altstack[1 << 16];
	stack_t ss;
	ss.ss_sp = altstack;
	ss.ss_size = sizeof altstack;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fault_handler;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* ---------------------------------------------------------------- init */

#ifdef GOSUB_GC_BOEHM
/* Boehm's warnings ("Repeated allocation of very large block") would
 * corrupt the program's stderr, which must match gc's byte for byte. */
static void GC_CALLBACK ignore_gc_warning(char *msg, GC_word arg)
{
	(void)msg;
	(void)arg;
}

#endif

void rt_init(int argc, char **argv)
{
#ifdef GOSUB_GC_BOEHM
	GC_set_warn_proc(ignore_gc_warning);
	GC_INIT();
	GC_set_warn_proc(ignore_gc_warning);
	/* Collect when allocation since the last GC reaches half the heap: close
	 * to gc's GOGC=100 pacing while keeping Boehm's conservative heap small. */
	GC_set_free_space_divisor(2);
	const char *gogc = getenv("GOGC");
	if (gogc && strcmp(gogc, "off") == 0)
		GC_disable();
#else
	rt_gc_init();
#endif
	rt_argc = argc;
	rt_argv = argv;
	g0.goid = 1;
	gort_curg = &g0;
	init_random();
}

static void (*go_entry)(void);

static void main_entry(void *arg)
{
	(void)arg;
	go_entry();
	gort_exit(0);
}

/* Runs fn as the main goroutine (its first stack segment is a big one); the
 * main thread becomes the scheduler's first M. */
void rt_run_main(void (*fn)(void))
{
	init_signals();
	rt_stack_thread_init();
	go_entry = fn;
	rt_stack_init_size(&g0, RT_STACK_MAIN_FIRST);
	g0.entry = main_entry;
	rt_sched_init(&g0);
	rt_sched_main();
}
