/*
 * emit_call.c: calls and builtins.
 *
 *   f(a, b)              -> pkg__f(a, b)
 *   x.M(a) (value recv)  -> pkg__T__M(x, a)          (auto & / * and embedded paths)
 *   i.M(a) (interface)   -> ((R (*)(void *, A))i.tab->fun[k])(i.data, a)
 *   fv(a) (func value)   -> ((R (*)(GoFunc *, A))fv->fn)(fv, a)
 *   f(g())               -> ({ tuple t = g(); pkg__f(t.r0, t.r1); })
 *   f(a, b...)/f(a, b, c) variadic: packs b, c into a fresh slice
 *   append/copy/len/make/new/delete/print/... -> runtime calls or inline C
 */
#include <string.h>
#include "emit.h"

const char *ctype_def(Type *t);
char *commaok_expr(Node *e, Type *tuple);

/* A prepared call: everything evaluated except the call itself. */
typedef struct {
	int kind;              /* 0 direct, 1 method direct, 2 interface, 3 closure */
	const char *fname;     /* direct: C function name */
	char *recv;            /* method receiver / interface value / closure value */
	Type *sig;
	int imethod;           /* interface method index */
	Vec args;              /* char* */
	Buf pre;               /* temporaries: "T t = e; " */
	bool spill;
	Object *callee;        /* direct call of a package-level function */
	bool local;            /* direct call of a function of this package (same C file) */
} CallPrep;

static Node *
callee_node(Node *e)
{
	return unparen(e->x);
}

static int
iface_method_index(Type *it, const char *name)
{
	Type *u = underlying(it);
	for (int i = 0; i < u->nmethods; i++)
		if (!strcmp(u->methods[i].name, name))
			return i;
	return 0;
}

/* Method receiver for sel (x.M, method obj m) as the C value the method
 * expects (T or *T). */
static char *
method_receiver(Node *sel, Object *m, Type **recvnamed, bool *isiface, CallPrep *cp)
{
	Node *x = sel->x;
	Type *xt = x->type;
	Type *t = xt;
	char *cur;
	bool isptr = underlying(xt)->kind == TY_POINTER && !is_interface(xt);
	int n = selpath(sel)->n;
	/* value of x (possibly a pointer) */
	bool need_addr = m->recv && underlying(m->recv)->kind == TY_POINTER && !is_interface(m->recv);
	if (n == 0) {
		if (need_addr) {
			if (isptr)
				cur = expr(x);
			else
				cur = addr_of(x);
		} else {
			if (isptr)
				cur = xsprintf("(*(%s)gort_nn(%s))", ctype(xt), expr(x));
			else
				cur = expr(x);
		}
		*recvnamed = isptr ? underlying(xt)->elem : xt;
		*isiface = is_interface(xt);
		return cur;
	}
	/* through embedded fields */
	cur = expr(x);
	if (isptr) {
		t = underlying(xt)->elem;
		cur = xsprintf("(*(%s)gort_nn(%s))", ctype(xt), cur);
	}
	for (int i = 0; i < n; i++) {
		Type *u = underlying(t);
		if (u->kind == TY_POINTER) {
			cur = xsprintf("(*(%s)gort_nn(%s))", ctype(t), cur);
			t = u->elem;
			u = underlying(t);
		}
		Field *f = &u->fields[(intptr_t)selpath(sel)->v[i]];
		cur = xsprintf("%s.%s", cur, !strcmp(f->name, "_") ? "_" : mangle(f->name));
		t = f->type;
	}
	(void)cp;
	if (is_interface(t)) {
		*isiface = true;
		*recvnamed = t;
		return cur;
	}
	*isiface = false;
	bool tptr = underlying(t)->kind == TY_POINTER;
	*recvnamed = tptr ? underlying(t)->elem : t;
	if (need_addr)
		return tptr ? cur : xsprintf("(&%s)", cur);
	return tptr ? xsprintf("(*(%s)gort_nn(%s))", ctype(t), cur) : cur;
}

/* Evaluates the arguments of call e for signature sig into cp->args. */
static void
prep_args(Node *e, Type *sig, CallPrep *cp)
{
	int np = sig->nparams;
	/* f(g()) with g multi-valued */
	if (e->list.n == 1 && ((Node *)e->list.v[0])->type &&
		((Node *)e->list.v[0])->type->kind == TY_TUPLE) {
		Node *g = e->list.v[0];
		Type *tt = g->type;
		const char *tmp = new_tmp();
		buf_printf(&cp->pre, "%s %s = %s; %s", ctype_def(tt), tmp, call_expr(g, true), tmp_root(tmp, tt));
		int nfixed = sig->variadic && !e->dots ? np - 1 : np;
		for (int i = 0; i < nfixed && i < tt->ntuple; i++)
			vec_push(&cp->args, convert_value(xsprintf("%s.r%d", tmp, i), tt->tuple[i], sig->params[i]));
		if (sig->variadic && !e->dots) {
			int extra = tt->ntuple - nfixed;
			Type *et = sig->params[np - 1]->elem;
			if (extra <= 0) {
				vec_push(&cp->args, "((GoSlice){0})");
			} else {
				const char *tp = new_tmp();
				buf_printf(&cp->pre, "%s *%s = (%s *)%s; %s", ctype_def(et), tp, ctype(et),
					rt_safepoint(xsprintf("gort_alloc_n(%s, %d)", type_desc(et), extra)), tmp_root(tp, type_pointer(et)));
				for (int i = 0; i < extra; i++)
					buf_printf(&cp->pre, "%s[%d] = %s; ", tp, i,
						convert_value(xsprintf("%s.r%d", tmp, nfixed + i), tt->tuple[nfixed + i], et));
				vec_push(&cp->args, xsprintf("((GoSlice){%s, %d, %d})", tp, extra, extra));
			}
		}
		return;
	}
	/* Arguments with calls (Go's order) or allocations (the collector
	 * must see every earlier result) are evaluated first into temporaries
	 * when there are two of them; the variadic slice counts as one. */
	int nfixed = sig->variadic && !e->dots ? np - 1 : np;
	int nsafe = 0;
	for (int i = 0; i < e->list.n; i++)
		if (i < nfixed ? value_has_safepoint(e->list.v[i], sig->params[i]) : has_call(e->list.v[i]))
			nsafe++;
	if (sig->variadic && !e->dots && e->list.n > nfixed)
		nsafe++;
	bool spill_all = nsafe > 1 || (nsafe == 1 && cp->spill);
	for (int i = 0; i < nfixed && i < e->list.n; i++) {
		Node *a = e->list.v[i];
		char *v = expr_to(a, sig->params[i]);
		if (spill_all ? value_has_safepoint(a, sig->params[i]) || needs_hold(a) :
			nsafe > 0 && needs_hold(a) && !value_has_safepoint(a, sig->params[i])) {
			const char *tmp = new_tmp();
			buf_printf(&cp->pre, "%s %s = %s; %s", ctype_def(sig->params[i]), tmp, v, tmp_root(tmp, sig->params[i]));
			v = (char *)tmp;
		}
		vec_push(&cp->args, v);
	}
	if (sig->variadic && !e->dots) {
		int extra = e->list.n - nfixed;
		Type *et = sig->params[np - 1]->elem;
		if (extra <= 0) {
			vec_push(&cp->args, "((GoSlice){0})");
		} else {
			const char *tp = new_tmp();
			Buf b = {0};
			buf_printf(&b, "({ %s *%s = (%s *)%s; %s", ctype_def(et), tp, ctype(et),
				rt_safepoint(xsprintf("gort_alloc_n(%s, %d)", type_desc(et), extra)), tmp_root(tp, type_pointer(et)));
			for (int i = 0; i < extra; i++) {
				Node *a = e->list.v[nfixed + i];
				char *v = expr_to(a, et);
				if (spill_all && has_call(a)) {
					const char *tmp = new_tmp();
					buf_printf(&cp->pre, "%s %s = %s; %s", ctype_def(et), tmp, v, tmp_root(tmp, et));
					v = (char *)tmp;
				}
				buf_printf(&b, "%s[%d] = %s; ", tp, i, v);
			}
			buf_printf(&b, "(GoSlice){%s, %d, %d}; })", tp, extra, extra);
			buf_putc(&b, 0);
			vec_push(&cp->args, b.s);
		}
	}
}

/* The C builtin for a math function that is a single instruction (a call
 * to it is no call at all), or NULL. */
const char *
math_intrinsic(Object *o)
{
	static const char *intr[][2] = {
		{ "Sqrt", "__builtin_sqrt" }, { "Abs", "__builtin_fabs" },
		{ "Floor", "__builtin_floor" }, { "Ceil", "__builtin_ceil" },
		{ "Trunc", "__builtin_trunc" },
	};
	if (!o || o->kind != O_FUNC || !o->pkg || strcmp(o->pkg->path, "math"))
		return NULL;
	for (size_t i = 0; i < sizeof intr / sizeof intr[0]; i++)
		if (!strcmp(o->name, intr[i][0]))
			return intr[i][1];
	return NULL;
}

static void
prep_call(Node *e, CallPrep *cp)
{
	memset(cp, 0, sizeof *cp);
	Node *f = callee_node(e);
	Type *ft = underlying(f->type);
	cp->sig = ft;
	if (f->kind == N_SELECTOR && (f->selkind == SEL_METHOD || f->selkind == SEL_IFACEMETHOD)) {
		Object *m = f->obj;
		Type *rn;
		bool isiface;
		int ncalls = has_safepoint(f->x) ? 1 : 0;
		for (int i = 0; i < e->list.n; i++)
			if (has_safepoint(e->list.v[i]))
				ncalls++;
		char *recv = method_receiver(f, m, &rn, &isiface, cp);
		if (isiface) {
			cp->kind = 2;
			cp->imethod = iface_method_index(rn, f->name);
			const char *tmp = new_tmp();
			buf_printf(&cp->pre, "GoIface %s = %s; %s", tmp, recv, tmp_root(tmp, rn));
			cp->recv = (char *)tmp;
			cp->spill = true;
			prep_args(e, m->type, cp);
			cp->sig = m->type;
			return;
		}
		cp->kind = 1;
		cp->fname = method_cname(rn, m->name, m->pkg);
		cp->local = m->pkg == E.pkg;
		cp->sig = m->type;
		if (ncalls > 1) {
			const char *tmp = new_tmp();
			Type *rt = m->recv;
			buf_printf(&cp->pre, "%s %s = %s; %s", ctype_def(rt), tmp, recv, tmp_root(tmp, rt));
			recv = (char *)tmp;
			cp->spill = true;
		}
		cp->recv = recv;
		prep_args(e, m->type, cp);
		return;
	}
	Object *o = NULL;
	if (f->kind == N_IDENT)
		o = f->obj;
	else if (f->kind == N_SELECTOR && f->selkind == SEL_PKG)
		o = f->obj;
	if (o && o->kind == O_FUNC && !o->recv) {
		cp->kind = 0;
		cp->fname = global_cname(o);
		cp->callee = o;
		cp->local = o->pkg == E.pkg;
		const char *intr = math_intrinsic(o);
		if (intr) {
			cp->fname = intr;
			cp->local = false;
		}
		prep_args(e, ft, cp);
		return;
	}
	/* closure value */
	cp->kind = 3;
	const char *tmp = new_tmp();
	buf_printf(&cp->pre, "GoFunc *%s = %s; %s", tmp, expr(f), tmp_root(tmp, f->type));
	cp->recv = (char *)tmp;
	cp->spill = false;
	prep_args(e, ft, cp);
}

static char *
finish_call(CallPrep *cp)
{
	Buf b = {0};
	Type *sig = cp->sig;
	/* A function with defers calls __builtin_setjmp, after which GCC keeps
	 * the function's variables in memory: a callee inlined there would run
	 * its loops out of memory too (psum's worker, 35% slower).  Calls from
	 * it to functions GCC could inline go through GOSUB_OUTLINE. */
	const char *fname = cp->fname;
	/* large arguments and results are passed in the caller's frame */
	for (int i = 0; i < sig->nparams + sig->nresults; i++)
		count_stack_value(i < sig->nparams ? sig->params[i] : sig->results[i - sig->nparams]);
	if (cp->local && E.fn && E.fn->has_defer)
		fname = xsprintf("GOSUB_OUTLINE(%s)", cp->fname);
	switch (cp->kind) {
	case 0:
		buf_printf(&b, "%s(", fname);
		break;
	case 1:
		buf_printf(&b, "%s(%s", fname, cp->recv);
		break;
	case 2:
		buf_printf(&b, "((%s)((const GoItab *)gort_nn((void *)%s.tab))->fun[%d])(%s.data",
			closure_fnptr_pub(sig, "void *"), cp->recv, cp->imethod, cp->recv);
		break;
	case 3:
		buf_printf(&b, "((%s)((GoFunc *)gort_nn(%s))->fn)(%s", closure_fnptr_pub(sig, "GoFunc *"), cp->recv,
			cp->recv);
		break;
	}
	for (int i = 0; i < cp->args.n; i++) {
		if (i || cp->kind)
			buf_puts(&b, ", ");
		buf_puts(&b, cp->args.v[i]);
	}
	buf_putc(&b, ')');
	buf_putc(&b, 0);
	/* a call is a safepoint: the caller's frame slots must be current */
	bool nosafepoint = cp->kind == 0 && cp->callee && (math_intrinsic(cp->callee) || cp->callee->nosafepoint);
	const char *call = E.fn && !E.fn->noframe && !nosafepoint ? xsprintf(SPILL_OPEN "%s" SPILL_CLOSE, b.s) : b.s;
	if (cp->pre.n) {
		buf_putc(&cp->pre, 0);
		return xsprintf("({ %s%s; })", cp->pre.s, call);
	}
	return (char *)call;
}

char *builtin_call(Node *e);

/* An argument already evaluated into C lvalue cname, as an identifier node
 * for re-emitting a builtin call with it. */
static Node *
bound_arg(Type *t, Pos pos, char *cname)
{
	Node *id = node_new(N_IDENT, pos);
	id->name = "arg";
	id->type = t;
	id->mode = M_VAR;
	Object *o = object_new(O_VAR, "arg", pos);
	o->type = t;
	o->cname = cname;
	id->obj = o;
	return id;
}

/* A call expression.  Multi-result calls give the tuple struct. */
char *
call_expr(Node *e, bool want_tuple)
{
	(void)want_tuple;
	e = unparen(e);
	if (e->kind != N_CALL) {
		if (e->commaok || (e->type && e->type->kind == TY_TUPLE))
			return commaok_expr(e, e->type);
		return expr(e);
	}
	{
		Node *f = unparen(e->x);
		if (e->builtin == BI_NONE && f->kind == N_IDENT && f->obj && f->obj->kind == O_BUILTIN)
			e->builtin = f->obj->builtin;
		else if (e->builtin == BI_NONE && f->kind == N_SELECTOR && f->selkind == SEL_PKG && f->obj &&
			f->obj->kind == O_BUILTIN)
			e->builtin = f->obj->builtin;
		else if (e->builtin == BI_NONE && f->mode == M_TYPE)
			e->builtin = BI_CONVERT;
	}
	if (e->builtin == BI_CONVERT) {
		Node *a = e->list.v[0];
		Type *to = e->type;
		if (is_const_node(a) && !is_interface(to) && underlying(to)->kind != TY_SLICE)
			return emit_const(a->val, to);
		if (is_const_node(a) && underlying(to)->kind == TY_SLICE)
			return convert_value(emit_const(a->val, ty_string), ty_string, to);
		if (a->mode == M_CONST && a->val && is_interface(to))
			return expr_to(a, to);
		if ((a->type && a->type->kind == TY_UNTYPED_NIL))
			return xstrdup(zero_value(to));
		return convert_value(expr(a), a->type, to);
	}
	if (e->builtin != BI_NONE)
		return builtin_call(e);
	CallPrep cp;
	prep_call(e, &cp);
	return finish_call(&cp);
}

/* ------------------------------------------------------------ defer */

/* defer f(args): evaluates f and args now into a heap record; a thunk makes
 * the call when the deferred calls run. */
static void emit_deferred(Node *call, bool isgo);

void
emit_defer(Node *call)
{
	emit_deferred(call, false);
}

/* go f(args): the same record and thunk as defer, started by gort_gofunc. */
void
emit_go(Node *call)
{
	emit_deferred(call, true);
}

static void
emit_deferred(Node *call, bool isgo)
{
	FuncCtx *fn = E.fn;
	call = unparen(call);
	Node *f = callee_node(call);
	if (call->builtin == BI_NONE && f->kind == N_IDENT && f->obj && f->obj->kind == O_BUILTIN)
		call->builtin = f->obj->builtin;
	if (call->builtin != BI_NONE && call->builtin != BI_CONVERT) {
		/* defer builtin(args): args evaluated now into a record, the
		 * thunk re-emits the builtin with identifiers bound to them */
		int id = ++fn->ntmp;
		const char *rec = xsprintf("%s__defer%d", fn->cname, id);
		Node *c2 = xmalloc(sizeof *c2);
		*c2 = *call;
		c2->list = (Vec){0};
		Buf st = {0}, push = {0};
		const char *tr = new_tmp();
		buf_printf(&st, "struct %s { void (*fn)(void);", rec);
		Vec vals = {0}, ftypes = {0};
		Node *a0 = call->list.n == 1 ? call->list.v[0] : NULL;
		if (a0 && a0->type && a0->type->kind == TY_TUPLE) {
			/* defer copy(f()): f's results are the recorded arguments */
			Type *tt = a0->type;
			const char *t = new_tmp();
			vec_push(&vals, xsprintf("%s %s = %s; %s", ctype_def(tt), t, call_expr(a0, true), tmp_root(t, tt)));
			for (int i = 0; i < tt->ntuple; i++) {
				buf_printf(&st, " %s a%d;", ctype_def(tt->tuple[i]), i);
				vec_push(&ftypes, tt->tuple[i]);
				vec_push(&vals, xsprintf("%s->a%d = %s.r%d; ", tr, i, t, i));
				vec_push(&c2->list, bound_arg(tt->tuple[i], a0->pos, xsprintf("r->a%d", i)));
			}
		} else
			a0 = NULL;
		for (int i = 0; i < call->list.n && !a0; i++) {
			Node *a = call->list.v[i];
			if (a->mode == M_TYPE || is_const_node(a)) {
				vec_push(&c2->list, a);
				continue;
			}
			Type *at = a->type;
			if (is_untyped(at)) at = default_type(at);
			buf_printf(&st, " %s a%d;", ctype_def(at), i);
			vec_push(&ftypes, at);
			vec_push(&vals, xsprintf("%s->a%d = %s; ", tr, i, expr_to(a, at)));
			vec_push(&c2->list, bound_arg(at, a->pos, xsprintf("r->a%d", i)));
		}
		buf_puts(&st, " };\n");
		buf_putc(&st, 0);
		buf_puts(&E.cdecls, st.s);
		const char *desc = record_desc(rec, (Type **)ftypes.v, ftypes.n);
		char *body = call->builtin == BI_RECOVER && fn->cname ?
			xsprintf("gort_recover_deferred((const void *)%s)", fn->cname) : builtin_call(c2);
		buf_printf(&E.ctail, "static void %s__thunk(GoFunc *gs_clo)\n{\n\tstruct %s *r = (struct %s *)gs_clo;\n"
			"\t(void)r;\n\t(void)(%s);\n}\n", rec, rec, rec, body);
		buf_printf(&E.cdecls, "static void %s__thunk(GoFunc *gs_clo);\n", rec);
		buf_printf(&push, "struct %s *%s = (struct %s *)%s; %s", rec, tr, rec,
			rt_safepoint(xsprintf("gort_alloc(%s)", desc)), tmp_root(tr, type_pointer(ty_uint8)));
		buf_printf(&push, "%s->fn = (void (*)(void))%s__thunk; ", tr, rec);
		for (int i = 0; i < vals.n; i++)
			buf_puts(&push, vals.v[i]);
		if (isgo)
			buf_printf(&push, "%s;", rt_safepoint(xsprintf("gort_gofunc((GoFunc *)%s)", tr)));
		else
			buf_printf(&push, "%s;", rt_safepoint(xsprintf("gort_defer_pushfunc(&gs_df, (GoFunc *)%s)", tr)));
		buf_putc(&push, 0);
		out_line("{ %s }", push.s);
		return;
	}
	if (f->kind == N_FUNCLIT && call->list.n == 0) {
		if (isgo)
			out_line("gort_gofunc(%s);", expr(f));
		else
			out_line("gort_defer_pushfunc(&gs_df, %s);", expr(f));
		return;
	}
	CallPrep cp;
	prep_call(call, &cp);
	/* record: struct { void (*fn)(void); recv; args... } */
	int id = ++fn->ntmp;
	const char *rec = xsprintf("%s__defer%d", fn->cname, id);
	Buf st = {0};
	buf_printf(&st, "struct %s { void (*fn)(void);", rec);
	const char *recvt = NULL;
	Vec ftypes = {0};
	if (cp.kind == 1) {
		recvt = ctype_def(unparen(f)->obj->recv);
		vec_push(&ftypes, unparen(f)->obj->recv);
	} else if (cp.kind == 2) {
		recvt = "GoIface";
		vec_push(&ftypes, ty_any);
	} else if (cp.kind == 3) {
		recvt = "GoFunc *";
		vec_push(&ftypes, f->type);
	}
	if (recvt)
		buf_printf(&st, " %s recv;", recvt);
	Type *sig = cp.sig;
	for (int i = 0; i < cp.args.n; i++) {
		buf_printf(&st, " %s a%d;", ctype_def(sig->params[i]), i);
		vec_push(&ftypes, sig->params[i]);
	}
	buf_puts(&st, " };\n");
	buf_putc(&st, 0);
	buf_puts(&E.cdecls, st.s);
	const char *desc = record_desc(rec, (Type **)ftypes.v, ftypes.n);
	/* thunk */
	CallPrep th = cp;
	th.pre = (Buf){0};
	th.args = (Vec){0};
	if (recvt)
		th.recv = "r->recv";
	for (int i = 0; i < cp.args.n; i++)
		vec_push(&th.args, xsprintf("r->a%d", i));
	buf_printf(&E.ctail, "static void %s__thunk(GoFunc *gs_clo)\n{\n\tstruct %s *r = (struct %s *)gs_clo;\n"
		"\t(void)r;\n\t(void)%s;\n}\n", rec, rec, rec, finish_call(&th));
	buf_printf(&E.cdecls, "static void %s__thunk(GoFunc *gs_clo);\n", rec);
	/* push */
	const char *tr = new_tmp();
	Buf b = {0};
	if (cp.pre.n) {
		buf_putc(&cp.pre, 0);
		buf_puts(&b, cp.pre.s);
	}
	buf_printf(&b, "struct %s *%s = (struct %s *)%s; %s", rec, tr, rec,
		rt_safepoint(xsprintf("gort_alloc(%s)", desc)), tmp_root(tr, type_pointer(ty_uint8)));
	buf_printf(&b, "%s->fn = (void (*)(void))%s__thunk; ", tr, rec);
	if (recvt)
		buf_printf(&b, "%s->recv = %s; ", tr, cp.recv);
	for (int i = 0; i < cp.args.n; i++)
		buf_printf(&b, "%s->a%d = %s; ", tr, i, (char *)cp.args.v[i]);
	const char *target = "NULL";
	if (cp.kind == 0 || cp.kind == 1)
		target = xsprintf("(const void *)%s", cp.fname);
	else if (cp.kind == 3)
		/* a nil func value panics when the deferred call runs, not here */
		target = xsprintf("(%s->recv ? (const void *)((GoFunc *)%s->recv)->fn : NULL)", tr, tr);
	/* gc: `go f()` of a nil f is a fatal error at the go statement; with
	 * arguments, the new goroutine's call panics */
	if (isgo && cp.kind == 3 && cp.args.n == 0)
		buf_printf(&b, "if (!%s->recv) gort_throw(\"go of nil func value\"); ", tr);
	if (isgo)
		buf_printf(&b, "%s;", rt_safepoint(xsprintf("gort_gofunc((GoFunc *)%s)", tr)));
	else
		buf_printf(&b, "%s;", rt_safepoint(xsprintf("gort_defer_pushfunc_target(&gs_df, (GoFunc *)%s, %s)", tr, target)));
	buf_putc(&b, 0);
	out_line("{ %s }", b.s);
}

/* ------------------------------------------------------------ builtins */

static char *
print_arg(Node *a)
{
	Type *t = a->type;
	if (!t || is_untyped(t))
		t = default_type(t ? t : ty_int);
	Type *u = underlying(t);
	char *v = expr_to(a, t);
	switch (u->kind) {
	case TY_BOOL: return xsprintf("gort_print_bool(%s)", v);
	case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
		return xsprintf("gort_print_int((int64_t)(%s))", v);
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
		return xsprintf("gort_print_uint((uint64_t)(%s))", v);
	case TY_FLOAT32: case TY_FLOAT64:
		return xsprintf("gort_print_float((double)(%s))", v);
	case TY_COMPLEX64:
		return xsprintf("gort_print_complex(gort_c64to128(%s))", v);
	case TY_COMPLEX128:
		return xsprintf("gort_print_complex(%s)", v);
	case TY_STRING:
		return xsprintf("gort_print_string(%s)", v);
	case TY_INTERFACE:
		return xsprintf(u->nmethods ? "gort_print_iface(%s)" : "gort_print_eface(%s)", v);
	case TY_SLICE:
		return xsprintf("gort_print_slice(%s)", v);
	case TY_UNTYPED_NIL:
		return xstrdup("gort_print_pointer(NULL)");
	default:
		return xsprintf("gort_print_pointer((const void *)(%s))", v);
	}
}

static char *
append_call(Node *e)
{
	Node *s = e->list.v[0];
	Type *st = e->type;
	Type *et = underlying(st)->elem;
	const char *ect = ctype_def(et);
	const char *ts = new_tmp();
	Buf b = {0};
	if (e->dots) {
		Node *src = e->list.v[1];
		const char *tsrc = new_tmp(), *tn = new_tmp();
		bool str = is_string(src->type);
		buf_printf(&b, "({ GoSlice %s = %s; %s%s %s = %s; %sgo_int %s = %s.len; ", ts, expr(s), tmp_root(ts, st),
			str ? "GoString" : "GoSlice", tsrc, expr(src), tmp_root(tsrc, src->type), tn, ts);
		buf_printf(&b, "if (%s.len + %s.len > %s.cap) %s = %s; else %s.len += %s.len; ",
			ts, tsrc, ts, ts, rt_safepoint(xsprintf("gort_growslice(%s, %s, %s.len + %s.len)", type_desc(et), ts, ts, tsrc)),
			ts, tsrc);
		buf_printf(&b, "if (%s.len) memmove((%s *)%s.ptr + %s, %s.ptr, (size_t)%s.len * sizeof(%s)); %s; })",
			tsrc, ect, ts, tn, tsrc, tsrc, ect, ts);
		buf_putc(&b, 0);
		return b.s;
	}
	int n = e->list.n - 1;
	if (n == 0)
		return expr(s);
	buf_printf(&b, "({ GoSlice %s = %s; %s", ts, expr(s), tmp_root(ts, st));
	Vec vals = {0};
	for (int i = 0; i < n; i++) {
		Node *a = e->list.v[i + 1];
		const char *tv = new_tmp();
		buf_printf(&b, "%s %s = %s; %s", ect, tv, expr_to(a, et), tmp_root(tv, et));
		vec_push(&vals, (void *)tv);
	}
	buf_printf(&b, "if (%s.len + %d > %s.cap) %s = %s; else %s.len += %d; ",
		ts, n, ts, ts, rt_safepoint(xsprintf("gort_growslice(%s, %s, %s.len + %d)", type_desc(et), ts, ts, n)), ts, n);
	for (int i = 0; i < n; i++)
		buf_printf(&b, type_has_pointers(et) ? "GOSUB_WB(((%s *)%s.ptr)[%s.len - %d], %s); " :
			"((%s *)%s.ptr)[%s.len - %d] = %s; ", ect, ts, ts, n - i, (char *)vals.v[i]);
	buf_printf(&b, "%s; })", ts);
	buf_putc(&b, 0);
	return b.s;
}

static char *
minmax_call(Node *e, bool ismax)
{
	Type *t = e->type;
	if (is_untyped(t)) t = default_type(t);
	Type *u = underlying(t);
	const char *ct = ctype_def(t);
	const char *acc = new_tmp();
	Buf b = {0};
	buf_printf(&b, "({ %s %s = %s; %s", ct, acc, expr_to(e->list.v[0], t), tmp_root(acc, t));
	for (int i = 1; i < e->list.n; i++) {
		const char *tv = new_tmp();
		buf_printf(&b, "%s %s = %s; %s", ct, tv, expr_to(e->list.v[i], t), tmp_root(tv, t));
		if (is_string(u))
			buf_printf(&b, "if (gort_strcmp(%s, %s) %s 0) %s = %s; ", tv, acc, ismax ? ">" : "<", acc, tv);
		else if (is_float(u))
			buf_printf(&b, "if (%s != %s || %s != %s) %s = %s + %s; else if (%s %s %s || (%s == %s && %s)) %s = %s; ",
				tv, tv, acc, acc, acc, acc, tv,
				tv, ismax ? ">" : "<", acc, tv, acc,
				ismax ? xsprintf("!__builtin_signbit(%s)", tv) : xsprintf("__builtin_signbit(%s)", tv),
				acc, tv);
		else
			buf_printf(&b, "if (%s %s %s) %s = %s; ", tv, ismax ? ">" : "<", acc, acc, tv);
	}
	buf_printf(&b, "%s; })", acc);
	buf_putc(&b, 0);
	return b.s;
}

char *
builtin_call(Node *e)
{
	if (e->list.n == 1 && ((Node *)e->list.v[0])->type && ((Node *)e->list.v[0])->type->kind == TY_TUPLE) {
		/* copy(f()), delete(g()), ...: f's results are the arguments */
		Node *call = e->list.v[0];
		Type *tt = call->type;
		const char *t = new_tmp();
		char *v = call_expr(call, true);
		Node *e2 = xmalloc(sizeof *e2);
		*e2 = *e;
		e2->list = (Vec){0};
		for (int i = 0; i < tt->ntuple; i++)
			vec_push(&e2->list, bound_arg(tt->tuple[i], call->pos, xsprintf("%s.r%d", t, i)));
		return xsprintf("({ %s %s = %s; %s%s; })", ctype_def(tt), t, v, tmp_root(t, tt), builtin_call(e2));
	}
	Node *a0 = e->list.n > 0 ? e->list.v[0] : NULL;
	Node *a1 = e->list.n > 1 ? e->list.v[1] : NULL;
	switch (e->builtin) {
	case BI_LEN: case BI_CAP: {
		if (is_const_node(e))
			return emit_const(e->val, e->type);
		Type *u = underlying(a0->type);
		bool len = e->builtin == BI_LEN;
		switch (u->kind) {
		case TY_STRING: return xsprintf("(%s).len", expr(a0));
		case TY_SLICE: return xsprintf("(%s).%s", expr(a0), len ? "len" : "cap");
		case TY_MAP: return xsprintf("gort_maplen(%s)", expr(a0));
		case TY_ARRAY: return xsprintf("((void)0, (go_int)%lld)", (long long)u->len);
		case TY_POINTER: return xsprintf("((void)(%s), (go_int)%lld)", expr(a0), (long long)underlying(u->elem)->len);
		case TY_CHAN: return xsprintf("gort_chan%s(%s)", len ? "len" : "cap", expr(a0));
		default:
			errorf(e->pos, "unsupported len/cap");
			return xstrdup("0");
		}
	}
	case BI_APPEND:
		return append_call(e);
	case BI_COPY: {
		Type *du = underlying(a0->type);
		const char *et = ctype_def(du->elem);
		const char *td = new_tmp(), *tsrc = new_tmp();
		bool str = is_string(a1->type);
		return xsprintf("({ GoSlice %s = %s; %s%s %s = %s; gort_copy(%s.ptr, %s.len, %s.ptr, %s.len, sizeof(%s)); })",
			td, expr(a0), tmp_root(td, a0->type), str ? "GoString" : "GoSlice", tsrc, expr(a1), td, td, tsrc, tsrc, et);
	}
	case BI_DELETE: {
		Type *mt = underlying(a0->type);
		/* the map first, as Go orders calls: delete(M(), K()) */
		const char *tm = new_tmp(), *tk = new_tmp();
		return xsprintf("({ GoMap *%s = %s; %s%s %s = %s; %sgort_mapdelete(%s, %s, &%s); })", tm, expr(a0),
			tmp_root(tm, a0->type), ctype_def(mt->key), tk, expr_to(a1, mt->key), tmp_root(tk, mt->key),
			type_desc(a0->type), tm, tk);
	}
	case BI_CLEAR: {
		Type *u = underlying(a0->type);
		if (u->kind == TY_MAP)
			return xsprintf("gort_mapclear(%s, %s)", type_desc(a0->type), expr(a0));
		const char *ts = new_tmp();
		return xsprintf("({ GoSlice %s = %s; if (%s.len) memset(%s.ptr, 0, (size_t)%s.len * sizeof(%s)); })", ts,
			expr(a0), ts, ts, ts, ctype_def(u->elem));
	}
	case BI_MAKE: {
		Type *t = a0->type;
		Type *u = underlying(t);
		if (u->kind == TY_SLICE) {
			char *len = a1 ? expr_to(a1, ty_int) : "0";
			if (a1 && !is_const_node(a1) && !(underlying(a1->type)->kind == TY_INT))
				len = xsprintf("(go_int)(%s)", expr(a1));
			char *cap = len;
			if (e->list.n > 2) {
				Node *a2 = e->list.v[2];
				cap = is_const_node(a2) ? expr_to(a2, ty_int) : xsprintf("(go_int)(%s)", expr(a2));
				return rt_safepoint(xsprintf("gort_makeslice(%s, %s, %s)", type_desc(u->elem), len, cap));
			}
			const char *tl = new_tmp();
			return xsprintf("({ go_int %s = %s; %s; })", tl, len,
				rt_safepoint(xsprintf("gort_makeslice(%s, %s, %s)", type_desc(u->elem), tl, tl)));
		}
		if (u->kind == TY_MAP) {
			char *hint = a1 ? (is_const_node(a1) ? expr_to(a1, ty_int) : xsprintf("(go_int)(%s)", expr(a1))) : "0";
			return rt_safepoint(xsprintf("gort_makemap(%s, %s)", type_desc(t), hint));
		}
		if (u->kind == TY_CHAN) {
			char *n = a1 ? (is_const_node(a1) ? expr_to(a1, ty_int) : xsprintf("(go_int)(%s)", expr(a1))) : "0";
			return rt_safepoint(xsprintf("gort_makechan(%s, %s)", type_desc(t), n));
		}
		errorf(e->pos, "unsupported make");
		return xstrdup("NULL");
	}
	case BI_NEW: {
		Type *t = a0->type;
		return xsprintf("((%s *)%s)", ctype_def(t), rt_safepoint(xsprintf("gort_alloc(%s)", type_desc(t))));
	}
	case BI_PANIC:
		return xsprintf("gort_panic(%s)", expr_to(a0, ty_any));
	case BI_RECOVER:
		/* only a deferred call of this very function may recover */
		if (E.fn && E.fn->cname)
			return xsprintf("gort_recover_fn((const void *)%s)", E.fn->cname);
		return xstrdup("gort_recover()");
	case BI_PRINT: case BI_PRINTLN: {
		Buf b = {0};
		buf_puts(&b, "({ ");
		/* evaluate arguments before taking the print lock */
		Vec parts = {0};
		for (int i = 0; i < e->list.n; i++)
			vec_push(&parts, print_arg(e->list.v[i]));
		buf_puts(&b, "gort_print_lock(); ");
		for (int i = 0; i < parts.n; i++) {
			if (i && e->builtin == BI_PRINTLN)
				buf_puts(&b, "gort_print_sp(); ");
			buf_printf(&b, "%s; ", (char *)parts.v[i]);
		}
		if (e->builtin == BI_PRINTLN)
			buf_puts(&b, "gort_print_nl(); ");
		buf_puts(&b, "gort_print_unlock(); })");
		buf_putc(&b, 0);
		return b.s;
	}
	case BI_MIN: case BI_MAX:
		if (is_const_node(e))
			return emit_const(e->val, e->type);
		return minmax_call(e, e->builtin == BI_MAX);
	case BI_COMPLEX: {
		Type *t = e->type;
		if (is_untyped(t)) t = default_type(t);
		Type *ft = underlying(t)->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		return xsprintf("((%s){%s, %s})", ctype(t), expr_to(a0, ft), expr_to(a1, ft));
	}
	case BI_REAL: case BI_IMAG: {
		if (is_const_node(e))
			return emit_const(e->val, e->type);
		return xsprintf("(%s).%s", expr(a0), e->builtin == BI_REAL ? "re" : "im");
	}
	case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: case BI_UNSAFE_OFFSETOF:
		return emit_const(e->val, e->type);
	case BI_UNSAFE_ADD:
		return xsprintf("((void *)((char *)(%s) + (go_int)(%s)))", expr(a0), expr(a1));
	case BI_UNSAFE_STRINGDATA:
		return xsprintf("((uint8_t *)(%s).ptr)", expr(a0));
	case BI_UNSAFE_STRING:
		return xsprintf("((GoString){(const uint8_t *)(%s), (go_int)(%s)})", expr(a0), expr(a1));
	case BI_UNSAFE_SLICE: {
		Type *et = underlying(a0->type)->elem;
		type_layout(et);
		type_layout(a1->type);
		char *n;
		if (a1->mode == M_CONST)
			n = expr_to(a1, ty_int);
		else if (is_unsigned(a1->type) && a1->type->size == 8)   /* may exceed MaxInt64 */
			n = xsprintf("({ uint64_t gs_n = (uint64_t)(%s); gs_n > (uint64_t)INT64_MAX ? (go_int)-1 : (go_int)gs_n; })",
				expr(a1));
		else
			n = xsprintf("(go_int)(%s)", expr(a1));
		return xsprintf("gort_unsafe_slice((const void *)(%s), %s, %lld)", expr(a0), n, (long long)et->size);
	}
	case BI_CLOSE:
		return xsprintf("gort_chanclose(%s)", expr(a0));
	default:
		errorf(e->pos, "unsupported builtin");
		return xstrdup("0");
	}
}
