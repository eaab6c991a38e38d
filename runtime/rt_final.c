/*
 * rt_final.c: runtime.SetFinalizer's argument checks and the call of a
 * finalizer, for both collectors (only the precise one runs finalizers:
 * rt_gc.c queues them and calls rt_run_finalizer on its goroutine).
 *
 * As in Go, the finalizer is any func with one parameter that obj's type
 * can be assigned to (the same pointer type, an unnamed pointer type with
 * the same element, or an interface obj implements), and any results, which
 * are ignored.  The generated C returns one result as its own C type and
 * several as a struct; results of more than 16 bytes come back through a
 * hidden pointer argument (x86-64 SysV: the first integer argument), so the
 * call passes a buffer for them.
 */
#include "rt_impl.h"
#include "rt_stack.h"
#include <stdio.h>
#include <string.h>

static GORT_NORETURN void fin_throw(const char *fmt, const GoType *a, const GoType *b)
{
	char msg[512];
	snprintf(msg, sizeof msg, fmt, (int)a->str.len, (const char *)a->str.ptr,
		b ? (int)b->str.len : 0, b ? (const char *)b->str.ptr : "");
	gort_throw(msg);
}

/* Bytes of the C value the function of type ft returns. */
static uintptr_t results_size(const GoType *ft)
{
	uintptr_t off = 0, align = 1;
	for (uintptr_t i = 0; i < ft->nout; i++) {
		const GoType *t = ft->out[i];
		uintptr_t a = t->align ? t->align : 1;
		off = (off + a - 1) & ~(a - 1);
		off += t->size;
		if (a > align)
			align = a;
	}
	return (off + align - 1) & ~(align - 1);
}

void gort_setfinalizer(GoEface obj, GoEface fin)
{
	if (obj.type == NULL)
		gort_throw("runtime.SetFinalizer: first argument is nil");
	if (obj.type->kind != GOKIND_POINTER)
		fin_throw("runtime.SetFinalizer: first argument is %.*s, not pointer%.*s", obj.type, NULL);
	if (fin.type == NULL) {
		rt_setfinalizer(obj.data, NULL, NULL, NULL);
		return;
	}
	const GoType *ft = fin.type;
	if (ft->kind != GOKIND_FUNC)
		fin_throw("runtime.SetFinalizer: second argument is %.*s, not a function%.*s", ft, NULL);
	bool ok = ft->nin == 1 && !(ft->flags & GOTYPE_VARIADIC);
	if (ok) {
		const GoType *in = ft->in[0];
		if (gort_type_eq(in, obj.type))
			ok = true;
		else if (in->kind == GOKIND_POINTER && !(in->flags & GOTYPE_NAMED) &&
		         !(obj.type->flags & GOTYPE_NAMED) && gort_type_eq(in->elem, obj.type->elem))
			ok = true;
		else if (in->kind == GOKIND_INTERFACE)
			ok = in->nimethods == 0 || gort_getitab(in, obj.type, 1) != NULL;
		else
			ok = false;
	}
	if (!ok)
		fin_throw("runtime.SetFinalizer: cannot pass %.*s to finalizer %.*s", obj.type, ft);
#if !defined(__x86_64__)
	if (results_size(ft) > 16)
		fin_throw("runtime.SetFinalizer: finalizer %.*s returns more than 16 bytes (unsupported on this architecture)%.*s", ft, NULL);
#endif
	rt_setfinalizer(obj.data, fin.data, ft, obj.type);
}

typedef struct {
	GoFunc *fn;
	const GoType *ft;
	void *obj;
	const GoType *objtype;
} FinCall;

static void fin_call(void *arg)
{
	FinCall *c = arg;
	GoFunc *fn = c->fn;
	void *obj = c->obj;
	const GoType *in = c->ft->in[0];
	uintptr_t rsize = results_size(c->ft);
	/* heap memory for big results: the callee writes them, nobody reads them */
	void *ret = rsize > 16 ? rt_alloc_bytes(rsize, false) : NULL;
	void (*code)(void) = fn->fn;
	if (in->kind == GOKIND_INTERFACE && in->nimethods == 0) {
		GoEface e = { c->objtype, obj };
		if (ret)
			((void (*)(void *, GoFunc *, GoEface))code)(ret, fn, e);
		else
			((void (*)(GoFunc *, GoEface))code)(fn, e);
	} else if (in->kind == GOKIND_INTERFACE) {
		GoIface i = { gort_getitab(in, c->objtype, 0), obj };
		if (ret)
			((void (*)(void *, GoFunc *, GoIface))code)(ret, fn, i);
		else
			((void (*)(GoFunc *, GoIface))code)(fn, i);
	} else {
		if (ret)
			((void (*)(void *, GoFunc *, void *))code)(ret, fn, obj);
		else
			((void (*)(GoFunc *, void *))code)(fn, obj);
	}
}

/* The finalizer starts on a segment with room for a big frame or result:
 * a function whose result is too big for the big-frame split
 * (emit_func.c) must not start near the end of a small segment. */
void rt_run_finalizer(GoFunc *fn, const GoType *ft, void *obj, const GoType *objtype)
{
	FinCall c = { fn, ft, obj, objtype };
	rt_stack_ensure((size_t)1 << 16, fin_call, &c);
}
