/*
 * emit_func.c: functions, closures, returns, method values.
 *
 *   func f(a T) (r R) { body }  ->  R pkg__f(T a) { GOSUB_POLL(); R r = 0; body }
 *   func (p *T) M()             ->  void pkg__T__M(pkg__T *p)
 *   func literal                ->  static R pkg__f__func1(GoFunc *gs_clo, params) with a
 *                                   closure struct { fn; T *captured...; }
 *   defer                       ->  GoDeferFrame gs_df + setjmp recovery point; returns
 *                                   store the results and goto the shared return path
 *   x.M (method value)          ->  closure binding the receiver
 *   T.M / (*T).M (method expr)  ->  closure-callable wrapper taking the receiver first
 */
#include <stdlib.h>
#include <string.h>
#include "emit.h"

const char *ctype_def(Type *t);
bool obj_boxed(Object *o);
void declare_local(Object *o, const char *init);

/* ------------------------------------------------------------ AST walking */

void
walk(Node *n, WalkFn f, void *ctx)
{
	if (!n)
		return;
	f(n, ctx);
	Node *kids[] = { n->x, n->y, n->lo, n->hi, n->max, n->init, n->cond, n->post, n->body, n->els,
		n->comm, n->key, n->value };
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		walk(kids[i], f, ctx);
	for (int i = 0; i < n->list.n; i++)
		walk(n->list.v[i], f, ctx);
	for (int i = 0; i < n->list2.n; i++)
		walk(n->list2.v[i], f, ctx);
}

/* Does the body call Go code (functions, methods, closures; not builtins,
 * conversions or math intrinsics)?  A function that does not, with a small
 * frame, skips the entry stack check: runtime helpers it calls fit in the
 * reserve below the guard, and its caller's polls cover preemption. */
static void
gocall_visit(Node *n, void *vctx)
{
	bool *calls = vctx;
	if (n->kind == N_GO || n->kind == N_DEFER) {
		*calls = true;
		return;
	}
	if (n->kind != N_CALL || n->mode == M_CONST)
		return;
	Node *f = n->x;
	while (f && f->kind == N_PAREN)
		f = f->x;
	if (n->builtin != BI_NONE && n->builtin != BI_PANIC)
		return;
	if (f && f->mode == M_TYPE)
		return;
	if (f && f->kind == N_IDENT && f->obj && f->obj->kind == O_BUILTIN && f->obj->builtin != BI_PANIC)
		return;
	if (f && f->kind == N_SELECTOR && f->selkind == SEL_PKG && math_intrinsic(f->obj))
		return;
	*calls = true;
}

static bool
body_calls_go(Node *body)
{
	bool calls = false;
	walk(body, gocall_visit, &calls);
	return calls;
}

/* A body that makes no calls, allocates nothing and blocks nowhere: no
 * collection can happen while it runs.  With no loops (no polls) and no
 * entry check, a call to it is no safepoint (see nosafepoint). */
static void
leaf_visit(Node *n, void *vctx)
{
	bool *leaf = vctx;
	switch (n->kind) {
	case N_FUNCLIT: case N_COMPOSITE: case N_DEFER: case N_GO: case N_SELECT: case N_SEND:
	case N_TYPESWITCH: case N_TYPEASSERT:
		*leaf = false;
		return;
	case N_RANGE:
		if (n->x && n->x->type && (underlying(n->x->type)->kind == TY_MAP ||
			underlying(n->x->type)->kind == TY_CHAN))
			*leaf = false;
		return;
	case N_UNARY:
		if (n->op == OP_ADDR || n->op == OP_RECV)
			*leaf = false;
		return;
	case N_BINARY:
		if (n->type && is_string(n->type) && n->mode != M_CONST)
			*leaf = false;
		if (n->x && n->x->type && (is_interface(n->x->type) || is_string(n->x->type) ||
			underlying(n->x->type)->kind == TY_STRUCT || underlying(n->x->type)->kind == TY_ARRAY))
			*leaf = false;
		return;
	case N_INDEX:
		if (n->x && n->x->type && underlying(n->x->type)->kind == TY_MAP)
			*leaf = false;
		return;
	case N_ASSIGN: case N_VALUESPEC:
		/* assignments may convert to interfaces (boxing allocates) */
		for (int i = 0; i < n->list.n; i++) {
			Node *l = n->list.v[i];
			if (l->type && is_interface(l->type))
				*leaf = false;
		}
		return;
	case N_CALL: {
		if (n->mode == M_CONST)
			return;
		Node *f = n->x;
		while (f && f->kind == N_PAREN)
			f = f->x;
		if (n->builtin == BI_LEN || n->builtin == BI_CAP || n->builtin == BI_REAL || n->builtin == BI_IMAG ||
			n->builtin == BI_MIN || n->builtin == BI_MAX || n->builtin == BI_COMPLEX)
			return;
		if (n->builtin == BI_CONVERT || (f && f->mode == M_TYPE)) {
			Type *to = n->type;
			if (to && (is_numeric(to) || underlying(to)->kind == TY_POINTER || is_boolean(to)))
				return;
			*leaf = false;
			return;
		}
		if (f && f->kind == N_SELECTOR && f->selkind == SEL_PKG && math_intrinsic(f->obj))
			return;
		*leaf = false;
		return;
	}
	default:
		return;
	}
}

static bool
body_is_leaf(Node *body)
{
	bool leaf = true;
	walk(body, leaf_visit, &leaf);
	return leaf;
}

typedef struct {
	Vec inside;      /* Node*: the literal and literals nested in it */
	Vec free;        /* Object* */
	bool has_defer;
	bool has_recover;
} FreeCtx;

static bool
vec_has(Vec *v, void *x)
{
	for (int i = 0; i < v->n; i++)
		if (v->v[i] == x)
			return true;
	return false;
}

static void
free_visit(Node *n, void *vctx)
{
	FreeCtx *c = vctx;
	if (n->kind == N_FUNCLIT) {
		if (!vec_has(&c->inside, n))
			vec_push(&c->inside, n);
		return;
	}
	if (n->kind == N_IDENT && n->obj && n->obj->kind == O_VAR && !n->obj->global && n->obj->func &&
		!vec_has(&c->inside, n->obj->func) && !vec_has(&c->free, n->obj))
		vec_push(&c->free, n->obj);
}

static void
defer_visit(Node *n, void *vctx)
{
	FreeCtx *c = vctx;
	if (n->kind == N_DEFER)
		c->has_defer = true;
}

/* has `defer` directly in body (not in nested literals) */
static bool
body_has_defer(Node *body)
{
	FreeCtx c = {0};
	/* a cheap walk that does not descend into func literals */
	Vec stack = {0};
	vec_push(&stack, body);
	while (stack.n) {
		Node *n = stack.v[--stack.n];
		if (!n || n->kind == N_FUNCLIT)
			continue;
		defer_visit(n, &c);
		Node *kids[] = { n->x, n->y, n->init, n->cond, n->post, n->body, n->els, n->comm };
		for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
			if (kids[i])
				vec_push(&stack, kids[i]);
		for (int i = 0; i < n->list.n; i++)
			vec_push(&stack, n->list.v[i]);
		for (int i = 0; i < n->list2.n; i++)
			vec_push(&stack, n->list2.v[i]);
	}
	return c.has_defer;
}


/* ------------------------------------------------------------ signatures */

/* Parameter objects of a func type node, in order (NULL for unnamed). */
static void
param_objs(Node *ftype, Vec *params, Vec *results)
{
	if (!ftype)
		return;
	for (int i = 0; i < ftype->list.n; i++) {
		Node *f = ftype->list.v[i];
		if (f->list.n == 0)
			vec_push(params, NULL);
		for (int j = 0; j < f->list.n; j++)
			vec_push(params, ((Node *)f->list.v[j])->obj);
	}
	for (int i = 0; i < ftype->list2.n; i++) {
		Node *f = ftype->list2.v[i];
		if (f->list.n == 0)
			vec_push(results, NULL);
		for (int j = 0; j < f->list.n; j++)
			vec_push(results, ((Node *)f->list.v[j])->obj);
	}
}

static Object *
recv_obj(Node *recv)
{
	if (!recv || recv->list.n == 0)
		return NULL;
	return ((Node *)recv->list.v[0])->obj;
}

const char *
method_cname(Type *recvnamed, const char *mname, Package *mpkg)
{
	(void)mpkg;
	return xsprintf("%s__%s", ctype(recvnamed), mangle_global(mname));
}

static const char *
funcdecl_cname(Node *fd)
{
	Object *o = fd->obj;
	if (fd->recv) {
		Type *rt = o && o->recv ? o->recv : NULL;
		if (!rt) {
			Node *rf = fd->recv;
			rt = rf->x ? rf->x->type : NULL;
		}
		if (rt && underlying(rt)->kind == TY_POINTER && rt->kind == TY_POINTER)
			rt = rt->elem;
		return method_cname(rt, fd->name, E.pkg);
	}
	if (!strcmp(fd->name, "init")) {
		for (int i = 0; i < E.pkg->initfuncs.n; i++)
			if (E.pkg->initfuncs.v[i] == fd)
				return xsprintf("%s__init__%d", E.pkg->cprefix, i + 1);
	}
	if (o)
		return global_cname(o);
	return xsprintf("%s__%s", E.pkg->cprefix, mangle_global(fd->name));
}

/* Writes "R name(params)" with C parameter names into b; the names of
 * address-taken parameters get a _p suffix (copied into heap cells). */
static void
write_proto(Buf *b, const char *name, Type *sig, Type *recvt, Object *recvobj, Vec *params, bool closure,
	bool isstatic, Vec *boxed_params, Vec *cparams)
{
	buf_printf(b, "%s%s %s(", isstatic ? "static " : "", ctype_result(sig), name);
	bool first = true;
	if (closure) {
		buf_puts(b, "GoFunc *gs_clo");
		vec_push(cparams, "GoFunc *");
		vec_push(cparams, "gs_clo");
		first = false;
	}
	if (recvt) {
		bool named = recvobj && strcmp(recvobj->name, "_");
		const char *n = named ? local_cname(recvobj) : "gs_recv";
		if (recvobj && obj_boxed(recvobj)) {
			vec_push(boxed_params, recvobj);
			n = xsprintf("%s_p", n);
		}
		buf_printf(b, "%s %s%s", ctype_def(recvt), n, named ? "" : " __attribute__((unused))");
		vec_push(cparams, (void *)ctype_def(recvt));
		vec_push(cparams, (void *)n);
		first = false;
	}
	for (int i = 0; i < sig->nparams; i++) {
		Object *o = params && i < params->n ? params->v[i] : NULL;
		const char *n;
		bool named = o && strcmp(o->name, "_");
		if (named) {
			n = local_cname(o);
			if (obj_boxed(o)) {
				vec_push(boxed_params, o);
				n = xsprintf("%s_p", n);
			}
		} else
			n = xsprintf("gs_p%d", i);
		buf_printf(b, "%s%s %s%s", first ? "" : ", ", ctype_def(sig->params[i]), n,
			named ? "" : " __attribute__((unused))");
		vec_push(cparams, (void *)ctype_def(sig->params[i]));
		vec_push(cparams, (void *)n);
		first = false;
	}
	if (first)
		buf_puts(b, "void");
	buf_putc(b, ')');
}

/* ------------------------------------------------------------ bodies */

typedef struct {
	Node *decl;
	const char *cname;
	Type *sig;
	Type *recvt;
	Object *recvobj;
	Node *ftype;
	Node *body;
	bool closure;
	bool isstatic;
	Vec captures;
} FuncSpec;

static void
emit_results_decl(FuncCtx *fc, Vec *results, Type *sig, bool has_defer)
{
	bool named = false;
	for (int i = 0; i < sig->nresults && i < results->n; i++)
		if (results->v[i])
			named = true;
	if (!named && !has_defer)
		return;
	/* with defer, results must survive the longjmp of a recovered panic:
	 * they live in heap cells (an unchanged pointer) */
	for (int i = 0; i < sig->nresults; i++) {
		Object *o = i < results->n ? results->v[i] : NULL;
		if (!o || !strcmp(o->name, "_")) {
			o = object_new(O_VAR, "result", (Pos){0});
			o->type = sig->results[i];
			o->cname = xsprintf("gs_r%d", i);
			o->index = -1;
		}
		if (has_defer)
			o->addrtaken = true;
		vec_push(&fc->results, o);
		declare_local(o, NULL);
	}
}

static char *
result_value(FuncCtx *fc)
{
	Type *sig = fc->sig;
	if (sig->nresults == 0)
		return NULL;
	Buf b = {0};
	if (sig->nresults == 1) {
		Object *o = fc->results.v[0];
		return obj_boxed(o) ? xsprintf("(*%s)", vref(o)) : xstrdup(vref(o));
	}
	buf_printf(&b, "((%s){", ctype_result(sig));
	for (int i = 0; i < sig->nresults; i++) {
		Object *o = fc->results.v[i];
		buf_printf(&b, "%s%s%s", i ? ", " : "", obj_boxed(o) ? "*" : "", vref(o));
	}
	buf_puts(&b, "})");
	buf_putc(&b, 0);
	return b.s;
}

void
emit_return(Node *s)
{
	FuncCtx *fc = E.fn;
	Type *sig = fc->sig;
	bool named = false;
	for (int i = 0; i < fc->results.n; i++) {
		Object *o = fc->results.v[i];
		if (o && o->index != -1)
			named = true;
	}
	if (s->list.n == 0) {
		if (fc->has_defer) {
			out_line("goto gs_ret;");
			return;
		}
		char *v = result_value(fc);
		if (v)
			out_line("{ %s gs_rv = %s; " FRAME_POP_MARK "return gs_rv; }", ctype_result(sig), v);
		else
			out_line(FRAME_POP_MARK "return;");
		return;
	}
	/* values */
	Vec vals = {0};
	if (s->list.n == 1 && sig->nresults > 1) {
		Node *r = s->list.v[0];
		const char *tmp = new_tmp();
		out_line("{ %s %s = %s; %s", ctype_def(r->type), tmp, call_expr(r, true), tmp_root(tmp, r->type));
		for (int i = 0; i < sig->nresults; i++)
			vec_push(&vals, convert_value(xsprintf("%s.r%d", tmp, i), r->type->tuple[i], sig->results[i]));
	} else {
		out_line("{");
		int ncalls = 0;
		for (int i = 0; i < s->list.n && i < sig->nresults; i++)
			if (value_has_safepoint(s->list.v[i], sig->results[i]))
				ncalls++;
		for (int i = 0; i < s->list.n && i < sig->nresults; i++) {
			char *v = expr_to(s->list.v[i], sig->results[i]);
			if (ncalls > 1 || (fc->has_defer || named)) {
				const char *tmp = new_tmp();
				out_line("%s %s = %s; %s", ctype_def(sig->results[i]), tmp, v, tmp_root(tmp, sig->results[i]));
				v = (char *)tmp;
			}
			vec_push(&vals, v);
		}
	}
	if (fc->has_defer || named) {
		for (int i = 0; i < vals.n; i++) {
			Object *o = fc->results.v[i];
			out_line("%s%s = %s;", obj_boxed(o) ? "*" : "", vref(o), (char *)vals.v[i]);
		}
		if (fc->has_defer)
			out_line("goto gs_ret;");
		else
			out_line("{ %s gs_rv = %s; " FRAME_POP_MARK "return gs_rv; }", ctype_result(sig), result_value(fc));
		out_line("}");
		return;
	}
	if (sig->nresults == 1) {
		out_line("%s gs_rv = %s; " FRAME_POP_MARK "return gs_rv; }", ctype_result(sig), (char *)vals.v[0]);
		return;
	}
	Buf b = {0};
	buf_printf(&b, "((%s){", ctype_result(sig));
	for (int i = 0; i < vals.n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", (char *)vals.v[i]);
	buf_puts(&b, "})");
	buf_putc(&b, 0);
	out_line("%s gs_rv = %s; " FRAME_POP_MARK "return gs_rv; }", ctype_result(sig), b.s);
}

/* Go's name of the function being emitted, for tracebacks. */
static const char *
go_func_name(FuncSpec *fs)
{
	Node *d = fs->decl;
	const char *pkg = E.pkg->name ? E.pkg->name : E.pkg->path;
	if (d && d->kind == N_FUNCDECL) {
		if (fs->recvt) {
			Type *rt = fs->recvt;
			bool ptr = rt->kind == TY_POINTER;
			Type *n = ptr ? rt->elem : rt;
			const char *tn = n->kind == TY_NAMED ? n->obj->name : "?";
			return ptr ? xsprintf("%s.(*%s).%s", pkg, tn, d->name) : xsprintf("%s.%s.%s", pkg, tn, d->name);
		}
		return xsprintf("%s.%s", pkg, d->name);
	}
	/* func literal: main__main__func1 -> main.main.func1 */
	const char *c = fs->cname + strlen(E.pkg->cprefix) + 2;
	Buf b = {0};
	buf_printf(&b, "%s.", pkg);
	for (const char *p = c; *p; p++) {
		if (p[0] == '_' && p[1] == '_') {
			buf_putc(&b, '.');
			p++;
		} else
			buf_putc(&b, *p);
	}
	buf_putc(&b, 0);
	return b.s;
}

/* frame_finish's state while it resolves a body's markers. */
typedef struct {
	Type *type;
	const char *ctype;     /* C type of the slot */
	bool busy;
} TmpSlot;

typedef struct {
	int tmp;               /* index in fc->tmps */
	int slot;              /* index in slots */
	int depth;             /* C block depth of its declaration */
} LiveTmp;

typedef struct {
	FuncCtx *fc;
	TmpSlot *slots;
	int nslots, capslots;
	LiveTmp *live;
	int nlive, caplive;
	const char *regspill;  /* "gs_fr.x = x, ..." for register-resident locals, or "" */
} MarkState;

/* A temporary whose only pointer is one word (pointers, slices, strings,
 * interfaces: type words point to static descriptors, itabs stay in the
 * runtime's cache) is spilled as that word alone. */
static const char *
slot_word(TmpRoot *r)
{
	if (is_ptrshaped(r->type))
		return "(void *)";
	switch (underlying(r->type)->kind) {
	case TY_SLICE: case TY_STRING:
		return ".ptr";
	case TY_INTERFACE:
		return ".data";
	default:
		return NULL;
	}
}

static const char *
slot_ctype(TmpRoot *r)
{
	return slot_word(r) ? "void *" : ctype_def(r->type);
}

/* A temporary becomes live at its marker: it takes a free slot of its C
 * type or a new one. */
static void
tmp_open(MarkState *ms, int k, int depth)
{
	TmpRoot *r = ms->fc->tmps.v[k];
	const char *ct = slot_ctype(r);
	int slot = -1;
	for (int i = 0; i < ms->nslots && slot < 0; i++)
		if (!ms->slots[i].busy && !strcmp(ms->slots[i].ctype, ct))
			slot = i;
	if (slot < 0) {
		if (ms->nslots == ms->capslots) {
			ms->capslots = ms->capslots ? 2 * ms->capslots : 8;
			ms->slots = xrealloc(ms->slots, sizeof *ms->slots * (size_t)ms->capslots);
		}
		slot = ms->nslots++;
		ms->slots[slot] = (TmpSlot){ slot_word(r) ? type_pointer(ty_uint8) : r->type, ct, false };
	}
	ms->slots[slot].busy = true;
	if (ms->nlive == ms->caplive) {
		ms->caplive = ms->caplive ? 2 * ms->caplive : 8;
		ms->live = xrealloc(ms->live, sizeof *ms->live * (size_t)ms->caplive);
	}
	ms->live[ms->nlive++] = (LiveTmp){ k, slot, depth };
}

/* "gs_fr.x = x, gs_fr.gs_s0 = gs_t3, ..." for everything live here, or "". */
static char *
spill_list(MarkState *ms)
{
	Buf b = {0};
	buf_puts(&b, ms->regspill);
	for (int i = 0; i < ms->nlive; i++) {
		TmpRoot *r = ms->fc->tmps.v[ms->live[i].tmp];
		const char *w = slot_word(r);
		buf_printf(&b, "%sgs_fr.gs_s%d = ", b.n ? ", " : "", ms->live[i].slot);
		if (!w)
			buf_puts(&b, r->name);
		else if (w[0] == '(')
			buf_printf(&b, "(void *)%s", r->name);
		else
			buf_printf(&b, "(void *)%s%s", r->name, w);
	}
	buf_putc(&b, 0);
	return b.s;
}

/* Prepends the frame struct (pointer-holding locals, then slots for
 * temporaries) and its push, and resolves the markers in one pass over the
 * body: pops, spills at calls and polls (of the register-resident locals and
 * the temporaries live there: marked, and their C block still open), the
 * stack-need estimate, and the entry check of small leaf functions. */
static char *
frame_finish(FuncCtx *fc, FuncSpec *fs, const char *body)
{
	bool has_frame = fc->frameobjs.n || fc->tmps.n;
	const char *pop = has_frame ? "GOSUB_FRAME_POP(&gs_fr.gs_f); " : "";
	/* register-resident frame locals: declared at the top, spilled at safepoints */
	Buf spill = {0}, regdecl = {0};
	for (int i = 0; i < fc->frameobjs.n; i++) {
		Object *o = fc->frameobjs.v[i];
		if (!frame_in_reg(o))
			continue;
		buf_printf(&spill, "%sgs_fr.%s = %s", spill.n ? ", " : "", o->cname, o->cname);
		bool isparam = false;
		for (int j = 0; j < fc->regparams.n; j++)
			isparam |= fc->regparams.v[j] == o;
		if (isparam)
			continue;
		if (obj_boxed(o))
			buf_printf(&regdecl, "	%s *%s = NULL;\n", ctype_def(o->type), o->cname);
		else
			buf_printf(&regdecl, "	%s %s = %s;\n", ctype_def(o->type), o->cname, zero_value(o->type));
	}
	buf_putc(&spill, 0);
	buf_putc(&regdecl, 0);
	/* Stack need: a generous guess at the C frame (gcc shares slots, so
	 * twice the declared bytes covers it); the runtime adds its reserve. */
	int64_t framebytes = 16;
	for (int i = 0; i < fc->frameobjs.n; i++) {
		Object *o = fc->frameobjs.v[i];
		Type *t = obj_boxed(o) ? type_pointer(o->type) : o->type;
		type_layout(t);
		framebytes += t->size + 8;
	}
	for (int i = 0; i < fc->tmps.n; i++) {
		TmpRoot *r = fc->tmps.v[i];
		type_layout(r->type);
		framebytes += r->type->size;
	}
	int64_t need = 2 * (fc->localbytes + framebytes + 8 * (int64_t)fc->ntmp) + 128;
	need = (need + 15) & ~(int64_t)15;
	fc->need = need;
	const char *needs = xsprintf("GOSUB_NEED(%lld)", (long long)need);

	/* the body, markers resolved */
	MarkState ms = { .fc = fc, .regspill = spill.s };
	Buf out = {0};
	static const char *marks[] = {FRAME_POP_MARK, SPILL_OPEN, SPILL_CLOSE, NEED_MARK, CHECK_OPEN, CHECK_CLOSE,
		TMP_MARK, "GOSUB_POLL();"};
	enum { M_POP, M_SPOPEN, M_SPCLOSE, M_NEED, M_CHKOPEN, M_CHKCLOSE, M_TMP, M_POLL, NMARKS };
	size_t marklen[NMARKS];
	for (int i = 0; i < NMARKS; i++)
		marklen[i] = strlen(marks[i]);
	int depth = 0;
	char *opened = NULL;
	int nopen = 0, capopen = 0;
	const char *p = body;
	while (*p) {
		const char *q = p + strcspn(p, "\"'/G{}");
		buf_putn(&out, p, (size_t)(q - p));
		p = q;
		if (!*p)
			break;
		char c = *p;
		if (c == '"' || c == '\'') {
			/* C string or character literal: copied as is */
			q = p + 1;
			while (*q && *q != c)
				q += q[0] == '\\' && q[1] ? 2 : 1;
			if (*q)
				q++;
			buf_putn(&out, p, (size_t)(q - p));
			p = q;
			continue;
		}
		if (c == '{' || c == '}') {
			if (c == '{')
				depth++;
			else {
				depth--;
				while (ms.nlive && ms.live[ms.nlive - 1].depth > depth)
					ms.slots[ms.live[--ms.nlive].slot].busy = false;
			}
			buf_putc(&out, c);
			p++;
			continue;
		}
		int k = -1;
		for (int i = 0; i < NMARKS && k < 0; i++)
			if (marks[i][0] == c && !strncmp(p, marks[i], marklen[i]))
				k = i;
		if (k < 0) {
			if (c == '/' && p[1] == '*') {
				/* a comment: copied as is */
				const char *e = strstr(p + 2, "*/");
				q = e ? e + 2 : p + strlen(p);
				buf_putn(&out, p, (size_t)(q - p));
				p = q;
			} else {
				buf_putc(&out, c);
				p++;
			}
			continue;
		}
		p += marklen[k];
		switch (k) {
		case M_POP:
			buf_puts(&out, pop);
			break;
		case M_SPOPEN: {
			/* SPILL markers nest (calls in arguments): remember
			 * which ones opened a parenthesis */
			char *l = spill_list(&ms);
			if (nopen == capopen) {
				capopen = capopen ? 2 * capopen : 16;
				opened = xrealloc(opened, (size_t)capopen);
			}
			opened[nopen++] = *l != 0;
			if (*l)
				buf_printf(&out, "(%s, ", l);
			free(l);
			break;
		}
		case M_SPCLOSE:
			if (nopen > 0 && opened[--nopen])
				buf_puts(&out, ")");
			break;
		case M_NEED:
			buf_puts(&out, needs);
			break;
		case M_CHKOPEN:
			if (fc->nocheck) {
				/* drop the whole check, from its indentation to the end of its line */
				const char *e = strstr(p, CHECK_CLOSE);
				while (out.n && out.s[out.n - 1] == '\t')
					out.n--;
				p = e + strlen(CHECK_CLOSE);
				if (*p == '\n')
					p++;
			}
			break;
		case M_CHKCLOSE:
			break;
		case M_TMP: {
			int n = atoi(p);
			p = strstr(p, "*/") + 2;
			if (*p == ' ')
				p++;
			tmp_open(&ms, n, depth);
			break;
		}
		case M_POLL: {
			char *l = spill_list(&ms);
			if (*l)
				buf_printf(&out, "GOSUB_POLL_SPILL(%s);", l);
			else
				buf_puts(&out, "GOSUB_POLL();");
			free(l);
			break;
		}
		}
		if (*p == '\n')   /* no trailing blanks where a marker ended a line */
			while (out.n && out.s[out.n - 1] == ' ')
				out.n--;
	}
	buf_putc(&out, 0);

	Buf b = {0};
	if (has_frame) {
		/* layout: GoFrame (2 words), the locals in order, then the slots */
		int nobj = fc->frameobjs.n, n = nobj + ms.nslots;
		int64_t off = 16;
		int64_t *offs = xmalloc(sizeof(int64_t) * (size_t)(n + 1));
		Type **types = xmalloc(sizeof(Type *) * (size_t)(n + 1));
		buf_puts(&b, "	struct {\n		GoFrame gs_f;\n");
		for (int i = 0; i < n; i++) {
			Type *t;
			if (i < nobj) {
				Object *o = fc->frameobjs.v[i];
				t = obj_boxed(o) ? type_pointer(o->type) : o->type;
				buf_printf(&b, "		%s%s %s;\n", ctype_def(o->type), obj_boxed(o) ? " *" : "", o->cname);
			} else {
				t = ms.slots[i - nobj].type;
				buf_printf(&b, "		%s gs_s%d;\n", ms.slots[i - nobj].ctype, i - nobj);
			}
			type_layout(t);
			int64_t al = t->align > 0 ? t->align : 1;
			off = (off + al - 1) / al * al;
			offs[i] = off;
			off += t->size;
			types[i] = t;
		}
		int64_t nwords = (off + 7) / 8;
		uint8_t *bm = xmalloc((size_t)nwords / 8 + 2);
		for (int i = 0; i < n; i++)
			type_ptrbits(types[i], offs[i], bm, nwords);
		int64_t ptrdata = 0;
		for (int64_t w = 0; w < nwords; w++)
			if (bm[w / 8] & (1 << (w % 8)))
				ptrdata = (w + 1) * 8;
		buf_puts(&b, "	} gs_fr = {};\n	static const uint8_t gs_frgc[] = {");
		for (int64_t i = 0; i < (ptrdata / 8 + 7) / 8 || i == 0; i++)
			buf_printf(&b, "%s%u", i ? ", " : "", bm[i]);
		const char *name = go_func_name(fs);
		const char *file = fs->decl ? srcfile_name(fs->decl->pos.file) : "";
		if (!file) file = "";
		buf_printf(&b, "};\n	static const GoType gs_frdesc = { .size = sizeof(gs_fr), .ptrdata = %lld, "
			".gcdata = gs_frgc, .str = {(const uint8_t *)%s, %zu}, .pkgpath = {(const uint8_t *)%s, %zu} };\n",
			(long long)ptrdata, c_string_lit(name, strlen(name)), strlen(name),
			c_string_lit(file, strlen(file)), strlen(file));
		buf_puts(&b, "	GOSUB_FRAME_PUSH(&gs_fr.gs_f, &gs_frdesc);\n");
		free(offs);
		free(types);
		free(bm);
	}
	buf_puts(&b, regdecl.s);
	buf_puts(&b, out.s);
	buf_putc(&b, 0);
	free(out.s);
	free(spill.s);
	free(regdecl.s);
	free(ms.slots);
	free(ms.live);
	free(opened);
	return b.s;
}

/* frame_finish for a function with no FuncSpec (the package init function). */
char *
frame_finish_plain(FuncCtx *fc, const char *body)
{
	FuncSpec fs = {0};
	fs.cname = fc->cname;
	return frame_finish(fc, &fs, body);
}

/* `static void name(void *gs_p)` calling callee with the arguments in the
 * morestack record struct f__msa (f = fs->cname), storing its result there. */
static void
write_thunk(Buf *t, const char *name, const char *callee, Vec *cparams, bool hasres, bool rec, const char *f)
{
	buf_printf(t, "static void %s(void *gs_p)\n{\n", name);
	if (rec)
		buf_printf(t, "\tstruct %s__msa *gs_a = gs_p;\n\t%s%s(", f, hasres ? "gs_a->gs_r = " : "", callee);
	else
		buf_printf(t, "\t(void)gs_p;\n\t%s(", callee);
	for (int i = 0; i < cparams->n; i += 2)
		buf_printf(t, "%sgs_a->%s", i ? ", " : "", (char *)cparams->v[i + 1]);
	buf_puts(t, ");\n}\n\n");
}

/* The entry check: if the stack segment is short (or the scheduler asked
 * for a yield), the function's arguments go into a record and the thunk
 * f__ms calls f again from gort_morestack, on a new segment if need be.
 * Its estimate of the frame size is resolved by frame_finish. */
static void
emit_stack_check(FuncSpec *fs, Vec *cparams)
{
	const char *f = fs->cname;
	bool hasres = fs->sig->nresults > 0;
	bool rec = cparams->n > 0 || hasres;
	/* the argument record and the thunk, before the function */
	Buf t = {0};
	if (rec) {
		buf_printf(&t, "struct %s__msa {", f);
		for (int i = 0; i < cparams->n; i += 2)
			buf_printf(&t, " %s %s;", (char *)cparams->v[i], (char *)cparams->v[i + 1]);
		if (hasres)
			buf_printf(&t, " %s gs_r;", ctype_result(fs->sig));
		buf_puts(&t, " };\n");
	}
	write_thunk(&t, xsprintf("%s__ms", f), f, cparams, hasres, rec, f);
	buf_putc(&t, 0);
	E.fn->thunk = t.s;
	out_line(CHECK_OPEN "if (GOSUB_STACK_CHECK(" NEED_MARK ")) {");
	if (rec) {
		Buf init = {0};
		for (int i = 0; i < cparams->n; i += 2)
			buf_printf(&init, "%s.%s = %s", i ? ", " : "", (char *)cparams->v[i + 1], (char *)cparams->v[i + 1]);
		buf_putc(&init, 0);
		if (cparams->n)
			out_line("\tstruct %s__msa gs_ma = {%s};", f, init.s);
		else
			out_line("\tstruct %s__msa gs_ma;", f);
		out_line("\t" SPILL_OPEN "gort_morestack(%s__ms, &gs_ma, " NEED_MARK ")" SPILL_CLOSE ";", f);
		out_line("\t" FRAME_POP_MARK "return%s;", hasres ? " gs_ma.gs_r" : "");
	} else {
		out_line("\t" SPILL_OPEN "gort_morestack(%s__ms, NULL, " NEED_MARK ")" SPILL_CLOSE ";", f);
		out_line("\t" FRAME_POP_MARK "return;");
	}
	out_line("}" CHECK_CLOSE);
}

/* Big frames.  The entry check runs after the C prologue has allocated the
 * whole frame, and only the segment's reserve (1-2 KiB, rt_stack.h) lies
 * below the guard: a frame bigger than that could sit below the segment
 * when the check fails, and calling gort_morestack from there would write
 * into a neighbouring segment.  So a function whose stack need is over
 * BIG_FRAME_NEED becomes two: f keeps the name and only checks, with a
 * tiny frame, and its body is f__big (never inlined into f):
 *
 *	R f(P) { if (GOSUB_STACK_CHECK(2 * need)) return f__grow(P); return f__big(P); }
 *
 * f__grow (cold) runs f__big on a segment with room through
 * gort_stack_ensure, which neither yields nor collects, so the arguments
 * need no GC frame there; f__big keeps its own check for yields.  The
 * argument record lives in f__grow's frame, so this applies when it is
 * small (BIG_FRAME_RECORD); bigger arguments or results keep one function. */
enum { BIG_FRAME_NEED = 1024, BIG_FRAME_RECORD = 256 };

/* Bytes of the morestack record: C parameters and result. */
static int64_t
record_bytes(FuncSpec *fs, Vec *cparams)
{
	int64_t n = 8 * (int64_t)cparams->n / 2;   /* closure pointers, receivers: words */
	for (int i = 0; i < fs->sig->nparams; i++) {
		type_layout(fs->sig->params[i]);
		n += fs->sig->params[i]->size;
	}
	if (fs->recvt) {
		type_layout(fs->recvt);
		n += fs->recvt->size;
	}
	for (int i = 0; i < fs->sig->nresults; i++) {
		type_layout(fs->sig->results[i]);
		n += fs->sig->results[i]->size;
	}
	return n;
}

static void
emit_big_frame(FuncSpec *fs, Buf *out, const char *proto, Vec *cparams, const char *body, int64_t need)
{
	const char *f = fs->cname;
	bool hasres = fs->sig->nresults > 0, rec = cparams->n > 0 || hasres;
	const char *ret = hasres ? "return " : "";
	/* f__big: the function itself under another name */
	const char *at = strstr(proto, xsprintf(" %s(", f));
	const char *params = at + 1 + strlen(f);
	char *head = xstrndup(proto, (size_t)(at - proto));
	if (strncmp(head, "static ", 7) == 0)
		head += 7;
	buf_printf(out, "static __attribute__((noinline)) %s %s__big%s\n{\n%s}\n\n", head, f, params, body);
	Buf args = {0};
	for (int i = 0; i < cparams->n; i += 2)
		buf_printf(&args, "%s%s", i ? ", " : "", (char *)cparams->v[i + 1]);
	buf_putc(&args, 0);
	/* f__gs: f__big on the segment gort_stack_ensure chose */
	write_thunk(out, xsprintf("%s__gs", f), xsprintf("%s__big", f), cparams, hasres, rec, f);
	/* f__grow */
	buf_printf(out, "static __attribute__((noinline, cold)) %s %s__grow%s\n{\n", head, f, params);
	if (rec) {
		Buf init = {0};
		for (int i = 0; i < cparams->n; i += 2)
			buf_printf(&init, "%s.%s = %s", i ? ", " : "", (char *)cparams->v[i + 1], (char *)cparams->v[i + 1]);
		buf_putc(&init, 0);
		buf_printf(out, "\tstruct %s__msa gs_ma = {%s};\n", f, init.s);
		buf_printf(out, "\tgort_stack_ensure(GOSUB_NEED(%lld), %s__gs, &gs_ma);\n", (long long)(2 * need), f);
		if (hasres)
			buf_puts(out, "\treturn gs_ma.gs_r;\n");
	} else {
		buf_printf(out, "\tgort_stack_ensure(GOSUB_NEED(%lld), %s__gs, NULL);\n", (long long)(2 * need), f);
	}
	buf_puts(out, "}\n\n");
	/* f */
	buf_printf(out, "%s\n{\n\tif (GOSUB_STACK_CHECK(GOSUB_NEED(%lld)))\n\t\t%s%s__grow(%s);\n\telse\n\t\t%s%s__big(%s);\n}\n\n",
		proto, (long long)(2 * need), ret, f, args.s, ret, f, args.s);
}

static void
emit_body(FuncSpec *fs, Buf *out)
{
	FuncCtx fc = {0};
	FuncCtx *saved = E.fn;
	fc.decl = fs->decl;
	fc.sig = fs->sig;
	fc.cname = fs->cname;
	fc.out = out;
	fc.indent = 1;
	fc.outer = saved;
	E.fn = &fc;
	/* captured variables keep the C names of the enclosing function */
	for (int i = 0; i < fs->captures.n; i++) {
		Object *o = fs->captures.v[i];
		vec_push(&fc.names, (void *)o->cname);
	}
	vec_push(&fc.names, "gs_df");
	Vec params = {0}, results = {0}, boxed = {0}, cparams = {0};
	param_objs(fs->ftype, &params, &results);
	Buf proto = {0};
	write_proto(&proto, fs->cname, fs->sig, fs->recvt, fs->recvobj, &params, fs->closure, fs->isstatic, &boxed,
		&cparams);
	buf_putc(&proto, 0);
	if (!fs->isstatic)
		buf_printf(&E.hdecls, "%s;\n", proto.s);
	else if (!fs->closure)
		buf_printf(&E.cdecls, "%s __attribute__((unused));\n", proto.s);   /* Go allows unused functions */
	else
		buf_printf(&E.cdecls, "%s;\n", proto.s);
	if (!fs->body) {
		E.fn = saved;
		return;
	}
	Buf body = {0};
	fc.out = &body;
	fc.has_defer = body_has_defer(fs->body);
	/* Without setjmp, pointer-holding locals can live in C locals (and
	 * registers) and are stored into their frame slots only at safepoints. */
	fc.spill = !fc.has_defer;
	bool leaf = !body_calls_go(fs->body);
	/* The entry check may yield, and a collection may run before the body
	 * stores its arguments: pointer arguments are in their frame slots or
	 * marked temporaries by then (a deferred closure's record, for one, is
	 * held by nothing but its gs_clo while the check yields). */
	if (fs->closure) {
		const char *cl = new_tmp();
		out_line("GoFunc *%s = gs_clo; %s", cl, tmp_root(cl, type_pointer(ty_uint8)));
		out_line("(void)%s;", cl);
	}
	Vec allp = params;
	if (fs->recvobj)
		vec_push(&allp, fs->recvobj);
	for (int i = 0; i < allp.n; i++) {
		Object *o = allp.v[i];
		if (!o || !o->cname || !strcmp(o->name, "_") || obj_boxed(o))
			continue;
		out_line("(void)%s;", o->cname);
		if (frame_candidate(o)) {
			/* pointer-holding parameter: it has a frame slot */
			const char *pn = o->cname;
			frame_add(o);
			if (frame_in_reg(o))
				vec_push(&fc.regparams, o);
			else
				out_line("%s = %s;", vref(o), pn);
		}
	}
	/* Parameters that escape get heap cells.  Their incoming values wait
	 * in marked temporaries while the cells are allocated: each allocation
	 * may collect, and must see the earlier cells and every pointer still
	 * to be stored. */
	const char **incoming = xmalloc(sizeof(char *) * (size_t)(boxed.n + 1));
	for (int i = 0; i < boxed.n; i++) {
		Object *o = boxed.v[i];
		incoming[i] = xsprintf("%s_p", o->cname);
		if (type_has_pointers(o->type)) {
			const char *tmp = new_tmp();
			out_line("%s %s = %s; %s", ctype_def(o->type), tmp, incoming[i], tmp_root(tmp, o->type));
			incoming[i] = tmp;
		}
	}
	emit_stack_check(fs, &cparams);
	/* captured variables are the enclosing function's objects: their frame
	 * placement there is restored when this body is done */
	void **saved_aux = xmalloc(sizeof(void *) * (size_t)(fs->captures.n + 1));
	for (int i = 0; i < fs->captures.n; i++)
		saved_aux[i] = ((Object *)fs->captures.v[i])->aux;
	if (fs->closure && fs->captures.n) {
		out_line("struct %s__clo *gs_c = (struct %s__clo *)gs_clo;", fs->cname, fs->cname);
		for (int i = 0; i < fs->captures.n; i++) {
			Object *o = fs->captures.v[i];
			o->aux = NULL;
			frame_add(o);
			out_line("%s = gs_c->%s;", vref(o), o->cname);
		}
	} else if (fs->closure) {
		out_line("(void)gs_clo;");
	}
	for (int i = 0; i < boxed.n; i++) {
		Object *o = boxed.v[i];
		const char *t = ctype_def(o->type);
		frame_add(o);
		out_line("%s = (%s *)%s;", vref(o), t, rt_safepoint(xsprintf("gort_alloc(%s)", type_desc(o->type))));
		out_line("*%s = %s;", vref(o), incoming[i]);
	}
	free(incoming);
	emit_results_decl(&fc, &results, fs->sig, fc.has_defer);
	if (fc.has_defer) {
		out_line("GoDeferFrame gs_df;");
		out_line("gort_defer_enter(&gs_df);");
		out_line("if (gort_setjmp(gs_df.jb))");
		out_line("\tgoto gs_ret;");
	}
	stmt_list(&fs->body->list);
	if (fc.has_defer) {
		out_line("gs_ret: __attribute__((unused));");
		out_line("gort_defer_leave(&gs_df);");
	}
	char *rv = fc.results.n ? result_value(&fc) : NULL;
	if (fc.has_defer || (rv && fs->sig->nresults > 0)) {
		if (fc.has_defer && rv)
			out_line(FRAME_POP_MARK "return %s;", rv);
	}
	if (!fc.has_defer && fs->sig->nresults > 0)
		out_line("__builtin_unreachable();");
	if (fs->sig->nresults == 0)
		out_line(FRAME_POP_MARK);
	buf_putc(&body, 0);
	fc.nocheck = leaf && fc.localbytes + 8 * fc.ntmp <= LEAF_MAX_FRAME;
	const char *past_check = strstr(body.s, CHECK_CLOSE);
	if (fc.nocheck && fs->decl && fs->decl->kind == N_FUNCDECL && fs->decl->obj &&
		!strstr(body.s, "GOSUB_POLL();") && body_is_leaf(fs->body) &&
		!strstr(past_check ? past_check : body.s, SPILL_OPEN))
		fs->decl->obj->nosafepoint = true;
	char *bs = frame_finish(&fc, fs, body.s);
	free(body.s);
	if (!fc.nocheck)
		buf_puts(out, fc.thunk);
	if (!fc.nocheck && fc.need > BIG_FRAME_NEED && record_bytes(fs, &cparams) <= BIG_FRAME_RECORD) {
		emit_big_frame(fs, out, proto.s, &cparams, bs, fc.need);
	} else {
		buf_puts(out, proto.s);
		buf_puts(out, "\n{\n");
		buf_puts(out, bs);
		buf_puts(out, "}\n\n");
	}
	free(bs);
	for (int i = 0; i < fs->captures.n; i++)
		((Object *)fs->captures.v[i])->aux = saved_aux[i];
	free(saved_aux);
	E.fn = saved;
}

/* An unexported function (no method: itabs of other packages' types may
 * name those) is static unless the package's C files call it, so gcc may
 * inline it into its callers, drop it when every call is inlined, and
 * pass its arguments as it likes.  main.main and init stay global: the
 * program's main calls them.  Names starting with a non-ASCII letter may
 * be exported (Unicode upper case): left global. */
static bool
func_is_static(Node *fd, const char *cname)
{
	if (fd->recv || !fd->body || !fd->name)
		return false;
	char c = fd->name[0];
	if (!((c >= 'a' && c <= 'z') || c == '_'))
		return false;
	if (!strcmp(fd->name, "init") || (E.is_main && !strcmp(fd->name, "main")))
		return false;
	const char *s = E.ctext.s;
	size_t n = strlen(cname);
	for (const char *p = s ? strstr(s, cname) : NULL; p; p = strstr(p + 1, cname)) {
		char e = p[n];
		if (!((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') || e == '_'))
			return false;
	}
	return true;
}

void
emit_funcdecl(Node *fd)
{
	FuncSpec fs = {0};
	fs.decl = fd;
	fs.cname = funcdecl_cname(fd);
	fs.isstatic = func_is_static(fd, fs.cname);
	Object *o = fd->obj;
	fs.sig = o && o->type ? o->type : fd->x->type;
	fs.ftype = fd->x;
	fs.body = fd->body;
	if (fd->recv) {
		fs.recvobj = recv_obj(fd->recv);
		fs.recvt = o && o->recv ? o->recv : fd->recv->x->type;
	}
	Buf out = {0};
	emit_body(&fs, &out);
	buf_putc(&out, 0);
	if (fd->body) {
		buf_printf(&E.cfuncs, "#line %d \"%s\"\n", fd->pos.line, srcfile_name(fd->pos.file));
		buf_puts(&E.cfuncs, out.s);
	}
	free(out.s);
}

/* func literal -> static function + closure object */
char *
emit_funclit(Node *lit)
{
	FuncCtx *fc = E.fn;
	FuncCtx *top = fc;
	while (top->outer)
		top = top->outer;
	const char *name = xsprintf("%s__func%d", fc->cname, ++top->nfunclit);
	FreeCtx c = {0};
	vec_push(&c.inside, lit);
	walk(lit->body, free_visit, &c);
	FuncSpec fs = {0};
	fs.decl = lit;
	fs.cname = name;
	fs.sig = lit->type;
	fs.ftype = lit->x;
	fs.body = lit->body;
	fs.closure = true;
	fs.isstatic = true;
	for (int i = 0; i < c.free.n; i++) {
		Object *o = c.free.v[i];
		if (!o->cname)
			continue;   /* declared later (cannot be referenced) */
		vec_push(&fs.captures, o);
	}
	if (fs.captures.n) {
		Buf st = {0};
		buf_printf(&st, "struct %s__clo { void (*gs_fn)(void);", name);
		for (int i = 0; i < fs.captures.n; i++) {
			Object *o = fs.captures.v[i];
			buf_printf(&st, " %s *%s;", ctype_def(o->type), o->cname);
		}
		buf_puts(&st, " };\n");
		buf_putc(&st, 0);
		buf_puts(&E.cdecls, st.s);
	}
	const char *desc = NULL;
	if (fs.captures.n) {
		Type **ft = xmalloc(sizeof *ft * (size_t)fs.captures.n);
		for (int i = 0; i < fs.captures.n; i++)
			ft[i] = type_pointer(((Object *)fs.captures.v[i])->type);
		desc = record_desc(xsprintf("%s__clo", name), ft, fs.captures.n);
	}
	Buf out = {0};
	emit_body(&fs, &out);
	buf_putc(&out, 0);
	buf_puts(&E.cfuncs, out.s);
	free(out.s);
	if (!fs.captures.n) {
		buf_printf(&E.cdecls, "static const GoFunc %s__obj = { (void (*)(void))%s };\n", name, name);
		return xsprintf("((GoFunc *)&%s__obj)", name);
	}
	Buf b = {0};
	const char *tmp = new_tmp();
	buf_printf(&b, "({ struct %s__clo *%s = (struct %s__clo *)%s; ", name, tmp, name,
		rt_safepoint(xsprintf("gort_alloc(%s)", desc)));
	buf_printf(&b, "%s->gs_fn = (void (*)(void))%s; ", tmp, name);
	for (int i = 0; i < fs.captures.n; i++) {
		Object *o = fs.captures.v[i];
		if (obj_boxed(o))
			buf_printf(&b, "%s->%s = %s; ", tmp, o->cname, vref(o));
		else
			buf_printf(&b, "%s->%s = &%s; ", tmp, o->cname, vref(o));
	}
	buf_printf(&b, "(GoFunc *)%s; })", tmp);
	buf_putc(&b, 0);
	return b.s;
}

/* ------------------------------------------------------------ method values */

/* x.M as a func value: a closure holding the receiver (evaluated now). */
char *
emit_method_value(Node *sel)
{
	Object *m = sel->obj;
	Type *sig = m->type;
	Node *x = sel->x;
	bool iface = is_interface(x->type) && selpath(sel)->n == 0;
	int id = ++E.fn->ntmp;
	const char *name = xsprintf("%s__mv%d", E.fn->cname, id);
	const char *rt;
	char *recv;
	const char *callee;
	if (iface) {
		rt = ctype(x->type);
		recv = expr(x);
	} else {
		Type *rtype = m->recv;
		rt = ctype_def(rtype);
		/* receiver with automatic & or * */
		bool ptr = underlying(rtype)->kind == TY_POINTER;
		Type *named = ptr ? underlying(rtype)->elem : rtype;
		callee = method_cname(named, m->name, m->pkg);
		Node *xx = x;
		char *base;
		Type *cur = xx->type;
		/* walk path */
		base = expr(xx);
		for (int i = 0; i < selpath(sel)->n; i++) {
			Type *u = underlying(cur);
			if (u->kind == TY_POINTER) {
				base = xsprintf("(*(%s)gort_nn(%s))", ctype(cur), base);
				cur = u->elem;
				u = underlying(cur);
			}
			Field *f = &u->fields[(intptr_t)selpath(sel)->v[i]];
			base = xsprintf("%s.%s", base, mangle(f->name));
			cur = f->type;
		}
		bool curptr = underlying(cur)->kind == TY_POINTER;
		if (ptr && !curptr)
			base = selpath(sel)->n ? xsprintf("(&%s)", base) : addr_of(x);
		else if (!ptr && curptr)
			base = xsprintf("(*(%s)gort_nn(%s))", ctype(cur), base);
		recv = base;
		(void)callee;
	}
	/* wrapper */
	Buf w = {0};
	buf_printf(&w, "struct %s { void (*fn)(void); %s recv; };\n", name, rt);
	buf_putc(&w, 0);
	buf_puts(&E.cdecls, w.s);
	Type *recvtype = iface ? ty_any : m->recv;
	const char *desc = record_desc(name, &recvtype, 1);
	Buf f = {0};
	buf_printf(&f, "static %s %s__fn(GoFunc *gs_clo", ctype_result(sig), name);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&f, ", %s p%d", ctype_def(sig->params[i]), i);
	buf_printf(&f, ")\n{\n\tstruct %s *c = (struct %s *)gs_clo;\n\t%s", name, name, sig->nresults ? "return " : "");
	if (iface) {
		int k = 0;
		Type *u = underlying(x->type);
		for (int i = 0; i < u->nmethods; i++)
			if (!strcmp(u->methods[i].name, m->name))
				k = i;
		buf_printf(&f, "((%s)((const GoItab *)c->recv.tab)->fun[%d])(c->recv.data", closure_fnptr_pub(sig, "void *"), k);
	} else {
		Type *rtype = m->recv;
		bool ptr = underlying(rtype)->kind == TY_POINTER;
		Type *named = ptr ? underlying(rtype)->elem : rtype;
		buf_printf(&f, "%s(c->recv", method_cname(named, m->name, m->pkg));
	}
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&f, ", p%d", i);
	buf_puts(&f, ");\n}\n");
	buf_putc(&f, 0);
	buf_puts(&E.ctail, f.s);
	buf_printf(&E.cdecls, "static %s %s__fn(GoFunc *gs_clo", ctype_result(sig), name);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&E.cdecls, ", %s", ctype_def(sig->params[i]));
	buf_puts(&E.cdecls, ");\n");
	const char *tmp = new_tmp();
	const char *alloc = rt_safepoint(xsprintf("gort_alloc(%s)", desc));
	const char *mark = tmp_root(tmp, type_pointer(ty_uint8));
	if (iface)
		return xsprintf("({ struct %s *%s = (struct %s *)%s; %s%s->fn = (void (*)(void))%s__fn; "
			"%s->recv = %s; gort_nn((void *)%s->recv.tab); (GoFunc *)%s; })", name, tmp, name, alloc, mark, tmp, name,
			tmp, recv, tmp, tmp);
	return xsprintf("({ struct %s *%s = (struct %s *)%s; %s%s->fn = (void (*)(void))%s__fn; "
		"%s->recv = %s; (GoFunc *)%s; })", name, tmp, name, alloc, mark, tmp, name, tmp, recv, tmp);
}

/* T.M / (*T).M: func(recv T, args...) */
char *
emit_method_expr(Node *sel)
{
	Object *m = sel->obj;
	Type *ft = underlying(sel->type);   /* func(T, params...) results */
	Type *recvt = ft->params[0];
	const char *name = xsprintf("%s__me%d", E.fn ? E.fn->cname : E.pkg->cprefix, E.fn ? ++E.fn->ntmp : ++E.nglobaltmp);
	Buf f = {0};
	buf_printf(&f, "static %s %s(GoFunc *gs_clo", ctype_result(ft), name);
	for (int i = 0; i < ft->nparams; i++)
		buf_printf(&f, ", %s p%d", ctype_def(ft->params[i]), i);
	buf_printf(&f, ")\n{\n\t(void)gs_clo;\n\t%s", ft->nresults ? "return " : "");
	/* walk embedded fields from the receiver parameter */
	char *cur = "p0";
	Type *curt = recvt;
	Vec *path = is_interface(recvt) ? NULL : selpath(sel);
	for (int i = 0; path && i < path->n; i++) {
		Type *u = underlying(curt);
		if (u->kind == TY_POINTER) {
			cur = xsprintf("(*(%s)gort_nn(%s))", ctype(curt), cur);
			curt = u->elem;
			u = underlying(curt);
		}
		Field *fl = &u->fields[(intptr_t)path->v[i]];
		cur = xsprintf("%s.%s", cur, mangle(fl->name));
		curt = fl->type;
	}
	if (is_interface(curt)) {
		Type *u = underlying(curt);
		int k = 0;
		for (int i = 0; i < u->nmethods; i++)
			if (!strcmp(u->methods[i].name, m->name))
				k = i;
		buf_printf(&f, "((%s)((const GoItab *)gort_nn((void *)(%s).tab))->fun[%d])((%s).data",
			closure_fnptr_pub(m->type, "void *"), cur, k, cur);
	} else {
		Type *mr = m->recv;
		bool mptr = underlying(mr)->kind == TY_POINTER;
		Type *named = mptr ? underlying(mr)->elem : mr;
		bool rptr = underlying(curt)->kind == TY_POINTER;
		const char *r = cur;
		if (!mptr && rptr)
			r = xsprintf("(*(%s)gort_nn(%s))", ctype(curt), cur);
		else if (mptr && !rptr)
			r = xsprintf("(&%s)", cur);
		buf_printf(&f, "%s(%s", method_cname(named, m->name, m->pkg), r);
	}
	for (int i = 1; i < ft->nparams; i++)
		buf_printf(&f, ", p%d", i);
	buf_printf(&f, ");\n}\nstatic const GoFunc %s__obj = { (void (*)(void))%s };\n", name, name);
	buf_putc(&f, 0);
	buf_puts(&E.ctail, f.s);
	buf_printf(&E.cdecls, "static %s %s(GoFunc *gs_clo", ctype_result(ft), name);
	for (int i = 0; i < ft->nparams; i++)
		buf_printf(&E.cdecls, ", %s", ctype_def(ft->params[i]));
	buf_printf(&E.cdecls, ");\nstatic const GoFunc %s__obj;\n", name);
	return xsprintf("((GoFunc *)&%s__obj)", name);
}
