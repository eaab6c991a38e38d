/*
 * emit_stmt.c: Go statements -> C statements.
 *
 *   x := e / var x T = e     -> T x = e;   (address-taken/captured: T *x = alloc; *x = e;)
 *   a, b = b, a              -> { T t1 = b; T t2 = a; a = t1; b = t2; }
 *   m[k] op= v               -> { V *p = mapassign(m, k); *p = *p op v; }
 *   if / for                 -> C if / for(;;) with explicit break/continue labels
 *   for k, v := range x      -> index loops; strings via gort_range_rune; maps via GoMapIter
 *   switch                   -> if-chain of gotos to case labels (fallthrough = goto next)
 *   switch v := x.(type)     -> type tests on the eface, then per-clause bindings
 *   return a, b              -> return (tuple){a, b};  (with defer: store results, goto ret)
 */
#include <string.h>
#include "emit.h"

const char *ctype_def(Type *t);

bool
obj_boxed(Object *o)
{
	return o && o->kind == O_VAR && !o->global && (o->addrtaken || o->captured);
}

/* Declares local o initialised with C value init (NULL: zero). */
void
declare_local(Object *o, const char *init)
{
	const char *n = local_cname(o);
	const char *t = ctype_def(o->type);
	type_layout(o->type);
	if (E.fn)
		E.fn->localbytes += o->type->size;
	if (frame_candidate(o)) {
		frame_add(o);
		const char *r = vref(o);
		if (obj_boxed(o)) {
			out_line("%s = (%s *)%s;", r, t, rt_safepoint(xsprintf("gort_alloc(%s)", type_desc(o->type))));
			if (init)
				out_line("*%s = %s;", r, init);
		} else {
			out_line("%s = %s;", r, init ? init : zero_value(o->type));
		}
		return;
	}
	if (obj_boxed(o)) {
		out_line("%s *%s = (%s *)gort_alloc(%s);", t, n, t, type_desc(o->type));
		if (init)
			out_line("*%s = %s;", n, init);
		return;
	}
	out_line("%s %s = %s;", t, n, init ? init : zero_value(o->type));
	out_line("(void)%s;", n);
}

/* "(a == b)" -> "a == b" for `if (...)` (clang's -Wparentheses-equality). */
static char *
strip_parens(char *s)
{
	size_t n = strlen(s);
	if (n < 3 || s[0] != '(' || s[1] == '{' || s[n - 1] != ')')
		return s;
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')')
			depth--;
		else if (s[i] == '"' || s[i] == '\'')
			return s;   /* literals: keep it simple */
		if (depth == 0 && i < n - 1)
			return s;
	}
	return xstrndup(s + 1, n - 2);
}

static bool
is_blank(Node *e)
{
	e = unparen(e);
	return e->kind == N_IDENT && !strcmp(e->name, "_");
}

/* Assigns C value v (of Go type vt) to the Go lvalue lhs. */
/* The statement storing v into lv, the C lvalue of Go target l: through
 * the write barrier when it stores pointers anywhere but a local variable
 * (heap objects, globals, locals that escaped). */
static void
store(Node *l, const char *lv, const char *v)
{
	l = unparen(l);
	bool local = l->kind == N_IDENT && l->obj && !l->obj->global && !obj_boxed(l->obj);
	if (!local && l->type && type_has_pointers(l->type))
		out_line("GOSUB_WB(%s, %s);", lv, v);
	else
		out_line("%s = %s;", lv, v);
}

void
emit_assign_to(Node *lhs, char *v, Type *vt)
{
	if (is_blank(lhs)) {
		out_line("(void)(%s);", v);
		return;
	}
	Node *l = unparen(lhs);
	char *cv = convert_value(v, vt, l->type);
	if (l->kind == N_INDEX && underlying(l->x->type)->kind == TY_MAP) {
		/* value first, then the slot */
		const char *tmp = new_tmp();
		out_line(type_has_pointers(l->type) ? "{ %s %s = %s; %sGOSUB_WB(*%s, %s); }" : "{ %s %s = %s; %s*%s = %s; }",
			ctype_def(l->type), tmp, cv, tmp_root(tmp, l->type), map_index_addr(l, true), tmp);
		return;
	}
	store(l, lvalue(l), cv);
}

/* Phase 1 of an assignment to x[i]: evaluates x and i into temporaries
 * (inside an open C block) and returns the element lvalue; for maps sets
 * *mapslot to the C expression of the slot to assign (after the rhs). */
static char *
index_lhs_phase1(Node *l, char **mapslot)
{
	Node *x = l->x, *idx = l->list.v[0];
	Type *xu = underlying(x->type);
	*mapslot = NULL;
	if (xu->kind == TY_MAP) {
		const char *tm = new_tmp(), *tk = new_tmp();
		out_line("GoMap *%s = %s; %s", tm, expr(x), tmp_root(tm, x->type));
		out_line("%s %s = %s; %s", ctype_def(xu->key), tk, expr_to(idx, xu->key), tmp_root(tk, xu->key));
		*mapslot = xsprintf("((%s *)%s)", ctype_def(xu->elem),
			rt_safepoint(xsprintf("gort_mapassign(%s, %s, &%s)", type_desc(x->type), tm, tk)));
		return NULL;
	}
	const char *ti = new_tmp();
	if (xu->kind == TY_SLICE) {
		const char *ts = new_tmp();
		out_line("GoSlice %s = %s; %s", ts, expr(x), tmp_root(ts, xu));
		out_line("go_int %s = (go_int)(%s);", ti, expr(idx));
		return xsprintf("((%s *)%s.ptr)[gort_check_index(%s, %s.len)]", ctype_def(xu->elem), ts, ti, ts);
	}
	const char *tp = new_tmp();
	int64_t n;
	if (xu->kind == TY_POINTER) {
		n = underlying(xu->elem)->len;
		out_line("%s %s = %s; %s", ctype_def(x->type), tp, expr(x), tmp_root(tp, x->type));
		out_line("go_int %s = (go_int)(%s);", ti, expr(idx));
		return xsprintf("((%s)gort_nn(%s))->a[gort_check_index(%s, %lld)]", ctype(x->type), tp, ti, (long long)n);
	}
	n = xu->len;
	out_line("%s *%s = %s; %s", ctype_def(x->type), tp, addr_of(x), tmp_root(tp, type_pointer(ty_uint8)));
	out_line("go_int %s = (go_int)(%s);", ti, expr(idx));
	return xsprintf("%s->a[gort_check_index(%s, %lld)]", tp, ti, (long long)n);
}

static char *prepare_lhs(Node *l);

static void
emit_define_or_assign_single(Node *lhs, Node *rhs, bool define)
{
	Node *l = unparen(lhs);
	if (define && l->kind == N_IDENT && l->obj && !is_blank(l) && !l->obj->cname) {
		declare_local(l->obj, expr_to(rhs, l->obj->type));
		return;
	}
	if (is_blank(l)) {
		out_line("(void)(%s);", expr(rhs));
		return;
	}
	Type *lt = l->type;
	if (l->kind == N_INDEX && has_call(rhs) && underlying(l->x->type)->kind != TY_STRING) {
		out_line("{");
		E.fn->indent++;
		char *slot;
		char *lv = index_lhs_phase1(l, &slot);
		const char *tv = new_tmp();
		out_line("%s %s = %s; %s", ctype_def(lt), tv, expr_to(rhs, lt), tmp_root(tv, lt));
		if (slot)
			out_line(type_has_pointers(lt) ? "GOSUB_WB(*%s, %s);" : "*%s = %s;", slot, tv);
		else
			store(l, lv, tv);
		E.fn->indent--;
		out_line("}");
		return;
	}
	char *v = expr_to(rhs, lt);
	if (l->kind == N_INDEX && underlying(l->x->type)->kind == TY_MAP) {
		const char *tmp = new_tmp();
		out_line(type_has_pointers(lt) ? "{ %s %s = %s; %sGOSUB_WB(*%s, %s); }" : "{ %s %s = %s; %s*%s = %s; }",
			ctype_def(lt), tmp, v, tmp_root(tmp, lt), map_index_addr(l, true), tmp);
		return;
	}
	if (l->kind != N_IDENT && has_call(rhs)) {
		const char *tmp = new_tmp();
		if (has_call(l)) {
			/* P().f = g(): the target's operands first, as Go orders calls */
			out_line("{");
			E.fn->indent++;
			char *lv = prepare_lhs(l);
			out_line("%s %s = %s; %s", ctype_def(lt), tmp, v, tmp_root(tmp, lt));
			store(l, lv, tmp);
			E.fn->indent--;
			out_line("}");
			return;
		}
		out_line("{ %s %s = %s; %s", ctype_def(lt), tmp, v, tmp_root(tmp, lt));
		store(l, lvalue(l), tmp);
		out_line("}");
		return;
	}
	store(l, lvalue(l), v);
}

/* Stable address for a multi-assignment target (phase 1 of Go's order). */
static char *
prepare_lhs(Node *l)
{
	l = unparen(l);
	if (is_blank(l))
		return NULL;
	if (l->kind == N_IDENT)
		return lvalue(l);
	if (l->kind == N_INDEX) {
		char *slot;
		char *lv = index_lhs_phase1(l, &slot);
		return slot ? xsprintf("(*%s)", slot) : lv;
	}
	const char *tp = new_tmp();
	out_line("%s *%s = &%s; %s", ctype_def(l->type), tp, lvalue(l), tmp_root(tp, type_pointer(ty_uint8)));
	return xsprintf("(*%s)", tp);
}

/* The value of r, a multi-valued call or a comma-ok form (v, ok = x.(T),
 * m[k], <-c), as a C tuple; *tt is set to the tuple's type. */
char *
tuple_value(Node *r, Type **tt)
{
	Type *t = r->type;
	if (t && t->kind == TY_TUPLE) {
		*tt = t;
		return call_expr(r, true);
	}
	Type *ts[2] = { t, ty_bool };
	*tt = type_tuple(ts, 2);
	return commaok_expr(r, *tt);
}

static void
assign_stmt(Node *s)
{
	int nl = s->list.n, nr = s->list2.n;
	bool define = s->op == OP_DEFINE;
	if (s->op != OP_ASSIGN && s->op != OP_DEFINE) {
		/* x op= v */
		Node *l = unparen(s->list.v[0]);
		Node *r = s->list2.v[0];
		Type *t = l->type;
		if (l->kind == N_INDEX && underlying(l->x->type)->kind == TY_MAP) {
			Type *rt = (s->op == OP_SHL || s->op == OP_SHR) ? r->type : t;
			out_line("{");
			E.fn->indent++;
			char *slot = NULL;
			if ((has_call(l->x) || has_call(l->list.v[0])) && has_call(r))
				index_lhs_phase1(l, &slot);   /* m[K()] += f(): map and key first */
			const char *tv = new_tmp(), *tp = new_tmp();
			out_line("%s %s = %s; %s", ctype_def(rt), tv, expr_to(r, rt), tmp_root(tv, rt));
			if (!slot)
				slot = map_index_addr(l, true);
			char *cur = xsprintf("(*%s)", tp);
			out_line("%s *%s = %s; %s*%s = %s;", ctype_def(t), tp, slot, tmp_root(tp, type_pointer(ty_uint8)), tp,
				(s->op == OP_SHL || s->op == OP_SHR) ? binop_shift_pub(s->op, t, cur, tv, rt) :
				binop(s->op, t, cur, tv, s->pos));
			E.fn->indent--;
			out_line("}");
			return;
		}
		char *lv;
		bool wrapped = false;
		if (l->kind == N_IDENT) {
			lv = lvalue(l);
		} else {
			const char *tp = new_tmp();
			out_line("{ %s *%s = &%s; %s", ctype_def(t), tp, lvalue(l), tmp_root(tp, type_pointer(ty_uint8)));
			lv = xsprintf("(*%s)", tp);
			wrapped = true;
		}
		char *res;
		if (s->op == OP_SHL || s->op == OP_SHR) {
			if (is_const_node(r))
				res = binop_shift_const_pub(s->op, t, lv, r);
			else
				res = binop_shift_pub(s->op, t, lv, expr(r), r->type);
		} else if ((s->op == OP_DIV || s->op == OP_REM) && is_integer(t) && is_const_node(r) &&
			mpz_sgn(r->val->i) != 0 && !(!is_unsigned(t) && mpz_cmp_si(r->val->i, -1) == 0)) {
			res = xsprintf("((%s)(%s %s %s))", ctype(t), lv, s->op == OP_DIV ? "/" : "%", expr_to(r, t));
		} else {
			res = binop(s->op, t, lv, expr_to(r, t), s->pos);
		}
		store(l, lv, res);
		if (wrapped)
			out_line("}");
		return;
	}
	if (nl == 1 && nr == 1) {
		emit_define_or_assign_single(s->list.v[0], s->list2.v[0], define);
		return;
	}
	if (nr == 1) {
		/* a, b := f()  /  v, ok := m[k] / x.(T) */
		Node *r = s->list2.v[0];
		Type *tt;
		char *v = tuple_value(r, &tt);
		/* like a parallel assignment: the targets' operands first (p, *p = f()) */
		Vec lvs = {0};
		bool phased = false;
		if (!define)
			for (int i = 0; i < nl; i++) {
				Node *l = unparen(s->list.v[i]);
				phased |= !is_blank(l) && l->kind != N_IDENT;
			}
		if (phased) {
			out_line("{");
			for (int i = 0; i < nl; i++) {
				Node *l = unparen(s->list.v[i]);
				/* map elements are assigned through emit_assign_to */
				bool mapel = l->kind == N_INDEX && underlying(unparen(l->x)->type)->kind == TY_MAP;
				vec_push(&lvs, mapel ? NULL : prepare_lhs(l));
			}
		}
		const char *tmp = new_tmp();
		out_line("%s %s = %s; %s", ctype_def(tt), tmp, v, tmp_root(tmp, tt));
		out_line("(void)%s;", tmp);
		for (int i = 0; i < nl; i++) {
			Node *l = unparen(s->list.v[i]);
			if (is_blank(l))
				continue;
			char *val = xsprintf("%s.r%d", tmp, i);
			if (define && l->kind == N_IDENT && l->obj && !l->obj->cname)
				declare_local(l->obj, convert_value(val, tt->tuple[i], l->obj->type));
			else if (phased && lvs.v[i])
				store(l, lvs.v[i], convert_value(val, tt->tuple[i], l->type));
			else
				emit_assign_to(l, val, tt->tuple[i]);
		}
		if (phased)
			out_line("}");
		return;
	}
	/* parallel assignment */
	Vec lvs = {0}, tmps = {0};
	if (!define)
		out_line("{");
	for (int i = 0; i < nl; i++)
		vec_push(&lvs, define ? NULL : prepare_lhs(s->list.v[i]));
	for (int i = 0; i < nr; i++) {
		Node *l = unparen(s->list.v[i]);
		Node *r = s->list2.v[i];
		Type *lt = is_blank(l) ? (is_untyped(r->type) ? default_type(r->type) : r->type) : l->type;
		const char *tmp = new_tmp();
		out_line("%s %s = %s; %s", ctype_def(lt), tmp, expr_to(r, lt), tmp_root(tmp, lt));
		vec_push(&tmps, (void *)tmp);
	}
	for (int i = 0; i < nl; i++) {
		Node *l = unparen(s->list.v[i]);
		if (is_blank(l)) {
			out_line("(void)%s;", (char *)tmps.v[i]);
			continue;
		}
		if (define && l->kind == N_IDENT && l->obj && !l->obj->cname) {
			declare_local(l->obj, tmps.v[i]);
			continue;
		}
		if (lvs.v[i])
			store(l, lvs.v[i], tmps.v[i]);
		else
			emit_assign_to(l, tmps.v[i], l->type);
	}
	if (!define)
		out_line("}");
}

static void
incdec_stmt(Node *s)
{
	Node *l = unparen(s->x);
	Type *t = l->type;
	Op op = s->op == OP_INC ? OP_ADD : OP_SUB;
	const char *one = emit_const_one(t);
	if (l->kind == N_INDEX && underlying(l->x->type)->kind == TY_MAP) {
		const char *tp = new_tmp();
		out_line("{ %s *%s = %s; %s*%s = %s; }", ctype_def(t), tp, map_index_addr(l, true), tmp_root(tp, type_pointer(ty_uint8)), tp,
			binop(op, t, xsprintf("(*%s)", tp), one, s->pos));
		return;
	}
	if (l->kind == N_IDENT) {
		char *lv = lvalue(l);
		out_line("%s = %s;", lv, binop(op, t, lv, one, s->pos));
		return;
	}
	const char *tp = new_tmp();
	out_line("{ %s *%s = &%s; %s*%s = %s; }", ctype_def(t), tp, lvalue(l), tmp_root(tp, type_pointer(ty_uint8)), tp,
		binop(op, t, xsprintf("(*%s)", tp), one, s->pos));
}

static void
var_decl(Node *gd)
{
	for (int i = 0; i < gd->list.n; i++) {
		Node *spec = gd->list.v[i];
		if (spec->kind == N_TYPESPEC) {
			if (spec->obj && spec->obj->type)
				(void)ctype_def(spec->obj->type);
			else if (spec->x && spec->x->type)
				(void)ctype_def(spec->x->type);
			continue;
		}
		if ((int)gd->op != TK_VAR || spec->kind != N_VALUESPEC)
			continue;
		out_pos(spec->pos);
		int nn_ = spec->list.n, nv = spec->list2.n;
		if (nv == 0) {
			for (int j = 0; j < nn_; j++) {
				Node *id = spec->list.v[j];
				if (is_blank(id) || !id->obj)
					continue;
				declare_local(id->obj, NULL);
			}
		} else if (nv == nn_) {
			if (nn_ == 1) {
				Node *id = spec->list.v[0];
				if (is_blank(id) || !id->obj)
					out_line("(void)(%s);", expr(spec->list2.v[0]));
				else
					declare_local(id->obj, expr_to(spec->list2.v[0], id->obj->type));
				continue;
			}
			Vec tmps = {0};
			for (int j = 0; j < nv; j++) {
				Node *id = spec->list.v[j];
				Node *r = spec->list2.v[j];
				Type *t = (id->obj && !is_blank(id)) ? id->obj->type : default_type(r->type);
				const char *tmp = new_tmp();
				out_line("%s %s = %s; %s", ctype_def(t), tmp, expr_to(r, t), tmp_root(tmp, t));
				vec_push(&tmps, (void *)tmp);
			}
			for (int j = 0; j < nn_; j++) {
				Node *id = spec->list.v[j];
				if (is_blank(id) || !id->obj)
					out_line("(void)%s;", (char *)tmps.v[j]);
				else
					declare_local(id->obj, tmps.v[j]);
			}
		} else {
			Node *r = spec->list2.v[0];
			Type *tt;
			char *v = tuple_value(r, &tt);
			const char *tmp = new_tmp();
			out_line("%s %s = %s; %s", ctype_def(tt), tmp, v, tmp_root(tmp, tt));
			for (int j = 0; j < nn_; j++) {
				Node *id = spec->list.v[j];
				if (is_blank(id) || !id->obj)
					continue;
				declare_local(id->obj, convert_value(xsprintf("%s.r%d", tmp, j), tt->tuple[j], id->obj->type));
			}
		}
	}
}

/* ------------------------------------------------------------ control flow */

static Target *
push_target(const char *label, bool loop)
{
	Target *t = xmalloc(sizeof *t);
	t->label = label;
	t->brk = new_label("brk");
	t->cont = loop ? new_label("cont") : NULL;
	t->prev = E.fn->targets;
	E.fn->targets = t;
	return t;
}

static void
pop_target(void)
{
	E.fn->targets = E.fn->targets->prev;
}

/* Ends a statement opened with "{" that break can leave: the break label,
 * then the closing brace.  Shared by for, range, switch and select. */
static void
close_breakable(Target *t)
{
	out_line("%s: __attribute__((unused));", t->brk);
	pop_target();
	E.fn->indent--;
	out_line("}");
}

static const char *
take_label(void)
{
	Node *l = E.fn->pending_label;
	E.fn->pending_label = NULL;
	return l ? l->name : NULL;
}

static void
if_stmt(Node *s)
{
	out_line("{");
	E.fn->indent++;
	if (s->init)
		stmt(s->init);
	out_pos(s->cond->pos);
	out_line("if (%s) {", strip_parens(expr(s->cond)));
	E.fn->indent++;
	stmt_list(&s->body->list);
	E.fn->indent--;
	if (s->els) {
		out_line("} else {");
		E.fn->indent++;
		stmt(s->els);
		E.fn->indent--;
	}
	out_line("}");
	E.fn->indent--;
	out_line("}");
}

/* Loop variables declared in init that need a fresh copy per iteration. */
static void
collect_boxed_defs(Node *init, Vec *out)
{
	if (!init || init->kind != N_ASSIGN || init->op != OP_DEFINE)
		return;
	for (int i = 0; i < init->list.n; i++) {
		Node *id = unparen(init->list.v[i]);
		if (id->kind == N_IDENT && id->obj && obj_boxed(id->obj))
			vec_push(out, id->obj);
	}
}

/* ---------------------------------------------------------------- short loops
 *
 * A loop's back-edge poll is what keeps a long loop preemptible.  A loop
 * whose number of iterations is known when it starts and is small, and
 * whose body holds no loop of its own (nor labels or goto, which could make
 * one), ends soon after it starts: the polls around it are enough.  For such
 * loops the poll is guarded by a flag computed before the loop,
 *
 *	go_bool gs_lp = distance > GOSUB_SHORT_LOOP;
 *	for (;;) { if (gs_lp && GOSUB_POLL_DUE(i)) GOSUB_POLL(); ... }
 *
 * so the common short case (fannkuch's flips, nbody's pairs) runs with no
 * memory load per iteration, and the C compiler may unswitch the loop.  The
 * distance is the iteration count or an upper bound of it.  Counted for
 * loops qualify when their condition compares two operands (locals, no
 * address taken or captured, or constants, or len of such a slice or string)
 * that the body never assigns and the post statement steps by exactly 1
 * towards each other; range over an int, array, slice or string qualifies by
 * its length.
 *
 * A long loop of this kind polls once every GOSUB_SHORT_LOOP iterations:
 * GOSUB_POLL_DUE(i) tests the low bits of a variable the loop steps by 1
 * (an operand of the condition, or the range index), which pass through
 * zero that often.  The body holds no loop, so that many iterations still
 * take microseconds; the test is one instruction, no memory load, and lets
 * the C compiler unroll the long version too (a load per iteration made
 * psum's unrolled loop slower than the plain one). */

typedef struct {
	Object *v[2];
	int step[2];
	bool bad;
} LoopScan;

/* The object an operand names, for the "assigned in the loop?" checks. */
static Object *
loop_operand_obj(Node *e)
{
	e = unparen(e);
	if (e->kind == N_CALL && e->builtin == BI_LEN && e->list.n == 1 && e->mode != M_CONST) {
		Node *a = unparen(e->list.v[0]);
		Type *u = underlying(a->type);
		if (a->kind != N_IDENT || !(u->kind == TY_SLICE || u->kind == TY_STRING))
			return NULL;
		e = a;
	}
	if (e->kind != N_IDENT || !e->obj || e->obj->kind != O_VAR || e->obj->global || obj_boxed(e->obj))
		return NULL;
	return e->obj;
}

static bool
is_const_one(Node *e)
{
	e = unparen(e);
	return e->mode == M_CONST && e->val && e->val->kind == CV_INT && mpz_cmp_si(e->val->i, 1) == 0;
}

static bool
names_obj(Node *e, Object *o)
{
	e = unparen(e);
	return e->kind == N_IDENT && e->obj == o;
}

/* Body walk: loops, labels and goto disqualify; so does any assignment to
 * an operand of the condition. */
static void
loop_body_visit(Node *n, void *vctx)
{
	LoopScan *ls = vctx;
	switch (n->kind) {
	case N_FOR: case N_RANGE: case N_LABELED: case N_FUNCLIT: case N_SELECT: case N_GO:
		ls->bad = true;
		return;
	case N_BRANCH:
		if ((int)n->op == BR_GOTO)
			ls->bad = true;
		return;
	case N_INCDEC:
		for (int k = 0; k < 2; k++)
			if (ls->v[k] && names_obj(n->x, ls->v[k]))
				ls->bad = true;
		return;
	case N_ASSIGN:
		for (int i = 0; i < n->list.n; i++)
			for (int k = 0; k < 2; k++)
				if (ls->v[k] && names_obj(n->list.v[i], ls->v[k]))
					ls->bad = true;
		return;
	default:
		return;
	}
}

/* Step the post statement gives operand k: +1, -1, or 0 (not stepped).
 * Returns false if the post does something else to it. */
static bool
loop_post_step(Node *post, Object *o, int *step)
{
	*step = 0;
	if (!o || !post)
		return true;
	if (post->kind == N_INCDEC) {
		if (names_obj(post->x, o))
			*step = post->op == OP_INC ? 1 : -1;
		return true;
	}
	if (post->kind != N_ASSIGN)
		return false;
	for (int i = 0; i < post->list.n; i++) {
		if (!names_obj(post->list.v[i], o))
			continue;
		if (*step != 0)
			return false;
		Node *r = unparen(post->list2.v[i]);
		if (post->op == OP_ADD || post->op == OP_SUB) {
			if (post->list.n != 1 || !is_const_one(r))
				return false;
			*step = post->op == OP_ADD ? 1 : -1;
		} else if (post->op == OP_ASSIGN && r->kind == N_BINARY && (r->op == OP_ADD || r->op == OP_SUB) &&
			names_obj(r->x, o) && is_const_one(r->y)) {
			*step = r->op == OP_ADD ? 1 : -1;
		} else if (post->op == OP_ASSIGN && r->kind == N_BINARY && r->op == OP_ADD &&
			names_obj(r->y, o) && is_const_one(r->x)) {
			*step = 1;
		} else {
			return false;
		}
	}
	return true;
}

/* The operand as a 64-bit two's complement value, for the distance. */
static char *
loop_operand_u64(Node *e)
{
	return xsprintf("(uint64_t)(%s)(%s)", is_unsigned(e->type) ? "uint64_t" : "int64_t", expr(e));
}

/* C limit of integer type t: its maximum (max) or minimum. */
static char *
int_limit(Type *t, bool max)
{
	type_layout(t);
	int bits = (int)t->size * 8;
	if (is_unsigned(t))
		return max ? xsprintf("(%s)%lluu", ctype(t), bits == 64 ? ~0ull : (1ull << bits) - 1) : xsprintf("(%s)0", ctype(t));
	if (max)
		return xsprintf("(%s)%lld", ctype(t), bits == 64 ? 0x7fffffffffffffffll : (1ll << (bits - 1)) - 1);
	return xsprintf("(%s)(%lld - 1)", ctype(t), bits == 64 ? -0x7fffffffffffffffll : -(1ll << (bits - 1)) + 1);
}

/* C expression that is true when loop s may be long (must poll), or NULL if
 * s does not qualify as a short loop; *stepped is set to the C name of an
 * operand the post statement steps by 1. */
static char *
for_long_expr(Node *s, char **stepped)
{
	Node *c = s->cond ? unparen(s->cond) : NULL;
	if (!c || c->kind != N_BINARY || !is_integer(c->x->type) ||
		(c->op != OP_LT && c->op != OP_LE && c->op != OP_GT && c->op != OP_GE && c->op != OP_NE))
		return NULL;
	/* canonical form a < b, a <= b or a != b: b - a shrinks */
	Node *a = unparen(c->x), *b = unparen(c->y);
	Op op = c->op;
	if (op == OP_GT || op == OP_GE) {
		Node *t = a; a = b; b = t;
		op = op == OP_GT ? OP_LT : OP_LE;
	}
	LoopScan ls = {0};
	Node *opnd[2] = {a, b};
	for (int k = 0; k < 2; k++) {
		if (opnd[k]->mode == M_CONST)
			continue;
		if (!(ls.v[k] = loop_operand_obj(opnd[k])))
			return NULL;
	}
	walk(s->body, loop_body_visit, &ls);
	if (ls.bad)
		return NULL;
	for (int k = 0; k < 2; k++)
		if (!loop_post_step(s->post, ls.v[k], &ls.step[k]))
			return NULL;
	/* len(s) and constants never step */
	for (int k = 0; k < 2; k++)
		if (ls.step[k] != 0 && unparen(opnd[k])->kind != N_IDENT)
			return NULL;
	if (op == OP_NE && ls.step[0] - ls.step[1] == -1) {
		Node *t = a; a = b; b = t;
		int st = ls.step[0]; ls.step[0] = ls.step[1]; ls.step[1] = st;
	}
	int progress = ls.step[0] - ls.step[1];
	if (progress < 1 || (op == OP_NE && progress != 1))
		return NULL;
	*stepped = expr(ls.step[0] != 0 ? a : b);
	char *dist = xsprintf("%s - %s", loop_operand_u64(b), loop_operand_u64(a));
	char *cond = xsprintf("%s > GOSUB_SHORT_LOOP", dist);
	/* a <= b wraps forever if a steps up to the type's maximum (or b
	 * down to its minimum) */
	if (op == OP_LE && ls.step[0] > 0)
		cond = xsprintf("%s || %s == %s", cond, expr(b), int_limit(b->type, true));
	if (op == OP_LE && ls.step[1] < 0)
		cond = xsprintf("%s || %s == %s", cond, expr(a), int_limit(a->type, false));
	return cond;
}

static void
for_stmt(Node *s)
{
	const char *label = take_label();
	out_line("{");
	E.fn->indent++;
	if (s->init)
		stmt(s->init);
	Vec per = {0};
	if (EMIT_PERITER_LOOPVARS)
		collect_boxed_defs(s->init, &per);
	Target *t = push_target(label, true);
	char *stepped = NULL;
	char *longx = for_long_expr(s, &stepped);
	const char *lp = NULL;
	if (longx) {
		lp = new_tmp();
		out_line("go_bool %s = %s;", lp, longx);
	}
	out_line("for (;;) {");
	E.fn->indent++;
	if (lp)
		out_line("if (%s && GOSUB_POLL_DUE(%s)) GOSUB_POLL();", lp, stepped);
	else
		out_line("GOSUB_POLL();");
	if (s->cond) {
		out_pos(s->cond->pos);
		out_line("if (!(%s))", expr(s->cond));
		out_line("\tbreak;");
	}
	block(s->body);
	out_line("%s: __attribute__((unused));", t->cont);
	for (int i = 0; i < per.n; i++) {
		Object *o = per.v[i];
		const char *ct = ctype_def(o->type);
		out_line("{ %s *gs_n = (%s *)%s; *gs_n = *%s; %s = gs_n; }", ct, ct,
			rt_safepoint(xsprintf("gort_alloc(%s)", type_desc(o->type))), vref(o), vref(o));
	}
	if (s->post)
		stmt(s->post);
	E.fn->indent--;
	out_line("}");
	close_breakable(t);
}

/* Binds a range key/value to C value v of type vt. */
static void
range_bind(Node *s, Node *var, char *v, Type *vt)
{
	if (!var || is_blank(var))
		return;
	Node *l = unparen(var);
	if (s->op == OP_DEFINE && l->kind == N_IDENT && l->obj) {
		declare_local(l->obj, convert_value(v, vt, l->obj->type));
		return;
	}
	emit_assign_to(l, v, vt);
}

/* Binds key and value.  `for k, x[k] = range ...` assigns like a
 * parallel assignment: both targets' operands are evaluated first. */
static void
range_bind2(Node *s, char *kv, Type *kt, char *vv, Type *vt)
{
	if (s->op == OP_DEFINE || !s->key || is_blank(s->key) || !s->value || is_blank(s->value)) {
		range_bind(s, s->key, kv, kt);
		range_bind(s, s->value, vv, vt);
		return;
	}
	Node *k = unparen(s->key), *v = unparen(s->value);
	out_line("{");
	char *lk = prepare_lhs(k), *lv = prepare_lhs(v);
	const char *tk = new_tmp(), *tv = new_tmp();
	out_line("%s %s = %s; %s", ctype_def(k->type), tk, convert_value(kv, kt, k->type), tmp_root(tk, k->type));
	out_line("%s %s = %s; %s", ctype_def(v->type), tv, convert_value(vv, vt, v->type), tmp_root(tv, v->type));
	store(k, lk, tk);
	store(v, lv, tv);
	out_line("}");
}

/* Range over an int, array, slice or string: the loop runs at most n times
 * (n: C expression of integer type it).  Emits the guard flag before the
 * loop if the body qualifies (see "short loops"); returns the poll line.
 * idx is the index the loop steps by 1, or NULL (a string's index steps by
 * the width of each rune). */
static char *
range_poll(Node *s, const char *n, Type *it, const char *idx)
{
	LoopScan ls = {0};
	walk(s->body, loop_body_visit, &ls);
	if (ls.bad)
		return "GOSUB_POLL();";
	const char *lp = new_tmp();
	out_line("go_bool %s = (uint64_t)(%s)(%s) > GOSUB_SHORT_LOOP;", lp,
		is_unsigned(it) ? "uint64_t" : "int64_t", n);
	if (idx)
		return xsprintf("if (%s && GOSUB_POLL_DUE(%s)) GOSUB_POLL();", lp, idx);
	return xsprintf("if (%s) GOSUB_POLL();", lp);
}

static void
range_stmt(Node *s)
{
	const char *label = take_label();
	Node *x = s->x;
	Type *xu = underlying(x->type);
	bool hasv = s->value && !is_blank(s->value);
	out_line("{");
	E.fn->indent++;
	Target *t = push_target(label, true);
	const char *i = new_tmp();
	/* keep C names of per-iteration vars stable across the loop */
	if (xu->kind == TY_INT || is_integer(xu) || xu->kind == TY_UNTYPED_INT) {
		Type *it = s->key && !is_blank(s->key) ? unparen(s->key)->type : x->type;
		if (is_untyped(it)) it = ty_int;
		const char *n = new_tmp();
		out_line("%s %s = %s;", ctype_def(it), n, expr_to(x, it));
		char *poll = range_poll(s, n, it, i);
		out_line("for (%s %s = 0; %s < %s; %s++) {", ctype(it), i, i, n, i);
		E.fn->indent++;
		out_line("%s", poll);
		range_bind(s, s->key, (char *)i, it);
	} else if (xu->kind == TY_SLICE || xu->kind == TY_ARRAY || xu->kind == TY_POINTER) {
		const char *r = new_tmp();
		const char *len;
		const char *elt;
		Type *et;
		if (xu->kind == TY_SLICE) {
			et = xu->elem;
			out_line("GoSlice %s = %s; %s", r, expr(x), tmp_root(r, xu));
			len = xsprintf("%s.len", r);
			elt = xsprintf("((%s *)%s.ptr)[%s]", ctype_def(et), r, i);
		} else if (xu->kind == TY_ARRAY) {
			et = xu->elem;
			len = xsprintf("%lld", (long long)xu->len);
			if (hasv) {
				out_line("%s %s = %s; %s", ctype_def(x->type), r, expr(x), tmp_root(r, x->type));
				elt = xsprintf("%s.a[%s]", r, i);
			} else {
				if (has_call(x))
					out_line("(void)(%s);", expr(x));
				elt = NULL;
			}
		} else {
			Type *at = underlying(xu->elem);
			et = at->elem;
			len = xsprintf("%lld", (long long)at->len);
			out_line("%s %s = %s; %s", ctype_def(x->type), r, expr(x), tmp_root(r, x->type));
			out_line("(void)%s;", r);
			elt = xsprintf("(*(%s)gort_nn(%s)).a[%s]", ctype(x->type), r, i);
		}
		const char *n = new_tmp();
		out_line("go_int %s = %s;", n, len);
		char *poll = range_poll(s, n, ty_int, i);
		out_line("for (go_int %s = 0; %s < %s; %s++) {", i, i, n, i);
		E.fn->indent++;
		out_line("%s", poll);
		if (hasv)
			range_bind2(s, (char *)i, ty_int, (char *)elt, et);
		else
			range_bind(s, s->key, (char *)i, ty_int);
	} else if (xu->kind == TY_STRING || xu->kind == TY_UNTYPED_STRING) {
		const char *r = new_tmp(), *nx = new_tmp(), *c = new_tmp();
		out_line("GoString %s = %s; %s", r, expr(x), tmp_root(r, ty_string));
		char *poll = range_poll(s, xsprintf("%s.len", r), ty_int, NULL);
		out_line("for (go_int %s = 0, %s; %s < %s.len; %s = %s) {", i, nx, i, r, i, nx);
		E.fn->indent++;
		out_line("%s", poll);
		out_line("go_rune %s;", c);
		out_line("%s = gort_range_rune(%s, %s, &%s);", nx, r, i, c);
		if (hasv)
			range_bind2(s, (char *)i, ty_int, (char *)c, ty_int32);
		else
			range_bind(s, s->key, (char *)i, ty_int);
	} else if (xu->kind == TY_MAP) {
		const char *it = new_tmp();
		out_line("GoMapIter %s;", it);
		out_line("gort_mapiterinit(%s, %s, &%s); %s%s", type_desc(x->type), expr(x), it,
			tmp_root(xsprintf("%s.m", it), type_pointer(ty_uint8)), tmp_root(xsprintf("%s.tab", it), type_pointer(ty_uint8)));
		out_line("while (gort_mapiternext(&%s)) {", it);
		E.fn->indent++;
		out_line("GOSUB_POLL();");
		char *kv = xsprintf("(*(%s *)%s.key)", ctype_def(xu->key), it);
		if (hasv)
			range_bind2(s, kv, xu->key, xsprintf("(*(%s *)%s.val)", ctype_def(xu->elem), it), xu->elem);
		else
			range_bind(s, s->key, kv, xu->key);
	} else if (xu->kind == TY_CHAN) {
		const char *c = new_tmp(), *v = new_tmp();
		Type *et = xu->elem;
		out_line("GoChan *%s = %s; %s", c, expr(x), tmp_root(c, x->type));
		out_line("for (;;) {");
		E.fn->indent++;
		out_line("GOSUB_POLL();");
		out_line("%s %s = %s; %s", ctype_def(et), v, zero_value(et), tmp_root(v, et));
		out_line("if (!%s)", rt_safepoint(xsprintf("gort_chanrecv(%s, &%s)", c, v)));
		out_line("\tbreak;");
		range_bind(s, s->key, (char *)v, et);
	} else {
		errorf(s->pos, "range over %s is not supported yet", type_string(x->type));
		pop_target();
		E.fn->indent--;
		out_line("}");
		return;
	}
	block(s->body);
	out_line("%s: __attribute__((unused));", t->cont);
	E.fn->indent--;
	out_line("}");
	close_breakable(t);
}

/* tag == case value */
static char *
case_compare(const char *tag, Type *tagt, Node *v)
{
	if (!tag) {
		/* switch { case x: } means x == true; x may be an interface */
		if (v->type && is_interface(v->type))
			return binop(OP_EQ, v->type, convert_value(xstrdup("((go_bool)1)"), ty_bool, v->type), expr(v),
				v->pos);
		return expr(v);
	}
	if (is_nil_node(v)) {
		Type *u = underlying(tagt);
		if (u->kind == TY_SLICE) return xsprintf("(%s.ptr == NULL)", tag);
		if (u->kind == TY_INTERFACE) return xsprintf("(%s.%s == NULL)", tag, u->nmethods ? "tab" : "type");
		return xsprintf("(%s == NULL)", tag);
	}
	Type *ct = tagt;
	if (!is_interface(tagt) && is_interface(v->type))
		return binop(OP_EQ, v->type, convert_value(xstrdup(tag), tagt, v->type), expr(v), v->pos);
	return binop(OP_EQ, ct, tag, expr_to(v, ct), v->pos);
}

static void
switch_stmt(Node *s)
{
	const char *label = take_label();
	out_line("{");
	E.fn->indent++;
	if (s->init)
		stmt(s->init);
	const char *tag = NULL;
	Type *tagt = NULL;
	if (s->x) {
		tagt = s->x->type;
		if (is_untyped(tagt)) tagt = default_type(tagt);
		tag = new_tmp();
		out_line("%s %s = %s; %s", ctype_def(tagt), tag, expr_to(s->x, tagt), tmp_root(tag, tagt));
		if (s->list.n == 0)
			out_line("(void)%s;", tag);   /* switch x {} */
	}
	Target *t = push_target(label, false);
	int n = s->list.n;
	const char **labels = xmalloc(sizeof(char *) * (n + 1));
	int def = -1;
	for (int i = 0; i < n; i++) {
		labels[i] = new_label("case");
		Node *c = s->list.v[i];
		if (c->isdefault || c->list.n == 0) {
			def = i;
			continue;
		}
		for (int j = 0; j < c->list.n; j++) {
			Node *v = c->list.v[j];
			out_pos(v->pos);
			out_line("if (%s) goto %s;", strip_parens(case_compare(tag, tagt, v)), labels[i]);
		}
	}
	out_line("goto %s;", def >= 0 ? labels[def] : t->brk);
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		out_line("%s: __attribute__((unused));", labels[i]);
		out_line("{");
		E.fn->indent++;
		Vec *body = &c->list2;
		bool ft = false;
		for (int j = 0; j < body->n; j++) {
			Node *st = body->v[j];
			if (st->kind == N_BRANCH && (int)st->op == BR_FALLTHROUGH) {
				ft = true;
				out_line("goto %s;", i + 1 < n ? labels[i + 1] : t->brk);
				continue;
			}
			stmt(st);
		}
		if (!ft)
			out_line("goto %s;", t->brk);
		E.fn->indent--;
		out_line("}");
	}
	close_breakable(t);
}

static void
typeswitch_stmt(Node *s)
{
	const char *label = take_label();
	out_line("{");
	E.fn->indent++;
	if (s->init)
		stmt(s->init);
	Node *x = s->x;
	if (x->kind == N_TYPEASSERT)
		x = x->x;
	Type *xt = x->type;
	bool xiface = underlying(xt)->nmethods > 0;
	const char *tx = new_tmp(), *te = new_tmp();
	out_line("%s %s = %s; %s", ctype_def(xt), tx, expr(x), tmp_root(tx, xt));
	out_line("GoEface %s = %s; %s", te, xiface ? xsprintf("gort_iface_to_eface(%s)", tx) : tx, tmp_root(te, ty_any));
	out_line("(void)%s;", tx);
	out_line("(void)%s;", te);
	Target *t = push_target(label, false);
	int n = s->list.n;
	const char **labels = xmalloc(sizeof(char *) * (n + 1));
	int def = -1;
	for (int i = 0; i < n; i++) {
		labels[i] = new_label("case");
		Node *c = s->list.v[i];
		if (c->isdefault || c->list.n == 0) {
			def = i;
			continue;
		}
		for (int j = 0; j < c->list.n; j++) {
			Node *ty = c->list.v[j];
			if (is_nil_node(ty) || (ty->kind == N_IDENT && ty->obj && ty->obj->kind == O_NIL)) {
				out_line("if (%s.type == NULL) goto %s;", te, labels[i]);
				continue;
			}
			Type *T = ty->type;
			if (is_interface(T)) {
				if (underlying(T)->nmethods == 0)
					out_line("if (%s.type != NULL) goto %s;", te, labels[i]);
				else
					out_line("if (gort_implements(%s, %s.type)) goto %s;", type_desc(T), te, labels[i]);
			} else {
				out_line("if (gort_eface_is(%s, %s)) goto %s;", te, type_desc(T), labels[i]);
			}
		}
	}
	out_line("goto %s;", def >= 0 ? labels[def] : t->brk);
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		out_line("%s: __attribute__((unused));", labels[i]);
		out_line("{");
		E.fn->indent++;
		Object *o = c->obj;
		if (o && s->name && strcmp(s->name, "_")) {
			Type *T = o->type;
			char *v;
			if (c->list.n == 1 && !is_nil_node(c->list.v[0]) && T != xt) {
				if (is_interface(T)) {
					if (underlying(T)->nmethods == 0)
						v = xstrdup(te);
					else
						v = xsprintf("((GoIface){gort_getitab(%s, %s.type, 0), %s.data})", type_desc(T), te, te);
				} else if (is_ptrshaped(T)) {
					v = xsprintf("((%s)%s.data)", ctype_def(T), te);
				} else {
					v = xsprintf("(*(%s *)%s.data)", ctype_def(T), te);
				}
			} else {
				v = xstrdup(tx);
			}
			declare_local(o, v);
			out_line("(void)%s;", vref(o));
		}
		stmt_list(&c->list2);
		out_line("goto %s;", t->brk);
		E.fn->indent--;
		out_line("}");
	}
	close_breakable(t);
}

/* select { case ...: } -> GoSelectCase array, gort_select, goto case label */
static void
select_stmt(Node *s)
{
	const char *label = take_label();
	int n = s->list.n;
	out_line("{");
	E.fn->indent++;
	const char *cs = new_tmp(), *ok = new_tmp(), *idx = new_tmp();
	int ncases = 0;
	bool hasdef = false;
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		if (!c->comm)
			hasdef = true;
		else
			ncases++;
	}
	out_line("GoSelectCase %s[%d];", cs, ncases ? ncases : 1);
	out_line("go_bool %s = 0;", ok);
	out_line("(void)%s;", ok);
	const char **vals = xmalloc(sizeof(char *) * (n + 1));
	Node **recvs = xmalloc(sizeof(Node *) * (n + 1));
	int k = 0;
	int *caseidx = xmalloc(sizeof(int) * (n + 1));
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		Node *cm = c->comm;
		caseidx[i] = -1;
		vals[i] = NULL;
		recvs[i] = NULL;
		if (!cm)
			continue;
		caseidx[i] = k;
		if (cm->kind == N_SEND) {
			Type *et = underlying(cm->x->type)->elem;
			const char *tv = new_tmp();
			out_line("%s.c = %s;", xsprintf("%s[%d]", cs, k), expr(cm->x));
			out_line("%s %s = %s; %s", ctype_def(et), tv, expr_to(cm->y, et), tmp_root(tv, et));
			out_line("%s[%d].elem = &%s; %s[%d].send = 1;", cs, k, tv, cs, k);
		} else {
			Node *rx = cm->kind == N_EXPRSTMT ? cm->x : (Node *)cm->list2.v[0];
			rx = unparen(rx);
			Type *et = underlying(rx->x->type)->elem;
			const char *tv = new_tmp();
			out_line("%s %s = %s; %s", ctype_def(et), tv, zero_value(et), tmp_root(tv, et));
			out_line("%s[%d].c = %s; %s[%d].elem = &%s; %s[%d].send = 0;", cs, k, expr(rx->x), cs, k, tv, cs, k);
			vals[i] = tv;
			if (cm->kind == N_ASSIGN)
				recvs[i] = cm;
		}
		k++;
	}
	out_line("go_int %s = %s;", idx, rt_safepoint(xsprintf("gort_select(%s, %d, %d, &%s)", cs, ncases, hasdef ? 0 : 1, ok)));
	out_line("(void)%s;", idx);
	Target *t = push_target(label, false);
	const char **labels = xmalloc(sizeof(char *) * (n + 1));
	int def = -1;
	for (int i = 0; i < n; i++) {
		labels[i] = new_label("case");
		if (caseidx[i] < 0)
			def = i;
		else
			out_line("if (%s == %d) goto %s;", idx, caseidx[i], labels[i]);
	}
	out_line("goto %s;", def >= 0 ? labels[def] : t->brk);
	for (int i = 0; i < n; i++) {
		Node *c = s->list.v[i];
		out_line("%s: __attribute__((unused));", labels[i]);
		out_line("{");
		E.fn->indent++;
		Node *as = recvs[i];
		if (as) {
			Node *rx = unparen(as->list2.v[0]);
			Type *et = underlying(rx->x->type)->elem;
			for (int j = 0; j < as->list.n; j++) {
				Node *l = unparen(as->list.v[j]);
				char *v = j == 0 ? (char *)vals[i] : (char *)ok;
				Type *vt = j == 0 ? et : ty_bool;
				if (is_blank(l))
					continue;
				if (as->op == OP_DEFINE && l->kind == N_IDENT && l->obj && !l->obj->cname)
					declare_local(l->obj, convert_value(v, vt, l->obj->type));
				else
					emit_assign_to(l, v, vt);
			}
		}
		stmt_list(&c->list2);
		out_line("goto %s;", t->brk);
		E.fn->indent--;
		out_line("}");
	}
	close_breakable(t);
}

static void
branch_stmt(Node *s)
{
	FuncCtx *f = E.fn;
	switch ((int)s->op) {
	case BR_GOTO:
		out_line("goto gs_L_%s;", mangle(s->name));
		return;
	case BR_BREAK: case BR_CONTINUE: {
		bool brk = (int)s->op == BR_BREAK;
		for (Target *t = f->targets; t; t = t->prev) {
			if (s->name && (!t->label || strcmp(t->label, s->name)))
				continue;
			if (!brk && !t->cont)
				continue;
			out_line("goto %s;", brk ? t->brk : t->cont);
			return;
		}
		errorf(s->pos, "internal: no target for %s", brk ? "break" : "continue");
		return;
	}
	case BR_FALLTHROUGH:
		/* handled by switch_stmt */
		return;
	}
}

void emit_return(Node *s);

void
stmt(Node *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case N_EMPTY: case N_BADSTMT:
		return;
	case N_BLOCK:
		block(s);
		return;
	default:
		break;
	}
	if (s->kind != N_LABELED)
		out_pos(s->pos);
	switch (s->kind) {
	case N_EXPRSTMT:
		out_line("(void)(%s);", expr(s->x));
		return;
	case N_DECLSTMT:
		var_decl(s->x);
		return;
	case N_ASSIGN:
		assign_stmt(s);
		return;
	case N_INCDEC:
		incdec_stmt(s);
		return;
	case N_IF:
		if_stmt(s);
		return;
	case N_FOR:
		for_stmt(s);
		return;
	case N_RANGE:
		range_stmt(s);
		return;
	case N_SWITCH:
		switch_stmt(s);
		return;
	case N_TYPESWITCH:
		typeswitch_stmt(s);
		return;
	case N_LABELED:
		if (!strcmp(s->name, "_")) {   /* the blank label: any number, never a target */
			stmt(s->body);
			return;
		}
		out_line("gs_L_%s: __attribute__((unused));", mangle(s->name));
		if (s->body && (s->body->kind == N_FOR || s->body->kind == N_RANGE || s->body->kind == N_SWITCH ||
			s->body->kind == N_TYPESWITCH || s->body->kind == N_SELECT))
			E.fn->pending_label = s;
		stmt(s->body);
		E.fn->pending_label = NULL;
		return;
	case N_BRANCH:
		branch_stmt(s);
		return;
	case N_RETURN:
		emit_return(s);
		return;
	case N_DEFER:
		emit_defer(s->x);
		return;
	case N_GO:
		emit_go(s->x);
		return;
	case N_SELECT:
		select_stmt(s);
		return;
	case N_SEND: {
		Type *et = underlying(s->x->type)->elem;
		const char *tc = new_tmp(), *tv = new_tmp();
		out_line("{ GoChan *%s = %s; %s%s %s = %s; %s%s; }", tc, expr(s->x), tmp_root(tc, s->x->type), ctype_def(et), tv,
			expr_to(s->y, et), tmp_root(tv, et), rt_safepoint(xsprintf("gort_chansend(%s, &%s)", tc, tv)));
		return;
	}
	default:
		errorf(s->pos, "unsupported statement");
		return;
	}
}

void
stmt_list(Vec *l)
{
	for (int i = 0; i < l->n; i++)
		stmt(l->v[i]);
}

void
block(Node *b)
{
	if (!b)
		return;
	out_line("{");
	E.fn->indent++;
	stmt_list(&b->list);
	E.fn->indent--;
	out_line("}");
}
