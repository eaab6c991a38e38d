/*
 * rt_panic.c: defer, panic and recover; runtime error values; printing a
 * fatal panic.
 *
 * Model (see gosub_rt.h): each function with defers links a GoDeferFrame into
 * g->defers and queues deferred calls on it.  gort_panic pushes a GoPanic
 * (living in gort_panic's C frame) on g->panic and runs deferred calls from
 * the innermost frame outwards, popping each before calling it.  When a call
 * recovers, the runtime drops the panic (and the earlier panics it aborted),
 * restores the goroutine's frame and defer chains to the recovering frame and
 * longjmps there.
 *
 * Invariants: a deferred call is unlinked before it runs, so it runs at most
 * once even if it panics; a panic p is "running" exactly while a deferred call
 * it started is executing, which is when recover() may stop it; a panic q is
 * aborted when a newer panic reaches the defer frame in which q was running a
 * call (q can no longer complete), matching gc's printing of "panic: A\n\tpanic: B".
 */
#include "rt_impl.h"
#include "rt_stack.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- defer */

void gort_defer_push(GoDeferFrame *df, void (*fn)(void *), void *arg)
{
	GoDefer *d;
	if (df->first.fn == NULL)
		d = &df->first;
	else {
		RtPin pin;
		RT_PIN(pin, arg, NULL, 1);   /* the call's record, held by nothing else yet */
		d = rt_alloc_bytes(sizeof *d, true);
		RT_UNPIN(pin);
	}
	d->fn = fn;
	d->arg = arg;
	d->target = NULL;
	d->link = df->top;
	df->top = d;
}

static void call_closure(void *arg)
{
	GoFunc *f = arg;
	((void (*)(GoFunc *))f->fn)(f);
}

static void call_nil(void *arg)
{
	(void)arg;
	gort_panic_nil();
}

void gort_defer_pushfunc(GoDeferFrame *df, GoFunc *f)
{
	/* `defer nilfunc()` panics when the call runs, not at the defer. */
	gort_defer_push(df, f ? call_closure : call_nil, f);
	if (f)
		df->top->target = (const void *)f->fn;
}

void gort_defer_pushfunc_target(GoDeferFrame *df, GoFunc *f, const void *target)
{
	gort_defer_push(df, f ? call_closure : call_nil, f);
	df->top->target = target;
}

void gort_defer_leave(GoDeferFrame *df)
{
	GoG *g = gort_curg;
	GoDefer *d;
	GoPanic *p = g->panic;
	bool running = p && p->running;
	/* A call run by a normal return is not run by the panic: recover() in it
	 * must not stop an outer panic. */
	if (p)
		p->running = false;
	while ((d = df->top) != NULL) {
		df->top = d->link;
		d->fn(d->arg);
	}
	if (p)
		p->running = running;
	g->defers = df->prev;
}

go_bool gort_defer_run(void (*body)(GoDeferFrame *df, void *ctx), void *ctx)
{
	GoDeferFrame df;
	volatile go_bool recovered = 0;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		recovered = 1;
	else
		body(&df, ctx);
	gort_defer_leave(&df);
	return recovered;
}

/* ---------------------------------------------------------------- panic */

static GORT_NORETURN void panic_run(GoEface v);

static void panic_thunk(void *arg)
{
	panic_run(*(GoEface *)arg);
}

/* The panic runs on a stack segment with room for printing (a recovery
 * longjmps back to an older segment: see rt_stack_unwind). */
void gort_panic(GoEface v)
{
	if (rt_stack_avail() < RT_STACK_PRINT_NEED)
		rt_stack_ensure(RT_STACK_PRINT_NEED, panic_thunk, &v);
	panic_run(v);
}

static void panic_run(GoEface v)
{
	GoG *g = gort_curg;
	GoPanic p;
	memset(&p, 0, sizeof p);
	p.arg = v;
	p.link = g->panic;
	g->panic = &p;
	for (;;) {
		GoDeferFrame *df = g->defers;
		if (df == NULL)
			break;
		for (GoPanic *q = p.link; q; q = q->link)
			if (q->running && q->df == df)
				q->aborted = true;
		GoDefer *d = df->top;
		if (d == NULL) {
			g->defers = df->prev;   /* the frame is unwound */
			continue;
		}
		df->top = d->link;
		p.df = df;
		p.target = d->target;
		p.running = true;
		d->fn(d->arg);
		p.running = false;
		if (p.recovered) {
			GoPanic *r = p.link;
			while (r && r->aborted)
				r = r->link;
			g->panic = r;
			rt_sig_pending = 0;    /* the fault is dealt with */
			g->defers = df;
			g->frames = df->frames;
			rt_stack_unwind(df);    /* df's frame may be on an older stack segment */
			gort_longjmp(df->jb);
		}
	}
	rt_fatalpanic();
}

/* Stops panic p if the caller's rule (may) allows and p is still live. */
static GoEface recover_if(GoPanic *p, bool may)
{
	GoEface r = { NULL, NULL };
	if (may && !p->recovered && !p->aborted) {
		p->recovered = true;
		r = p->arg;
	}
	return r;
}

GoEface gort_recover(void)
{
	GoPanic *p = gort_curg->panic;
	return recover_if(p, p && p->running);
}

GoEface gort_recover_fn(const void *self)
{
	GoPanic *p = gort_curg->panic;
	return recover_if(p, p && p->running && (p->target == NULL || p->target == self));
}

GoEface gort_recover_deferred(const void *self)
{
	GoPanic *p = gort_curg->panic;
	/* gort_defer_leave clears running while self's deferred calls run at
	 * its return; a panic running this call directly has it set */
	return recover_if(p, p && !p->running && p->target == self);
}

/* ---------------------------------------------------------------- fatal */

/* The trace lists the functions on the GC frame chain whose descriptor names
 * them (desc->str = "main.f", desc->pkgpath = source file), innermost first. */
static void print_traceback(void *arg);

void rt_print_traceback(void)
{
	rt_stack_ensure(RT_STACK_PRINT_NEED, print_traceback, NULL);
}

static void print_traceback(void *arg)
{
	(void)arg;
	int n = 0;
	GoG *g = gort_curg;
	char buf[100];
	snprintf(buf, sizeof buf, "\ngoroutine %lld [%s]:\n", (long long)(g ? g->goid : 1),
		g && g->waitreason ? g->waitreason : "running");
	rt_write_errs(buf);
	for (GoFrame *f = g ? g->frames : NULL; f && n < 100; f = f->prev) {
		if (f->desc == NULL || f->desc->str.len == 0)
			continue;
		gort_print_string(f->desc->str);
		rt_write_errs("(...)\n\t");
		if (f->desc->pkgpath.len)
			gort_print_string(f->desc->pkgpath);
		else
			rt_write_errs("?");
		rt_write_errs(" +0x0\n");
		n++;
	}
	if (n == 0)
		rt_write_errs("main.main()\n\t?:0 +0x0\n");
}

static void print_panics(GoPanic *p)
{
	if (p->link) {
		print_panics(p->link);
		rt_write_errs("\t");
	}
	rt_write_errs("panic: ");
	rt_print_eface_value(p->arg);
	if (p->recovered)
		rt_write_errs(" [recovered]");
	rt_write_errs("\n");
}

static const char *signame(int sig)
{
	switch (sig) {
	case SIGSEGV: return "SIGSEGV: segmentation violation";
	case SIGBUS: return "SIGBUS: bus error";
	case SIGFPE: return "SIGFPE: floating-point exception";
	default: return "signal";
	}
}

/* gc reports the signal behind a fatal panic or throw. */
static void print_signal_line(void)
{
	if (rt_sig_pending) {
		char buf[160];
		snprintf(buf, sizeof buf, "[signal %s code=0x%lx addr=0x%lx pc=0x%lx]\n",
			signame(rt_sig_pending), (unsigned long)rt_sig_code,
			(unsigned long)rt_sig_addr, (unsigned long)rt_sig_pc);
		rt_write_errs(buf);
	}
}

void rt_fatalpanic(void)
{
	static bool preprinting;
	GoG *g = gort_curg;
	if (preprinting) {
		/* An Error or String method panicked while we converted the values. */
		GoEface v = g->panic->arg;
		GoString msg = gort_cstr("panic while printing panic value");
		if (v.type == &gort_type_string)
			msg = gort_concatstring3(msg, gort_cstr(": "), *(GoString *)v.data);
		else
			msg = gort_concatstring3(msg, gort_cstr(": type "), rt_type_string(v.type));
		gort_throw((const char *)gort_concatstring2(msg, (GoString){ (const uint8_t *)"", 1 }).ptr);
	}
	preprinting = true;
	/* Like gc's preprintpanics: error and Stringer values print as their text. */
	for (GoPanic *p = g->panic; p; p = p->link) {
		go_bool ok;
		GoString s = gort_call_error(p->arg, &ok);
		if (!ok)
			s = gort_call_string(p->arg, &ok);
		if (ok) {
			RtPin pin;
			RT_PIN(pin, &s, &gort_type_string, 1);
			GoString *box = rt_alloc_layout(sizeof *box, &gort_type_string, 1);
			RT_UNPIN(pin);
			*box = s;
			p->arg = gort_eface(&gort_type_string, box);
		}
	}
	preprinting = false;
	/* As gc: the values are converted first (that runs Go code, which may
	 * need other goroutines), then the world stops printing and exiting. */
	rt_freezetheworld();
	print_panics(g->panic);
	print_signal_line();
	rt_print_traceback();
	gort_exit(2);
}

static void throw_thunk(void *arg)
{
	gort_throw(arg);
}

void gort_throw(const char *msg)
{
	if (rt_stack_avail() < RT_STACK_PRINT_NEED)
		rt_stack_ensure(RT_STACK_PRINT_NEED, throw_thunk, (void *)msg);
	rt_freezetheworld();
	rt_write_errs("fatal error: ");
	rt_write_errs(msg);
	rt_write_errs("\n");
	print_signal_line();
	rt_print_traceback();
	gort_exit(2);
}

/* ---------------------------------------------------------------- runtime errors */

static GORT_NORETURN void panic_string(const GoType *t, GoString s)
{
	RtPin pin;
	RT_PIN(pin, &s, &gort_type_string, 1);   /* s is often a fresh concatenation */
	GoString *box = rt_alloc_layout(sizeof *box, &gort_type_string, 1);
	RT_UNPIN(pin);
	*box = s;
	gort_panic(gort_eface(t, box));
}

void gort_panic_errorstring(const char *msg)
{
	panic_string(&rt_type_errorString, gort_cstr(msg));
}

void gort_panic_plain(const char *msg)
{
	panic_string(&rt_type_plainError, gort_cstr(msg));
}

/* Formats a bounds error's text (snprintf wants a few KB of stack). */
typedef struct { const char *fmt; long long x, y; unsigned long long ux; char buf[200]; int n; } BoundsText;

static void bounds_text(void *arg)
{
	BoundsText *t = arg;
	if (t->fmt)
		t->n = snprintf(t->buf, sizeof t->buf, t->fmt, t->x, t->y);
	else
		t->n = snprintf(t->buf, sizeof t->buf, "index out of range [%llu] with length %lld", t->ux, t->y);
}

static GORT_NORETURN void panic_bounds_text(BoundsText *t)
{
	rt_stack_ensure(RT_STACK_PRINT_NEED, bounds_text, t);
	panic_string(&rt_type_boundsError, rt_gostringn(t->buf, (size_t)t->n));
}

static GORT_NORETURN void panic_boundsf(const char *fmt, long long x, long long y)
{
	BoundsText t;
	t.fmt = fmt;
	t.x = x;
	t.y = y;
	panic_bounds_text(&t);
}

void gort_panic_index(go_int i, go_int len)
{
	if (i < 0)
		panic_boundsf("index out of range [%lld]", i, 0);
	panic_boundsf("index out of range [%lld] with length %lld", i, len);
}

void gort_panic_indexu(go_uint i, go_int len)
{
	BoundsText t;
	t.fmt = NULL;
	t.ux = (unsigned long long)i;
	t.y = (long long)len;
	panic_bounds_text(&t);
}

void gort_panic_slice_alen(go_int hi, go_int len)
{
	if (hi < 0)
		panic_boundsf("slice bounds out of range [:%lld]", hi, 0);
	panic_boundsf("slice bounds out of range [:%lld] with length %lld", hi, len);
}

void gort_panic_slice_acap(go_int hi, go_int cap)
{
	if (hi < 0)
		panic_boundsf("slice bounds out of range [:%lld]", hi, 0);
	panic_boundsf("slice bounds out of range [:%lld] with capacity %lld", hi, cap);
}

void gort_panic_slice_b(go_int lo, go_int hi)
{
	if (lo < 0)
		panic_boundsf("slice bounds out of range [%lld:]", lo, 0);
	panic_boundsf("slice bounds out of range [%lld:%lld]", lo, hi);
}

void gort_panic_slice3_alen(go_int max, go_int len)
{
	if (max < 0)
		panic_boundsf("slice bounds out of range [::%lld]", max, 0);
	panic_boundsf("slice bounds out of range [::%lld] with length %lld", max, len);
}

void gort_panic_slice3_acap(go_int max, go_int cap)
{
	if (max < 0)
		panic_boundsf("slice bounds out of range [::%lld]", max, 0);
	panic_boundsf("slice bounds out of range [::%lld] with capacity %lld", max, cap);
}

void gort_panic_slice3_b(go_int hi, go_int max)
{
	if (hi < 0)
		panic_boundsf("slice bounds out of range [:%lld:]", hi, 0);
	panic_boundsf("slice bounds out of range [:%lld:%lld]", hi, max);
}

void gort_panic_slice3_c(go_int lo, go_int hi)
{
	if (lo < 0)
		panic_boundsf("slice bounds out of range [%lld::]", lo, 0);
	panic_boundsf("slice bounds out of range [%lld:%lld:]", lo, hi);
}

void gort_panic_convert(go_int len, go_int arrlen)
{
	panic_boundsf("cannot convert slice with length %lld to pointer to array with length %lld",
		len, arrlen);
}

void gort_panic_divide(void)
{
	gort_panic_errorstring("integer divide by zero");
}

void gort_panic_shift(void)
{
	gort_panic_errorstring("negative shift amount");
}

void gort_panic_nil(void)
{
	if (!rt_sig_pending) {
		rt_sig_pending = SIGSEGV;
		rt_sig_code = 1;
		rt_sig_addr = 0;
		rt_sig_pc = (uintptr_t)__builtin_return_address(0);
	}
	gort_panic_errorstring("invalid memory address or nil pointer dereference");
}

void rt_sigpanic(void)
{
	if (rt_sig_pending == SIGFPE) {
		rt_sig_pending = 0;
		gort_panic_divide();
	}
	gort_panic_errorstring("invalid memory address or nil pointer dereference");
}

void gort_panic_nilmap(void)
{
	gort_panic_plain("assignment to entry in nil map");
}

void gort_panic_unhashable(const GoType *t)
{
	panic_string(&rt_type_errorString, gort_concatstring2(gort_cstr("hash of unhashable type "), t->str));
}

void gort_panic_uncomparable(const GoType *t)
{
	panic_string(&rt_type_errorString, gort_concatstring2(gort_cstr("comparing uncomparable type "), t->str));
}

void gort_panic_makeslicelen(void)
{
	gort_panic_errorstring("makeslice: len out of range");
}

void gort_panic_makeslicecap(void)
{
	gort_panic_errorstring("makeslice: cap out of range");
}
