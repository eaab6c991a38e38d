/*
 * check_expr.c: type checking of expressions and type expressions: operands
 * and their modes, untyped constant conversion (types2's implicit conversion
 * and updateExprType), binary/unary operators, selectors, index and slice
 * expressions, calls, composite and function literals, type assertions, and
 * gc's spellings of expressions and operands for diagnostics.
 */
#include <string.h>
#include "check.h"

#define REL (chk->pkg)

static const char *tstr(Type *t)
{
	return type_string_rel(t, REL);
}

static void invalid(Node *n)
{
	n->mode = M_INVALID;
	n->type = ty_invalid;
}

static bool isbad(Node *n)
{
	return n->mode == M_INVALID || (n->mode != M_BUILTIN && bad_type(n->type));
}

void record_untyped(Node *n)
{
	if (n->type && is_untyped(n->type) && n->type->kind != TY_UNTYPED_NIL)
		vec_push(&chk->untyped, n);
}

/* ---- spelling of expressions */

static void exprbuf(Buf *b, Node *n);

static void listbuf(Buf *b, Vec *l)
{
	for (int i = 0; i < l->n; i++) {
		if (i) buf_puts(b, ", ");
		exprbuf(b, l->v[i]);
	}
}

static void fieldsbuf(Buf *b, Vec *l, const char *sep)
{
	for (int i = 0; i < l->n; i++) {
		Node *f = l->v[i];
		if (i) buf_puts(b, sep);
		for (int j = 0; j < f->list.n; j++) {
			if (j) buf_puts(b, ", ");
			exprbuf(b, f->list.v[j]);
		}
		if (f->list.n) buf_putc(b, ' ');
		if (f->x) exprbuf(b, f->x);
	}
}

static void sigbuf(Buf *b, Node *ft)
{
	buf_putc(b, '(');
	fieldsbuf(b, &ft->list, ", ");
	buf_putc(b, ')');
	if (ft->list2.n == 1 && ((Node *)ft->list2.v[0])->list.n == 0) {
		buf_putc(b, ' ');
		exprbuf(b, ((Node *)ft->list2.v[0])->x);
	} else if (ft->list2.n) {
		buf_puts(b, " (");
		fieldsbuf(b, &ft->list2, ", ");
		buf_putc(b, ')');
	}
}

static void exprbuf(Buf *b, Node *n)
{
	if (!n) return;
	switch (n->kind) {
	case N_IDENT: buf_puts(b, n->name); break;
	case N_BASICLIT: buf_puts(b, n->str); break;
	case N_COMPOSITE:
		if (n->x) exprbuf(b, n->x);
		buf_puts(b, n->list.n ? "{…}" : "{}");
		break;
	case N_FUNCLIT:
		buf_puts(b, "(func");
		sigbuf(b, n->x);
		buf_puts(b, " literal)");
		break;
	case N_PAREN: buf_putc(b, '('); exprbuf(b, n->x); buf_putc(b, ')'); break;
	case N_SELECTOR: exprbuf(b, n->x); buf_putc(b, '.'); buf_puts(b, n->name); break;
	case N_INDEX: exprbuf(b, n->x); buf_putc(b, '['); listbuf(b, &n->list); buf_putc(b, ']'); break;
	case N_SLICE:
		exprbuf(b, n->x);
		buf_putc(b, '[');
		exprbuf(b, n->lo);
		buf_putc(b, ':');
		exprbuf(b, n->hi);
		if (n->slice3) { buf_putc(b, ':'); exprbuf(b, n->max); }
		buf_putc(b, ']');
		break;
	case N_TYPEASSERT:
		exprbuf(b, n->x);
		buf_puts(b, ".(");
		if (n->y) exprbuf(b, n->y); else buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case N_CALL:
		exprbuf(b, n->x);
		buf_putc(b, '(');
		listbuf(b, &n->list);
		if (n->dots) buf_puts(b, "...");
		buf_putc(b, ')');
		break;
	case N_STAR: buf_putc(b, '*'); exprbuf(b, n->x); break;
	case N_UNARY: buf_puts(b, op_string(n->op)); exprbuf(b, n->x); break;
	case N_BINARY:
		exprbuf(b, n->x);
		buf_printf(b, " %s ", op_string(n->op));
		exprbuf(b, n->y);
		break;
	case N_KEYVALUE: exprbuf(b, n->x); buf_puts(b, ": "); exprbuf(b, n->y); break;
	case N_ARRAYTYPE:
		buf_putc(b, '[');
		if (n->x && n->x->kind == N_ELLIPSIS) buf_puts(b, "...");
		else exprbuf(b, n->x);
		buf_putc(b, ']');
		exprbuf(b, n->y);
		break;
	case N_STRUCTTYPE: buf_puts(b, "struct{"); fieldsbuf(b, &n->list, "; "); buf_putc(b, '}'); break;
	case N_FUNCTYPE: buf_puts(b, "func"); sigbuf(b, n); break;
	case N_INTERFACETYPE: {
		buf_puts(b, "interface{");
		for (int i = 0; i < n->list.n; i++) {
			Node *f = n->list.v[i];
			if (i) buf_puts(b, "; ");
			if (f->list.n) {
				exprbuf(b, f->list.v[0]);
				if (f->x && f->x->kind == N_FUNCTYPE) sigbuf(b, f->x);
			} else
				exprbuf(b, f->x);
		}
		buf_putc(b, '}');
		break;
	}
	case N_MAPTYPE: buf_puts(b, "map["); exprbuf(b, n->x); buf_putc(b, ']'); exprbuf(b, n->y); break;
	case N_CHANTYPE:
		buf_puts(b, n->dir == CHAN_RECV ? "<-chan " : n->dir == CHAN_SEND ? "chan<- " : "chan ");
		exprbuf(b, n->y);
		break;
	case N_ELLIPSIS: buf_puts(b, "..."); exprbuf(b, n->x); break;
	default: buf_puts(b, "?"); break;
	}
}

const char *expr_string(Node *n)
{
	Buf b = {0};
	exprbuf(&b, n);
	buf_putc(&b, 0);
	return b.s;
}

/* The source spelling of a type expression if it denotes t and differs from
 * type_string_rel only by the aliases byte, rune and any (gc keeps those). */
const char *type_spelling(Node *tx, Type *t)
{
	if (!tx || !t)
		return NULL;
	const char *s = expr_string(tx);
	if (!strstr(s, "byte") && !strstr(s, "rune") && !strstr(s, "any"))
		return NULL;
	Buf b = {0};
	for (const char *p = s; *p; ) {
		bool word = p == s || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z') ||
			(p[-1] >= '0' && p[-1] <= '9') || p[-1] == '_' || p[-1] == '.');
		const char *rep = NULL;
		int len = 0;
		if (word && !strncmp(p, "byte", 4)) { rep = "uint8"; len = 4; }
		else if (word && !strncmp(p, "rune", 4)) { rep = "int32"; len = 4; }
		else if (word && !strncmp(p, "any", 3)) { rep = "interface{}"; len = 3; }
		if (rep) {
			char c = p[len];
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
				rep = NULL;
		}
		if (rep) {
			buf_puts(&b, rep);
			p += len;
		} else
			buf_putc(&b, *p++);
	}
	buf_putc(&b, 0);
	return strcmp(b.s, tstr(t)) ? NULL : s;
}

/* A declared function's type with its parameter names, as types2 prints it
 * ("func(x int) (n int, err error)"); other types print normally. */
static const char *func_sig_named(Node *n)
{
	Node *e = n;
	while (e->kind == N_PAREN) e = e->x;
	Object *o = (e->kind == N_IDENT || e->kind == N_SELECTOR) ? e->obj : NULL;
	Type *t = n->type;
	if (o && o->kind == O_VAR && o->decl && o->decl->kind == N_VALUESPEC && o->decl->x &&
		o->pkg == chk->pkg && o->type == t) {
		const char *sp = type_spelling(o->decl->x, t);
		if (sp) return sp;
	}
	if (!o || o->kind != O_FUNC || !o->decl || o->decl->kind != N_FUNCDECL || o->type != t ||
		t->kind != TY_FUNC || !o->decl->x)
		return tstr(t);
	Node *ft = o->decl->x;
	Buf b = {0};
	buf_puts(&b, "func(");
	int k = 0;
	for (int i = 0; i < ft->list.n; i++) {
		Node *f = ft->list.v[i];
		int cnt = f->list.n ? f->list.n : 1;
		for (int j = 0; j < cnt && k < t->nparams; j++, k++) {
			if (k) buf_puts(&b, ", ");
			if (f->list.n) {
				buf_puts(&b, ((Node *)f->list.v[j])->name);
				buf_putc(&b, ' ');
			}
			Node *tx = f->x && f->x->kind == N_ELLIPSIS ? f->x->x : f->x;
			bool any = tx && tx->kind == N_IDENT && !strcmp(tx->name, "any");
			if (t->variadic && k == t->nparams - 1) {
				buf_puts(&b, "...");
				buf_puts(&b, any ? "any" : tstr(t->params[k]->elem));
			} else
				buf_puts(&b, any ? "any" : tstr(t->params[k]));
		}
	}
	buf_putc(&b, ')');
	bool named = ft->list2.n && ((Node *)ft->list2.v[0])->list.n > 0;
	if (t->nresults == 1 && !named) {
		buf_putc(&b, ' ');
		buf_puts(&b, tstr(t->results[0]));
	} else if (t->nresults > 0) {
		buf_puts(&b, " (");
		k = 0;
		for (int i = 0; i < ft->list2.n; i++) {
			Node *f = ft->list2.v[i];
			int cnt = f->list.n ? f->list.n : 1;
			for (int j = 0; j < cnt && k < t->nresults; j++, k++) {
				if (k) buf_puts(&b, ", ");
				if (f->list.n) {
					buf_puts(&b, ((Node *)f->list.v[j])->name);
					buf_putc(&b, ' ');
				}
				buf_puts(&b, tstr(t->results[k]));
			}
		}
		buf_putc(&b, ')');
	}
	buf_putc(&b, 0);
	return b.s;
}

/* types2's operand spelling: "x (variable of type int)", "1 << 70 (untyped int constant 1180591620717411303424)". */
const char *operand_string(Node *n)
{
	Buf b = {0};
	const char *e = expr_string(n);
	if (n->mode == M_VALUE && n->type == ty_untyped_nil)
		return "nil";
	buf_puts(&b, e);
	buf_puts(&b, " (");
	bool hastype = false;
	switch (n->mode) {
	case M_INVALID: case M_NOVALUE: case M_BUILTIN: case M_TYPE:
		break;
	default:
		if (n->type && is_untyped(n->type)) {
			buf_puts(&b, tstr(n->type));
			buf_putc(&b, ' ');
		} else if (n->type)
			hastype = true;
	}
	static const char *modes[] = {
		[M_INVALID] = "invalid operand", [M_NOVALUE] = "no value", [M_BUILTIN] = "built-in",
		[M_TYPE] = "type", [M_CONST] = "constant", [M_VAR] = "variable",
		[M_MAPINDEX] = "map index expression", [M_VALUE] = "value",
		[M_COMMAOK] = "comma, ok expression",
	};
	buf_puts(&b, modes[n->mode]);
	if (n->mode == M_CONST && n->val) {
		const char *s = const_string(n->val);
		if (strcmp(s, e))
			buf_printf(&b, " %s", s);
	}
	if (hastype)
		buf_printf(&b, " of type %s", func_sig_named(n));
	buf_putc(&b, ')');
	buf_putc(&b, 0);
	return b.s;
}

/* ---- untyped conversion */

/* Sets the (typed) type t on the untyped expression n and its untyped operands. */
static void update_type(Node *n, Type *t)
{
	if (!n || !n->type || !is_untyped(n->type) || n->type == ty_untyped_nil)
		return;
	switch (n->kind) {
	case N_PAREN:
		update_type(n->x, t);
		break;
	case N_UNARY:
		if (n->op != OP_NOT || is_boolean(t))
			update_type(n->x, t);
		break;
	case N_BINARY:
		switch (n->op) {
		case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
			break;   /* operands keep their own (default) types */
		case OP_SHL: case OP_SHR:
			update_type(n->x, t);
			break;
		default:
			update_type(n->x, t);
			update_type(n->y, t);
		}
		break;
	default:
		break;
	}
	if (n->val && n->mode == M_CONST) {
		ConstVal *r = const_convert(n->val, t);
		if (r) n->val = r;
	}
	if (n->kind == N_BINARY && (n->op == OP_SHL || n->op == OP_SHR) && n->mode != M_CONST &&
		!is_integer(t) && t->kind != TY_INVALID) {
		errorf(epos(n), "invalid operation: %s (shift of type %s)", expr_string(n), tstr(t));
		n->mode = M_INVALID;
	}
	n->type = t;
}

enum { CV_OK, CV_KIND, CV_OVERFLOW, CV_TRUNC };

/* Can untyped n be converted to typed target? (types2 implicitTypeAndValue) */
static int implicit_ok(Node *n, Type *target, Type **final)
{
	Type *tu = underlying(target);
	*final = target;
	if (tu->kind == TY_INVALID)
		return CV_OK;
	if (n->type == ty_untyped_nil) {
		switch (tu->kind) {
		case TY_POINTER: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN:
		case TY_INTERFACE: case TY_UNSAFEPTR:
			return CV_OK;
		default:
			return CV_KIND;
		}
	}
	if (tu->kind == TY_INTERFACE) {
		*final = default_type(n->type);
		if (n->mode == M_CONST && !const_representable(n->val, *final, NULL))
			return CV_OVERFLOW;
		return CV_OK;
	}
	if (!is_const_type(tu) || is_untyped(tu))
		return CV_KIND;
	Type *ut = n->type;
	Node *sh = n;
	while (sh->kind == N_PAREN) sh = sh->x;
	if (sh->kind == N_BINARY && (sh->op == OP_SHL || sh->op == OP_SHR) && n->mode != M_CONST)
		return CV_OK;   /* update_type reports "shift of type T" */
	if (ut->kind == TY_UNTYPED_BOOL)
		return is_boolean(tu) ? CV_OK : CV_KIND;
	if (ut->kind == TY_UNTYPED_STRING)
		return is_string(tu) ? CV_OK : CV_KIND;
	/* numeric */
	if (!is_numeric(tu))
		return CV_KIND;
	if (n->mode != M_CONST) {
		/* non-constant untyped numeric (a shift of an untyped constant) */
		return CV_OK;
	}
	if (const_representable(n->val, tu, NULL))
		return CV_OK;
	if (is_integer(tu) && (!const_is_int(n->val) || !is_integer(n->type))) {
		if (n->val->kind == CV_COMPLEX && mpq_sgn(n->val->im) != 0)
			return CV_KIND;
		return CV_TRUNC;   /* gc: a float constant that does not fit an integer is "truncated" */
	}
	if (is_float(tu) && n->val->kind == CV_COMPLEX && mpq_sgn(n->val->im) != 0)
		return CV_TRUNC;
	return CV_OVERFLOW;
}

void convert_untyped(Node *n, Type *target)
{
	if (isbad(n) || !is_untyped(n->type) || !target || target->kind == TY_INVALID)
		return;
	if (is_untyped(target)) {
		/* both untyped: the larger kind wins (only numeric kinds change) */
		if (is_numeric(n->type) && is_numeric(target) && target->kind > n->type->kind) {
			if (n->val) n->val = const_to_kind(n->val, const_kind_of(target));
			n->type = target;
		}
		return;
	}
	Type *final;
	int r = implicit_ok(n, target, &final);
	if (r == CV_OK) {
		if (n->type != ty_untyped_nil)
			update_type(n, final);
		return;
	}
	if (r == CV_TRUNC)
		errorf(epos(n), "%s truncated to %s", operand_string(n), tstr(target));
	else if (r == CV_OVERFLOW)
		errorf(epos(n), "%s overflows %s", operand_string(n), tstr(final));
	else
		errorf(epos(n), "cannot convert %s to %s", operand_string(n), tstr(target));
	invalid(n);
}

/* Gives still-untyped expressions their default types (end of package). */
void finalize_untyped(void)
{
	for (int i = 0; i < chk->untyped.n; i++) {
		Node *n = chk->untyped.v[i];
		if (n->type && is_untyped(n->type) && n->type != ty_untyped_nil)
			update_type(n, default_type(n->type));
	}
}

const char *missing_reason(Type *v, Type *t)
{
	const char *name;
	bool wp, wt;
	Type *tu = underlying(t);
	if (tu->kind != TY_INTERFACE)
		return NULL;
	if (!missing_method(v, t, false, &name, &wp, &wt)) {
		if (tu->comparable_only && !type_comparable(v))
			return xsprintf("%s does not implement comparable", tstr(v));
		return NULL;
	}
	if (wp)
		return xsprintf("%s does not implement %s (%s method has pointer receiver)",
			tstr(v), tstr(t), name);
	if (wt) {
		Lookup l = lookup_field_or_method(v, false, name, chk->pkg);
		Method *want = iface_method(t, name, NULL);
		Type *have = l.method ? l.method->func->type : NULL;
		if (is_interface(v)) {
			Method *hm = iface_method(v, name, NULL);
			have = hm ? hm->func->type : NULL;
		}
		const char *hs = have ? type_string_rel(have, REL) + 4 : "?";
		const char *ws = want ? type_string_rel(want->func->type, REL) + 4 : "?";
		return xsprintf("%s does not implement %s (wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s",
			tstr(v), tstr(t), name, name, hs, name, ws);
	}
	if (underlying(v)->kind == TY_POINTER && is_interface(underlying(v)->elem))
		return xsprintf("%s does not implement %s (type %s is pointer to interface, not interface)",
			tstr(v), tstr(t), tstr(v));
	/* a method with the same name in a different case */
	Method *want = iface_method(t, name, NULL);
	char alt[256];
	snprintf(alt, sizeof alt, "%s", name);
	if (alt[0] >= 'a' && alt[0] <= 'z') alt[0] -= 32;
	else if (alt[0] >= 'A' && alt[0] <= 'Z') alt[0] += 32;
	const char *altname = intern(alt, strlen(alt));
	Lookup l = lookup_field_or_method(v, false, altname, chk->pkg);
	Method *hm = l.kind == SEL_METHOD ? l.method : NULL;
	if (!hm && is_interface(v))
		hm = iface_method(v, altname, NULL);
	if (hm && want)
		return xsprintf("%s does not implement %s (missing %s method)\n\t\thave %s%s\n\t\twant %s%s",
			tstr(v), tstr(t), name, altname, type_string_rel(hm->func->type, REL) + 4, name,
			type_string_rel(want->func->type, REL) + 4);
	return xsprintf("%s does not implement %s (missing %s method)", tstr(v), tstr(t), name);
}

/* Assignment of n to a variable of type t (context: "assignment", "argument to f", ...). */
bool check_assignable(Node *n, Type *t, const char *context)
{
	const char *tname = chk->tspell ? chk->tspell : tstr(t);
	if (isbad(n) || !t || t->kind == TY_INVALID)
		return false;
	if (n->mode == M_TYPE || n->mode == M_BUILTIN || n->mode == M_NOVALUE) {
		return false;
	}
	if (is_untyped(n->type)) {
		Type *final;
		int r = implicit_ok(n, t, &final);
		if (r != CV_OK) {
			if (n->type == ty_untyped_nil)
				errorf(epos(n), "cannot use nil as %s value in %s", tname, context);
			else if (r == CV_KIND && is_interface(t)) {
				errorf(epos(n), "cannot use %s as %s value in %s", operand_string(n), tname, context);
			} else
				errorf(epos(n), "cannot use %s as %s value in %s%s", operand_string(n), tname,
					context, r == CV_OVERFLOW ? " (overflows)" : r == CV_TRUNC ? " (truncated)" : "");
			invalid(n);
			return false;
		}
		if (n->type != ty_untyped_nil)
			update_type(n, final);
	}
	const char *reason;
	if (type_assignable(n->type, t, &reason))
		return true;
	const char *why = missing_reason(n->type, t);
	if (why)
		errorf(epos(n), "cannot use %s as type %s in %s:\n\t%s", operand_string(n), tname, context, why);
	else if (is_interface(n->type) && !is_interface(t) && implements(t, n->type, NULL, NULL))
		errorf(epos(n), "cannot use %s as type %s in %s:\n\tneed type assertion", operand_string(n), tname, context);
	else
		errorf(epos(n), "cannot use %s as type %s in %s", operand_string(n), tname, context);
	return false;
}

/* ---- identifiers */

void note_use(Object *o, Node *id)
{
	o->used = true;
	if (o->kind == O_VAR && !o->global && o->func && chk->func && o->func != chk->func) {
		o->captured = true;
		o->addrtaken = true;
	}
	if (chk->declobj && o->global && (o->kind == O_VAR || o->kind == O_FUNC) && o->pkg == chk->pkg) {
		DeclInfo *d = declinfo(chk->declobj);
		if (d) vec_push(&d->deps, o);
	}
}

static void ident(Node *n)
{
	if (!strcmp(n->name, "_")) {
		errorf(epos(n), "cannot use _ as value");
		invalid(n);
		return;
	}
	Object *o = scope_lookup(chk->scope, n->name, NULL);
	if (!o) {
		errorf(epos(n), "undefined: %s", n->name);
		invalid(n);
		return;
	}
	n->obj = o;
	if (o->pkg && o->pkg != chk->pkg && o->kind != O_PKG)
		for (int i = 0; i < chk->dotimports.n; i++) {
			Object *d = chk->dotimports.v[i];
			if (d->imported == o->pkg) d->used = true;
		}
	if (o->kind == O_PKG) {
		o->used = true;
		errorf(epos(n), "use of package %s without selector", o->name);
		invalid(n);
		return;
	}
	/* a defined type's Type exists from the start: its underlying type is
	 * resolved lazily (underlying()), which allows recursive references */
	if (declinfo(o) && declinfo(o)->state != DS_DONE &&
		!(o->kind == O_TYPE && o->type && o->type->kind == TY_NAMED))
		check_object(o);
	note_use(o, n);
	switch (o->kind) {
	case O_CONST:
		n->mode = M_CONST;
		n->type = o->type ? o->type : ty_invalid;
		if (o->pkg == NULL && !strcmp(o->name, "iota")) {
			if (chk->iota < 0) {
				errorf(epos(n), "cannot use iota outside constant declaration");
				invalid(n);
				return;
			}
			n->val = const_int(chk->iota);
		} else
			n->val = o->val;
		if (!n->val || n->type->kind == TY_INVALID) {
			invalid(n);
			return;
		}
		break;
	case O_TYPE:
		n->mode = M_TYPE;
		n->type = o->type ? o->type : ty_invalid;
		break;
	case O_VAR:
		n->mode = M_VAR;
		n->type = o->type ? o->type : ty_invalid;
		break;
	case O_FUNC:
		n->mode = M_VALUE;
		n->type = o->type ? o->type : ty_invalid;
		break;
	case O_BUILTIN:
		n->mode = M_BUILTIN;
		n->type = ty_invalid;
		break;
	case O_NIL:
		n->mode = M_VALUE;
		n->type = ty_untyped_nil;
		break;
	default:
		invalid(n);
	}
	if (n->type && n->type->kind == TY_INVALID && n->mode != M_BUILTIN)
		n->mode = M_INVALID;
	record_untyped(n);
}

/* ---- types */

static Type *struct_type(Node *n)
{
	Vec fs = {0};
	int nf = 0;
	Field *fields = NULL;
	Scope *names = scope_new(NULL);
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		Type *ft = check_type(f->x);
		const char *tag = NULL;
		if (f->str) {
			Node lit = { .kind = N_BASICLIT, .lit = LIT_STRING, .str = f->str, .pos = f->pos };
			ConstVal *v = const_from_lit(&lit);
			tag = v && v->slen ? v->s : NULL;   /* an empty tag is no tag */
		}
		if (f->list.n == 0) {
			/* embedded: T, *T, pkg.T */
			Node *tx = f->x;
			bool ptr = false;
			if (tx->kind == N_STAR) { tx = tx->x; ptr = true; }
			const char *name = tx->kind == N_SELECTOR ? tx->name : tx->kind == N_IDENT ? tx->name : "?";
			Type *base = ptr && ft->kind == TY_POINTER ? ft->elem : ft;
			if (base->kind != TY_INVALID && !(base->kind == TY_NAMED && !base->underlying)) {
				Type *bu = underlying(base);
				if (bu->kind == TY_UNSAFEPTR)
					errorf(epos(f->x), "embedded field type cannot be unsafe.Pointer");
				else if (ptr && (bu->kind == TY_POINTER || bu->kind == TY_INTERFACE))
					errorf(epos(f->x), "embedded field type cannot be a pointer to an interface");
				else if (!ptr && base->kind == TY_NAMED && bu->kind == TY_POINTER)
					errorf(epos(f->x), "embedded field type cannot be a pointer");
				else if (!ptr && ft->kind == TY_POINTER)
					errorf(epos(f->x), "embedded field type cannot be a pointer");
			}
			fields = xrealloc(fields, sizeof(Field) * (nf + 1));
			memset(&fields[nf], 0, sizeof(Field));
			fields[nf].name = name;
			fields[nf].type = ft;
			fields[nf].tag = tag;
			fields[nf].embedded = true;
			fields[nf].pkg = chk->pkg;
			Object *o = object_new(O_VAR, name, f->x->pos);
			Object *old = scope_insert(names, o);
			if (old)
				errorf(epos(f->x), "%s redeclared\n\t%s:%d:%d: other declaration of %s", name,
					srcfile_name(old->pos.file), old->pos.line, old->pos.col, name);
			nf++;
			continue;
		}
		for (int j = 0; j < f->list.n; j++) {
			Node *id = f->list.v[j];
			fields = xrealloc(fields, sizeof(Field) * (nf + 1));
			memset(&fields[nf], 0, sizeof(Field));
			fields[nf].name = id->name;
			fields[nf].type = ft;
			fields[nf].tag = tag;
			fields[nf].pkg = chk->pkg;
			Object *o = object_new(O_VAR, id->name, id->pos);
			Object *old = scope_insert(names, o);
			if (old)
				errorf(epos(id), "%s redeclared\n\t%s:%d:%d: other declaration of %s", id->name,
					srcfile_name(old->pos.file), old->pos.line, old->pos.col, id->name);
			nf++;
		}
	}
	(void)fs;
	return type_struct(fields, nf);
}

/* Declares a receiver, parameter or result name of a signature in scope s. */
static Object *
declare_sig_var(Node *id, Type *t, Scope *s, bool result)
{
	Object *o = object_new(O_VAR, id->name, id->pos);
	o->type = t;
	o->param = !result;
	o->result = result;
	o->used = true;
	o->func = chk->func;
	o->pkg = chk->pkg;
	id->obj = o;
	if (strcmp(id->name, "_"))
		scope_declare(s, o);
	return o;
}

/* Signature of a function type node; declares params/results in s when s != NULL. */
Type *check_funcsig(Node *ft, Node *recv, Scope *s, Object **recvobj)
{
	if (ft->tparams.n) {
		errorf(epos(ft), "generic functions are not supported by gosub");
	}
	Type *params[256], *results[256];
	int np = 0, nr = 0;
	Scope *dups = s ? NULL : scope_new(NULL);
	bool variadic = false;
	if (recv && recv->list.n && s) {
		Object *o = declare_sig_var(recv->list.v[0], recv->type, s, false);
		if (recvobj) *recvobj = o;
	}
	for (int i = 0; i < ft->list.n; i++) {
		Node *f = ft->list.v[i];
		Node *tx = f->x;
		Type *t;
		if (tx && tx->kind == N_ELLIPSIS) {
			if (i != ft->list.n - 1 || f->list.n > 1)
				errorf(epos(tx), "can only use ... with final parameter in list");
			t = type_slice(check_type(tx->x));
			tx->type = t;
			tx->mode = M_TYPE;
			variadic = true;
		} else
			t = check_type(tx);
		int cnt = f->list.n ? f->list.n : 1;
		for (int j = 0; j < cnt; j++) {
			if (np < 256) params[np++] = t;
			if (f->list.n && s) {
				declare_sig_var(f->list.v[j], t, s, false);
			} else if (f->list.n && strcmp(((Node *)f->list.v[j])->name, "_")) {
				Node *id = f->list.v[j];
				scope_declare(dups, object_new(O_VAR, id->name, id->pos));
			}
		}
	}
	for (int i = 0; i < ft->list2.n; i++) {
		Node *f = ft->list2.v[i];
		Type *t = check_type(f->x);
		int cnt = f->list.n ? f->list.n : 1;
		for (int j = 0; j < cnt; j++) {
			if (nr < 256) results[nr++] = t;
			if (f->list.n && s) {
				declare_sig_var(f->list.v[j], t, s, true);
			} else if (f->list.n && strcmp(((Node *)f->list.v[j])->name, "_")) {
				Node *id = f->list.v[j];
				scope_declare(dups, object_new(O_VAR, id->name, id->pos));
			}
		}
	}
	Type *t = type_func(params, np, results, nr, variadic);
	ft->type = t;
	ft->mode = M_TYPE;
	return t;
}

static void add_method(Method **ms, int *n, Method m, Pos pos)
{
	for (int i = 0; i < *n; i++)
		if (!strcmp((*ms)[i].name, m.name)) {
			if ((*ms)[i].func->type != m.func->type)
				errorf(pos, "duplicate method %s", m.name);
			return;
		}
	*ms = xrealloc(*ms, sizeof(Method) * (*n + 1));
	(*ms)[(*n)++] = m;
}

static Type *interface_type(Node *n)
{
	Method *ms = NULL;
	int nm = 0;
	Type **embeds = NULL;
	int ne = 0;
	/* explicit methods first, then the embedded interfaces' methods (an
	 * identical method may be embedded several times) */
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		if (!f->list.n)
			continue;
		Node *id = f->list.v[0];
		Object *fo = object_new(O_FUNC, id->name, id->pos);
		fo->pkg = chk->pkg;
		fo->type = check_funcsig(f->x, NULL, NULL, NULL);
		id->obj = fo;
		if (!strcmp(id->name, "_")) {
			errorf(epos(id), "methods must have a unique non-blank name");
			continue;
		}
		bool dup = false;
		for (int k = 0; k < nm; k++)
			if (!strcmp(ms[k].name, id->name)) {
				errorf(epos(id), "duplicate method %s\n\t%s:%d:%d: other declaration of %s", id->name,
					srcfile_name(ms[k].func->pos.file), ms[k].func->pos.line, ms[k].func->pos.col, id->name);
				dup = true;
			}
		if (dup) continue;
		ms = xrealloc(ms, sizeof(Method) * (nm + 1));
		ms[nm++] = (Method){ .name = id->name, .func = fo, .pkg = chk->pkg };
	}
	int nexplicit = nm;
	Method *explicit_ = xmalloc(sizeof(Method) * (nm ? nm : 1));
	if (nm) memcpy(explicit_, ms, sizeof(Method) * nm);
	bool pending = false;
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		if (f->list.n)
			continue;
		Node *tx = f->x;
		if (tx->kind == N_UNION || tx->kind == N_TILDE) {
			errorf(epos(tx), "type constraints are not supported by gosub");
			continue;
		}
		bool saveemb = chk->embedding;
		chk->embedding = true;
		Type *et = check_type(tx);
		chk->embedding = saveemb;
		if (bad_type(et))
			continue;
		if (et->kind == TY_NAMED && !et->underlying && declinfo(et->obj) &&
			declinfo(et->obj)->state == DS_RESOLVING) {
			/* embeds an interface still being declared: complete later */
			embeds = xrealloc(embeds, sizeof(Type *) * (ne + 1));
			embeds[ne++] = et;
			pending = true;
			continue;
		}
		Type *eu = underlying(et);
		if (eu->kind == TY_INVALID)
			continue;
		if (eu->kind != TY_INTERFACE) {
			errorf(epos(tx), "type constraints are not supported by gosub");
			continue;
		}
		embeds = xrealloc(embeds, sizeof(Type *) * (ne + 1));
		embeds[ne++] = et;
		for (int k = 0; k < eu->nmethods; k++)
			add_method(&ms, &nm, eu->methods[k], epos(tx));
	}
	if (pending) {
		Type *t = type_interface_pending(ms, nm, embeds, ne);
		PendingIface *p = xmalloc(sizeof *p);
		p->t = t;
		p->explicit_ = explicit_;
		p->nexplicit = nexplicit;
		p->pos = n->pos;
		vec_push(&chk->pending, p);
		return t;
	}
	return type_interface(ms, nm, embeds, ne);
}

/* Fills in the method sets of interfaces that embedded incomplete ones. */
void complete_pending_ifaces(void)
{
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < chk->pending.n; i++) {
			PendingIface *p = chk->pending.v[i];
			Method *ms = xmalloc(sizeof(Method) * (p->nexplicit ? p->nexplicit : 1));
			int nm = p->nexplicit;
			if (nm) memcpy(ms, p->explicit_, sizeof(Method) * nm);
			for (int k = 0; k < p->t->nembeds; k++) {
				Type *eu = underlying(p->t->embeds[k]);
				if (eu->kind != TY_INTERFACE)
					continue;
				for (int j = 0; j < eu->nmethods; j++)
					if (round == 2)
						add_method(&ms, &nm, eu->methods[j], p->pos);
					else {
						bool have = false;
						for (int q = 0; q < nm; q++)
							if (!strcmp(ms[q].name, eu->methods[j].name)) have = true;
						if (!have) {
							ms = xrealloc(ms, sizeof(Method) * (nm + 1));
							ms[nm++] = eu->methods[j];
						}
					}
			}
			type_sort_methods(ms, nm);
			p->t->methods = ms;
			p->t->nmethods = nm;
		}
	}
	chk->pending.n = 0;
}

int64_t array_length(Node *x)
{
	check_expr(x, NULL);
	if (isbad(x))
		return -1;
	if (x->mode != M_CONST) {
		if (x->type == ty_untyped_nil)
			errorf(epos(x), "invalid array length %s", expr_string(x));
		else
			errorf(epos(x), "array length %s must be constant", operand_string(x));
		return -1;
	}
	if ((is_untyped(x->type) || is_integer(x->type)) && const_is_int(x->val)) {
		ConstVal *r = const_convert(x->val, ty_int);
		if (r && const_sign(r) >= 0) {
			if (is_untyped(x->type)) convert_untyped(x, ty_int);
			return const_int64(r);
		}
		if (r) {
			errorf(epos(x), "invalid array length %s", operand_string(x));
			return -1;
		}
	}
	errorf(epos(x), "array length %s must be integer", operand_string(x));
	return -1;
}

/* Type expression; named is the type being declared (type T <expr>), for
 * diagnostics only. */
Type *check_type(Node *n)
{
	Type *t = ty_invalid;
	if (!n) return ty_invalid;
	switch (n->kind) {
	case N_IDENT: case N_SELECTOR:
		check_expr_or_type(n);
		if (isbad(n)) return n->type = ty_invalid;
		if (n->mode != M_TYPE) {
			errorf(epos(n), "%s is not a type", n->mode == M_INVALID ? expr_string(n) : operand_string(n));
			invalid(n);
			return ty_invalid;
		}
		if (!chk->embedding && n->type->kind == TY_NAMED && n->type->underlying &&
			n->type->underlying->kind == TY_INTERFACE && n->type->underlying->comparable_only) {
			errorf(epos(n), "cannot use type %s outside a type constraint: interface is (or embeds) comparable",
				expr_string(n));
			invalid(n);
			return ty_invalid;
		}
		return n->type;
	case N_PAREN:
		t = check_type(n->x);
		break;
	case N_STAR:
		t = check_type(n->x);
		if (t->kind != TY_INVALID)
			t = type_pointer(t);
		break;
	case N_ARRAYTYPE: {
		if (!n->x) {
			t = check_type(n->y);
			t = t->kind == TY_INVALID ? t : type_slice(t);
			break;
		}
		if (n->x->kind == N_ELLIPSIS) {
			errorf(epos(n->x), "invalid use of [...] array (outside a composite literal)");
			check_type(n->y);
			t = ty_invalid;
			break;
		}
		int64_t len = array_length(n->x);
		Type *e = check_type(n->y);
		if (len < 0 || e->kind == TY_INVALID)
			t = ty_invalid;
		else {
			t = type_array(e, len);
			n->type = t;
			vec_push(&chk->arrays, n);
		}
		break;
	}
	case N_MAPTYPE: {
		Type *k = check_type(n->x);
		Type *v = check_type(n->y);
		if (k->kind == TY_INVALID || v->kind == TY_INVALID) { t = ty_invalid; break; }
		if (k->kind == TY_NAMED && !k->underlying) {
			/* still being declared: checked when the package's types are done */
			vec_push(&chk->mapkeys, n);
		} else if (!type_comparable(k)) {
			errorf(epos(n->x), "invalid map key type %s", tstr(k));
		}
		t = type_map(k, v);
		break;
	}
	case N_CHANTYPE: {
		Type *e = check_type(n->y);
		t = e->kind == TY_INVALID ? e : type_chan(e, n->dir);
		break;
	}
	case N_FUNCTYPE:
		t = check_funcsig(n, NULL, NULL, NULL);
		break;
	case N_STRUCTTYPE:
		t = struct_type(n);
		break;
	case N_INTERFACETYPE:
		t = interface_type(n);
		break;
	case N_INDEX:
		errorf(epos(n), "generic type instantiation is not supported by gosub");
		t = ty_invalid;
		break;
	case N_ELLIPSIS:
		errorf(epos(n), "invalid use of ...");
		t = ty_invalid;
		break;
	default:
		check_expr_or_type(n);
		if (n->mode == M_TYPE)
			return n->type;
		if (!isbad(n))
			errorf(epos(n), "%s is not a type", expr_string(n));
		t = ty_invalid;
		break;
	}
	n->mode = t->kind == TY_INVALID ? M_INVALID : M_TYPE;
	n->type = t;
	return t;
}

/* ---- operators */

static bool is_comparison(Op op)
{
	return op >= OP_EQ && op <= OP_GE;
}

static bool op_allowed(Op op, Type *t, const char **what)
{
	switch (op) {
	case OP_ADD:
		return is_numeric(t) || is_string(t);
	case OP_SUB: case OP_MUL: case OP_DIV:
		return is_numeric(t);
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
		return is_integer(t);
	case OP_ANDAND: case OP_OROR: case OP_NOT:
		return is_boolean(t);
	default:
		(void)what;
		return true;
	}
}

static const char *op_name(Op op)
{
	switch (op) {
	case OP_ADD: return "addition";
	case OP_SUB: return "subtraction";
	case OP_MUL: return "multiplication";
	case OP_SHL: return "shift";
	case OP_XOR: return "bitwise XOR";
	case OP_AND: return "bitwise AND";
	case OP_OR: return "bitwise OR";
	case OP_ANDNOT: return "bitwise AND NOT";
	default: return "operation";
	}
}

/* Checks constant n for overflow of its type (after an operation); untyped
 * integer constants are limited to 512 bits as in gc. */
static void const_overflow(Node *n)
{
	if (n->mode != M_CONST || !n->val)
		return;
	if (is_untyped(n->type)) {
		ConstVal *v = n->val;
		bool big = false;
		if (v->kind == CV_INT)
			big = mpz_sizeinbase(v->i, 2) > 512;
		else if (v->kind == CV_FLOAT || v->kind == CV_COMPLEX)
			big = mpz_sizeinbase(mpq_numref(v->re), 2) > 100000 || mpz_sizeinbase(mpq_denref(v->re), 2) > 100000 ||
				mpz_sizeinbase(mpq_numref(v->im), 2) > 100000 || mpz_sizeinbase(mpq_denref(v->im), 2) > 100000;
		if (big) {
			if (v->kind == CV_INT && n->kind == N_UNARY && n->op == OP_XOR)
				errorf(epos(n), "constant bitwise complement overflow");
			else if (v->kind == CV_INT && (n->kind == N_BINARY || n->kind == N_UNARY))
				errorf(epos(n), "constant %s overflow", op_name(n->op));
			else
				errorf(epos(n), "constant result is not representable");
			invalid(n);
		}
		return;
	}
	ConstVal *r;
	if (!const_representable(n->val, n->type, &r)) {
		errorf(epos(n), "%s overflows %s", operand_string(n), tstr(n->type));
		invalid(n);
		return;
	}
	n->val = r;
}

static void unary(Node *n, Type *hint)
{
	if (n->op == OP_ADDR) {
		Node *x = n->x;
		while (x->kind == N_PAREN) x = x->x;
		if (x->kind == N_COMPOSITE) {
			Type *h = hint && underlying(hint)->kind == TY_POINTER ? underlying(hint)->elem : NULL;
			check_expr(n->x, h);
			if (isbad(n->x)) { invalid(n); return; }
			n->mode = M_VALUE;
			n->type = type_pointer(n->x->type);
			return;
		}
		check_expr(n->x, NULL);
		if (isbad(n->x)) { invalid(n); return; }
		if (n->x->mode != M_VAR) {
			errorf(epos(n), "invalid operation: cannot take address of %s", operand_string(n->x));
			invalid(n);
			return;
		}
		/* mark the variable as address-taken */
		Node *b = n->x;
		for (;;) {
			if (b->kind == N_PAREN) b = b->x;
			else if (b->kind == N_SELECTOR && b->selkind == SEL_FIELD && !is_pointer(b->x->type)) {
				bool ind = false;
				/* through embedded pointers the base is not taken */
				Type *bt = b->x->type;
				for (int i = 0; i + 1 < b->path.n; i++) {
					Type *u = underlying(bt);
					if (u->kind != TY_STRUCT) break;
					bt = u->fields[(intptr_t)b->path.v[i]].type;
					if (is_pointer(bt)) { ind = true; break; }
				}
				if (ind) break;
				b = b->x;
			} else if (b->kind == N_INDEX && underlying(b->x->type)->kind == TY_ARRAY)
				b = b->x;
			else break;
		}
		if (b->kind == N_IDENT && b->obj && b->obj->kind == O_VAR)
			b->obj->addrtaken = true;
		n->mode = M_VALUE;
		n->type = type_pointer(n->x->type);
		return;
	}
	if (n->op == OP_RECV && n->x->kind == N_CHANTYPE) {
		/* <-chan T parsed as a receive from a channel type: re-associate as the
		 * Go parser does (<- chan<- chan T is <-chan <-chan T) */
		Node *c = n->x;
		ChanDir dir = CHAN_SEND;
		while (c && c->kind == N_CHANTYPE && dir == CHAN_SEND) {
			if (c->dir == CHAN_RECV) {
				errorf(c->pos, "syntax error: unexpected <-, expecting chan");
				invalid(n);
				return;
			}
			dir = c->dir;
			c->dir = CHAN_RECV;
			if (dir == CHAN_SEND) c = c->y;
		}
		if (dir == CHAN_SEND) {
			errorf(epos(n), "syntax error: expected channel type");
			invalid(n);
			return;
		}
		Type *t = check_type(n->x);
		n->mode = t->kind == TY_INVALID ? M_INVALID : M_TYPE;
		n->type = t;
		return;
	}
	if (n->op == OP_RECV) {
		check_expr(n->x, NULL);
		if (isbad(n->x)) { invalid(n); return; }
		Type *u = underlying(n->x->type);
		if (u->kind != TY_CHAN) {
			errorf(epos(n->x), "invalid operation: cannot receive from non-channel %s", operand_string(n->x));
			invalid(n);
			return;
		}
		if (u->dir == CHAN_SEND) {
			errorf(epos(n->x), "invalid operation: cannot receive from send-only channel %s", operand_string(n->x));
			invalid(n);
			return;
		}
		n->mode = M_COMMAOK;
		n->type = u->elem;
		return;
	}
	check_expr(n->x, NULL);
	if (isbad(n->x)) { invalid(n); return; }
	Type *t = n->x->type;
	if (!op_allowed(n->op, t, NULL)) {
		errorf(epos(n), "invalid operation: operator %s not defined on %s", op_string(n->op), operand_string(n->x));
		invalid(n);
		return;
	}
	if (n->op == OP_XOR && !is_integer(t)) {
		errorf(epos(n), "invalid operation: operator ^ not defined on %s", operand_string(n->x));
		invalid(n);
		return;
	}
	if ((n->op == OP_SUB || n->op == OP_ADD) && !is_numeric(t)) {
		errorf(epos(n), "invalid operation: operator %s not defined on %s", op_string(n->op), operand_string(n->x));
		invalid(n);
		return;
	}
	n->type = t;
	if (n->x->mode == M_CONST) {
		n->mode = M_CONST;
		n->val = const_unary(n->op, n->x->val, is_untyped(t) ? NULL : t);
		const_overflow(n);
	} else
		n->mode = M_VALUE;
	record_untyped(n);
}

static bool is_zero_const(Node *n)
{
	return n->mode == M_CONST && n->val && n->val->kind >= CV_INT && const_sign(n->val) == 0;
}

static void shift(Node *n)
{
	Node *x = n->x, *y = n->y;
	/* count */
	if (y->mode == M_CONST) {
		if (is_untyped(y->type)) {
			if (!const_is_int(y->val)) {
				errorf(epos(y), "%s truncated to uint", operand_string(y));
				invalid(n);
				return;
			}
			update_type(y, y->type);
		}
		if (!is_integer(y->type) && !(is_untyped(y->type) && const_is_int(y->val))) {
			errorf(epos(y), "invalid operation: shift count %s must be integer", operand_string(y));
			invalid(n);
			return;
		}
		if (const_sign(y->val) < 0) {
			errorf(epos(y), "invalid operation: negative shift count %s", operand_string(y));
			invalid(n);
			return;
		}
		if (is_untyped(y->type)) {
			y->val = const_to_kind(y->val, CV_INT);
			convert_untyped(y, ty_uint);
		}
	} else {
		if (is_untyped(y->type))
			convert_untyped(y, ty_uint);
		if (!is_integer(y->type)) {
			errorf(epos(y), "invalid operation: shift count %s must be integer", operand_string(y));
			invalid(n);
			return;
		}
	}
	/* operand */
	if (x->mode == M_CONST && is_untyped(x->type)) {
		if (!const_is_int(x->val)) {
			errorf(epos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
			invalid(n);
			return;
		}
	} else if (!is_integer(x->type) && !(is_untyped(x->type) && is_numeric(x->type))) {
		errorf(epos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
		invalid(n);
		return;
	}
	if (x->mode == M_CONST && y->mode == M_CONST) {
		uint64_t s = const_uint64(y->val);
		if (s > 10000) {
			errorf(epos(y), "invalid shift count %s", operand_string(y));
			invalid(n);
			return;
		}
		n->mode = M_CONST;
		Type *t = x->type;
		if (is_untyped(t) && t->kind != TY_UNTYPED_RUNE)
			t = ty_untyped_int;
		n->type = t;
		n->val = const_shift(n->op, x->val, s);
		const_overflow(n);
		record_untyped(n);
		return;
	}
	/* non-constant shift: an untyped constant operand takes its type from context */
	if (x->mode == M_CONST && is_untyped(x->type)) {
		n->mode = M_VALUE;
		n->type = x->type;   /* keeps the constant's kind: 1.0 << s is a float shift */
		record_untyped(n);
		return;
	}
	n->mode = M_VALUE;
	n->type = x->type;
}

static bool is_nil(Node *n)
{
	return n->type == ty_untyped_nil;
}

static const char *kind_string(Type *t)
{
	switch (underlying(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	default: return tstr(t);
	}
}

static const char *incomparable_cause(Type *t)
{
	Type *u = underlying(t);
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			if (!type_comparable(u->fields[i].type))
				return xsprintf("struct containing %s cannot be compared", tstr(u->fields[i].type));
	}
	return xsprintf("%s cannot be compared", tstr(t));
}

static void comparison(Node *n)
{
	Node *x = n->x, *y = n->y;
	const char *err = NULL;
	bool ok = false;
	if (type_assignable(x->type, y->type, NULL) || type_assignable(y->type, x->type, NULL)) {
		Type *t = is_nil(x) ? y->type : x->type;
		Type *u = underlying(t);
		if (n->op == OP_EQ || n->op == OP_NE) {
			if (is_nil(x) || is_nil(y)) {
				Type *o = is_nil(x) ? y->type : x->type;
				Type *ou = underlying(o);
				if (is_nil(x) && is_nil(y))
					err = xsprintf("operator %s not defined on untyped nil", op_string(n->op));
				else if (ou->kind == TY_SLICE || ou->kind == TY_MAP || ou->kind == TY_FUNC ||
					ou->kind == TY_POINTER || ou->kind == TY_CHAN || ou->kind == TY_INTERFACE ||
					ou->kind == TY_UNSAFEPTR)
					ok = true;
				else
					err = xsprintf("mismatched types %s and untyped nil", tstr(o));
			} else if (!type_comparable(x->type)) {
				Type *xu = underlying(x->type);
				const char *what = xu->kind == TY_SLICE ? "slice" : xu->kind == TY_MAP ? "map" :
					xu->kind == TY_FUNC ? "func" : NULL;
				if (what)
					err = xsprintf("%s can only be compared to nil", what);
				else
					err = incomparable_cause(x->type);
			} else if (!type_comparable(y->type)) {
				err = incomparable_cause(y->type);
			} else
				ok = true;
		} else {
			Type *bad = NULL;
			if (!(is_numeric(x->type) && !is_complex(x->type)) && !is_string(x->type)) bad = x->type;
			else if (!(is_numeric(y->type) && !is_complex(y->type)) && !is_string(y->type)) bad = y->type;
			if (!bad) ok = true;
			else err = xsprintf("operator %s not defined on %s", op_string(n->op), kind_string(bad));
			(void)u;
		}
	} else
		err = xsprintf("mismatched types %s and %s", tstr(x->type), tstr(y->type));
	if (!ok) {
		errorf(epos(n), "invalid operation: %s (%s)", expr_string(n), err);
		invalid(n);
		return;
	}
	if (x->mode == M_CONST && y->mode == M_CONST) {
		n->mode = M_CONST;
		n->val = const_bool(const_compare(n->op, x->val, y->val));
	} else {
		n->mode = M_VALUE;
		/* operands that stay untyped get their default types */
		if (is_untyped(x->type)) convert_untyped(x, default_type(x->type));
		if (is_untyped(y->type)) convert_untyped(y, default_type(y->type));
	}
	n->type = ty_untyped_bool;
	record_untyped(n);
}

/* Converts the untyped side of a binary operation to the other's type. */
static bool match_types(Node *n, Node *x, Node *y)
{
	bool xu = is_untyped(x->type), yu = is_untyped(y->type);
	if (xu == yu) {
		if (xu) {
			/* both untyped */
			if (is_nil(x) || is_nil(y))
				return true;
			if (is_numeric(x->type) && is_numeric(y->type)) {
				Type *t = x->type->kind > y->type->kind ? x->type : y->type;
				convert_untyped(x, t);
				convert_untyped(y, t);
			}
		}
		return true;
	}
	Node *u = xu ? x : y, *t = xu ? y : x;
	Type *final;
	int r = implicit_ok(u, t->type, &final);
	if (r == CV_OK) {
		if (!is_nil(u))
			update_type(u, final);
		return true;
	}
	if (r == CV_KIND || underlying(t->type)->kind == TY_INTERFACE) {
		if (is_nil(u) || !is_const_type(t->type)) {
			if (is_nil(u) || is_comparison(n->op))
				errorf(is_nil(u) ? epos(u) : epos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
					tstr(x->type), tstr(y->type));
			else
				errorf(epos(u), "cannot convert %s to %s", operand_string(u), tstr(t->type));
		} else
			errorf(epos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
				tstr(x->type), tstr(y->type));
	} else if (r == CV_TRUNC)
		errorf(epos(u), "%s truncated to %s", operand_string(u), tstr(t->type));
	else
		errorf(epos(u), "%s overflows %s", operand_string(u), tstr(t->type));
	invalid(n);
	return false;
}

static void binary(Node *n)
{
	Node *x = n->x, *y = n->y;
	check_expr(x, NULL);
	check_expr(y, NULL);
	if (isbad(x) || isbad(y)) {
		invalid(n);
		return;
	}
	if (n->op == OP_SHL || n->op == OP_SHR) {
		shift(n);
		return;
	}
	if (!match_types(n, x, y))
		return;
	if (is_comparison(n->op)) {
		comparison(n);
		return;
	}
	if (x->type != y->type) {
		/* untyped numeric kinds were unified; anything else mismatches */
		errorf(epos(n), "invalid operation: %s (mismatched types %s and %s)", expr_string(n),
			tstr(x->type), tstr(y->type));
		invalid(n);
		return;
	}
	if (!op_allowed(n->op, x->type, NULL)) {
		errorf(epos(n), "invalid operation: operator %s not defined on %s", op_string(n->op), operand_string(x));
		invalid(n);
		return;
	}
	if ((n->op == OP_DIV || n->op == OP_REM) && is_zero_const(y) &&
		(x->mode == M_CONST || is_integer(x->type))) {
		errorf(epos(y), "invalid operation: division by zero");
		invalid(n);
		return;
	}
	n->type = x->type;
	if (x->mode == M_CONST && y->mode == M_CONST) {
		n->mode = M_CONST;
		bool intdiv = is_integer(x->type) && x->type->kind != TY_UNTYPED_FLOAT;
		ConstVal *xv = x->val, *yv = y->val;
		if (is_integer(x->type)) {
			xv = const_to_kind(xv, CV_INT);
			yv = const_to_kind(yv, CV_INT);
		}
		n->val = const_binary(n->op, xv, yv, intdiv);
		if (is_untyped(n->type)) {
			/* the kind may have grown (e.g. 1/2.0) */
			if (n->val->kind == CV_FLOAT && is_integer(n->type))
				n->type = ty_untyped_float;
		} else if (is_float(n->type) || is_complex(n->type)) {
			ConstVal *r;
			if (const_representable(n->val, n->type, &r))
				n->val = r;
		}
		const_overflow(n);
	} else
		n->mode = M_VALUE;
	record_untyped(n);
}

/* ---- index, slice */

/* Checks an index expression; returns its constant value or -1 (non-constant). */
static int64_t check_index(Node *i, int64_t max, bool allowmax)
{
	check_expr(i, NULL);
	if (isbad(i)) return -2;
	if (i->mode == M_CONST && is_untyped(i->type)) {
		if (!const_is_int(i->val) || !is_numeric(i->type)) {
			if (is_numeric(i->type))
				errorf(epos(i), "%s truncated to int", operand_string(i));
			else
				errorf(epos(i), "cannot convert %s to int", operand_string(i));
			return -2;
		}
		convert_untyped(i, ty_int);
		if (isbad(i)) return -2;
	} else if (is_untyped(i->type) && is_numeric(i->type)) {
		convert_untyped(i, ty_int);
		if (isbad(i)) return -2;
	}
	if (!is_integer(i->type)) {
		errorf(epos(i), "invalid argument: index %s must be integer", operand_string(i));
		return -2;
	}
	if (i->mode == M_CONST) {
		if (const_sign(i->val) < 0) {
			errorf(epos(i), "invalid argument: index %s must not be negative", operand_string(i));
			return -2;
		}
		int64_t v = const_int64(i->val);
		if (max >= 0 && (allowmax ? v > max : v >= max)) {
			errorf(epos(i), "invalid argument: index %s out of bounds [0:%lld]", expr_string(i),
				(long long)(allowmax ? max + 1 : max));
			return -2;
		}
		return v;
	}
	return -1;
}

static void index_expr(Node *n)
{
	check_expr_or_type(n->x);
	if (isbad(n->x)) { invalid(n); for (int i = 0; i < n->list.n; i++) check_expr(n->list.v[i], NULL); return; }
	if (n->x->mode == M_TYPE) {
		errorf(epos(n), "generic type instantiation is not supported by gosub");
		invalid(n);
		return;
	}
	if (n->list.n != 1) {
		errorf(epos(n), "generic function instantiation is not supported by gosub");
		invalid(n);
		return;
	}
	Node *idx = n->list.v[0];
	Type *t = n->x->type;
	Type *u = underlying(t);
	if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY) {
		u = underlying(u->elem);
		check_index(idx, u->len, false);
		n->mode = M_VAR;
		n->type = u->elem;
		return;
	}
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: {
		int64_t len = n->x->mode == M_CONST ? (int64_t)n->x->val->slen : -1;
		int64_t v = check_index(idx, len, false);
		if (n->x->mode == M_CONST && v >= 0) {
			n->mode = M_CONST;
			n->val = const_int((unsigned char)n->x->val->s[v]);
			if (is_untyped(t)) convert_untyped(n->x, ty_string);
			n->type = ty_uint8;
			n->mode = M_VALUE;   /* indexing a constant string is not a constant */
			n->val = NULL;
			return;
		}
		if (is_untyped(t)) convert_untyped(n->x, ty_string);
		n->mode = M_VALUE;
		n->type = ty_uint8;
		return;
	}
	case TY_ARRAY:
		check_index(idx, u->len, false);
		n->mode = n->x->mode == M_VAR ? M_VAR : M_VALUE;
		n->type = u->elem;
		return;
	case TY_SLICE:
		check_index(idx, -1, false);
		n->mode = M_VAR;
		n->type = u->elem;
		return;
	case TY_MAP:
		check_expr(idx, NULL);
		check_assignable(idx, u->key, "map index");
		n->mode = M_MAPINDEX;
		n->type = u->elem;
		return;
	default:
		check_expr(idx, NULL);
		errorf(epos(n), "invalid operation: cannot index %s", operand_string(n->x));
		invalid(n);
	}
}

static void slice_expr(Node *n)
{
	check_expr(n->x, NULL);
	if (isbad(n->x)) { invalid(n); return; }
	Type *t = n->x->type;
	Type *u = underlying(t);
	int64_t len = -1;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		if (n->slice3) {
			errorf(epos(n), "invalid operation: 3-index slice of string");
			invalid(n);
			return;
		}
		if (n->x->mode == M_CONST) len = n->x->val->slen;
		if (is_untyped(t)) {
			convert_untyped(n->x, ty_string);
			t = ty_string;
		}
		n->type = t;
		break;
	case TY_ARRAY:
		if (n->x->mode != M_VAR) {
			errorf(epos(n), "invalid operation: %s (slice of unaddressable value)", expr_string(n));
			invalid(n);
			return;
		}
		len = u->len;
		n->type = type_slice(u->elem);
		{
			Node *b = n->x;
			while (b->kind == N_PAREN) b = b->x;
			if (b->kind == N_IDENT && b->obj) b->obj->addrtaken = true;
		}
		break;
	case TY_POINTER:
		if (underlying(u->elem)->kind == TY_ARRAY) {
			len = underlying(u->elem)->len;
			n->type = type_slice(underlying(u->elem)->elem);
			break;
		}
		/* fallthrough */
	default:
		if (u->kind == TY_SLICE) {
			n->type = t;
			break;
		}
		errorf(epos(n), "cannot slice %s", operand_string(n->x));
		invalid(n);
		return;
	}
	n->mode = M_VALUE;
	if (n->slice3 && !n->hi)
		errorf(epos(n), "middle index required in 3-index slice");
	if (n->slice3 && !n->max)
		errorf(epos(n), "final index required in 3-index slice");
	int64_t vals[3] = {-1, -1, -1};
	Node *ix[3] = {n->lo, n->hi, n->max};
	for (int i = 0; i < 3; i++)
		if (ix[i])
			vals[i] = check_index(ix[i], len, true);
	/* constant indices must be non-decreasing */
	int64_t prev = -1;
	for (int i = 0; i < 3; i++) {
		if (vals[i] >= 0) {
			if (prev > vals[i]) {
				errorf(epos(ix[i]), "invalid slice indices: %lld < %lld", (long long)vals[i], (long long)prev);
				break;
			}
			prev = vals[i];
		}
	}
}

/* ---- selectors */

static Object *field_object(Field *f, int index, Pos pos)
{
	Object *o = object_new(O_VAR, f->name, pos);
	o->type = f->type;
	o->index = index;
	o->pkg = f->pkg;
	return o;
}

void check_selector(Node *n, bool allowtype)
{
	Node *x = n->x;
	n->path.n = 0;   /* an expression may be checked twice (x op= y, repeated const specs) */
	const char *name = n->name;
	/* package-qualified identifier */
	if (x->kind == N_IDENT) {
		Object *po = scope_lookup(chk->scope, x->name, NULL);
		if (po && po->kind == O_PKG) {
			po->used = true;
			x->obj = po;
			x->mode = M_INVALID;
			Package *ip = po->imported;
			Object *o = ip && ip->scope ? scope_lookup_local(ip->scope, name) : NULL;
			if (!o || !(name[0] >= 'A' && name[0] <= 'Z')) {
				if (o && !ip->fake)
					errorf(n->pos, "name %s not exported by package %s", name, ip->name);
				else
					errorf(n->pos, "undefined: %s.%s", x->name, name);
				invalid(n);
				return;
			}
			n->selkind = SEL_PKG;
			n->obj = o;
			switch (o->kind) {
			case O_CONST: n->mode = M_CONST; n->val = o->val; n->type = o->type; break;
			case O_TYPE: n->mode = M_TYPE; n->type = o->type; break;
			case O_VAR: n->mode = M_VAR; n->type = o->type; break;
			case O_FUNC: n->mode = M_VALUE; n->type = o->type; break;
			case O_BUILTIN: n->mode = M_BUILTIN; n->type = ty_invalid; break;
			default: invalid(n); return;
			}
			if (!n->type) invalid(n);
			record_untyped(n);
			return;
		}
	}
	check_expr_or_type(x);
	if (isbad(x)) { invalid(n); return; }
	if (x->mode == M_TYPE) {
		/* method expression T.M / (*T).M */
		Type *t = x->type;
		Lookup l = lookup_field_or_method(t, false, name, chk->pkg);
		if (l.kind != SEL_METHOD) {
			if (l.kind == SEL_FIELD)
				errorf(n->pos, "%s undefined (type %s has no method %s)", expr_string(n), tstr(t), name);
			else
				errorf(n->pos, "%s undefined (type %s has no field or method %s)", expr_string(n), tstr(t), name);
			invalid(n);
			return;
		}
		Method *m = l.method;
		bool iface = underlying(l.recvtype)->kind == TY_INTERFACE;
		if (!iface && m->ptrrecv && !l.indirect && t->kind != TY_POINTER) {
			errorf(n->pos, "cannot call pointer method %s on %s", name, tstr(t));
			invalid(n);
			return;
		}
		Type *sig = m->func->type;
		Type *ps[257];
		ps[0] = t;
		int np = sig->nparams < 256 ? sig->nparams : 256;
		for (int i = 0; i < np; i++) ps[i + 1] = sig->params[i];
		n->selkind = SEL_METHODEXPR;
		n->obj = m->func;
		if (!iface)
			note_use(m->func, n);
		for (int i = 0; i < l.npath; i++) vec_push(&n->path, (void *)(intptr_t)l.path[i]);
		n->mode = M_VALUE;
		n->type = type_func(ps, np + 1, sig->results, sig->nresults, sig->variadic);
		return;
	}
	if (x->mode == M_NOVALUE || x->mode == M_BUILTIN) {
		errorf(epos(x), "%s is not an expression", operand_string(x));
		invalid(n);
		return;
	}
	Type *t = x->type;
	if (t->kind == TY_TUPLE) {
		errorf(epos(x), "multiple-value %s in single-value context", operand_string(x));
		invalid(n);
		return;
	}
	Lookup l = lookup_field_or_method(t, x->mode == M_VAR, name, chk->pkg);
	if (l.kind == SEL_NONE) {
		if (l.ambiguous)
			errorf(n->pos, "ambiguous selector %s", expr_string(n));
		else if (underlying(t)->kind == TY_POINTER && underlying(underlying(t)->elem)->kind == TY_INTERFACE)
			errorf(n->pos, "%s undefined (type %s is pointer to interface, not interface)", expr_string(n), tstr(t));
		else {
			/* different capitalisation? */
			Lookup l2 = {0};
			char alt[256];
			snprintf(alt, sizeof alt, "%s", name);
			if (alt[0] >= 'a' && alt[0] <= 'z') alt[0] -= 32;
			else if (alt[0] >= 'A' && alt[0] <= 'Z') alt[0] += 32;
			l2 = lookup_field_or_method(t, false, intern(alt, strlen(alt)), chk->pkg);
			if (l2.kind == SEL_FIELD)
				errorf(n->pos, "%s undefined (type %s has no field or method %s, but does have %s)",
					expr_string(n), tstr(t), name, alt);
			else if (l2.kind == SEL_METHOD)
				errorf(n->pos, "%s undefined (type %s has no field or method %s, but does have %s)",
					expr_string(n), tstr(t), name, alt);
			else
				errorf(n->pos, "%s undefined (type %s has no field or method %s)", expr_string(n), tstr(t), name);
		}
		invalid(n);
		return;
	}
	for (int i = 0; i < l.npath; i++)
		vec_push(&n->path, (void *)(intptr_t)l.path[i]);
	if (l.kind == SEL_FIELD) {
		n->selkind = SEL_FIELD;
		n->obj = field_object(l.field, l.npath ? l.path[l.npath - 1] : 0, n->pos);
		n->type = l.field->type;
		n->mode = (x->mode == M_VAR || l.indirect || underlying(t)->kind == TY_POINTER) ? M_VAR : M_VALUE;
		return;
	}
	Method *m = l.method;
	bool iface = underlying(l.recvtype)->kind == TY_INTERFACE;
	n->selkind = iface ? SEL_IFACEMETHOD : SEL_METHOD;
	n->obj = m->func;
	if (!iface)
		note_use(m->func, n);   /* initialisation dependencies through methods */
	n->type = m->func->type;
	n->mode = M_VALUE;
	if (!iface && m->ptrrecv && !l.indirect && underlying(t)->kind != TY_POINTER) {
		if (x->mode != M_VAR) {
			errorf(n->pos, "cannot call pointer method %s on %s", name, tstr(t));
			invalid(n);
			return;
		}
		/* x is addressable: &x is taken implicitly */
		Node *b = x;
		while (b->kind == N_PAREN) b = b->x;
		if (b->kind == N_IDENT && b->obj && b->obj->kind == O_VAR)
			b->obj->addrtaken = true;
	}
	(void)allowtype;
}

/* ---- composite literals */

static const char *lit_kind(Type *u)
{
	switch (u->kind) {
	case TY_STRUCT: return "struct literal";
	case TY_MAP: return "map literal";
	default: return "array or slice literal";
	}
}

static void elem_value(Node *e, Type *et, const char *ctx)
{
	if (e->kind == N_COMPOSITE && !e->x) {
		Type *h = et;
		if (underlying(et)->kind == TY_POINTER) {
			/* &T{...} elided: the literal is recorded with the pointer type */
			check_composite(e, underlying(et)->elem);
			if (!isbad(e)) e->type = et;
			e->mode = M_VALUE;
			return;
		}
		check_composite(e, h);
		return;
	}
	if (e->kind == N_UNARY && e->op == OP_ADDR && e->x->kind == N_COMPOSITE && !e->x->x) {
		errorf(epos(e), "invalid composite literal type");
	}
	check_expr(e, NULL);
	check_assignable(e, et, ctx);
}

void check_composite(Node *n, Type *hint)
{
	Type *t;
	if (n->x) {
		if (n->x->kind == N_ARRAYTYPE && n->x->x && n->x->x->kind == N_ELLIPSIS) {
			Type *et = check_type(n->x->y);
			/* length from the elements */
			int64_t maxi = 0, idx = 0;
			for (int i = 0; i < n->list.n; i++) {
				Node *e = n->list.v[i];
				if (e->kind == N_KEYVALUE) {
					int64_t k = check_index(e->x, -1, false);
					if (k == -1)
						errorf(epos(e->x), "index %s must be integer constant", expr_string(e->x));
					if (k >= 0) idx = k;
					elem_value(e->y, et, "array or slice literal");
				} else
					elem_value(e, et, "array or slice literal");
				idx++;
				if (idx > maxi) maxi = idx;
			}
			t = et->kind == TY_INVALID ? ty_invalid : type_array(et, maxi);
			n->x->type = t;
			n->x->mode = M_TYPE;
			n->type = t;
			n->mode = t->kind == TY_INVALID ? M_INVALID : M_VALUE;
			return;
		}
		t = check_type(n->x);
	} else if (hint)
		t = hint;
	else {
		errorf(epos(n), "invalid composite literal type: missing type");
		t = ty_invalid;
	}
	n->type = t;
	n->mode = M_VALUE;
	Type *u = underlying(t);
	switch (u->kind) {
	case TY_INVALID:
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE) {
				if (e->y->kind != N_COMPOSITE) check_expr(e->y, NULL);
			} else if (e->kind != N_COMPOSITE)
				check_expr(e, NULL);
		}
		invalid(n);
		return;
	case TY_STRUCT: {
		if (n->list.n == 0) return;
		bool keyed = ((Node *)n->list.v[0])->kind == N_KEYVALUE;
		if (keyed) {
			bool *seen = xmalloc(u->nfields + 1);
			for (int i = 0; i < n->list.n; i++) {
				Node *e = n->list.v[i];
				if (e->kind != N_KEYVALUE) {
					errorf(epos(e), "mixture of field:value and value elements in struct literal");
					check_expr(e, NULL);
					continue;
				}
				if (e->x->kind != N_IDENT) {
					errorf(epos(e->x), "invalid field name %s in struct literal", expr_string(e->x));
					check_expr(e->y, NULL);
					continue;
				}
				int fi = -1;
				for (int j = 0; j < u->nfields && strcmp(e->x->name, "_"); j++)
					if (!strcmp(u->fields[j].name, e->x->name)) { fi = j; break; }
				if (fi < 0) {
					errorf(epos(e->x), "unknown field '%s' in struct literal of type %s", e->x->name, tstr(t));
					if (e->y->kind != N_COMPOSITE || e->y->x) check_expr(e->y, NULL);
					continue;
				}
				Field *f = &u->fields[fi];
				e->x->obj = field_object(f, fi, e->x->pos);
				e->x->type = f->type;
				e->x->mode = M_VAR;
				if (seen[fi])
					errorf(epos(e->x), "duplicate field name %s in struct literal", e->x->name);
				seen[fi] = true;
				if (f->pkg && f->pkg != chk->pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z'))
					errorf(epos(e->x), "cannot refer to unexported field '%s' in struct literal of type %s",
						f->name, tstr(t));
				if (e->y->kind == N_COMPOSITE && !e->y->x) {
					errorf(epos(e->y), "missing type in composite literal");
					continue;
				}
				elem_value(e->y, f->type, "struct literal");
			}
		} else {
			for (int i = 0; i < n->list.n; i++) {
				Node *e = n->list.v[i];
				if (e->kind == N_KEYVALUE) {
					errorf(epos(e), "mixture of field:value and value elements in struct literal");
					check_expr(e->y, NULL);
					continue;
				}
				if (i >= u->nfields) {
					check_expr(e, NULL);
					errorf(epos(e), "too many values in %s{…}", expr_string(n->x ? n->x : n));
					break;
				}
				Field *f = &u->fields[i];
				if (f->pkg && f->pkg != chk->pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z'))
					errorf(epos(e), "implicit assignment to unexported field %s in struct literal of type %s",
						f->name, tstr(t));
				if (e->kind == N_COMPOSITE && !e->x) {
					errorf(epos(e), "missing type in composite literal");
					continue;
				}
				elem_value(e, f->type, "struct literal");
			}
			if (n->list.n < u->nfields && n->list.n > 0)
				errorf(n->end.line ? n->end : n->pos, "too few values in %s{…}", expr_string(n->x ? n->x : n));
		}
		return;
	}
	case TY_ARRAY: case TY_SLICE: {
		int64_t idx = 0, max = u->kind == TY_ARRAY ? u->len : -1;
		Vec seen = {0};
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE) {
				int64_t k = check_index(e->x, max, false);
				if (k == -1)
					errorf(epos(e->x), "index %s must be integer constant", expr_string(e->x));
				if (k >= 0) {
					idx = k;
					for (int j = 0; j < seen.n; j++)
						if ((intptr_t)seen.v[j] == k) {
							errorf(epos(e->x), "duplicate index %lld in array or slice literal", (long long)k);
							break;
						}
				}
				elem_value(e->y, u->elem, "array or slice literal");
			} else {
				if (max >= 0 && idx >= max)
					errorf(epos(e), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)max);
				elem_value(e, u->elem, "array or slice literal");
			}
			vec_push(&seen, (void *)(intptr_t)idx);
			idx++;
		}
		return;
	}
	case TY_MAP: {
		Vec keys = {0};
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind != N_KEYVALUE) {
				errorf(epos(e), "missing key in map literal");
				check_expr(e, NULL);
				continue;
			}
			elem_value(e->x, u->key, "map literal");
			if (e->x->mode == M_CONST && e->x->val) {
				for (int j = 0; j < keys.n; j++) {
					Node *o = keys.v[j];
					if (o->type == e->x->type && const_compare(OP_EQ, o->val, e->x->val)) {
						errorf(epos(e->x), "duplicate key %s in map literal", expr_string(e->x));
						break;
					}
				}
				vec_push(&keys, e->x);
			}
			elem_value(e->y, u->elem, "map literal");
		}
		return;
	}
	default:
		errorf(epos(n), "invalid composite literal type %s", tstr(t));
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind != N_KEYVALUE && e->kind != N_COMPOSITE) check_expr(e, NULL);
		}
		invalid(n);
	}
	(void)lit_kind;
}

/* ---- function literals */

static void funclit(Node *n)
{
	if (n->obj && n->type) {
		/* already checked (an expression checked twice, as in x op= y) */
		n->mode = M_VALUE;
		return;
	}
	Scope *s = scope_new(chk->scope);
	s->isfunc = true;
	n->scope = s;
	Object *fo = object_new(O_FUNC, "func", n->pos);
	fo->pkg = chk->pkg;
	fo->func = chk->func;
	n->obj = fo;
	Node *savefunc = chk->func;
	Type *savesig = chk->sig;
	Scope *savescope = chk->scope;
	int saveiota = chk->iota;
	chk->func = n;
	chk->scope = s;
	Type *sig = check_funcsig(n->x, NULL, s, NULL);
	fo->type = sig;
	vec_push(&chk->pkg->funclits, n);
	/* iota inside a function literal in a const spec is the spec's iota */
	check_func_body(n, sig, n->body);
	chk->func = savefunc;
	chk->sig = savesig;
	chk->scope = savescope;
	chk->iota = saveiota;
	n->mode = M_VALUE;
	n->type = sig;
}

/* ---- type assertions */

static void type_assert(Node *n)
{
	check_expr(n->x, NULL);
	if (!n->y) {
		errorf(epos(n), "invalid syntax tree: use of .(type) outside type switch");
		invalid(n);
		return;
	}
	Type *t = check_type(n->y);
	if (isbad(n->x) || t->kind == TY_INVALID) { invalid(n); return; }
	Type *xt = n->x->type;
	if (!is_interface(xt)) {
		errorf(epos(n->x), "invalid operation: %s is not an interface", operand_string(n->x));
		invalid(n);
		return;
	}
	if (!is_interface(t)) {
		const char *name;
		bool wp, wt;
		if (missing_method(t, xt, false, &name, &wp, &wt)) {
			const char *why = missing_reason(t, xt);
			errorf(epos(n->y), "impossible type assertion: %s\n\t%s", expr_string(n), why ? why : "");
			invalid(n);
			return;
		}
	}
	n->mode = M_COMMAOK;
	n->type = t;
}

/* ---- dispatch */

static void expr0(Node *n, Type *hint)
{
	switch (n->kind) {
	case N_BAD:
		invalid(n);
		return;
	case N_IDENT:
		ident(n);
		return;
	case N_BASICLIT: {
		ConstVal *v = const_from_lit(n);
		if (!v) { invalid(n); return; }
		n->mode = M_CONST;
		n->val = v;
		switch (n->lit) {
		case LIT_INT: n->type = ty_untyped_int; break;
		case LIT_FLOAT: n->type = ty_untyped_float; break;
		case LIT_IMAG: n->type = ty_untyped_complex; break;
		case LIT_CHAR: n->type = ty_untyped_rune; break;
		case LIT_STRING: n->type = ty_untyped_string; break;
		}
		record_untyped(n);
		return;
	}
	case N_COMPOSITE:
		check_composite(n, hint);
		return;
	case N_FUNCLIT:
		funclit(n);
		return;
	case N_PAREN:
		expr0(n->x, hint);
		n->mode = n->x->mode;
		n->type = n->x->type;
		n->val = n->x->val;
		record_untyped(n);
		return;
	case N_SELECTOR:
		check_selector(n, true);
		return;
	case N_INDEX:
		index_expr(n);
		return;
	case N_SLICE:
		slice_expr(n);
		return;
	case N_TYPEASSERT:
		type_assert(n);
		return;
	case N_CALL:
		check_call(n);
		return;
	case N_STAR:
		check_expr_or_type(n->x);
		if (isbad(n->x)) { invalid(n); return; }
		if (n->x->mode == M_TYPE) {
			n->mode = M_TYPE;
			n->type = type_pointer(n->x->type);
			return;
		}
		if (n->x->type == ty_untyped_nil) {
			errorf(epos(n), "invalid operation: cannot indirect nil");
			invalid(n);
			return;
		}
		if (underlying(n->x->type)->kind != TY_POINTER) {
			errorf(epos(n), "invalid operation: cannot indirect %s", operand_string(n->x));
			invalid(n);
			return;
		}
		n->mode = M_VAR;
		n->type = underlying(n->x->type)->elem;
		return;
	case N_UNARY:
		unary(n, hint);
		return;
	case N_BINARY:
		binary(n);
		return;
	case N_KEYVALUE:
		errorf(epos(n), "unexpected key:value expression");
		invalid(n);
		return;
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
	case N_MAPTYPE: case N_CHANTYPE:
		check_type(n);
		return;
	case N_ELLIPSIS:
		errorf(epos(n), "invalid use of ...");
		invalid(n);
		return;
	default:
		errorf(epos(n), "unexpected expression");
		invalid(n);
	}
}

void check_multi(Node *n)
{
	expr0(n, NULL);
	if (n->mode == M_TYPE) {
		errorf(epos(n), "%s (type) is not an expression", expr_string(n));
		invalid(n);
	} else if (n->mode == M_BUILTIN) {
		errorf(epos(n), "%s (built-in) must be called", expr_string(n));
		invalid(n);
	}
}

static void single_value(Node *n)
{
	if (n->mode == M_NOVALUE) {
		errorf(epos(n), "%s (no value) used as value", expr_string(n));
		invalid(n);
	} else if (n->type && n->type->kind == TY_TUPLE && n->mode != M_INVALID) {
		errorf(epos(n), "multiple-value %s in single-value context", operand_string(n));
		invalid(n);
	}
}

void check_expr(Node *n, Type *hint)
{
	expr0(n, hint);
	if (n->mode == M_TYPE) {
		errorf(epos(n), "%s (type) is not an expression", expr_string(n));
		invalid(n);
		return;
	}
	if (n->mode == M_BUILTIN) {
		errorf(epos(n), "%s (built-in) must be called", expr_string(n));
		invalid(n);
		return;
	}
	single_value(n);
}

void check_expr_or_type(Node *n)
{
	expr0(n, NULL);
	if (n->mode == M_TYPE)
		return;
	if (n->mode == M_BUILTIN)
		return;
	single_value(n);
}

bool is_addressable(Node *n)
{
	return n->mode == M_VAR;
}

void use_exprs(Vec *list)
{
	for (int i = 0; i < list->n; i++) {
		Node *e = list->v[i];
		if (e && !e->type)
			check_multi(e);
	}
}

/* ---- calls */

const char *types_of(Vec *args, int from)
{
	Buf b = {0};
	buf_putc(&b, '(');
	bool first = true;
	for (int i = from; i < args->n; i++) {
		Node *a = args->v[i];
		Type *t = a->type;
		if (t && t->kind == TY_TUPLE) {
			for (int j = 0; j < t->ntuple; j++) {
				if (!first) buf_puts(&b, ", ");
				first = false;
				buf_puts(&b, tstr(t->tuple[j]));
			}
			continue;
		}
		if (!first) buf_puts(&b, ", ");
		first = false;
		if (!t) buf_puts(&b, "invalid type");
		else if (is_untyped(t) && is_numeric(t)) buf_puts(&b, "number");
		else if (t == ty_untyped_nil) buf_puts(&b, "nil");
		else if (is_untyped(t)) buf_puts(&b, tstr(default_type(t)));
		else buf_puts(&b, tstr(t));
	}
	buf_putc(&b, ')');
	buf_putc(&b, 0);
	return b.s;
}

static const char *sig_params(Type *sig)
{
	Buf b = {0};
	buf_putc(&b, '(');
	for (int i = 0; i < sig->nparams; i++) {
		if (i) buf_puts(&b, ", ");
		if (sig->variadic && i == sig->nparams - 1) {
			buf_puts(&b, "...");
			buf_puts(&b, tstr(sig->params[i]->elem));
		} else
			buf_puts(&b, tstr(sig->params[i]));
	}
	buf_putc(&b, ')');
	buf_putc(&b, 0);
	return b.s;
}

/* Checks the arguments of a call of a function with signature sig. */
static void call_args(Node *n, Type *sig, const char *fname)
{
	Vec *args = &n->list;
	for (int i = 0; i < args->n; i++) {
		Node *a = args->v[i];
		if (args->n == 1)
			check_multi(a);
		else
			check_expr(a, NULL);
	}
	/* f(g()) with multiple results */
	if (args->n == 1) {
		Node *a = args->v[0];
		if (a->mode == M_NOVALUE) {
			errorf(epos(a), "%s (no value) used as value", expr_string(a));
			return;
		}
	}
	for (int i = 0; i < args->n; i++)
		if (isbad((Node *)args->v[i]))
			return;
	Type *argtypes_tuple = NULL;
	int nargs = args->n;
	if (nargs == 1 && ((Node *)args->v[0])->type->kind == TY_TUPLE) {
		argtypes_tuple = ((Node *)args->v[0])->type;
		nargs = argtypes_tuple->ntuple;
	}
	if (n->dots) {
		if (!sig->variadic) {
			errorf(epos(((Node *)args->v[args->n - 1])), "have (...) but function is not variadic: %s", fname);
			errorf(epos(n), "cannot use ... in call to non-variadic %s", fname);
			return;
		}
		if (argtypes_tuple) {
			errorf(epos(n), "cannot use ... with multi-valued expression");
			return;
		}
	}
	int np = sig->nparams;
	bool ok;
	if (sig->variadic && !n->dots)
		ok = nargs >= np - 1;
	else
		ok = nargs == np;
	if (!ok) {
		bool few = nargs < np;
		Pos p = n->pos;
		if (!few && args->n > 0) {
			int k = argtypes_tuple ? 0 : np;
			if (k < args->n) p = ((Node *)args->v[k])->pos;
		} else if (few)
			p = n->end.line ? n->end : n->pos;
		errorf(p, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many",
			fname, types_of(args, 0), sig_params(sig));
		return;
	}
	const char *ctx = xsprintf("argument to %s", fname);
	if (argtypes_tuple) {
		for (int i = 0; i < nargs; i++) {
			Type *pt = (sig->variadic && i >= np - 1) ? sig->params[np - 1]->elem : sig->params[i];
			Type *at = argtypes_tuple->tuple[i];
			if (!type_assignable(at, pt, NULL)) {
				Node *a = args->v[0];
				errorf(epos(a), "cannot use %s (value of type %s) as type %s in %s", expr_string(a),
					tstr(at), tstr(pt), ctx);
			}
		}
		return;
	}
	for (int i = 0; i < args->n; i++) {
		Node *a = args->v[i];
		Type *pt;
		if (sig->variadic && i >= np - 1)
			pt = n->dots ? sig->params[np - 1] : sig->params[np - 1]->elem;
		else
			pt = sig->params[i];
		check_assignable(a, pt, ctx);
	}
}

void check_conversion(Node *n, Type *t);

void check_call(Node *n)
{
	check_expr_or_type(n->x);
	Node *f = n->x;
	if (isbad(f)) {
		for (int i = 0; i < n->list.n; i++) check_multi(n->list.v[i]);
		invalid(n);
		return;
	}
	if (f->mode == M_TYPE) {
		n->builtin = BI_CONVERT;
		Type *t = f->type;
		if (n->list.n != 1 || n->dots) {
			for (int i = 0; i < n->list.n; i++) check_expr(n->list.v[i], NULL);
			if (n->list.n == 0)
				errorf(n->end.line ? n->end : n->pos, "missing argument in conversion to %s", tstr(t));
			else if (n->dots)
				errorf(epos(n), "invalid use of ... in conversion to %s", tstr(t));
			else
				errorf(epos(((Node *)n->list.v[n->list.n - 1])), "too many arguments in conversion to %s", tstr(t));
			invalid(n);
			return;
		}
		check_conversion(n, t);
		return;
	}
	if (f->mode == M_BUILTIN) {
		Object *o = f->obj;
		if (!o && f->kind == N_PAREN) {
			Node *g = f;
			while (g->kind == N_PAREN) g = g->x;
			o = g->obj;
		}
		n->builtin = o ? o->builtin : BI_NONE;
		check_builtin(n, o);
		return;
	}
	Type *sig = underlying(f->type);
	if (sig->kind != TY_FUNC) {
		errorf(epos(n), "invalid operation: cannot call non-function %s", operand_string(f));
		for (int i = 0; i < n->list.n; i++) check_multi(n->list.v[i]);
		invalid(n);
		return;
	}
	call_args(n, sig, expr_string(f));
	if (sig->nresults == 0) {
		n->mode = M_NOVALUE;
		n->type = type_tuple(NULL, 0);
	} else if (sig->nresults == 1) {
		n->mode = M_VALUE;
		n->type = sig->results[0];
	} else {
		n->mode = M_VALUE;
		n->type = type_tuple(sig->results, sig->nresults);
	}
}
