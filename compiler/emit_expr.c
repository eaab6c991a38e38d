/*
 * emit_expr.c: Go expressions -> C expressions.  Every function returns a C
 * expression string; temporaries, bounds/nil checks and evaluation order are
 * expressed with GNU statement expressions `({ ... })`.
 *
 *   a + b (int)        -> (go_int)((go_uint)a + (go_uint)b)
 *   a / b (int32)      -> gort_div_i32(a, b)
 *   x << s (var s)     -> (T)gort_shl64((uint64_t)x, s)
 *   s[i] (slice)       -> ((T *)s.ptr)[gort_check_index(i, s.len)]
 *   m[k]               -> ({ K k_ = k; *(V *)gort_mapaccess1(&M__type, m, &k_); })
 *   T(x)               -> conversion, see convert_value
 *   f(a, b)            -> pkg__f(a, b)         (call_expr)
 */
#include <ctype.h>
#include <string.h>
#include "emit.h"

const char *ctype_def(Type *t);

Node *
unparen(Node *e)
{
	while (e && e->kind == N_PAREN)
		e = e->x;
	return e;
}

static bool
is_const(Node *e)
{
	return e && e->mode == M_CONST && e->val;
}

static bool is_nil(Node *e);
bool
is_nil_node(Node *e)
{
	return is_nil(e);
}

bool
is_const_node(Node *e)
{
	return is_const(e);
}

static bool
is_nil(Node *e)
{
	e = unparen(e);
	if (!e)
		return false;
	if (e->type && e->type->kind == TY_UNTYPED_NIL)
		return true;
	return e->kind == N_IDENT && e->obj && e->obj->kind == O_NIL;
}

/* Conservative: may e call a function (or otherwise have side effects
 * whose order matters)? */
bool
has_call(Node *e)
{
	if (!e || is_const(e))
		return false;
	switch (e->kind) {
	case N_IDENT: case N_BASICLIT: case N_FUNCLIT:
		return false;
	case N_CALL:
		if (e->builtin == BI_LEN || e->builtin == BI_CAP || e->builtin == BI_REAL ||
			e->builtin == BI_IMAG || e->builtin == BI_COMPLEX || e->builtin == BI_CONVERT) {
			for (int i = 0; i < e->list.n; i++)
				if (has_call(e->list.v[i]))
					return true;
			return e->builtin == BI_CONVERT && is_interface(e->type) ? false : false;
		}
		return true;
	case N_UNARY:
		if (e->op == OP_RECV)
			return true;
		return has_call(e->x);
	case N_COMPOSITE:
		for (int i = 0; i < e->list.n; i++)
			if (has_call(e->list.v[i]))
				return true;
		return false;
	case N_KEYVALUE:
		return has_call(e->x) || has_call(e->y);
	case N_SELECTOR:
		if (e->selkind == SEL_PKG)
			return false;
		return has_call(e->x);
	case N_SLICE:
		return has_call(e->x) || has_call(e->lo) || has_call(e->hi) || has_call(e->max);
	case N_INDEX:
		return has_call(e->x) || (e->list.n && has_call(e->list.v[0]));
	default:
		return has_call(e->x) || has_call(e->y);
	}
}

/* Would converting a value of type from to type to allocate? */
static bool
conversion_allocates(Type *from, Type *to)
{
	if (!from || !to)
		return false;
	Type *fu = underlying(from), *tu = underlying(to);
	if (tu->kind == TY_INTERFACE)
		return fu->kind != TY_INTERFACE ? !is_ptrshaped(from) && from->kind != TY_UNTYPED_NIL : tu->nmethods > 0;
	if (tu->kind == TY_STRING)
		return fu->kind != TY_STRING && fu->kind != TY_UNTYPED_STRING;
	if (tu->kind == TY_SLICE)
		return fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING;
	return false;
}

/* May evaluating e reach a safepoint (a call, a receive, or an allocation,
 * where the collector may run)?  Go's order of calls aside, a value computed
 * before another safepoint of the same expression must wait in a marked
 * temporary (tmp_root), where the collector sees it. */
bool
has_safepoint(Node *e)
{
	if (!e || is_const(e))
		return false;
	switch (e->kind) {
	case N_IDENT: case N_BASICLIT:
		return false;
	case N_FUNCLIT:
		return true;
	case N_CALL:
		if (e->builtin == BI_LEN || e->builtin == BI_CAP || e->builtin == BI_REAL ||
			e->builtin == BI_IMAG || e->builtin == BI_COMPLEX || e->builtin == BI_CONVERT) {
			for (int i = 0; i < e->list.n; i++)
				if (has_safepoint(e->list.v[i]))
					return true;
			return e->builtin == BI_CONVERT && e->list.n == 1 &&
				conversion_allocates(((Node *)e->list.v[0])->type, e->type);
		}
		return true;
	case N_UNARY:
		if (e->op == OP_ADDR && e->x && unparen(e->x)->kind == N_COMPOSITE)
			return true;   /* &T{...} allocates */
		return e->op == OP_RECV || has_safepoint(e->x);
	case N_COMPOSITE: {
		Type *u = e->type ? underlying(e->type) : NULL;
		if (!u || (u->kind != TY_STRUCT && u->kind != TY_ARRAY))
			return true;
		for (int i = 0; i < e->list.n; i++)
			if (has_safepoint(e->list.v[i]))
				return true;
		return false;
	}
	case N_KEYVALUE:
		return has_safepoint(e->x) || has_safepoint(e->y);
	case N_SELECTOR:
		if (e->selkind == SEL_PKG)
			return false;
		return e->selkind == SEL_METHOD || e->selkind == SEL_IFACEMETHOD || has_safepoint(e->x);
	case N_SLICE:
		return has_safepoint(e->x) || has_safepoint(e->lo) || has_safepoint(e->hi) || has_safepoint(e->max);
	case N_INDEX:
		return has_safepoint(e->x) || (e->list.n && has_safepoint(e->list.v[0]));
	case N_TYPEASSERT:
		return true;
	case N_BINARY:
		if (e->type && is_string(e->type) && e->op == OP_ADD)
			return true;
		return has_safepoint(e->x) || has_safepoint(e->y);
	default:
		return has_safepoint(e->x) || has_safepoint(e->y);
	}
}

/* Is e a pointer-holding value read from memory other than a local
 * variable (a field, an element, a global, through a pointer)?  Evaluated
 * before a safepoint of the same expression, such a value must wait in a
 * marked temporary too: the safepoint may overwrite the memory it came from
 * and leave it the only reference. */
bool
needs_hold(Node *e)
{
	e = unparen(e);
	if (!e || is_const(e) || is_nil(e) || !e->type || !type_has_pointers(e->type))
		return false;
	if (e->kind == N_IDENT)
		return e->obj && (e->obj->global || obj_boxed(e->obj));
	return true;
}

/* Does storing e into a location of type to reach a safepoint (e itself,
 * or boxing it into an interface)? */
bool
value_has_safepoint(Node *e, Type *to)
{
	return has_safepoint(e) || conversion_allocates(e->type, to);
}

/* May e be duplicated in C text (no side effects, cheap)? */
static bool
is_simple(Node *e)
{
	e = unparen(e);
	if (!e)
		return true;
	if (is_const(e))
		return true;
	switch (e->kind) {
	case N_IDENT:
		return true;
	case N_SELECTOR:
		if (e->selkind == SEL_PKG)
			return true;
		if (e->selkind != SEL_FIELD)
			return false;
		/* no pointer hops (nil checks) */
		return is_simple(e->x) && underlying(e->x->type)->kind == TY_STRUCT && selpath(e)->n == 1;
	default:
		return false;
	}
}

/* ------------------------------------------------------------ helpers */

/* Embedded-field path of a field/method selector (recomputed with the
 * lookup, cached in sel->aux): fields end with the field index. */
Vec *
selpath(Node *sel)
{
	if (sel->aux)
		return sel->aux;
	Vec *v = xmalloc(sizeof *v);
	Lookup l = lookup_field_or_method(sel->x->type, true, sel->name, E.pkg);
	if (l.kind == SEL_NONE && sel->obj && sel->obj->pkg)
		l = lookup_field_or_method(sel->x->type, true, sel->name, sel->obj->pkg);
	if (l.kind != SEL_NONE) {
		for (int i = 0; i < l.npath; i++)
			vec_push(v, (void *)(intptr_t)l.path[i]);
	} else {
		for (int i = 0; i < sel->path.n; i++)
			vec_push(v, sel->path.v[i]);
	}
	sel->aux = v;
	return v;
}

static char *
nn(const char *ptr, Type *ptrtype)
{
	/* pointer with nil check */
	if (self_pointer_type(ptrtype))
		return xsprintf("((%s *)gort_nn(%s))", ctype(underlying(ptrtype)->elem), ptr);
	return xsprintf("((%s)gort_nn(%s))", ctype(ptrtype), ptr);
}

char *
func_value(Object *f)
{
	const char *n = global_cname(f);
	const char *w = xsprintf("%s__fv", n);
	for (int i = 0; i < E.wrappers.n; i++)
		if (!strcmp(E.wrappers.v[i], w))
			return xsprintf("((GoFunc *)&%s__fvobj)", n);
	vec_push(&E.wrappers, (void *)w);
	Type *sig = f->type;
	Buf b = {0};
	buf_printf(&b, "static %s %s(GoFunc *gs_clo", ctype_result(sig), w);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&b, ", %s p%d", ctype_def(sig->params[i]), i);
	buf_printf(&b, ")\n{\n\t(void)gs_clo;\n\t%s%s(", sig->nresults ? "return " : "", n);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&b, "%sp%d", i ? ", " : "", i);
	buf_printf(&b, ");\n}\nstatic const GoFunc %s__fvobj = { (void (*)(void))%s };\n", n, w);
	buf_putc(&b, 0);
	buf_puts(&E.ctail, b.s);
	buf_printf(&E.cdecls, "static %s %s(GoFunc *gs_clo", ctype_result(sig), w);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&E.cdecls, ", %s", ctype(sig->params[i]));
	buf_printf(&E.cdecls, ");\nstatic const GoFunc %s__fvobj;\n", n);
	return xsprintf("((GoFunc *)&%s__fvobj)", n);
}

/* C function pointer type for calling a closure of signature sig. */
static const char *
closure_fnptr(Type *sig, const char *first)
{
	Buf b = {0};
	buf_printf(&b, "%s (*)(%s", ctype_result(sig), first);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&b, ", %s", ctype_def(sig->params[i]));
	buf_putc(&b, ')');
	buf_putc(&b, 0);
	return b.s;
}

/* ------------------------------------------------------------ identifiers */

static char *
ident_expr(Node *e)
{
	Object *o = e->obj;
	if (!o)
		fatal("emit: identifier %s without object", e->name);
	switch (o->kind) {
	case O_VAR:
		if (o->global)
			return xstrdup(global_cname(o));
		if (!o->cname)
			local_cname(o);
		if (o->addrtaken || o->captured)
			return xsprintf("(*%s)", vref(o));
		return xstrdup(vref(o));
	case O_NIL:
		return xstrdup(zero_value(e->type));
	case O_FUNC:
		return func_value(o);
	case O_CONST:
		return emit_const(o->val, e->type);
	default:
		errorf(e->pos, "internal: emit: identifier %s of unexpected kind %d", e->name, o->kind);
		return xstrdup("0");
	}
}

/* ------------------------------------------------------------ arithmetic */

static bool
is_signed_int(Type *t)
{
	return is_integer(t) && !is_unsigned(t);
}

/* Is a the same plain C variable as b?  x == x is known for integers,
 * booleans and pointers, and C compilers warn about comparing it. */
static bool
same_variable(const char *a, const char *b)
{
	if (strcmp(a, b) != 0 || !*a)
		return false;
	for (const char *p = a; *p; p++)
		if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '.'))
			return false;
	return true;
}

/* a op b for operands of type t (not shifts, not && ||). */
char *
binop(Op op, Type *t, const char *a, const char *b, Pos pos)
{
	(void)pos;
	Type *u = underlying(t);
	const char *ct = ctype(t);
	if (u->kind == TY_UNTYPED_BOOL) ct = "go_bool";
	if (op >= OP_EQ && op <= OP_GE && same_variable(a, b) && !is_float(u) && !is_complex(u) &&
	    u->kind != TY_STRING && u->kind != TY_UNTYPED_STRING && u->kind != TY_STRUCT &&
	    u->kind != TY_ARRAY && u->kind != TY_INTERFACE)
		return xsprintf("((void)%s, (go_bool)%d)", a, op == OP_EQ || op == OP_LE || op == OP_GE);
	switch (op) {
	case OP_EQ: case OP_NE: {
		const char *neg = op == OP_NE ? "!" : "";
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			return xsprintf("(%sgort_streq(%s, %s))", neg, a, b);
		case TY_COMPLEX64:
			return xsprintf("(%sgort_c64eq(%s, %s))", neg, a, b);
		case TY_COMPLEX128:
			return xsprintf("(%sgort_c128eq(%s, %s))", neg, a, b);
		case TY_INTERFACE:
			return xsprintf("(%s%s(%s, %s))", neg, u->nmethods ? "gort_ifaceeq" : "gort_efaceeq", a, b);
		case TY_STRUCT: case TY_ARRAY: {
			const char *ta = new_tmp(), *tb = new_tmp();
			return xsprintf("({ %s %s = %s; %s%s %s = %s; %s%s%s(&%s, &%s); })", ct, ta, a, tmp_root(ta, t), ct, tb, b,
				tmp_root(tb, t), neg, eq_func(t), ta, tb);
		}
		case TY_POINTER: case TY_UNSAFEPTR: case TY_FUNC: case TY_MAP: case TY_CHAN:
			/* as integers: C warns that &x.f != NULL is always true */
			return xsprintf("((uintptr_t)(%s) %s (uintptr_t)(%s))", a, op == OP_EQ ? "==" : "!=", b);
		default:
			return xsprintf("(%s %s %s)", a, op == OP_EQ ? "==" : "!=", b);
		}
	}
	case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
		const char *cop = op == OP_LT ? "<" : op == OP_LE ? "<=" : op == OP_GT ? ">" : ">=";
		if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING)
			return xsprintf("(gort_strcmp(%s, %s) %s 0)", a, b, cop);
		return xsprintf("(%s %s %s)", a, cop, b);
	}
	case OP_OROR:
		return xsprintf("(%s || %s)", a, b);
	case OP_ANDAND:
		return xsprintf("(%s && %s)", a, b);
	default:
		break;
	}
	if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
		if (op == OP_ADD)
			return rt_safepoint(xsprintf("gort_concatstring2(%s, %s)", a, b));
	}
	if (is_complex(u)) {
		const char *p = u->kind == TY_COMPLEX64 ? "gort_c64" : "gort_c128";
		const char *f = op == OP_ADD ? "add" : op == OP_SUB ? "sub" : op == OP_MUL ? "mul" : "div";
		return xsprintf("%s%s(%s, %s)", p, f, a, b);
	}
	if (is_float(u)) {
		const char *cop = op == OP_ADD ? "+" : op == OP_SUB ? "-" : op == OP_MUL ? "*" : "/";
		return xsprintf("((%s)(%s %s %s))", ct, a, cop, b);
	}
	/* integers */
	bool sgn = is_signed_int(u);
	int bits = type_bits(u);
	const char *ut = unsigned_ctype(u);
	switch (op) {
	case OP_ADD: case OP_SUB: case OP_MUL: {
		const char *cop = op == OP_ADD ? "+" : op == OP_SUB ? "-" : "*";
		if (!sgn && bits == 64)
			return xsprintf("((%s)(%s %s %s))", ct, a, cop, b);
		return xsprintf("((%s)((%s)(%s) %s (%s)(%s)))", ct, ut, a, cop, ut, b);
	}
	case OP_DIV: case OP_REM:
		return xsprintf("((%s)gort_%s_%c%d(%s, %s))", ct, op == OP_DIV ? "div" : "mod", sgn ? 'i' : 'u',
			bits, a, b);
	case OP_AND:
		return xsprintf("((%s)(%s & %s))", ct, a, b);
	case OP_OR:
		return xsprintf("((%s)(%s | %s))", ct, a, b);
	case OP_XOR:
		return xsprintf("((%s)(%s ^ %s))", ct, a, b);
	case OP_ANDNOT:
		return xsprintf("((%s)(%s & ~%s))", ct, a, b);
	default:
		fatal("emit: binop %s", op_string(op));
	}
}

/* x << s, x >> s; t = type of x, st = type of s, sconst = constant count or -1 */
static char *
shift_op(Op op, Type *t, const char *x, const char *s, Type *st, int64_t sconst)
{
	Type *u = underlying(t);
	const char *ct = ctype(t);
	int bits = type_bits(u);
	bool sgn = is_signed_int(u);
	if (sconst >= 0) {
		if (op == OP_SHL) {
			if (sconst >= bits)
				return xsprintf("((%s)0)", ct);
			return xsprintf("((%s)((%s)(%s) << %lld))", ct, unsigned_ctype(u), x, (long long)sconst);
		}
		if (sconst >= bits) {
			if (sgn)
				return xsprintf("((%s)((%s) >> %d))", ct, x, bits - 1);
			return xsprintf("((%s)0)", ct);
		}
		return xsprintf("((%s)((%s) >> %lld))", ct, x, (long long)sconst);
	}
	const char *cnt;
	if (is_signed_int(st))
		cnt = xsprintf("gort_shift_count((int64_t)(%s))", s);
	else
		cnt = xsprintf("(uint64_t)(%s)", s);
	if (op == OP_SHL)
		return xsprintf("((%s)gort_shl%d((uint%d_t)(%s), %s))", ct, bits, bits, x, cnt);
	if (sgn)
		return xsprintf("((%s)gort_shr_i%d(%s, %s))", ct, bits, x, cnt);
	return xsprintf("((%s)gort_shr_u%d(%s, %s))", ct, bits, x, cnt);
}

static char *
nil_compare(Node *x, bool eq)
{
	Type *u = underlying(x->type);
	const char *v = expr(x);
	const char *op = eq ? "==" : "!=";
	switch (u->kind) {
	case TY_SLICE: return xsprintf("(%s.ptr %s NULL)", v, op);
	case TY_INTERFACE:
		return xsprintf("(%s.%s %s NULL)", v, u->nmethods ? "tab" : "type", op);
	default:   /* as an integer: C warns that &x.f != NULL is always true */
		return xsprintf("((uintptr_t)(%s) %s 0)", v, op);
	}
}

/* The operands of a chain of string +, in order: a + b + c + d, however
 * parenthesised, is one concatenation (one allocation), as in gc. */
static void
concat_operands(Node *e, Vec *out)
{
	e = unparen(e);
	if (e->kind == N_BINARY && e->op == OP_ADD && !is_const(e) && is_string(e->type)) {
		concat_operands(e->x, out);
		concat_operands(e->y, out);
		return;
	}
	vec_push(out, e);
}

/* Operands go to rooted temporaries left to right (a later one may call and
 * collect), then into gort_concatstrings. */
static char *
concat_expr(Vec *ops, Type *t)
{
	Buf b = {0}, args = {0};
	const char *ct = ctype_def(t);
	buf_puts(&b, "({ ");
	for (int i = 0; i < ops->n; i++) {
		Node *o = ops->v[i];
		const char *v = expr_to(o, t);
		if (is_const(o)) {
			buf_printf(&args, "%s%s", i ? ", " : "", v);
			continue;
		}
		const char *tn = new_tmp();
		buf_printf(&b, "%s %s = %s; %s", ct, tn, v, tmp_root(tn, t));
		buf_printf(&args, "%s%s", i ? ", " : "", tn);
	}
	buf_printf(&b, "%s; })", rt_safepoint(xsprintf("gort_concatstrings((GoString[]){%s}, %d)", args.s, ops->n)));
	return b.s;
}

static char *
binary_expr(Node *e)
{
	Node *x = e->x, *y = e->y;
	Op op = e->op;
	if (op == OP_ADD && is_string(e->type) && !is_untyped(e->type)) {
		Vec ops = {0};
		concat_operands(e, &ops);
		if (ops.n >= 3)
			return concat_expr(&ops, e->type);
	}
	if (op == OP_EQ || op == OP_NE) {
		if (is_nil(y))
			return nil_compare(x, op == OP_EQ);
		if (is_nil(x))
			return nil_compare(y, op == OP_EQ);
	}
	if (op == OP_SHL || op == OP_SHR) {
		int64_t sc = -1;
		if (is_const(y)) {
			ConstVal *v = y->val;
			if (v->kind == CV_INT && mpz_sgn(v->i) >= 0)
				sc = mpz_fits_slong_p(v->i) ? mpz_get_si(v->i) : 1000;
		}
		Type *t = e->type;
		if (is_untyped(t)) t = default_type(t);
		const char *xs = expr_to(x, t);
		const char *ys = sc >= 0 ? "" : expr(y);
		if (sc < 0 && has_call(x) && has_call(y)) {
			const char *tx = new_tmp();
			return xsprintf("({ %s %s = %s; %s; })", ctype_def(t), tx, xs, shift_op(op, t, tx, ys, y->type, sc));
		}
		return shift_op(op, t, xs, ys, y->type, sc);
	}
	if (op == OP_ANDAND || op == OP_OROR)
		return binop(op, ty_bool, expr(x), expr(y), e->pos);
	/* operand type: for comparisons, the operands' (common) type */
	Type *t;
	bool cmp = op == OP_EQ || op == OP_NE || op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE;
	if (cmp) {
		Type *xt = x->type, *yt = y->type;
		if (is_interface(xt) && !is_interface(yt))
			t = xt;
		else if (is_interface(yt) && !is_interface(xt))
			t = yt;
		else if (is_untyped(xt) && !is_untyped(yt))
			t = yt;
		else if (is_untyped(xt))
			t = default_type(xt);
		else
			t = xt;
	} else {
		t = e->type;
		if (is_untyped(t))
			t = default_type(t);
	}
	char *a = expr_to(x, t);
	char *b = expr_to(y, t);
	if ((has_safepoint(x) || needs_hold(x)) && has_safepoint(y)) {
		const char *ta = new_tmp();
		const char *tt = ctype_def(t);
		return xsprintf("({ %s %s = %s; %s%s; })", tt, ta, a, tmp_root(ta, t), binop(op, t, ta, b, e->pos));
	}
	/* division by a non-zero constant: no check needed */
	if ((op == OP_DIV || op == OP_REM) && is_integer(t) && is_const(y) && y->val->kind == CV_INT &&
		mpz_sgn(y->val->i) != 0 && !(is_signed_int(t) && mpz_cmp_si(y->val->i, -1) == 0))
		return xsprintf("((%s)(%s %s %s))", ctype(t), a, op == OP_DIV ? "/" : "%", b);
	return binop(op, t, a, b, e->pos);
}

static char *
unary_expr(Node *e)
{
	Type *t = e->type;
	if (is_untyped(t)) t = default_type(t);
	switch (e->op) {
	case OP_ADDR:
		return addr_of(e->x);
	case OP_NOT:
		return xsprintf("(!%s)", expr(e->x));
	case OP_ADD:
		return expr_to(e->x, t);
	case OP_SUB: {
		char *x = expr_to(e->x, t);
		Type *u = underlying(t);
		if (u->kind == TY_COMPLEX64) return xsprintf("gort_c64neg(%s)", x);
		if (u->kind == TY_COMPLEX128) return xsprintf("gort_c128neg(%s)", x);
		if (is_float(u)) return xsprintf("(-%s)", x);
		return xsprintf("((%s)(0 - (%s)(%s)))", ctype(t), unsigned_ctype(u), x);
	}
	case OP_XOR: {
		Type *u = underlying(t);
		type_layout(u);
		if (is_unsigned(u) && u->size < 4) {
			/* a statement expression: compared with a constant, a
			 * promoted ~x draws a C warning however it is cast */
			const char *tmp = new_tmp();
			return xsprintf("({ %s %s = (%s)~%s; %s; })", ctype(t), tmp, ctype(t), expr_to(e->x, t), tmp);
		}
		return xsprintf("((%s)~%s)", ctype(t), expr_to(e->x, t));
	}
	case OP_RECV: {
		/* <-c  ->  ({ T v = zero; gort_chanrecv(c, &v); v; }) */
		Type *et = underlying(e->x->type)->elem;
		const char *tv = new_tmp();
		return xsprintf("({ %s %s = %s; %s(void)%s; %s; })", ctype_def(et), tv, zero_value(et), tmp_root(tv, et),
			rt_safepoint(xsprintf("gort_chanrecv(%s, &%s)", expr(e->x), tv)), tv);
	}
	default:
		fatal("emit: unary %d", e->op);
	}
}

/* ------------------------------------------------------------ conversions */

static const char *
f2i_helper(Type *to)
{
	switch (underlying(to)->kind) {
	case TY_INT8: return "gort_f64toi8";
	case TY_INT16: return "gort_f64toi16";
	case TY_INT32: return "gort_f64toi32";
	case TY_INT: case TY_INT64: return "gort_f64toi64";
	case TY_UINT8: return "gort_f64tou8";
	case TY_UINT16: return "gort_f64tou16";
	case TY_UINT32: return "gort_f64tou32";
	default: return "gort_f64tou64";
	}
}

static bool
same_ctype_struct(Type *a, Type *b)
{
	return !strcmp(ctype(a), ctype(b));
}

/* The boxed data word for value v of (non-interface) type t. */
static char *
box_data(char *v, Type *t)
{
	Type *u = underlying(t);
	if (is_ptrshaped(t))
		return xsprintf("(void *)(%s)", v);
	switch (u->kind) {
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
		return rt_safepoint(xsprintf("gort_box_u64((uint64_t)(%s))", v));
	case TY_INT32: case TY_UINT32:
		return rt_safepoint(xsprintf("gort_box_u32((uint32_t)(%s))", v));
	case TY_INT16: case TY_UINT16:
		return rt_safepoint(xsprintf("gort_box_u16((uint16_t)(%s))", v));
	case TY_INT8: case TY_UINT8: case TY_BOOL:
		return rt_safepoint(xsprintf("gort_box_u8((uint8_t)(%s))", v));
	case TY_STRING:
		return rt_safepoint(xsprintf("gort_box_string(%s)", v));
	case TY_SLICE:
		return rt_safepoint(xsprintf("gort_box_slice(%s)", v));
	default: {
		const char *tmp = new_tmp();
		return xsprintf("({ %s %s = %s; %s%s; })", ctype_def(t), tmp, v, tmp_root(tmp, t),
			rt_safepoint(xsprintf("gort_box(%s, &%s)", type_desc(t), tmp)));
	}
	}
}

/* The interface value of type to holding data word data of type from. */
static char *
iface_value(char *data, Type *from, Type *to)
{
	if (underlying(to)->nmethods == 0)
		return xsprintf("((GoEface){%s, %s})", type_desc(from), data);
	return xsprintf("((GoIface){%s, %s})", itab_for(to, from), data);
}

/* v of type from (not an interface) -> interface type to */
char *
box_to_iface(char *v, Type *from, Type *to)
{
	if (from->kind == TY_UNTYPED_NIL)
		return xstrdup(zero_value(to));
	if (is_untyped(from))
		from = default_type(from);
	return iface_value(box_data(v, from), from, to);
}

char *
convert_value(char *v, Type *from, Type *to)
{
	if (!from || from == to)
		return v;
	if (from->kind == TY_TUPLE)
		return v;
	Type *fu = underlying(from), *tu = underlying(to);
	if (from->kind == TY_UNTYPED_NIL)
		return xstrdup(zero_value(to));
	if (tu->kind == TY_INTERFACE) {
		if (fu->kind == TY_INTERFACE) {
			if (tu->nmethods == 0) {
				if (fu->nmethods == 0)
					return v;
				return xsprintf("gort_iface_to_eface(%s)", v);
			}
			if (fu == tu)
				return v;
			if (fu->nmethods == 0)
				return rt_safepoint(xsprintf("gort_assertE2I(%s, %s, %s)", type_desc(from), type_desc(to), v));
			return rt_safepoint(xsprintf("gort_convI2I(%s, %s)", type_desc(to), v));
		}
		return box_to_iface(v, from, to);
	}
	if (is_untyped(from))
		from = default_type(from), fu = underlying(from);
	if (fu == tu) {
		if (tu->kind == TY_STRUCT && !same_ctype_struct(from, to)) {
			const char *tmp = new_tmp();
			return xsprintf("({ %s %s = %s; %s*(%s *)&%s; })", ctype_def(from), tmp, v, tmp_root(tmp, from), ctype_def(to), tmp);
		}
		if (is_aggregate(tu))
			return v;
		return xsprintf("((%s)(%s))", ctype(to), v);
	}
	/* string conversions */
	if (tu->kind == TY_STRING) {
		if (is_integer(fu)) {
			if (is_unsigned(fu))
				return rt_safepoint(xsprintf("gort_uintstring((uint64_t)(%s))", v));
			return rt_safepoint(xsprintf("gort_intstring((int64_t)(%s))", v));
		}
		if (fu->kind == TY_SLICE) {
			const char *tmp = new_tmp();
			if (underlying(fu->elem)->kind == TY_UINT8)
				return xsprintf("({ GoSlice %s = %s; %s%s; })", tmp, v, tmp_root(tmp, from),
					rt_safepoint(xsprintf("gort_slicebytetostring(%s.ptr, %s.len)", tmp, tmp)));
			return xsprintf("({ GoSlice %s = %s; %s%s; })", tmp, v, tmp_root(tmp, from),
				rt_safepoint(xsprintf("gort_slicerunetostring(%s.ptr, %s.len)", tmp, tmp)));
		}
		if (fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING)
			return v;
	}
	if (tu->kind == TY_SLICE && (fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING)) {
		if (underlying(tu->elem)->kind == TY_UINT8)
			return rt_safepoint(xsprintf("gort_stringtoslicebyte(%s)", v));
		return rt_safepoint(xsprintf("gort_stringtoslicerune(%s)", v));
	}
	/* slice -> array pointer */
	if (tu->kind == TY_POINTER && fu->kind == TY_SLICE) {
		const char *tmp = new_tmp();
		int64_t n = underlying(tu->elem)->len;
		return xsprintf("({ GoSlice %s = %s; if (%s.len < %lld) gort_panic_convert(%s.len, %lld); (%s)%s.ptr; })",
			tmp, v, tmp, (long long)n, tmp, (long long)n, ctype_def(to), tmp);
	}
	if (tu->kind == TY_ARRAY && fu->kind == TY_SLICE) {
		const char *tmp = new_tmp();
		int64_t n = tu->len;
		return xsprintf("({ GoSlice %s = %s; if (%s.len < %lld) gort_panic_convert(%s.len, %lld); *(%s *)%s.ptr; })",
			tmp, v, tmp, (long long)n, tmp, (long long)n, ctype_def(to), tmp);
	}
	/* numeric */
	if (is_complex(tu)) {
		if (tu->kind == TY_COMPLEX64 && fu->kind == TY_COMPLEX128)
			return xsprintf("gort_c128to64(%s)", v);
		if (tu->kind == TY_COMPLEX128 && fu->kind == TY_COMPLEX64)
			return xsprintf("gort_c64to128(%s)", v);
		return v;
	}
	if (is_integer(tu) && is_float(fu))
		return xsprintf("((%s)%s((double)(%s)))", ctype(to), f2i_helper(tu), v);
	if (is_float(tu) && fu->kind == TY_FLOAT32 && tu->kind == TY_FLOAT64)
		return xsprintf("((%s)(double)(%s))", ctype(to), v);
	return xsprintf("((%s)(%s))", ctype(to), v);
}

/* e's value for assignment to a variable of type target. */
char *
expr_to(Node *e, Type *target)
{
	if (!target || target->kind == TY_TUPLE)
		return expr(e);
	if (is_const(e) && !is_interface(target))
		return emit_const(e->val, target);
	if (is_const(e) && is_interface(target)) {
		Type *ct = e->type;
		if (!ct || is_untyped(ct))
			ct = default_type(ct ? ct : ty_int);
		if (is_interface(ct))
			return emit_const(e->val, target);
		return box_to_iface(emit_const(e->val, ct), ct, target);
	}
	if (is_nil(e))
		return xstrdup(zero_value(target));
	Node *ue = unparen(e);
	if (ue->kind == N_STAR && is_interface(target) && e->type && !is_interface(e->type) &&
	    !is_ptrshaped(e->type) && !self_pointer_type(ue->x->type)) {
		type_layout(e->type);
		if (e->type->size > 1024) {
			/* use(*p) with a large *p: boxed straight from *p after the
			 * nil check, not through a copy on the stack (nilptr2.go) */
			Type *pt = ue->x->type;
			const char *tp = new_tmp();
			char *data = xsprintf("({ %s %s = %s; %s%s; })", ctype_def(pt), tp, nn(expr(ue->x), pt),
				tmp_root(tp, pt), rt_safepoint(xsprintf("gort_box(%s, %s)", type_desc(e->type), tp)));
			return iface_value(data, e->type, target);
		}
	}
	char *v = expr(e);
	Type *t = e->type;
	if (!t || t == target)
		return v;
	if (is_interface(target) || is_interface(t))
		return convert_value(v, t, target);
	if (underlying(t)->kind == TY_STRUCT && !same_ctype_struct(t, target) && underlying(t) == underlying(target))
		return convert_value(v, t, target);
	if (is_untyped(t) && underlying(target) != underlying(default_type(t)))
		return convert_value(v, default_type(t), target);
	return v;
}

/* ------------------------------------------------------------ selectors */

/* Applies embedded-field path steps path[0..n) to base (a value of type
 * *bt if isptr, else bt).  Returns an lvalue-ish C expression and sets *tp
 * to the resulting type (not a pointer: pointers are followed). */
static char *
walk_path(char *base, Type *bt, bool isptr, intptr_t *path, int n, Type **tp)
{
	char *cur = base;
	Type *t = bt;
	if (isptr) {
		cur = xsprintf("(*%s)", nn(cur, type_pointer(t)));
	}
	for (int i = 0; i < n; i++) {
		Type *u = underlying(t);
		if (u->kind == TY_POINTER) {
			cur = xsprintf("(*%s)", nn(cur, t));
			t = u->elem;
			u = underlying(t);
		}
		Field *f = &u->fields[path[i]];
		const char *fname = !strcmp(f->name, "_") ? xsprintf("_blank%d", (int)path[i]) : mangle(f->name);
		cur = xsprintf("%s.%s", cur, fname);
		t = f->type;
	}
	*tp = t;
	return cur;
}

static char *
field_expr(Node *e)
{
	Node *x = e->x;
	Type *xt = x->type;
	Type *xu = underlying(xt);
	bool isptr = xu->kind == TY_POINTER;
	char *base = expr(x);
	Type *bt = isptr ? xu->elem : xt;
	if (isptr && !is_simple(x)) {
		/* evaluate once */
	}
	Type *rt;
	intptr_t path[32];
	int n = selpath(e)->n;
	for (int i = 0; i < n && i < 32; i++)
		path[i] = (intptr_t)selpath(e)->v[i];
	return walk_path(base, bt, isptr, path, n, &rt);
}

/* ------------------------------------------------------------ index / slice */

static char *
index_value(Node *idx)
{
	/* index as go_int */
	if (is_const(idx))
		return emit_const(idx->val, ty_int);
	return xsprintf("(go_int)(%s)", expr(idx));
}

static char *
checked_index(Node *idx, const char *len)
{
	if (is_const(idx))
		return xsprintf("gort_check_index(%s, %s)", emit_const(idx->val, ty_int), len);
	Type *t = underlying(idx->type);
	if (is_unsigned(t) && type_bits(t) == 64)
		return xsprintf("gort_check_indexu(%s, %s)", expr(idx), len);
	return xsprintf("gort_check_index((go_int)(%s), %s)", expr(idx), len);
}

static const char *
map_key_fast(Type *mt)
{
	Type *k = underlying(mt->key);
	switch (k->kind) {
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_POINTER:
	case TY_UNSAFEPTR:
		return "fast64";
	case TY_STRING:
		return "faststr";
	default:
		return NULL;
	}
}

/* Pointer to m[k]'s slot: assign = mapassign, else mapaccess1. */
char *
map_index_addr(Node *e, bool assign)
{
	Type *mt = underlying(e->x->type);
	const char *desc = type_desc(e->x->type);
	Node *k = e->list.v[0];
	char *m = expr(e->x);
	char *kv = expr_to(k, mt->key);
	const char *vt = ctype_def(mt->elem);
	const char *fast = map_key_fast(mt);
	if (fast && has_call(e->x) && (has_call(k) || has_safepoint(k)))
		fast = NULL;   /* M()[K()]: the map first, in a temporary */
	const char *fn = assign ? "gort_mapassign" : "gort_mapaccess1";
	char *(*wrap)(char *) = assign ? rt_safepoint : NULL;
	char *call;
	if (fast && !strcmp(fast, "fast64"))
		call = xsprintf("%s_fast64(%s, %s, (uint64_t)(%s))", fn, desc, m, kv);
	else if (fast)
		call = xsprintf("%s_faststr(%s, %s, %s)", fn, desc, m, kv);
	else {
		const char *tk = new_tmp();
		const char *tm = new_tmp();
		char *c = xsprintf("%s(%s, %s, &%s)", fn, desc, tm, tk);
		return xsprintf("({ GoMap *%s = %s; %s%s %s = %s; %s(%s *)%s; })", tm, m, tmp_root(tm, e->x->type),
			ctype_def(mt->key), tk, kv, tmp_root(tk, mt->key), vt, wrap ? wrap(c) : c);
	}
	return xsprintf("((%s *)%s)", vt, wrap ? wrap(call) : call);
}

/* v, ok := m[k]  ->  tuple {V r0; go_bool r1;} */
static char *
map_index_commaok(Node *e, Type *tuple)
{
	Type *mt = underlying(e->x->type);
	const char *desc = type_desc(e->x->type);
	Node *k = e->list.v[0];
	const char *tt = ctype_def(tuple);
	const char *vt = ctype_def(mt->elem);
	const char *r = new_tmp(), *tk = new_tmp();
	const char *fast = map_key_fast(mt);
	char *m = expr(e->x);
	char *kv = expr_to(k, mt->key);
	if (fast && has_call(e->x) && (has_call(k) || has_safepoint(k)))
		fast = NULL;   /* v, ok := M()[K()]: the map first, in a temporary */
	if (fast && !strcmp(fast, "fast64"))
		return xsprintf("({ %s %s; %s.r0 = *(%s *)gort_mapaccess2_fast64(%s, %s, (uint64_t)(%s), &%s.r1); %s; })",
			tt, r, r, vt, desc, m, kv, r, r);
	if (fast)
		return xsprintf("({ %s %s; %s.r0 = *(%s *)gort_mapaccess2_faststr(%s, %s, %s, &%s.r1); %s; })",
			tt, r, r, vt, desc, m, kv, r, r);
	const char *tm = new_tmp();
	return xsprintf("({ %s %s; GoMap *%s = %s; %s%s %s = %s; %s%s.r0 = *(%s *)gort_mapaccess2(%s, %s, &%s, &%s.r1); %s; })",
		tt, r, tm, m, tmp_root(tm, e->x->type), ctype_def(mt->key), tk, kv, tmp_root(tk, mt->key),
		r, vt, desc, tm, tk, r, r);
}

/* C lvalue (or rvalue for strings) of x[i] */
static char *
index_expr(Node *e, bool want_lvalue)
{
	Node *x = e->x;
	Node *idx = e->list.v[0];
	Type *xu = underlying(x->type);
	switch (xu->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: {
		if (is_const(x) && is_const(idx)) {
			/* checker usually folds; fall through */
		}
		if (has_call(x) && has_call(idx)) {   /* S()[I()]: the string first */
			const char *ts = new_tmp();
			return xsprintf("({ GoString %s = %s; %sgort_string_index(%s, %s); })", ts, expr(x),
				tmp_root(ts, ty_string), ts, index_value(idx));
		}
		return xsprintf("gort_string_index(%s, %s)", expr(x), index_value(idx));
	}
	case TY_MAP:
		return xsprintf("(*%s)", map_index_addr(e, want_lvalue));
	case TY_SLICE: {
		const char *et = ctype_def(xu->elem);
		if (is_simple(x) && !has_call(idx)) {
			char *s = expr(x);
			return xsprintf("((%s *)%s.ptr)[%s]", et, s, checked_index(idx, xsprintf("%s.len", s)));
		}
		const char *tmp = new_tmp();
		return xsprintf("(*({ GoSlice %s = %s; %s&((%s *)%s.ptr)[%s]; }))", tmp, expr(x), tmp_root(tmp, xu), et, tmp,
			checked_index(idx, xsprintf("%s.len", tmp)));
	}
	case TY_ARRAY: {
		if (has_call(x) && has_call(idx)) {
			/* F().arr[G()]: the array first, as Go orders calls */
			const char *ta = new_tmp();
			const char *at = ctype_def(x->type);
			const char *ck = checked_index(idx, xsprintf("%lld", (long long)xu->len));
			if (x->mode == M_VAR)
				return xsprintf("(*({ %s *%s = %s; %s&%s->a[%s]; }))", at, ta, addr_of(x),
					tmp_root(ta, type_pointer(ty_uint8)), ta, ck);
			return xsprintf("({ %s %s = %s; %s%s.a[%s]; })", at, ta, expr(x), tmp_root(ta, x->type), ta, ck);
		}
		char *a = expr(x);
		if (is_const(idx))
			return xsprintf("%s.a[%s]", a, emit_const(idx->val, ty_int));
		return xsprintf("%s.a[%s]", a, checked_index(idx, xsprintf("%lld", (long long)xu->len)));
	}
	case TY_POINTER: {
		Type *at = underlying(xu->elem);
		if (has_call(x) && has_call(idx)) {   /* P()[G()]: the pointer first */
			const char *tp = new_tmp();
			return xsprintf("(*({ %s %s = %s; %s&%s->a[%s]; }))", ctype_def(x->type), tp, expr(x),
				tmp_root(tp, x->type), nn(tp, x->type), checked_index(idx, xsprintf("%lld", (long long)at->len)));
		}
		char *p = xsprintf("(*%s)", nn(expr(x), x->type));
		if (is_const(idx))
			return xsprintf("%s.a[%s]", p, emit_const(idx->val, ty_int));
		return xsprintf("%s.a[%s]", p, checked_index(idx, xsprintf("%lld", (long long)at->len)));
	}
	default:
		errorf(e->pos, "unsupported index expression");
		return xstrdup("0");
	}
}

static char *
slice_expr(Node *e)
{
	Node *x = e->x;
	Type *xu = underlying(x->type);
	const char *lo = e->lo ? xsprintf("(go_int)(%s)", expr_to(e->lo, ty_int)) : "0";
	if (xu->kind == TY_STRING || xu->kind == TY_UNTYPED_STRING) {
		const char *ts = new_tmp(), *tl = new_tmp(), *th = new_tmp();
		const char *hi = e->hi ? xsprintf("(go_int)(%s)", expr_to(e->hi, ty_int)) : xsprintf("%s.len", ts);
		/* bounds in declarations: evaluated in order, unlike arguments */
		return xsprintf("({ GoString %s = %s; %sgo_int %s = %s, %s = %s; gort_string_slice(%s, %s, %s); })", ts, expr(x),
			tmp_root(ts, ty_string), tl, lo, th, hi, ts, tl, th);
	}
	const char *base, *len, *cap, *et;
	const char *pre;
	const char *ts = new_tmp();
	if (xu->kind == TY_SLICE) {
		et = ctype_def(xu->elem);
		pre = xsprintf("GoSlice %s = %s; %s", ts, expr(x), tmp_root(ts, xu));
		base = xsprintf("(%s *)%s.ptr", et, ts);
		len = xsprintf("%s.len", ts);
		cap = xsprintf("%s.cap", ts);
	} else {
		Type *at = xu->kind == TY_POINTER ? underlying(xu->elem) : xu;
		et = ctype_def(at->elem);
		char *p = xu->kind == TY_POINTER ? nn(expr(x), x->type) : addr_of(x);
		pre = xsprintf("%s *%s = %s; %s", ctype_def(xu->kind == TY_POINTER ? xu->elem : x->type), ts, p,
			tmp_root(ts, type_pointer(ty_uint8)));
		base = xsprintf("%s->a", ts);
		len = cap = xsprintf("%lld", (long long)at->len);
	}
	const char *tl = new_tmp(), *th = new_tmp(), *tmx = new_tmp();
	const char *hi = e->hi ? xsprintf("(go_int)(%s)", expr_to(e->hi, ty_int)) : len;
	/* A result with no capacity keeps the base pointer: base + lo may point
	 * past the end of the array, at the next object (gc does the same). */
	if (e->slice3) {
		const char *mx = xsprintf("(go_int)(%s)", expr_to(e->max, ty_int));
		return xsprintf("({ %s go_int %s = %s, %s = %s, %s = %s; gort_check_slice3_cap(%s, %s, %s, %s); "
			"(GoSlice){%s + (%s != %s ? %s : 0), %s - %s, %s - %s}; })",
			pre, tl, lo, th, hi, tmx, mx, tl, th, tmx, cap, base, tmx, tl, tl, th, tl, tmx, tl);
	}
	return xsprintf("({ %s go_int %s = %s, %s = %s; gort_check_slice2_cap(%s, %s, %s); "
		"(GoSlice){%s + (%s != %s ? %s : 0), %s - %s, %s - %s}; })",
		pre, tl, lo, th, hi, tl, th, cap, base, cap, tl, tl, th, tl, cap, tl);
}

/* ------------------------------------------------------------ type assertions */

static char *
unbox(const char *data, Type *t)
{
	if (is_ptrshaped(t))
		return xsprintf("((%s)%s)", ctype_def(t), data);
	return xsprintf("(*(%s *)%s)", ctype_def(t), data);
}

static char *
typeassert_expr(Node *e, Type *tuple)
{
	Node *x = e->x;
	Type *xt = x->type;
	Type *T = e->type;
	if (tuple)
		T = tuple->tuple[0];
	bool xiface = underlying(xt)->nmethods > 0;
	const char *te = new_tmp();
	char *xe = expr(x);
	const char *eface = xiface ? xsprintf("gort_iface_to_eface(%s)", xe) : xe;
	if (is_interface(T)) {
		bool tiface = underlying(T)->nmethods > 0;
		if (tuple) {
			const char *r = new_tmp();
			if (tiface)
				return xsprintf("({ %s %s; GoEface %s = %s; %s.r1 = %s; %s; })",
					ctype_def(tuple), r, te, eface, r,
					rt_safepoint(xsprintf("gort_assertE2I2(%s, %s, &%s.r0)", type_desc(T), te, r)), r);
			return xsprintf("({ %s %s; GoEface %s = %s; %s.r0 = %s; %s.r1 = %s.type != NULL; %s; })",
				ctype_def(tuple), r, te, eface, r, te, r, te, r);
		}
		if (tiface)
			return rt_safepoint(xsprintf("gort_assertE2I(%s, %s, %s)", type_desc(xt), type_desc(T), eface));
		return xsprintf("gort_assertE2E(%s, %s)", type_desc(xt), eface);
	}
	const char *d = type_desc(T);
	if (tuple) {
		const char *r = new_tmp();
		return xsprintf("({ %s %s = {}; GoEface %s = %s; if (gort_eface_is(%s, %s)) { %s.r0 = %s; %s.r1 = 1; } %s; })",
			ctype_def(tuple), r, te, eface, te, d, r, unbox(xsprintf("%s.data", te), T), r, r);
	}
	return xsprintf("({ GoEface %s = %s; if (!gort_eface_is(%s, %s)) gort_panic_assert(%s, %s.type, %s); %s; })",
		te, eface, te, d, type_desc(xt), te, d, unbox(xsprintf("%s.data", te), T));
}

/* Comma-ok forms as a tuple value: v, ok = x.(T) / m[k] / <-c */
char *
commaok_expr(Node *e, Type *tuple)
{
	e = unparen(e);
	if (e->kind == N_TYPEASSERT)
		return typeassert_expr(e, tuple);
	if (e->kind == N_INDEX)
		return map_index_commaok(e, tuple);
	if (e->kind == N_UNARY && e->op == OP_RECV) {
		const char *r = new_tmp();
		return xsprintf("({ %s %s = {}; %s%s.r1 = %s; %s; })", ctype_def(tuple), r, tmp_root(r, tuple), r,
			rt_safepoint(xsprintf("gort_chanrecv(%s, &%s.r0)", expr(e->x), r)), r);
	}
	errorf(e->pos, "unsupported comma-ok expression");
	return xstrdup("0");
}

/* ------------------------------------------------------------ composite literals */

static int64_t
const_index(Node *k)
{
	if (k && k->val)
		return const_int64(k->val);
	return 0;
}

static char *composite_value(Node *e, Type *t);

static char *
elem_value(Node *v, Type *et)
{
	v = unparen(v);
	if (v->kind == N_COMPOSITE && !v->x) {
		/* elided type: &T or T */
		if (underlying(et)->kind == TY_POINTER) {
			Type *pt = underlying(et)->elem;
			const char *tmp = new_tmp();
			return xsprintf("({ %s *%s = (%s *)%s; %s*%s = %s; %s; })", ctype_def(pt), tmp,
				ctype_def(pt), rt_safepoint(xsprintf("gort_alloc(%s)", type_desc(pt))), tmp_root(tmp, et), tmp,
				composite_value(v, pt), tmp);
		}
		return composite_value(v, et);
	}
	return expr_to(v, et);
}

static char *
composite_value(Node *e, Type *t)
{
	Type *u = underlying(t);
	const char *ct = ctype_def(t);
	Buf b = {0};
	Buf pre = {0};
	/* two or more elements with calls or allocations: each is evaluated
	 * first, in order, into a temporary the collector sees */
	int nsafe = 0;
	for (int i = 0; i < e->list.n; i++) {
		Node *el = e->list.v[i];
		Type *to = u->kind == TY_ARRAY ? u->elem : NULL;
		if (u->kind == TY_STRUCT) {
			int fi = i;
			if (el->kind == N_KEYVALUE)
				for (fi = 0; fi < u->nfields; fi++)
					if (!strcmp(u->fields[fi].name, el->x->name))
						break;
			if (fi < u->nfields)
				to = u->fields[fi].type;
		}
		if (el->kind == N_KEYVALUE)
			el = el->y;
		if (value_has_safepoint(el, to))
			nsafe++;
	}
	switch (u->kind) {
	case TY_STRUCT: {
		buf_printf(&b, "((%s){", ct);
		for (int i = 0; i < e->list.n; i++) {
			Node *el = e->list.v[i];
			int fi = i;
			Node *val = el;
			if (el->kind == N_KEYVALUE) {
				val = el->y;
				for (fi = 0; fi < u->nfields; fi++)
					if (!strcmp(u->fields[fi].name, el->x->name))
						break;
			}
			if (fi >= u->nfields)
				continue;
			Field *f = &u->fields[fi];
			char *v = elem_value(val, f->type);
			bool sp = value_has_safepoint(val, f->type);
			if ((nsafe > 1 && sp) || (nsafe > 0 && !sp && needs_hold(val))) {
				const char *tmp = new_tmp();
				buf_printf(&pre, "%s %s = %s; %s", ctype_def(f->type), tmp, v, tmp_root(tmp, f->type));
				v = (char *)tmp;
			}
			buf_printf(&b, "%s.%s = %s", i ? ", " : "", !strcmp(f->name, "_") ? xsprintf("_blank%d", fi) :
				mangle(f->name), v);
		}
		buf_puts(&b, "})");
		break;
	}
	case TY_ARRAY: {
		buf_printf(&b, "((%s){ .a = {", ct);
		int64_t idx = 0;
		for (int i = 0; i < e->list.n; i++) {
			Node *el = e->list.v[i];
			Node *val = el;
			if (el->kind == N_KEYVALUE) {
				idx = const_index(el->x);
				val = el->y;
			}
			char *v = elem_value(val, u->elem);
			bool sp = value_has_safepoint(val, u->elem);
			if ((nsafe > 1 && sp) || (nsafe > 0 && !sp && needs_hold(val))) {
				const char *tmp = new_tmp();
				buf_printf(&pre, "%s %s = %s; %s", ctype_def(u->elem), tmp, v, tmp_root(tmp, u->elem));
				v = (char *)tmp;
			}
			buf_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)idx, v);
			idx++;
		}
		buf_puts(&b, "} })");
		break;
	}
	case TY_SLICE: {
		int64_t n = 0, idx = 0;
		for (int i = 0; i < e->list.n; i++) {
			Node *el = e->list.v[i];
			if (el->kind == N_KEYVALUE)
				idx = const_index(el->x);
			idx++;
			if (idx > n) n = idx;
		}
		if (n == 0)
			return xsprintf("((GoSlice){(void *)&gort_zerobase, 0, 0})");
		const char *et = ctype_def(u->elem);
		const char *tp = new_tmp();
		buf_printf(&b, "({ %s *%s = (%s *)%s; %s", et, tp, et,
			rt_safepoint(xsprintf("gort_alloc_n(%s, %lld)", type_desc(u->elem), (long long)n)),
			tmp_root(tp, type_pointer(u->elem)));
		idx = 0;
		for (int i = 0; i < e->list.n; i++) {
			Node *el = e->list.v[i];
			Node *val = el;
			if (el->kind == N_KEYVALUE) {
				idx = const_index(el->x);
				val = el->y;
			}
			buf_printf(&b, "%s[%lld] = %s; ", tp, (long long)idx, elem_value(val, u->elem));
			idx++;
		}
		buf_printf(&b, "(GoSlice){%s, %lld, %lld}; })", tp, (long long)n, (long long)n);
		break;
	}
	case TY_MAP: {
		const char *tm = new_tmp();
		const char *desc = type_desc(t);
		buf_printf(&b, "({ GoMap *%s = %s; %s", tm, rt_safepoint(xsprintf("gort_makemap(%s, %d)", desc, e->list.n)),
			tmp_root(tm, t));
		for (int i = 0; i < e->list.n; i++) {
			Node *el = e->list.v[i];
			if (el->kind != N_KEYVALUE)
				continue;
			const char *tk = new_tmp(), *tv = new_tmp();
			char *kv = elem_value(el->x, u->key);
			char *vv = elem_value(el->y, u->elem);
			buf_printf(&b, type_has_pointers(u->elem) ? "{ %s %s = %s; %s%s %s = %s; %sGOSUB_WB(*(%s *)%s, %s); } " :
				"{ %s %s = %s; %s%s %s = %s; %s*(%s *)%s = %s; } ",
				ctype_def(u->key), tk, kv, tmp_root(tk, u->key), ctype_def(u->elem), tv, vv,
				tmp_root(tv, u->elem), ctype(u->elem),
				rt_safepoint(xsprintf("gort_mapassign(%s, %s, &%s)", desc, tm, tk)), tv);
		}
		buf_printf(&b, "%s; })", tm);
		break;
	}
	default:
		errorf(e->pos, "unsupported composite literal of type %s", type_string(t));
		return xstrdup("0");
	}
	buf_putc(&b, 0);
	if (pre.n) {
		buf_putc(&pre, 0);
		return xsprintf("({ %s%s; })", pre.s, b.s);
	}
	return b.s;
}

static char *
composite_expr(Node *e)
{
	Type *t = e->type;
	if (underlying(t)->kind == TY_POINTER) {
		/* elided &T inside another literal */
		return elem_value(e, t);
	}
	return composite_value(e, t);
}

/* ------------------------------------------------------------ addresses */

char *
lvalue(Node *e)
{
	e = unparen(e);
	switch (e->kind) {
	case N_IDENT:
		return ident_expr(e);
	case N_SELECTOR:
		if (e->selkind == SEL_PKG)
			return xstrdup(global_cname(e->obj));
		return field_expr(e);
	case N_INDEX:
		return index_expr(e, true);
	case N_STAR:
		return xsprintf("(*%s)", nn(expr(e->x), e->x->type));
	default:
		return expr(e);
	}
}

char *
addr_of(Node *e)
{
	e = unparen(e);
	switch (e->kind) {
	case N_IDENT: {
		Object *o = e->obj;
		if (o && o->kind == O_VAR && !o->global && (o->addrtaken || o->captured)) {
			if (!o->cname) local_cname(o);
			return xstrdup(vref(o));
		}
		return xsprintf("(&%s)", lvalue(e));
	}
	case N_COMPOSITE: {
		Type *t = e->type;
		const char *tmp = new_tmp();
		return xsprintf("({ %s *%s = (%s *)%s; %s*%s = %s; %s; })", ctype_def(t), tmp, ctype_def(t),
			rt_safepoint(xsprintf("gort_alloc(%s)", type_desc(t))), tmp_root(tmp, type_pointer(t)), tmp,
			composite_value(e, t), tmp);
	}
	case N_STAR:
		return nn(expr(e->x), e->x->type);
	default:
		return xsprintf("(&%s)", lvalue(e));
	}
}

/* ------------------------------------------------------------ main switch */

char *
expr(Node *e)
{
	if (!e)
		fatal("emit: NULL expression");
	if (is_const(e))
		return emit_const(e->val, e->type);
	switch (e->kind) {
	case N_PAREN:
		return expr(e->x);
	case N_IDENT:
		return ident_expr(e);
	case N_FUNCLIT:
		return emit_funclit(e);
	case N_COMPOSITE:
		return composite_expr(e);
	case N_SELECTOR:
		switch (e->selkind) {
		case SEL_PKG: {
			Object *o = e->obj;
			if (o->kind == O_FUNC)
				return func_value(o);
			if (o->kind == O_CONST)
				return emit_const(o->val, e->type);
			return xstrdup(global_cname(o));
		}
		case SEL_FIELD:
			return field_expr(e);
		case SEL_METHOD: case SEL_IFACEMETHOD:
			return emit_method_value(e);
		case SEL_METHODEXPR:
			return emit_method_expr(e);
		default:
			errorf(e->pos, "unsupported selector");
			return xstrdup("0");
		}
	case N_INDEX:
		return index_expr(e, false);
	case N_SLICE:
		return slice_expr(e);
	case N_TYPEASSERT:
		return typeassert_expr(e, NULL);
	case N_CALL:
		return call_expr(e, false);
	case N_STAR:
		return xsprintf("(*%s)", nn(expr(e->x), e->x->type));
	case N_UNARY:
		return unary_expr(e);
	case N_BINARY:
		return binary_expr(e);
	default:
		errorf(e->pos, "unsupported expression");
		return xstrdup("0");
	}
}

/* ------------------------------------------------------------ shared helpers */

const char *
closure_fnptr_pub(Type *sig, const char *first)
{
	return closure_fnptr(sig, first);
}

/* x op= s with a variable count */
char *
binop_shift_pub(Op op, Type *t, const char *x, const char *s, Type *st)
{
	return shift_op(op, t, x, s, st, -1);
}

/* x op= c with a constant count */
char *
binop_shift_const_pub(Op op, Type *t, const char *x, Node *c)
{
	int64_t sc = 1000;
	if (c->val && c->val->kind == CV_INT && mpz_fits_slong_p(c->val->i))
		sc = mpz_get_si(c->val->i);
	return shift_op(op, t, x, "", c->type, sc);
}

const char *
emit_const_one(Type *t)
{
	Type *u = underlying(t);
	if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128)
		return xsprintf("((%s){1, 0})", ctype(t));
	return xsprintf("((%s)1)", ctype(t));
}
