/*
 * gosub_rt.h: the contract between generated C and the runtime.  Every
 * generated C file includes this header and nothing else from the runtime.
 * The runtime's private declarations live in rt_impl.h.
 *
 * Representations (fixed: the compiler, the runtime and the future precise GC
 * all depend on them):
 *   bool            go_bool (uint8_t, 0 or 1)
 *   int, uint, uintptr: 64-bit (amd64 model); int8..uint64 = <stdint.h> types
 *   float32/64      float / double;  complex64/128: GoComplex64 / GoComplex128
 *   string          GoString  {ptr, len}       (ptr may be NULL when len == 0)
 *   []T             GoSlice   {ptr, len, cap}
 *   map[K]V         GoMap *   (NULL = nil map)
 *   chan T          GoChan *  (NULL = nil channel)
 *   func            GoFunc *  (NULL = nil func): a closure object whose first
 *                   word is the code pointer; the code receives the closure
 *                   pointer as its first argument:  ((R(*)(GoFunc*,A,B))f->fn)(f,a,b)
 *   interface{}     GoEface   {type, data}
 *   non-empty iface GoIface   {itab, data}
 *                   data: pointer-shaped types (pointer, map, chan, func,
 *                   unsafe.Pointer) are stored directly; every other value is
 *                   boxed: data points to a heap copy (immutable once boxed).
 *   [N]T            struct { T a[N]; } (so arrays copy by value)
 *   struct          C struct with the same field order; layout = amd64 Go layout
 *   multiple results: a generated struct { R0 r0; R1 r1; ... }
 *
 * Method tables: an itab's fun[i] for interface method i (interface methods
 * sorted by name, as Go sorts them) points to a function whose first parameter
 * is the interface's data word (void *), followed by the method's parameters.
 *
 * GC frames (stack maps): every function keeps its pointer-holding locals in a
 * frame struct whose first member is a GoFrame; GOSUB_FRAME_PUSH links it into
 * the goroutine's frame chain and GOSUB_FRAME_POP unlinks it.  The frame's
 * descriptor lists which words hold pointers.  Under --gc=boehm the macros
 * still run (the chain is also how panics unwind), costing two stores.
 *
 * Safepoints: GOSUB_POLL() at function entry and on loop back-edges.
 */
#ifndef GOSUB_RT_H
#define GOSUB_RT_H

#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <setjmp.h>

typedef uint8_t go_bool;
typedef int64_t go_int;
typedef uint64_t go_uint;
typedef uintptr_t go_uintptr;
typedef int32_t go_rune;
typedef uint8_t go_byte;
typedef struct { float re, im; } GoComplex64;
typedef struct { double re, im; } GoComplex128;

typedef struct { const uint8_t *ptr; go_int len; } GoString;
typedef struct { void *ptr; go_int len, cap; } GoSlice;

typedef struct GoType GoType;
typedef struct GoItab GoItab;
typedef struct GoMap GoMap;
typedef struct GoChan GoChan;
typedef struct GoFunc { void (*fn)(void); } GoFunc;   /* captures follow fn */

typedef struct { const GoType *type; void *data; } GoEface;
typedef struct { const GoItab *tab; void *data; } GoIface;

/* Type kinds: same numbering as Go's reflect.Kind. */
enum {
	GOKIND_INVALID, GOKIND_BOOL, GOKIND_INT, GOKIND_INT8, GOKIND_INT16, GOKIND_INT32,
	GOKIND_INT64, GOKIND_UINT, GOKIND_UINT8, GOKIND_UINT16, GOKIND_UINT32,
	GOKIND_UINT64, GOKIND_UINTPTR, GOKIND_FLOAT32, GOKIND_FLOAT64, GOKIND_COMPLEX64,
	GOKIND_COMPLEX128, GOKIND_ARRAY, GOKIND_CHAN, GOKIND_FUNC, GOKIND_INTERFACE,
	GOKIND_MAP, GOKIND_POINTER, GOKIND_SLICE, GOKIND_STRING, GOKIND_STRUCT,
	GOKIND_UNSAFEPOINTER,
};

enum {
	GOTYPE_NAMED = 1,        /* defined (named) type */
	GOTYPE_POINTERSHAPED = 2,/* stored directly in an interface data word */
	GOTYPE_COMPARABLE = 4,
	GOTYPE_VARIADIC = 8,     /* func */
};

typedef struct GoStructField {
	GoString name;
	const GoType *type;
	GoString tag;
	uintptr_t offset;
	uint8_t embedded;
	uint8_t exported;
} GoStructField;

typedef struct GoMethod {
	GoString name;
	GoString pkgpath;        /* empty for exported names */
	const GoType *mtype;     /* func type without receiver */
	void (*ifn)(void);       /* called with the interface data word first */
} GoMethod;

typedef struct GoIMethod {
	GoString name;
	GoString pkgpath;
	const GoType *mtype;
} GoIMethod;

/* A type descriptor.  One per type, emitted by the compiler (anonymous types
 * may be emitted by several packages; the runtime compares descriptors with
 * gort_type_eq, which falls back to comparing `str` when pointers differ). */
struct GoType {
	uintptr_t size;
	uintptr_t ptrdata;           /* prefix length in bytes that can hold pointers */
	uint32_t hash;               /* hash of the type's string, for type switches */
	uint8_t kind;                /* GOKIND_* */
	uint8_t align;
	uint8_t flags;               /* GOTYPE_* */
	uint8_t chandir;             /* 1 recv, 2 send, 3 both */
	const uint8_t *gcdata;       /* pointer bitmap: bit i = word i holds a pointer */
	_Bool (*equal)(const void *, const void *);   /* NULL: not comparable */
	uintptr_t (*hashfn)(const void *, uintptr_t seed);
	GoString str;                /* gc's spelling: "main.Point", "[]int", "*main.T" */
	GoString pkgpath;            /* named types: package path */
	GoString name;               /* named types: "Point" */
	const GoType *elem;          /* pointer, slice, array, chan, map value */
	const GoType *key;           /* map key */
	uintptr_t len;               /* array length */
	const GoStructField *fields; /* struct */
	uintptr_t nfields;
	const GoMethod *methods;     /* method set of this type (value or pointer type),
	                                sorted by name */
	uintptr_t nmethods;
	const GoIMethod *imethods;   /* interface: methods sorted by name */
	uintptr_t nimethods;
	const GoType *const *in;     /* func */
	uintptr_t nin;
	const GoType *const *out;
	uintptr_t nout;
	const GoType *ptrto;         /* *T if the program uses it, else NULL */
};

struct GoItab {
	const GoType *inter;
	const GoType *type;
	uint32_t hash;               /* copy of type->hash */
	void (*fun[])(void);         /* interface methods, in inter->imethods order */
};

/* Package globals as GC roots.  Each package's C file lists its
 * pointer-holding globals in the linker section "gosub_roots"; the collector
 * walks __start_gosub_roots..__stop_gosub_roots and scans each variable with
 * its type's pointer bitmap.  Stdlib and runtime C declare theirs with
 * GORT_ROOT(var, &type). */
typedef struct GoRoot {
	void *addr;
	const GoType *type;
} GoRoot;
#define GORT_ROOT(var, typ) \
	static const GoRoot gort_root_##var __attribute__((section("gosub_roots"), used, aligned(8))) = { (void *)&(var), (typ) }

/* Every store of a pointer-holding value into memory the collector may scan
 * concurrently (heap objects, globals) goes through GOSUB_WB: a plain store
 * for now, so a write barrier can come later in one place. */
#define GOSUB_WB(lhs, rhs) ((lhs) = (rhs))

/* GC frame record (stack map).  desc describes the whole frame struct. */
typedef struct GoFrame {
	struct GoFrame *prev;
	const GoType *desc;
} GoFrame;


/* ================================================================
 * Everything below is the runtime's API for generated code (and stdlib C).
 * Unless noted, entry points are implemented in runtime/rt_*.c.
 * ================================================================ */

#if defined(__GNUC__)
#define GORT_LIKELY(x)   __builtin_expect(!!(x), 1)
#define GORT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define GORT_NORETURN    __attribute__((noreturn, cold))
#else
#define GORT_LIKELY(x)   (x)
#define GORT_UNLIKELY(x) (x)
#define GORT_NORETURN    _Noreturn
#endif

/* ---------------------------------------------------------------- goroutine state
 * One GoG per goroutine, reached through the thread-local gort_curg (the
 * running goroutine; see rt_sched.c).  The frame chain (GoFrame) and the
 * chain of defer frames (GoDeferFrame) both hang off it.  Fields below
 * `stack_hi` are the scheduler's. */
typedef struct GoPanic GoPanic;
typedef struct GoDeferFrame GoDeferFrame;

/* A goroutine's segmented stack (stack section: runtime/rt_stack.c, rt_stack.h). */
typedef struct GoStackSeg GoStackSeg;
typedef struct GoStack {
	GoStackSeg *cur;             /* segment its innermost frames are on (NULL: none) */
	size_t total;                /* bytes of cur and all older segments */
} GoStack;

typedef struct GoG {
	GoFrame *frames;             /* innermost GC frame (stack map chain) */
	GoDeferFrame *defers;        /* innermost function frame that has defers */
	GoPanic *panic;              /* innermost active panic, or NULL */
	int64_t goid;
	GoStack stack;               /* segments (rt_stack.c) */
	void *stack_lo, *stack_hi;   /* bounds of this goroutine's C stack */
	/* scheduler state (rt_sched.c) */
	void *sched_sp;              /* saved stack pointer while switched out */
	uintptr_t sched_guard;       /* its stack guard while switched out (0: recompute) */
	struct GoG *schedlink;       /* run queue / timer list link */
	struct GoG *alllink;         /* list of all goroutines */
	const char *waitreason;      /* why it is parked ("chan receive") */
	void (*entry)(void *);       /* go entry(entryarg) */
	void *entryarg;
	void *param;                 /* set by whoever readies a parked goroutine */
	int64_t when;                /* sleep deadline (nanotime) */
	char *stack_map;             /* mmap'd stack incl. guard, NULL for main */
	void *m;                     /* the M running it (scheduler's RtM) */
	uint32_t selectdone;         /* atomic: a select's case has been claimed */
	void *racectx;               /* ThreadSanitizer fiber (runtime built with TSan only) */
	/* a parked channel operation's sudogs, for the precise collector
	 * (rt_chan.c): waitsg[waitorder[i]] for i < nwaitsg (waitorder NULL:
	 * waitsg[i]) */
	void *waitsg;
	const go_int *waitorder;
	int32_t nwaitsg;
	uint8_t status;              /* atomic: G_* in rt_sched.c */
	uint8_t goexiting;
} GoG;

extern _Thread_local GoG *gort_curg;

/* GC frames.  fr points to the GoFrame at the start of the function's frame
 * struct, desc describes the frame (NULL allowed under Boehm): size/gcdata for
 * the precise GC, and for tracebacks str = the Go function name ("main.f")
 * and pkgpath = its source file.  Push after
 * the frame struct is zeroed; pop on every return path (a recovered panic
 * restores the chain itself, see gort_defer_enter). */
#define GOSUB_FRAME_PUSH(fr, d) do { GoG *gort_g_ = gort_curg; \
	(fr)->prev = gort_g_->frames; (fr)->desc = (d); gort_g_->frames = (fr); } while (0)
#define GOSUB_FRAME_POP(fr) (gort_curg->frames = (fr)->prev)
/* ---------------------------------------------------------------- stacks and safepoints
 * BEGIN stack section (owned by runtime/rt_stack.c)
 *
 * Every Go function starts with
 *
 *	if (GOSUB_STACK_CHECK(need)) {        // need: bytes of stack it estimates
 *		struct args a = { params... };
 *		gort_morestack(f__ms, &a, need);  // f__ms(&a) calls f(params) and
 *		return a.result;                  // stores its result in a
 *	}
 *
 * gort_stackguard is the running goroutine's guard (the lowest address its
 * frames may reach in the current stack segment, plus a reserve for runtime
 * and C helpers), kept in a thread-local so the check is one load and one
 * compare.  The scheduler sets it to GORT_STACK_PREEMPT to ask the goroutine
 * to yield: then the entry check fails, and GOSUB_POLL() on loop back-edges
 * fires.  gort_morestack handles both cases: it yields if asked, and if the
 * stack is really short it runs thunk(args) on a new segment. */
/* Programs link the runtime statically, so the variable sits at a fixed
 * offset from the thread pointer (local-exec): a poll is one instruction.
 * GORT_STACK_PREEMPT is the only value with the top bit set, so a poll is a
 * sign test that needs no register for the constant. */
extern _Thread_local uintptr_t gort_stackguard __attribute__((tls_model("local-exec")));
#define GORT_STACK_PREEMPT ((uintptr_t)1 << 63)
/* volatile: the poll must reload the variable on every iteration of a loop
 * that itself never writes memory (for {}) */
#define GORT_PREEMPT_ASKED() GORT_UNLIKELY((intptr_t)*(volatile uintptr_t *)&gort_stackguard < 0)
/* The stack pointer is read with one instruction: __builtin_frame_address
 * would force a frame pointer on every function. */
#if defined(__x86_64__)
#define GORT_SP() ({ uintptr_t gort_sp_; __asm__("movq %%rsp, %0" : "=r"(gort_sp_)); gort_sp_; })
#elif defined(__aarch64__)
#define GORT_SP() ({ uintptr_t gort_sp_; __asm__("mov %0, sp" : "=r"(gort_sp_)); gort_sp_; })
#else
#define GORT_SP() ((uintptr_t)__builtin_frame_address(0))
#endif
/* The compiler's estimate of a function's stack need, in bytes, holds for
 * optimised C; unoptimised C keeps every temporary (big values included) in
 * its own slot. */
#ifdef __OPTIMIZE__
#define GOSUB_NEED(n) (n)
#else
#define GOSUB_NEED(n) (4 * (n))
#endif
#define GOSUB_STACK_CHECK(need) \
	GORT_UNLIKELY(GORT_SP() < gort_stackguard + (uintptr_t)(need))
void gort_morestack(void (*thunk)(void *), void *args, size_t need);
void gort_preempt_poll(void);                    /* yield if preemption was asked for */
#define GOSUB_POLL() do { if (GORT_PREEMPT_ASKED()) gort_preempt_poll(); } while (0)
/* The same, first storing the function's pointer-holding locals into their
 * GC frame slots (the arguments are those assignments). */
#define GOSUB_POLL_SPILL(...) do { if (GORT_PREEMPT_ASKED()) { __VA_ARGS__; gort_preempt_poll(); } } while (0)
/* A loop with at most this many iterations and no loop inside it polls
 * only if its guard says it may be longer (see "short loops" in
 * compiler/emit_stmt.c): it finishes within microseconds anyway. */
#define GOSUB_SHORT_LOOP 1024u
/* A long loop of that kind polls when i, which it steps by 1, is a multiple
 * of GOSUB_SHORT_LOOP. */
#define GOSUB_POLL_DUE(i) GORT_UNLIKELY(((uint64_t)(i) & (GOSUB_SHORT_LOOP - 1)) == 0)
/* C code called from Go (runtime, stdlib .c files) runs without entry checks
 * in the few KB below the guard.  Anything deeper (libc formatting such as
 * snprintf, buffers of KBs, a Boehm collection) runs fn(arg) through
 * gort_stack_ensure(n, fn, arg), which calls it directly when n bytes are
 * left on the current stack segment and on a bigger segment otherwise.
 * GORT_STACK_CLIB is enough for libc formatting calls. */
void gort_stack_ensure(size_t n, void (*fn)(void *), void *arg);
#define GORT_STACK_CLIB ((size_t)16384)
/* END stack section */

/* ---------------------------------------------------------------- defer / panic / recover
 * A function containing `defer` does:
 *
 *	GoDeferFrame df;
 *	gort_defer_enter(&df);                // after GOSUB_FRAME_PUSH
 *	if (gort_setjmp(df.jb)) goto recovered;   // must be in the function itself
 *	...  gort_defer_push(&df, fn, arg);   // `defer`: fn(arg) runs later
 *	...
 *	ret:       gort_defer_leave(&df); GOSUB_FRAME_POP(...); return results;
 *	recovered: goto ret;                  // named results hold the return values
 *
 * gort_defer_leave runs the pending deferred calls LIFO and unlinks df.
 * gort_panic runs deferred calls of every frame, innermost first.  If one of
 * them calls gort_recover(), the panic stops after that call returns: the
 * runtime resets the goroutine's frame chain and defer chain to df's state and
 * jumps to df.jb (gort_longjmp); the function then runs its remaining deferred calls
 * (gort_defer_leave) and returns normally.  C rule: locals the recovered path
 * reads and that change after setjmp (named results!) must be volatile or live
 * in memory reached through an unchanged pointer.
 *
 * A deferred call is fn(arg); `defer f(a, b)` is emitted as a heap record
 * holding f, a, b and a thunk.  gort_defer_pushfunc(df, f) defers the call of a
 * closure without arguments: ((void(*)(GoFunc*))f->fn)(f); its target (for
 * recover) is f->fn.  For `defer f(a, b)` through a thunk, pass f's C function
 * with gort_defer_pushfunc_target so recover() inside f works and recover()
 * in functions f calls does not. */
typedef struct GoDefer {
	struct GoDefer *link;        /* next older pending call */
	void (*fn)(void *);
	void *arg;
	const void *target;          /* the Go function the call runs (for recover), or NULL */
} GoDefer;

/* The recovery point.  On x86-64 it is the compiler's own setjmp (five
 * words, saved inline, no signal mask): glibc's jmp_buf is 200 bytes, and
 * a defer frame sits in every goroutine body with `defer wg.Done()`, which
 * must fit the goroutine's 2 KiB first stack segment.  A function that
 * calls __builtin_setjmp saves every callee-saved register itself and
 * reloads what it needs after the jump, so locals behave as after setjmp.
 * ThreadSanitizer builds keep libc's (TSan follows longjmp there).  Use
 * gort_setjmp(df.jb) in the function itself and gort_longjmp(df->jb) only
 * from another function. */
#if defined(__SANITIZE_THREAD__)
#define GORT_LIBC_SETJMP 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GORT_LIBC_SETJMP 1
#endif
#endif
#if defined(__x86_64__) && !defined(GORT_LIBC_SETJMP)
typedef void *GoJmpBuf[5];
#define gort_setjmp(b) __builtin_setjmp(b)
#define gort_longjmp(b) __builtin_longjmp((b), 1)
#else
typedef jmp_buf GoJmpBuf;
#define gort_setjmp(b) setjmp(b)
#define gort_longjmp(b) longjmp((b), 1)
#endif

/* f, as a pointer the C compiler cannot see through, so a call of it is
 * never inlined (calls from functions with defers, emit_call.c). */
#define GOSUB_OUTLINE(f) (*({ __typeof__(&(f)) gs_of_ = &(f); __asm__("" : "+r"(gs_of_)); gs_of_; }))

struct GoDeferFrame {
	GoDeferFrame *prev;          /* enclosing frame with defers */
	GoDefer *top;                /* pending calls, most recent first */
	GoFrame *frames;             /* g->frames at gort_defer_enter */
	GoDefer first;               /* storage for the first deferred call */
	GoJmpBuf jb;                 /* recovery point */
};

static inline void gort_defer_enter(GoDeferFrame *df)
{
	GoG *g = gort_curg;
	df->prev = g->defers;
	df->top = NULL;
	df->frames = g->frames;
	df->first.fn = NULL;
	g->defers = df;
}
void gort_defer_push(GoDeferFrame *df, void (*fn)(void *), void *arg);
void gort_defer_pushfunc(GoDeferFrame *df, GoFunc *f);
/* Like gort_defer_pushfunc when f->fn is a thunk calling target (the C
 * function of the Go function or method the defer statement names). */
void gort_defer_pushfunc_target(GoDeferFrame *df, GoFunc *f, const void *target);
void gort_defer_leave(GoDeferFrame *df);
/* Alternative without setjmp in generated code (no -Wclobbered concerns):
 * the function's body is outlined as body(df, ctx) with its locals in *ctx;
 * gort_defer_run enters a defer frame, runs the body, runs the deferred calls
 * and returns 1 if a panic was recovered (the results are then whatever the
 * deferred calls left in *ctx), 0 after a normal return. */
go_bool gort_defer_run(void (*body)(GoDeferFrame *df, void *ctx), void *ctx);

GORT_NORETURN void gort_panic(GoEface v);
/* recover().  gort_recover_fn(self) is the precise form: self is the C
 * function containing the recover() call; it recovers only if that function
 * is the deferred call the panic is running (gc's "called directly by a
 * deferred function" rule).  Deferred calls pushed without a known target
 * (gort_defer_push) accept any caller, as gort_recover() always does. */
GoEface gort_recover(void);
GoEface gort_recover_fn(const void *self);
/* `defer recover()` in function self: run at self's return, it counts as a
 * call from self, so it recovers the panic that is running self as a
 * deferred call; run by a panic directly, nothing called it from a deferred
 * function and it recovers nothing (gc's recover1.go, tests 5 to 7). */
GoEface gort_recover_deferred(const void *self);
/* Fatal runtime error: "fatal error: msg", goroutine trace, exit 2. */
GORT_NORETURN void gort_throw(const char *msg);

/* Runtime errors: each panics with a runtime.Error value carrying Go's text. */
GORT_NORETURN void gort_panic_index(go_int i, go_int len);      /* index out of range [i] with length len */
GORT_NORETURN void gort_panic_indexu(go_uint i, go_int len);    /* same, unsigned index */
GORT_NORETURN void gort_panic_slice_alen(go_int hi, go_int len);   /* [:hi] with length len */
GORT_NORETURN void gort_panic_slice_acap(go_int hi, go_int cap);   /* [:hi] with capacity cap */
GORT_NORETURN void gort_panic_slice_b(go_int lo, go_int hi);       /* [lo:hi] */
GORT_NORETURN void gort_panic_slice3_alen(go_int max, go_int len); /* [::max] with length len */
GORT_NORETURN void gort_panic_slice3_acap(go_int max, go_int cap); /* [::max] with capacity cap */
GORT_NORETURN void gort_panic_slice3_b(go_int hi, go_int max);     /* [:hi:max] */
GORT_NORETURN void gort_panic_slice3_c(go_int lo, go_int hi);      /* [lo:hi:] */
GORT_NORETURN void gort_panic_convert(go_int len, go_int arrlen);  /* slice -> array (pointer) */
GORT_NORETURN void gort_panic_divide(void);      /* integer divide by zero */
GORT_NORETURN void gort_panic_shift(void);       /* negative shift amount */
GORT_NORETURN void gort_panic_nil(void);         /* invalid memory address or nil pointer dereference */
GORT_NORETURN void gort_panic_nilmap(void);      /* assignment to entry in nil map */
GORT_NORETURN void gort_panic_unhashable(const GoType *t);   /* hash of unhashable type T */
GORT_NORETURN void gort_panic_uncomparable(const GoType *t); /* comparing uncomparable type T */
GORT_NORETURN void gort_panic_makeslicelen(void);
GORT_NORETURN void gort_panic_makeslicecap(void);
/* Generic: gort_panic_errorstring("x") panics with runtime error "runtime error: x";
 * gort_panic_plain("x") with a runtime.Error printing just "x". */
GORT_NORETURN void gort_panic_errorstring(const char *msg);
GORT_NORETURN void gort_panic_plain(const char *msg);

/* unsafe.Slice(ptr, len) with elements of esize bytes; the emitter passes a
 * length that does not fit an int as -1. */
static inline GoSlice gort_unsafe_slice(const void *ptr, go_int len, size_t esize)
{
	uint64_t mem;
	if (GORT_UNLIKELY(len < 0))
		gort_panic_errorstring("unsafe.Slice: len out of range");
	if (GORT_UNLIKELY(__builtin_mul_overflow((uint64_t)len, (uint64_t)esize, &mem) || mem > -(uintptr_t)ptr)) {
		if (ptr == NULL)
			gort_panic_errorstring("unsafe.Slice: ptr is nil and len is not zero");
		gort_panic_errorstring("unsafe.Slice: len out of range");
	}
	return (GoSlice){ (void *)ptr, len, len };
}

static inline void gort_nilcheck(const void *p)
{
	if (GORT_UNLIKELY(p == NULL))
		gort_panic_nil();
}

/* ---------------------------------------------------------------- goroutines
 * M:P:G scheduling (rt_sched.c): goroutines run on GOMAXPROCS OS threads at
 * once, each with its own stack; they switch when they block (channels,
 * select, sleep, semaphores), yield (gort_gosched, or a safepoint poll when
 * the monitor thread asks a goroutine that ran 10 ms to yield) or exit.  When
 * every goroutine is blocked and no timer or system call is pending the
 * program dies with gc's "fatal error: all goroutines are asleep - deadlock!".
 * Blocking system calls in C are bracketed by gort_entersyscall and
 * gort_exitsyscall, so the thread's P can run other goroutines meanwhile
 * (between the two, the goroutine must not touch the Go heap's scheduler
 * state: no allocation, no channel operations). */
void gort_go(void (*fn)(void *), void *arg);     /* go fn(arg): arg is usually a heap
                                                    record holding the call's arguments */
void gort_gofunc(GoFunc *f);                     /* go f() for a closure without arguments */
void gort_gosched(void);                         /* runtime.Gosched */
GORT_NORETURN void gort_goexit(void);            /* runtime.Goexit: runs deferred calls, ends g */
go_int gort_numgoroutine(void);
int64_t gort_goid(void);
void gort_sleep(int64_t ns);                     /* time.Sleep */
int64_t gort_nanotime(void);                     /* monotonic clock */
void gort_walltime(int64_t *sec, int32_t *nsec); /* wall clock */
/* Counting semaphores for sync: acquire waits until *addr > 0 and
 * decrements it; release increments it and wakes one waiter. */
void gort_semacquire(uint32_t *addr);
void gort_semrelease(uint32_t *addr);
void gort_entersyscall(void);
void gort_exitsyscall(void);
go_int gort_gomaxprocs(go_int n);                /* runtime.GOMAXPROCS */
go_int gort_numcpu(void);
/* Runtime timers (time package).  A GoTimer is allocated by gort_timer_new
 * and lives as long as the Go value holding it.  Modes: 0 calls f() on the
 * scheduler when due (f must not block: a non-blocking channel send), 1 runs
 * go f().  period > 0 re-arms it.  stop/reset report whether it was pending. */
typedef struct GoTimer GoTimer;
GoTimer *gort_timer_new(GoFunc *f, go_int mode);
void gort_timer_start(GoTimer *t, int64_t when, int64_t period);
go_bool gort_timer_stop(GoTimer *t);
void gort_gc(void);                              /* runtime.GC */
/* The netpoller (rt_netpoll.c).  gort_poll_open registers a non-blocking
 * descriptor (NULL and *err = errno on failure).  An operation takes a
 * reference (acquire: GORT_POLL_OK, or why not), takes the side's ('r' or
 * 'w') sequence number, runs its system call and, on EAGAIN, gort_poll_wait
 * parks unless an event came since (then it retries); then release.  Deadlines (d ns from now; !set clears; d <= 0 expires) make
 * waits return GORT_POLL_TIMEOUT; gort_poll_close evicts the waiters (they
 * get GORT_POLL_CLOSING), waits for the references and closes the fd
 * (0, errno, or -GORT_POLL_CLOSING if already closed). */
typedef struct GoPollDesc GoPollDesc;
enum { GORT_POLL_OK, GORT_POLL_CLOSING, GORT_POLL_TIMEOUT };
GoPollDesc *gort_poll_open(go_int fd, go_int *err);
go_int gort_poll_acquire(GoPollDesc *pd, go_int mode);   /* mode 0: closing only */
void gort_poll_release(GoPollDesc *pd);
uint32_t gort_poll_seq(GoPollDesc *pd, go_int mode);     /* before each system call */
go_int gort_poll_wait(GoPollDesc *pd, go_int mode, uint32_t seq);
void gort_poll_deadline(GoPollDesc *pd, int64_t d, go_bool set, go_int mode);  /* 'r', 'w', 'r'+'w' */
go_int gort_poll_close(GoPollDesc *pd);
/* runtime.MemStats basics: bytes in use (approximate), bytes allocated in
 * total, number of completed collections. */
void gort_memstats(uint64_t *heap_alloc, uint64_t *total_alloc, uint64_t *num_gc);
/* runtime.ReadMemStats: st[GORT_MS_N] (zero where the collector has no figure). */
enum {
	GORT_MS_ALLOC, GORT_MS_TOTALALLOC, GORT_MS_SYS, GORT_MS_MALLOCS, GORT_MS_FREES,
	GORT_MS_HEAPALLOC, GORT_MS_HEAPSYS, GORT_MS_HEAPIDLE, GORT_MS_HEAPINUSE,
	GORT_MS_HEAPRELEASED, GORT_MS_HEAPOBJECTS, GORT_MS_STACKINUSE, GORT_MS_STACKSYS,
	GORT_MS_NEXTGC, GORT_MS_LASTGC, GORT_MS_PAUSETOTAL, GORT_MS_NUMGC, GORT_MS_LASTPAUSE,
	GORT_MS_N
};
void gort_readmemstats(uint64_t *st);
/* runtime.SetFinalizer: fn (a func taking obj's pointer type) runs on a
 * goroutine once obj is unreachable; fn NULL removes it. */
void gort_setfinalizer(GoEface obj, GoEface fin);   /* runtime.SetFinalizer */

/* ---------------------------------------------------------------- channels
 * GoChan is opaque except its first two words (len and cap).  elem points at
 * a value of the channel's element type (NULL allowed for receives that drop
 * the value).  Closed/nil semantics and panics are gc's. */
GoChan *gort_makechan(const GoType *chantype, go_int size);
void gort_chansend(GoChan *c, const void *elem);
go_bool gort_chanrecv(GoChan *c, void *elem);    /* returns ok (false: closed and empty) */
void gort_chanclose(GoChan *c);
static inline go_int gort_chanlen(const GoChan *c)
{
	return c ? ((const go_int *)c)[0] : 0;
}
static inline go_int gort_chancap(const GoChan *c)
{
	return c ? ((const go_int *)c)[1] : 0;
}
/* select: cases in source order (nil channels never fire); block = 0 when
 * there is a default clause.  Returns the index of the case that ran, or -1
 * for default; *recvok is the comma-ok of a receive case. */
typedef struct GoSelectCase {
	GoChan *c;
	void *elem;                  /* value to send / where to receive (may be NULL) */
	go_bool send;
} GoSelectCase;
go_int gort_select(GoSelectCase *cases, go_int n, go_bool block, go_bool *recvok);

/* ---------------------------------------------------------------- program entry
 * The runtime owns main(): it initialises the GC, signal handlers and os args,
 * calls gosub_program_main() (emitted for package main: package inits in
 * order, then main.main), then exits 0. */
void gosub_program_main(void);
GORT_NORETURN void gort_exit(go_int code);       /* os.Exit: no deferred calls */
GoSlice gort_args(void);                         /* os.Args ([]string) */
GoString gort_getenv(GoString key, go_bool *found);
GoSlice gort_environ(void);                      /* []string "KEY=value" */
/* write(2) loop: returns n, or -errno on error. */
go_int gort_write(go_int fd, const void *p, go_int n);

/* ---------------------------------------------------------------- allocation
 * All memory comes from here so the precise GC can replace Boehm.  Results are
 * zeroed.  Zero-size requests return &gort_zerobase. */
extern uint64_t gort_zerobase;
void *gort_alloc(const GoType *t);               /* new(T) */
void *gort_alloc_n(const GoType *elem, go_int n);/* [n]T backing store */
void *gort_alloc_noscan(size_t n);               /* memory without pointers */
void *gort_alloc_scan(size_t n);                 /* may hold pointers; no type (closures,
                                                    defer records) */

/* ---------------------------------------------------------------- type descriptors
 * Predeclared types, referenced by compiled code instead of emitting its own.
 * byte = uint8, rune = int32.  gort_type_any is interface {}. */
extern const GoType gort_type_bool, gort_type_int, gort_type_int8, gort_type_int16,
	gort_type_int32, gort_type_int64, gort_type_uint, gort_type_uint8, gort_type_uint16,
	gort_type_uint32, gort_type_uint64, gort_type_uintptr, gort_type_float32,
	gort_type_float64, gort_type_complex64, gort_type_complex128, gort_type_string,
	gort_type_unsafeptr, gort_type_error, gort_type_any;

/* GoType.hash = FNV-1a (32-bit) of the type's str. */
static inline uint32_t gort_typehash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (uint8_t)s[i]) * 16777619u;
	return h;
}

/* Type identity: same descriptor, or two descriptors of the same unnamed type. */
go_bool gort_type_eq_slow(const GoType *a, const GoType *b);
static inline go_bool gort_type_eq(const GoType *a, const GoType *b)
{
	return a == b || gort_type_eq_slow(a, b);
}

/* Hash and equality functions for GoType.hashfn / GoType.equal.  The
 * compiler's functions for structs and arrays combine these per field. */
uintptr_t gort_memhash(const void *p, uintptr_t seed, uintptr_t size);
uintptr_t gort_memhash8(const void *p, uintptr_t seed);
uintptr_t gort_memhash16(const void *p, uintptr_t seed);
uintptr_t gort_memhash32(const void *p, uintptr_t seed);
uintptr_t gort_memhash64(const void *p, uintptr_t seed);
uintptr_t gort_memhash128(const void *p, uintptr_t seed);
uintptr_t gort_strhash(const void *p, uintptr_t seed);     /* GoString* */
uintptr_t gort_f32hash(const void *p, uintptr_t seed);     /* +0 == -0; NaN: random */
uintptr_t gort_f64hash(const void *p, uintptr_t seed);
uintptr_t gort_c64hash(const void *p, uintptr_t seed);
uintptr_t gort_c128hash(const void *p, uintptr_t seed);
uintptr_t gort_efacehash(const void *p, uintptr_t seed);   /* GoEface*: dynamic type's hash */
uintptr_t gort_ifacehash(const void *p, uintptr_t seed);   /* GoIface* */
_Bool gort_memequal(const void *p, const void *q, uintptr_t size);
_Bool gort_memequal0(const void *p, const void *q);
_Bool gort_memequal8(const void *p, const void *q);
_Bool gort_memequal16(const void *p, const void *q);
_Bool gort_memequal32(const void *p, const void *q);
_Bool gort_memequal64(const void *p, const void *q);
_Bool gort_memequal128(const void *p, const void *q);
_Bool gort_strequal(const void *p, const void *q);
_Bool gort_f32equal(const void *p, const void *q);
_Bool gort_f64equal(const void *p, const void *q);
_Bool gort_c64equal(const void *p, const void *q);
_Bool gort_c128equal(const void *p, const void *q);
_Bool gort_efaceequal(const void *p, const void *q);       /* may panic: uncomparable */
_Bool gort_ifaceequal(const void *p, const void *q);

/* ---------------------------------------------------------------- interfaces
 * Boxing: gort_box returns the data word for a value of type t stored at v:
 * the pointer itself for pointer-shaped types, else an immutable heap copy
 * (small integers and zero-size values come from static storage). */
void *gort_box(const GoType *t, const void *v);
void *gort_box_u64(uint64_t v);        /* 8-byte non-pointer values (int, float64 bits...) */
void *gort_box_u32(uint32_t v);
void *gort_box_u16(uint16_t v);
void *gort_box_u8(uint8_t v);          /* bool too */
void *gort_box_string(GoString s);
void *gort_box_slice(GoSlice s);
static inline GoEface gort_eface(const GoType *t, void *data)
{
	GoEface e = { t, data };
	return e;
}

/* Itabs: built on first use and cached (inter, type).  canfail: NULL instead
 * of a panic when t lacks a method. */
const GoItab *gort_getitab(const GoType *inter, const GoType *t, go_bool canfail);
/* For conversions of a statically known concrete type: a per-site cache,
 *	static const GoItab *c1;  ... gort_getitab_cached(&c1, &I, &T) ...
 * or GORT_ITAB(&I, &T) in an expression (GNU C statement expression). */
static inline const GoItab *gort_getitab_cached(const GoItab **cache, const GoType *inter, const GoType *t)
{
	const GoItab *tab = *cache;
	if (GORT_UNLIKELY(tab == NULL))
		*cache = tab = gort_getitab(inter, t, 0);
	return tab;
}
#define GORT_ITAB(inter, t) __extension__({ static const GoItab *gort_itab_site_; \
	gort_getitab_cached(&gort_itab_site_, (inter), (t)); })
static inline GoIface gort_iface(const GoType *inter, const GoType *t, void *data)
{
	GoIface i = { gort_getitab(inter, t, 0), data };
	return i;
}
static inline GoEface gort_iface_to_eface(GoIface i)
{
	GoEface e = { i.tab ? i.tab->type : NULL, i.data };
	return e;
}
/* Static I -> I' conversion (always succeeds; nil stays nil). */
GoIface gort_convI2I(const GoType *inter, GoIface i);

/* Type assertions.  src is the static (interface) type of the operand, used in
 * messages.  To concrete T: compare types inline, on failure
 * gort_panic_assert(src, e.type, T).  To an interface: the E2I forms (for an
 * iface operand pass gort_iface_to_eface(x)). */
static inline go_bool gort_eface_is(GoEface e, const GoType *t)
{
	return e.type == t || (e.type != NULL && gort_type_eq_slow(e.type, t));
}
static inline go_bool gort_iface_is(GoIface i, const GoType *t)
{
	return i.tab != NULL && (i.tab->type == t || gort_type_eq_slow(i.tab->type, t));
}
GORT_NORETURN void gort_panic_assert(const GoType *src, const GoType *have, const GoType *want);
GoIface gort_assertE2I(const GoType *src, const GoType *inter, GoEface e);
go_bool gort_assertE2I2(const GoType *inter, GoEface e, GoIface *out);
GoEface gort_assertE2E(const GoType *src, GoEface e);   /* x.(interface{}): fails on nil */
/* Does t implement inter (type switches)?  Returns the itab or NULL. */
static inline const GoItab *gort_implements(const GoType *inter, const GoType *t)
{
	return t ? gort_getitab(inter, t, 1) : NULL;
}

/* Comparisons (== on interfaces); panic on uncomparable dynamic types. */
go_bool gort_efaceeq(GoEface a, GoEface b);
go_bool gort_ifaceeq(GoIface a, GoIface b);
go_bool gort_efaceeq_val(GoEface e, const GoType *t, const void *v);   /* e == T-value at v */

/* Error() / String() of a value through its method table (used for panics,
 * available to stdlib C).  ok = 0 when the type has no such method. */
GoString gort_call_error(GoEface e, go_bool *ok);
GoString gort_call_string(GoEface e, go_bool *ok);

/* ---------------------------------------------------------------- strings */
GoString gort_concatstring2(GoString a, GoString b);
GoString gort_concatstring3(GoString a, GoString b, GoString c);
GoString gort_concatstrings(const GoString *a, go_int n);
int gort_strcmp(GoString a, GoString b);                 /* <0, 0, >0 (bytewise) */
static inline go_bool gort_streq(GoString a, GoString b)
{
	return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}
static inline go_byte gort_string_index(GoString s, go_int i)
{
	if (GORT_UNLIKELY((go_uint)i >= (go_uint)s.len))
		gort_panic_index(i, s.len);
	return s.ptr[i];
}
static inline GoString gort_string_slice(GoString s, go_int lo, go_int hi)
{
	if (GORT_UNLIKELY((go_uint)hi > (go_uint)s.len))
		gort_panic_slice_alen(hi, s.len);
	if (GORT_UNLIKELY((go_uint)lo > (go_uint)hi))
		gort_panic_slice_b(lo, hi);
	/* an empty result keeps the base: s.ptr + lo may point past the end of
	 * the string's object, at the next one (gc does the same) */
	GoString r = { s.ptr + (hi != lo ? lo : 0), hi - lo };
	return r;
}
static inline GoString gort_cstr(const char *s)           /* C string literal -> GoString */
{
	GoString r = { (const uint8_t *)s, (go_int)strlen(s) };
	return r;
}
GoString gort_slicebytetostring(const void *p, go_int n);   /* string(b[:n]) copies */
GoSlice gort_stringtoslicebyte(GoString s);
GoSlice gort_stringtoslicerune(GoString s);
GoString gort_slicerunetostring(const go_rune *p, go_int n);
GoString gort_intstring(int64_t v);                         /* string(rune(v)); bad -> U+FFFD */
GoString gort_uintstring(uint64_t v);
go_int gort_encoderune(uint8_t *buf, go_rune r);            /* buf >= 4 bytes */
/* for i, r := range s: decodes the rune at s[i], returns the next index;
 * invalid UTF-8 yields (U+FFFD, i+1).  gort_range_rune inlines ASCII. */
go_int gort_decoderune(GoString s, go_int i, go_rune *r);
static inline go_int gort_range_rune(GoString s, go_int i, go_rune *r)
{
	uint8_t c = s.ptr[i];
	if (GORT_LIKELY(c < 0x80)) {
		*r = c;
		return i + 1;
	}
	return gort_decoderune(s, i, r);
}

/* ---------------------------------------------------------------- slices
 * gort_growslice: append growing past cap.  Returns a slice with len newlen
 * (elements [old.len, newlen) zeroed for the caller to fill) and gc's exact
 * capacity (Go 1.19 growth rule, rounded up to malloc size classes). */
GoSlice gort_growslice(const GoType *elem, GoSlice old, go_int newlen);
GoSlice gort_makeslice(const GoType *elem, go_int len, go_int cap);
/* cap(make) / growth helper: gc's malloc size class round-up. */
uintptr_t gort_roundupsize(uintptr_t size);
static inline go_int gort_slicecopy(void *dst, go_int dlen, const void *src, go_int slen, size_t esize)
{
	go_int n = dlen < slen ? dlen : slen;
	if (n > 0 && dst != src)
		memmove(dst, src, (size_t)n * esize);
	return n;
}
/* Bounds checks; return the index so they nest in expressions. */
static inline go_int gort_check_index(go_int i, go_int len)
{
	if (GORT_UNLIKELY((go_uint)i >= (go_uint)len))
		gort_panic_index(i, len);
	return i;
}
static inline go_int gort_check_indexu(go_uint i, go_int len)
{
	if (GORT_UNLIKELY(i >= (go_uint)len))
		gort_panic_indexu(i, len);
	return (go_int)i;
}
/* x[lo:hi] on a slice (bound = cap) or on a string/array (bound = len). */
static inline void gort_check_slice2_cap(go_int lo, go_int hi, go_int cap)
{
	if (GORT_UNLIKELY((go_uint)hi > (go_uint)cap))
		gort_panic_slice_acap(hi, cap);
	if (GORT_UNLIKELY((go_uint)lo > (go_uint)hi))
		gort_panic_slice_b(lo, hi);
}
static inline void gort_check_slice2_len(go_int lo, go_int hi, go_int len)
{
	if (GORT_UNLIKELY((go_uint)hi > (go_uint)len))
		gort_panic_slice_alen(hi, len);
	if (GORT_UNLIKELY((go_uint)lo > (go_uint)hi))
		gort_panic_slice_b(lo, hi);
}
/* x[lo:hi:max] */
static inline void gort_check_slice3_cap(go_int lo, go_int hi, go_int max, go_int cap)
{
	if (GORT_UNLIKELY((go_uint)max > (go_uint)cap))
		gort_panic_slice3_acap(max, cap);
	if (GORT_UNLIKELY((go_uint)hi > (go_uint)max))
		gort_panic_slice3_b(hi, max);
	if (GORT_UNLIKELY((go_uint)lo > (go_uint)hi))
		gort_panic_slice3_c(lo, hi);
}
static inline void gort_check_slice3_len(go_int lo, go_int hi, go_int max, go_int len)
{
	if (GORT_UNLIKELY((go_uint)max > (go_uint)len))
		gort_panic_slice3_alen(max, len);
	if (GORT_UNLIKELY((go_uint)hi > (go_uint)max))
		gort_panic_slice3_b(hi, max);
	if (GORT_UNLIKELY((go_uint)lo > (go_uint)hi))
		gort_panic_slice3_c(lo, hi);
}

/* ---------------------------------------------------------------- maps
 * GoMap is opaque except its first word, the element count.  Keys and
 * values are passed by pointer; t is the map's type descriptor (key, elem).
 * gort_mapaccess1 never returns NULL (a zero value when missing); the
 * mapassign slot must be written before any other map operation. */
GoMap *gort_makemap(const GoType *t, go_int hint);
void *gort_mapaccess1(const GoType *t, GoMap *m, const void *key);
void *gort_mapaccess2(const GoType *t, GoMap *m, const void *key, go_bool *ok);
void *gort_mapassign(const GoType *t, GoMap *m, const void *key);
void gort_mapdelete(const GoType *t, GoMap *m, const void *key);
void gort_mapclear(const GoType *t, GoMap *m);
static inline go_int gort_maplen(const GoMap *m)
{
	return m ? *(const go_int *)m : 0;
}
/* Fast paths: valid when the key is 8 bytes compared by memory (int, int64,
 * uint64, uintptr, pointers, chans) resp. a string. */
void *gort_mapaccess1_fast64(const GoType *t, GoMap *m, uint64_t key);
void *gort_mapaccess2_fast64(const GoType *t, GoMap *m, uint64_t key, go_bool *ok);
void *gort_mapassign_fast64(const GoType *t, GoMap *m, uint64_t key);
void *gort_mapaccess1_faststr(const GoType *t, GoMap *m, GoString key);
void *gort_mapaccess2_faststr(const GoType *t, GoMap *m, GoString key, go_bool *ok);
void *gort_mapassign_faststr(const GoType *t, GoMap *m, GoString key);

/* for k, v := range m:
 *	GoMapIter it; gort_mapiterinit(t, m, &it);
 *	while (gort_mapiternext(&it)) { k = *(K *)it.key; v = *(V *)it.val; ... }
 * Order is randomised per loop.  Entries deleted before being reached are not
 * produced; entries added during the loop may or may not be. */
typedef struct GoMapIter {
	void *key, *val;             /* current entry */
	GoMap *m;
	const GoType *t;
	void *tab;                   /* internal: table being walked */
	uintptr_t mask, start, i;    /* internal */
	uint64_t clearseq;           /* internal */
} GoMapIter;
void gort_mapiterinit(const GoType *t, GoMap *m, GoMapIter *it);
go_bool gort_mapiternext(GoMapIter *it);

/* ---------------------------------------------------------------- print / println
 * Builtins print/println write to stderr, formatted as gc does. */
void gort_print_lock(void);
void gort_print_unlock(void);
void gort_print_int(int64_t v);
void gort_print_uint(uint64_t v);
void gort_print_float(double v);                 /* +1.500000e+000 */
void gort_print_complex(GoComplex128 c);         /* (+1.000000e+000+2.000000e+000i) */
void gort_print_bool(go_bool v);
void gort_print_string(GoString s);
void gort_print_pointer(const void *p);          /* 0xc000012345 */
void gort_print_hex(uint64_t v);
void gort_print_eface(GoEface e);                /* (0x...,0x...) */
void gort_print_iface(GoIface i);
void gort_print_slice(GoSlice s);                /* [len/cap]0x... */
void gort_print_sp(void);
void gort_print_nl(void);

/* ---------------------------------------------------------------- arithmetic helpers
 * The emitter does +, -, *, unary - on signed ints in unsigned arithmetic.
 * Shifts: the count is unsigned (the emitter panics on negative signed counts
 * with gort_shift_count).  Division: panics on zero; MinInt / -1 wraps. */
static inline uint64_t gort_shift_count(int64_t s)
{
	if (GORT_UNLIKELY(s < 0))
		gort_panic_shift();
	return (uint64_t)s;
}
#define GORT_SHIFTS(W) \
static inline uint##W##_t gort_shl##W(uint##W##_t x, uint64_t s) \
	{ return s >= W ? 0 : (uint##W##_t)(x << s); } \
static inline uint##W##_t gort_shr_u##W(uint##W##_t x, uint64_t s) \
	{ return s >= W ? 0 : (uint##W##_t)(x >> s); } \
static inline int##W##_t gort_shr_i##W(int##W##_t x, uint64_t s) \
	{ return (int##W##_t)(x >> (s >= W ? W - 1 : s)); }
GORT_SHIFTS(8)
GORT_SHIFTS(16)
GORT_SHIFTS(32)
GORT_SHIFTS(64)
#undef GORT_SHIFTS

#define GORT_DIVS(W) \
static inline int##W##_t gort_div_i##W(int##W##_t a, int##W##_t b) \
{ \
	if (GORT_UNLIKELY(b == 0)) gort_panic_divide(); \
	if (GORT_UNLIKELY(b == -1)) return (int##W##_t)(0 - (uint##W##_t)a); \
	return (int##W##_t)(a / b); \
} \
static inline int##W##_t gort_mod_i##W(int##W##_t a, int##W##_t b) \
{ \
	if (GORT_UNLIKELY(b == 0)) gort_panic_divide(); \
	if (GORT_UNLIKELY(b == -1)) return 0; \
	return (int##W##_t)(a % b); \
} \
static inline uint##W##_t gort_div_u##W(uint##W##_t a, uint##W##_t b) \
{ \
	if (GORT_UNLIKELY(b == 0)) gort_panic_divide(); \
	return (uint##W##_t)(a / b); \
} \
static inline uint##W##_t gort_mod_u##W(uint##W##_t a, uint##W##_t b) \
{ \
	if (GORT_UNLIKELY(b == 0)) gort_panic_divide(); \
	return (uint##W##_t)(a % b); \
}
GORT_DIVS(8)
GORT_DIVS(16)
GORT_DIVS(32)
GORT_DIVS(64)
#undef GORT_DIVS

/* float -> integer conversions with amd64 gc's results for out-of-range and
 * NaN inputs (int64: 0x8000000000000000; int32: 0x80000000; int8/16 and
 * uint8/16 truncate the int32 result; uint32 truncates the int64 result;
 * uint64: x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63).  Float32 sources
 * convert to double first (exact). */
static inline int64_t gort_f64toi64(double x)
{
	if (x >= -9223372036854775808.0 && x < 9223372036854775808.0)
		return (int64_t)x;
	return INT64_MIN;
}
static inline int32_t gort_f64toi32(double x)
{
	if (x > -2147483649.0 && x < 2147483648.0)
		return (int32_t)x;
	return INT32_MIN;
}
static inline int16_t gort_f64toi16(double x) { return (int16_t)(uint16_t)(uint32_t)gort_f64toi32(x); }
static inline int8_t gort_f64toi8(double x) { return (int8_t)(uint8_t)(uint32_t)gort_f64toi32(x); }
static inline uint64_t gort_f64tou64(double x)
{
	if (x < 9223372036854775808.0)
		return (uint64_t)gort_f64toi64(x);
	return (uint64_t)gort_f64toi64(x - 9223372036854775808.0) | 0x8000000000000000ull;
}
static inline uint32_t gort_f64tou32(double x) { return (uint32_t)(uint64_t)gort_f64toi64(x); }
static inline uint16_t gort_f64tou16(double x) { return (uint16_t)(uint32_t)gort_f64toi32(x); }
static inline uint8_t gort_f64tou8(double x) { return (uint8_t)(uint32_t)gort_f64toi32(x); }

/* complex arithmetic: + - * are componentwise formulas (no fma: the code is
 * compiled with -ffp-contract=off); division follows gc (Smith's algorithm
 * with C99 infinity/NaN fix-ups); complex64 multiplication and division are
 * computed in double precision and rounded, as gc does. */
static inline GoComplex128 gort_c128(double re, double im) { GoComplex128 c = { re, im }; return c; }
static inline GoComplex64 gort_c64(float re, float im) { GoComplex64 c = { re, im }; return c; }
static inline GoComplex128 gort_c128add(GoComplex128 a, GoComplex128 b) { return gort_c128(a.re + b.re, a.im + b.im); }
static inline GoComplex128 gort_c128sub(GoComplex128 a, GoComplex128 b) { return gort_c128(a.re - b.re, a.im - b.im); }
static inline GoComplex128 gort_c128neg(GoComplex128 a) { return gort_c128(-a.re, -a.im); }
static inline GoComplex128 gort_c128mul(GoComplex128 a, GoComplex128 b)
{
	return gort_c128(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}
static inline go_bool gort_c128eq(GoComplex128 a, GoComplex128 b) { return a.re == b.re && a.im == b.im; }
GoComplex128 gort_c128div(GoComplex128 a, GoComplex128 b);
static inline GoComplex64 gort_c64add(GoComplex64 a, GoComplex64 b) { return gort_c64(a.re + b.re, a.im + b.im); }
static inline GoComplex64 gort_c64sub(GoComplex64 a, GoComplex64 b) { return gort_c64(a.re - b.re, a.im - b.im); }
static inline GoComplex64 gort_c64neg(GoComplex64 a) { return gort_c64(-a.re, -a.im); }
static inline GoComplex64 gort_c64mul(GoComplex64 a, GoComplex64 b)
{
	/* gc multiplies complex64 in float64 precision, rounding once */
	double ar = a.re, ai = a.im, br = b.re, bi = b.im;
	return gort_c64((float)(ar * br - ai * bi), (float)(ar * bi + ai * br));
}
static inline go_bool gort_c64eq(GoComplex64 a, GoComplex64 b) { return a.re == b.re && a.im == b.im; }
GoComplex64 gort_c64div(GoComplex64 a, GoComplex64 b);
static inline GoComplex128 gort_c64to128(GoComplex64 a) { return gort_c128(a.re, a.im); }
static inline GoComplex64 gort_c128to64(GoComplex128 a) { return gort_c64((float)a.re, (float)a.im); }

/* ---------------------------------------------------------------- requested by the emitter */
/* gort_nn: nil check that yields the pointer, so dereferences nest in
 * expressions: (*(T *)gort_nn(p)).  Panics like gort_nilcheck. */
static inline void *gort_nn(const void *p)
{
	if (GORT_UNLIKELY(p == NULL))
		gort_panic_nil();
	return (void *)p;
}
/* gort_copy: the copy builtin.  The empty asm hides the pointers' values,
 * so gcc does not warn about memmove on a constant nil slice in code that
 * the n > 0 test makes dead. */
static inline go_int gort_copy(void *dst, go_int dlen, const void *src, go_int slen, size_t esize)
{
	go_int n = dlen < slen ? dlen : slen;
	if (n > 0 && dst != src) {
		__asm__("" : "+r"(dst), "+r"(src));
		memmove(dst, src, (size_t)n * esize);
	}
	return n;
}

#endif
