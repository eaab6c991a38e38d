/*
 * panic_test.c: defer/panic/recover semantics and fatal panic output.  Each
 * scenario runs in a forked child (on the runtime's goroutine stack, with the
 * fault handlers installed, via rt_run_main); its stderr and exit status are
 * compared with what gc prints (the goroutine trace is not compared).
 */
#include "test.h"
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>


static char trace[256];
static int ntrace;

static void tr(const char *s)
{
	size_t n = strlen(s);
	memcpy(trace + ntrace, s, n);
	ntrace += (int)n;
}

static GoEface str_val(const char *s)
{
	GoEface e = { &gort_type_string, gort_box_string(gort_cstr(s)) };
	return e;
}

/* ---- scenarios */

static void d_panic_b(void *arg) { (void)arg; gort_panic(str_val("B")); }
static void s_double(void)
{
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_push(&df, d_panic_b, NULL);
	gort_panic(str_val("A"));
out:
	gort_defer_leave(&df);
}

static void d_recover_repanic(void *arg)
{
	(void)arg;
	GoEface r = gort_recover();
	gort_panic(gort_eface(&gort_type_string, gort_box_string(gort_concatstring2(gort_cstr("re:"), *(GoString *)r.data))));
}
static void s_repanic(void)
{
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_push(&df, d_recover_repanic, NULL);
	gort_panic(str_val("A"));
out:
	gort_defer_leave(&df);
}

static void s_nil(void)
{
	volatile int *p = NULL;
	gort_print_int(*p);
}

static void d_recover_print(void *arg)
{
	(void)arg;
	GoEface r = gort_recover();
	GoString s = panic_text(r);
	gort_print_string(s);
	gort_print_nl();
}
static void d_tr(void *arg) { tr(arg); }
static int nil_recovered(volatile int *p)
{
	GoDeferFrame df;
	volatile int result = 1;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_push(&df, d_tr, "1");
	gort_defer_push(&df, d_recover_print, NULL);
	gort_defer_push(&df, d_tr, "3");
	result = *p;
	tr("not reached");
out:
	gort_defer_leave(&df);
	return result;
}
static void s_nil_recover(void)
{
	int r = nil_recovered(NULL);
	tr("after");
	trace[ntrace] = 0;
	gort_print_string(gort_cstr(trace));
	gort_print_int(r);
	gort_print_nl();
	/* a second fault after recovery also works */
	r = nil_recovered(NULL);
	gort_print_int(r);
	gort_print_nl();
}

static volatile int zero;
static void s_divide(void)
{
	gort_print_int(10 / zero);
}

static void s_int(void)
{
	gort_panic(gort_eface(&gort_type_int, gort_box_u64(42)));
}

static void s_float(void)
{
	double f = 1.5;
	gort_panic(gort_eface(&gort_type_float64, gort_box(&gort_type_float64, &f)));
}

static const GoType t_S = { .kind = GOKIND_STRING, .size = 16, .ptrdata = 8, .flags = GOTYPE_NAMED,
	.str = { (const uint8_t *)"main.S", 6 }, .pkgpath = { (const uint8_t *)"main", 4 } };
static const GoType t_T = { .kind = GOKIND_STRUCT, .size = 8, .flags = GOTYPE_NAMED,
	.str = { (const uint8_t *)"main.T", 6 }, .pkgpath = { (const uint8_t *)"main", 4 } };
static void s_custom(void)
{
	GoString s = gort_cstr("x");
	gort_panic(gort_eface(&t_S, gort_box(&t_S, &s)));
}
static void s_struct(void)
{
	static uint64_t one = 1;
	gort_panic(gort_eface(&t_T, &one));
}

static void s_index(void)
{
	gort_check_index(5, 3);
}

static void d_exit(void *arg) { (void)arg; gort_exit(3); }
static void d_never(void *arg) { (void)arg; gort_print_string(gort_cstr("deferred ran")); }
static void s_exit(void)
{
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_push(&df, d_never, NULL);
	gort_defer_push(&df, d_exit, NULL);
	gort_panic(str_val("A"));
out:
	gort_defer_leave(&df);
}

/* recover only works in a deferred call run by the panic */
static void d_check_nil_recover(void *arg)
{
	(void)arg;
	GoEface r = gort_recover();
	gort_print_string(gort_cstr(r.type == NULL ? "nil;" : "non-nil;"));
}
static void inner_normal_defer(void)
{
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_push(&df, d_check_nil_recover, NULL);
out:
	gort_defer_leave(&df);
}
static void d_calls_inner(void *arg)
{
	(void)arg;
	inner_normal_defer();      /* its recover() must see nil */
	GoEface r = gort_recover();  /* this one recovers */
	gort_print_string(panic_text(r));
	gort_print_nl();
}
static void s_recover_rules(void)
{
	GoEface r = gort_recover();
	gort_print_string(gort_cstr(r.type == NULL ? "nil\n" : "bad\n"));
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_push(&df, d_calls_inner, NULL);
	gort_panic(str_val("P"));
out:
	gort_defer_leave(&df);
	gort_print_string(gort_cstr("done\n"));
}

/* precise recover: only the deferred function itself may recover */
static GoEface helper_recover(void)
{
	return gort_recover_fn((const void *)helper_recover);
}
static void deferred_closure(GoFunc *self)
{
	(void)self;
	GoEface r = helper_recover();
	gort_print_string(gort_cstr(r.type == NULL ? "helper nil;" : "helper recovered;"));
	r = gort_recover_fn((const void *)deferred_closure);
	gort_print_string(panic_text(r));
	gort_print_nl();
}
static void s_recover_direct(void)
{
	static GoFunc clo = { (void (*)(void))deferred_closure };
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_pushfunc(&df, &clo);
	gort_panic(str_val("Q"));
out:
	gort_defer_leave(&df);
	gort_print_string(gort_cstr("after\n"));
}
static void thunk_target(void)
{
	GoEface r = gort_recover_fn((const void *)thunk_target);
	gort_print_string(panic_text(r));
	gort_print_nl();
}
static void thunk(GoFunc *self)
{
	(void)self;
	thunk_target();
	gort_print_string(gort_cstr("thunk done\n"));
}
static void s_recover_thunk(void)
{
	static GoFunc rec = { (void (*)(void))thunk };
	GoDeferFrame df;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto out;
	gort_defer_pushfunc_target(&df, &rec, (const void *)thunk_target);
	gort_panic(str_val("T"));
out:
	gort_defer_leave(&df);
	gort_print_string(gort_cstr("after\n"));
}

/* gort_defer_run */
typedef struct { go_int result; } Ctx;
static void set_result(void *arg)
{
	Ctx *c = arg;
	GoEface r = gort_recover();
	c->result = r.type ? 99 : c->result;
}
static void body_panics(GoDeferFrame *df, void *arg)
{
	Ctx *c = arg;
	c->result = 1;
	gort_defer_push(df, set_result, c);
	gort_panic(str_val("X"));
}
static void body_returns(GoDeferFrame *df, void *arg)
{
	Ctx *c = arg;
	gort_defer_push(df, set_result, c);
	c->result = 7;
}
static void s_defer_run(void)
{
	Ctx c = { 0 };
	go_bool rec = gort_defer_run(body_panics, &c);
	gort_print_int(rec);
	gort_print_int(c.result);
	rec = gort_defer_run(body_returns, &c);
	gort_print_int(rec);
	gort_print_int(c.result);
	gort_print_nl();
}

static void deep(int n)
{
	volatile char buf[256];
	buf[0] = (char)n;
	if (n > 0)
		deep(n - 1);
	(void)buf[0];
}
static void s_deep(void)
{
	deep(200000);   /* ~60 MB: more than the 8 MB C stack */
	gort_print_string(gort_cstr("deep ok\n"));
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	run("double", s_double, "panic: A\n\tpanic: B\n\ngoroutine 1 [running]:\n", 2);
	run("repanic", s_repanic, "panic: A [recovered]\n\tpanic: re:A\n\ngoroutine 1 [running]:\n", 2);
	run("nil", s_nil, "panic: runtime error: invalid memory address or nil pointer dereference\n"
		"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x", 2);
	run("nil_recover", s_nil_recover,
		"runtime error: invalid memory address or nil pointer dereference\n31after1\n"
		"runtime error: invalid memory address or nil pointer dereference\n1\n", 0);
	run("divide", s_divide, "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n", 2);
	run("int", s_int, "panic: 42\n\ngoroutine", 2);
	run("float", s_float, "panic: +1.500000e+000\n\ngoroutine", 2);
	run("custom", s_custom, "panic: main.S(\"x\")\n\ngoroutine", 2);
	run("struct", s_struct, "panic: (main.T) 0x", 2);
	run("index", s_index, "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n", 2);
	run("exit", s_exit, "", 3);
	run("recover_rules", s_recover_rules, "nil\nnil;P\ndone\n", 0);
	run("deep", s_deep, "deep ok\n", 0);
	run("defer_run", s_defer_run, "19907\n", 0);
	run("recover_direct", s_recover_direct, "helper nil;Q\nafter\n", 0);
	run("recover_thunk", s_recover_thunk, "T\nthunk done\nafter\n", 0);
	TEST_END();
}
