/*
 * check_builtin.c: calls of the predeclared functions (append ... recover,
 * min/max/clear) and of package unsafe's functions, and conversions T(x).
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

/* ---- conversions */

/* Identical ignoring struct tags. */
static bool ident_notags(Type *a, Type *b)
{
	if (a == b) return true;
	if (a->kind != b->kind) return false;
	switch (a->kind) {
	case TY_STRUCT:
		if (a->nfields != b->nfields) return false;
		for (int i = 0; i < a->nfields; i++) {
			Field *x = &a->fields[i], *y = &b->fields[i];
			if (strcmp(x->name, y->name) || x->embedded != y->embedded || !ident_notags(x->type, y->type))
				return false;
		}
		return true;
	case TY_POINTER: case TY_SLICE:
		return ident_notags(a->elem, b->elem);
	case TY_ARRAY:
		return a->len == b->len && ident_notags(a->elem, b->elem);
	case TY_MAP:
		return ident_notags(a->key, b->key) && ident_notags(a->elem, b->elem);
	case TY_CHAN:
		return a->dir == b->dir && ident_notags(a->elem, b->elem);
	case TY_FUNC:
		if (a->nparams != b->nparams || a->nresults != b->nresults || a->variadic != b->variadic)
			return false;
		for (int i = 0; i < a->nparams; i++)
			if (!ident_notags(a->params[i], b->params[i])) return false;
		for (int i = 0; i < a->nresults; i++)
			if (!ident_notags(a->results[i], b->results[i])) return false;
		return true;
	default:
		return false;
	}
}

static bool convertible(Type *v, Type *t)
{
	if (type_assignable(v, t, NULL))
		return true;
	Type *vu = underlying(v), *tu = underlying(t);
	if (vu == tu)
		return true;
	/* identical underlying types ignoring struct tags */
	if (ident_notags(vu, tu))
		return true;
	if (v->kind == TY_POINTER && t->kind == TY_POINTER &&
		ident_notags(underlying(v->elem), underlying(t->elem)))
		return true;
	if ((is_integer(vu) || is_float(vu)) && (is_integer(tu) || is_float(tu)))
		return true;
	if (is_complex(vu) && is_complex(tu))
		return true;
	if ((is_integer(vu) || (vu->kind == TY_SLICE && (underlying(vu->elem) == ty_uint8 || underlying(vu->elem) == ty_int32))) && is_string(tu))
		return true;
	if (is_string(vu) && tu->kind == TY_SLICE && (underlying(tu->elem) == ty_uint8 || underlying(tu->elem) == ty_int32))
		return true;
	if ((vu->kind == TY_POINTER || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFEPTR)
		return true;
	if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR))
		return true;
	if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && underlying(tu->elem)->kind == TY_ARRAY &&
		underlying(tu->elem)->elem == vu->elem)
		return true;
	if (vu->kind == TY_SLICE && tu->kind == TY_ARRAY && tu->elem == vu->elem)
		return true;
	return false;
}

void check_conversion(Node *n, Type *t)
{
	Node *x = n->list.v[0];
	check_expr(x, NULL);
	if (isbad(x) || t->kind == TY_INVALID) {
		invalid(n);
		return;
	}
	Type *tu = underlying(t);
	n->type = t;
	n->mode = M_VALUE;
	if (x->mode == M_CONST && is_const_type(t)) {
		ConstVal *v = x->val;
		/* integer -> string */
		if (is_string(tu) && is_integer(x->type) && const_is_int(v)) {
			ConstVal *iv = const_to_kind(v, CV_INT);
			uint32_t r = 0xFFFD;
			if (mpz_fits_slong_p(iv->i)) {
				long l = mpz_get_si(iv->i);
				if (l >= 0 && l <= 0x10FFFF && !(l >= 0xD800 && l <= 0xDFFF))
					r = l;
			}
			char buf[4];
			int k = 0;
			if (r < 0x80) buf[k++] = r;
			else if (r < 0x800) { buf[k++] = 0xC0 | (r >> 6); buf[k++] = 0x80 | (r & 0x3F); }
			else if (r < 0x10000) { buf[k++] = 0xE0 | (r >> 12); buf[k++] = 0x80 | ((r >> 6) & 0x3F); buf[k++] = 0x80 | (r & 0x3F); }
			else { buf[k++] = 0xF0 | (r >> 18); buf[k++] = 0x80 | ((r >> 12) & 0x3F); buf[k++] = 0x80 | ((r >> 6) & 0x3F); buf[k++] = 0x80 | (r & 0x3F); }
			if (is_untyped(x->type)) {
				if (const_representable(x->val, default_type(x->type), NULL))
					convert_untyped(x, default_type(x->type));
				else
					x->type = default_type(x->type);
			}
			n->mode = M_CONST;
			n->val = const_str(buf, k);
			return;
		}
		ConstVal *r;
		bool numeric_ok = (is_numeric(x->type) && is_numeric(tu)) ||
			(is_string(x->type) && is_string(tu)) || (is_boolean(x->type) && is_boolean(tu));
		if (numeric_ok) {
			ConstVal *src = v;
			/* typed float -> integer conversions of constants must be exact */
			if (const_representable(src, tu, &r)) {
				if (is_untyped(x->type)) {
					Type *xt = is_numeric(x->type) ? default_type(x->type) : x->type;
					if (is_numeric(tu) && is_numeric(x->type) && const_representable(v, t, NULL) &&
						((is_integer(tu) && x->type->kind <= TY_UNTYPED_RUNE) ||
						 (is_float(tu) && x->type->kind == TY_UNTYPED_FLOAT) ||
						 (is_complex(tu) && x->type->kind == TY_UNTYPED_COMPLEX)))
						xt = t;
					else if (!is_numeric(x->type))
						xt = t;
					else if (const_representable(v, t, NULL))
						xt = t;
					convert_untyped(x, xt);
				}
				n->mode = M_CONST;
				n->val = r;
				return;
			}
			if (is_integer(tu) && !const_is_int(v) && !is_untyped(x->type)) {
				errorf(epos(x), "cannot convert %s to type %s (truncated)", operand_string(x), tstr(t));
			} else
				errorf(epos(x), "cannot convert %s to type %s", operand_string(x), tstr(t));
			invalid(n);
			return;
		}
	}
	if (is_untyped(x->type)) {
		/* non-constant conversion of an untyped value: give it a type */
		Type *xt;
		if (x->type == ty_untyped_nil) {
			if (!(tu->kind == TY_POINTER || tu->kind == TY_FUNC || tu->kind == TY_SLICE ||
				tu->kind == TY_MAP || tu->kind == TY_CHAN || tu->kind == TY_INTERFACE ||
				tu->kind == TY_UNSAFEPTR)) {
				errorf(epos(x), "cannot convert %s to type %s", operand_string(x), tstr(t));
				invalid(n);
				return;
			}
			return;
		}
		if (is_interface(t) || !is_const_type(t) || (x->mode == M_CONST && is_string(tu) != is_string(x->type)))
			xt = default_type(x->type);
		else
			xt = t;
		if (x->mode == M_CONST && !const_representable(x->val, xt, NULL))
			xt = default_type(x->type);
		if (!convertible(xt, t)) {
			errorf(epos(x), "cannot convert %s to type %s", operand_string(x), tstr(t));
			invalid(n);
			return;
		}
		convert_untyped(x, xt);
		if (isbad(x)) { invalid(n); return; }
	}
	if (!convertible(x->type, t)) {
		const char *why = is_interface(t) ? missing_reason(x->type, t) : NULL;
		if (why)
			errorf(epos(x), "cannot convert %s to type %s:\n\t%s", operand_string(x), tstr(t), why);
		else
			errorf(epos(x), "cannot convert %s to type %s", operand_string(x), tstr(t));
		invalid(n);
		return;
	}
}

/* ---- builtins */

static const char *biname(Object *o)
{
	return o ? o->name : "?";
}

static bool nargs_ok(Node *call, Vec *args, int min, int max)
{
	int n = args->n;
	if (n < min) {
		errorf(epos(call), "invalid operation: not enough arguments for %s (expected %d, found %d)",
			expr_string(call), min, n);
		return false;
	}
	if (max >= 0 && n > max) {
		errorf(epos(((Node *)args->v[max])), "invalid operation: too many arguments for %s (expected %d, found %d)",
			expr_string(call), max, n);
		return false;
	}
	return true;
}

static bool has_call_or_recv(Node *n)
{
	if (!n) return false;
	switch (n->kind) {
	case N_CALL:
		if (n->mode == M_CONST)
			return false;
		if (n->builtin != BI_CONVERT)
			return true;
		for (int i = 0; i < n->list.n; i++)
			if (has_call_or_recv(n->list.v[i])) return true;
		return has_call_or_recv(n->x);
	case N_UNARY:
		if (n->op == OP_RECV) return true;
		return has_call_or_recv(n->x);
	case N_BINARY:
		return has_call_or_recv(n->x) || has_call_or_recv(n->y);
	case N_PAREN: case N_SELECTOR: case N_STAR: case N_TYPEASSERT:
		return has_call_or_recv(n->x);
	case N_INDEX:
		return has_call_or_recv(n->x) || (n->list.n && has_call_or_recv(n->list.v[0]));
	case N_SLICE:
		return has_call_or_recv(n->x) || has_call_or_recv(n->lo) || has_call_or_recv(n->hi) ||
			has_call_or_recv(n->max);
	case N_COMPOSITE:
		for (int i = 0; i < n->list.n; i++)
			if (has_call_or_recv(n->list.v[i])) return true;
		return false;
	case N_KEYVALUE:
		return has_call_or_recv(n->x) || has_call_or_recv(n->y);
	default:
		return false;
	}
}

/* A size argument of make: integer, constant non-negative. Returns value or -1. */
static int64_t size_arg(Node *a, const char *what)
{
	check_expr(a, NULL);
	if (isbad(a)) return -2;
	if (a->mode == M_CONST && is_untyped(a->type)) {
		if (!is_numeric(a->type)) {
			errorf(epos(a), "invalid argument: index %s must be integer", operand_string(a));
			return -2;
		}
		if (!const_is_int(a->val)) {
			errorf(epos(a), "%s truncated to int", operand_string(a));
			return -2;
		}
		convert_untyped(a, ty_int);
		if (isbad(a)) return -2;
	} else if (is_untyped(a->type) && is_numeric(a->type)) {
		convert_untyped(a, ty_int);
		if (isbad(a)) return -2;
	}
	if (!is_integer(a->type)) {
		errorf(epos(a), "invalid argument: index %s must be integer", operand_string(a));
		return -2;
	}
	if (a->mode == M_CONST) {
		if (const_sign(a->val) < 0) {
			errorf(epos(a), "invalid argument: index %s must not be negative", operand_string(a));
			return -2;
		}
		if (!const_representable(a->val, ty_int, NULL)) {
			errorf(epos(a), "invalid argument: index %s overflows int", operand_string(a));
			return -2;
		}
		return const_int64(a->val);
	}
	(void)what;
	return -1;
}

static bool is_ordered(Type *t)
{
	return (is_numeric(t) && !is_complex(t)) || is_string(t);
}

void check_builtin(Node *n, Object *o)
{
	Builtin b = o ? o->builtin : BI_NONE;
	Vec *args = &n->list;
	n->mode = M_VALUE;
	if (n->dots && b != BI_APPEND) {
		errorf(epos(n), "invalid operation: invalid use of ... with built-in %s", biname(o));
		for (int i = 0; i < args->n; i++) check_expr(args->v[i], NULL);
		invalid(n);
		return;
	}
	switch (b) {
	case BI_NEW: case BI_MAKE: case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: case BI_UNSAFE_OFFSETOF:
		break;
	default:
		if (args->n == 1) {
			/* f(g()) with a multi-value g: check against the spread values */
			Node *a = args->v[0];
			check_multi(a);
			if (!isbad(a) && a->mode != M_NOVALUE && a->type->kind == TY_TUPLE) {
				Vec *spread = xmalloc(sizeof *spread);
				for (int i = 0; i < a->type->ntuple; i++) {
					Node *v = xmalloc(sizeof *v);
					*v = *a;
					v->mode = M_VALUE;
					v->type = a->type->tuple[i];
					vec_push(spread, v);
				}
				args = spread;
			} else if (a->mode == M_NOVALUE) {
				errorf(epos(a), "%s (no value) used as value", expr_string(a));
				invalid(n);
				return;
			}
		} else
			for (int i = 0; i < args->n; i++)
				check_expr(args->v[i], NULL);
		for (int i = 0; i < args->n; i++)
			if (isbad((Node *)args->v[i])) {
				invalid(n);
				return;
			}
	}
	switch (b) {
	case BI_APPEND: {
		if (!nargs_ok(n, args, 1, -1)) { invalid(n); return; }
		Node *s = args->v[0];
		Type *st = s->type;
		if (st == ty_untyped_nil) {
			errorf(epos(s), "first argument to append must be a typed slice; have untyped nil");
			invalid(n);
			return;
		}
		if (underlying(st)->kind != TY_SLICE) {
			errorf(epos(s), "first argument to append must be a slice; have %s", operand_string(s));
			invalid(n);
			return;
		}
		Type *et = underlying(st)->elem;
		n->type = st;
		if (n->dots) {
			if (args->n != 2) {
				errorf(epos(n), "can only use ... with final argument in list");
				invalid(n);
				return;
			}
			Node *a = args->v[1];
			if (underlying(et) == ty_uint8 && is_string(a->type)) {
				if (is_untyped(a->type)) convert_untyped(a, ty_string);
				return;
			}
			check_assignable(a, type_slice(et), "argument to append");
			return;
		}
		for (int i = 1; i < args->n; i++)
			check_assignable(args->v[i], et, "argument to append");
		return;
	}
	case BI_LEN: case BI_CAP: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Node *a = args->v[0];
		Type *u = underlying(a->type);
		if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
			u = underlying(u->elem);
		n->type = ty_int;
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			if (b == BI_CAP) goto bad;
			if (a->mode == M_CONST) {
				n->mode = M_CONST;
				n->val = const_int(a->val->slen);
				if (is_untyped(a->type)) convert_untyped(a, ty_string);
			}
			return;
		case TY_ARRAY:
			if (!has_call_or_recv(a)) {
				n->mode = M_CONST;
				n->val = const_int(u->len);
			}
			return;
		case TY_SLICE: case TY_CHAN:
			return;
		case TY_MAP:
			if (b == BI_CAP) goto bad;
			return;
		default:
		bad:
			errorf(epos(a), "invalid argument: %s for %s", operand_string(a), biname(o));
			invalid(n);
			return;
		}
	}
	case BI_CLEAR: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Node *a = args->v[0];
		Type *u = underlying(a->type);
		if (u->kind != TY_MAP && u->kind != TY_SLICE) {
			errorf(epos(a), "invalid argument: %s must be a map or slice", operand_string(a));
			invalid(n);
			return;
		}
		n->mode = M_NOVALUE;
		n->type = type_tuple(NULL, 0);
		return;
	}
	case BI_CLOSE: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Node *a = args->v[0];
		Type *u = underlying(a->type);
		if (u->kind != TY_CHAN) {
			errorf(epos(a), "invalid operation: cannot close non-channel %s", operand_string(a));
			invalid(n);
			return;
		}
		if (u->dir == CHAN_RECV) {
			errorf(epos(a), "invalid operation: cannot close receive-only channel %s", operand_string(a));
			invalid(n);
			return;
		}
		n->mode = M_NOVALUE;
		n->type = type_tuple(NULL, 0);
		return;
	}
	case BI_COMPLEX: {
		if (!nargs_ok(n, args, 2, 2)) { invalid(n); return; }
		Node *x = args->v[0], *y = args->v[1];
		/* untyped operands follow the other side */
		if (is_untyped(x->type) && !is_untyped(y->type)) convert_untyped(x, y->type);
		else if (!is_untyped(x->type) && is_untyped(y->type)) convert_untyped(y, x->type);
		else if (is_untyped(x->type) && is_untyped(y->type)) {
			if (x->mode == M_CONST && y->mode == M_CONST) {
				ConstVal *re = const_to_kind(x->val, CV_FLOAT), *im = const_to_kind(y->val, CV_FLOAT);
				if (x->val->kind == CV_COMPLEX || y->val->kind == CV_COMPLEX) {
					if ((x->val->kind == CV_COMPLEX && mpq_sgn(x->val->im)) ||
						(y->val->kind == CV_COMPLEX && mpq_sgn(y->val->im))) {
						errorf(epos(n), "invalid operation: complex(%s, %s) (untyped complex constant arguments)",
							expr_string(x), expr_string(y));
						invalid(n);
						return;
					}
				}
				n->mode = M_CONST;
				n->type = ty_untyped_complex;
				n->val = const_new(CV_COMPLEX);
				mpq_set(n->val->re, re->re);
				mpq_set(n->val->im, im->re);
				record_untyped(n);
				return;
			}
			convert_untyped(x, ty_float64);
			convert_untyped(y, ty_float64);
		}
		if (isbad(x) || isbad(y)) { invalid(n); return; }
		if (x->type != y->type) {
			errorf(epos(n), "invalid operation: complex(%s, %s) (mismatched types %s and %s)",
				expr_string(x), expr_string(y), tstr(x->type), tstr(y->type));
			invalid(n);
			return;
		}
		Type *u = underlying(x->type);
		if (u->kind == TY_FLOAT32) n->type = ty_complex64;
		else if (u->kind == TY_FLOAT64) n->type = ty_complex128;
		else {
			errorf(epos(x), "invalid operation: complex(%s, %s) (arguments have type %s, expected floating-point)",
				expr_string(x), expr_string(y), tstr(x->type));
			invalid(n);
			return;
		}
		if (x->mode == M_CONST && y->mode == M_CONST) {
			n->mode = M_CONST;
			n->val = const_new(CV_COMPLEX);
			mpq_set(n->val->re, const_to_kind(x->val, CV_FLOAT)->re);
			mpq_set(n->val->im, const_to_kind(y->val, CV_FLOAT)->re);
		}
		return;
	}
	case BI_REAL: case BI_IMAG: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Node *x = args->v[0];
		if (x->mode == M_CONST && is_untyped(x->type) && is_numeric(x->type)) {
			ConstVal *v = const_to_kind(x->val, CV_COMPLEX);
			n->mode = M_CONST;
			n->type = ty_untyped_float;
			n->val = const_new(CV_FLOAT);
			mpq_set(n->val->re, b == BI_REAL ? v->re : v->im);
			record_untyped(n);
			return;
		}
		if (is_untyped(x->type)) convert_untyped(x, ty_complex128);
		Type *u = underlying(x->type);
		if (u->kind == TY_COMPLEX64) n->type = ty_float32;
		else if (u->kind == TY_COMPLEX128) n->type = ty_float64;
		else {
			errorf(epos(x), "invalid argument: %s must be of complex type", operand_string(x));
			invalid(n);
			return;
		}
		if (x->mode == M_CONST) {
			n->mode = M_CONST;
			n->val = const_new(CV_FLOAT);
			mpq_set(n->val->re, b == BI_REAL ? x->val->re : x->val->im);
		}
		return;
	}
	case BI_COPY: {
		if (!nargs_ok(n, args, 2, 2)) { invalid(n); return; }
		Node *d = args->v[0], *s = args->v[1];
		n->type = ty_int;
		Type *du = underlying(d->type), *su = underlying(s->type);
		if (du->kind != TY_SLICE) {
			errorf(epos(d), "invalid argument: copy expects slice arguments; found %s and %s",
				operand_string(d), operand_string(s));
			invalid(n);
			return;
		}
		if (is_string(su)) {
			if (underlying(du->elem) != ty_uint8) {
				errorf(epos(d), "invalid argument: arguments to copy %s and %s have different element types %s and byte",
					operand_string(d), operand_string(s), tstr(du->elem));
				invalid(n);
				return;
			}
			if (is_untyped(s->type)) convert_untyped(s, ty_string);
			return;
		}
		if (su->kind != TY_SLICE) {
			errorf(epos(d), "invalid argument: copy expects slice arguments; found %s and %s",
				operand_string(d), operand_string(s));
			invalid(n);
			return;
		}
		if (du->elem != su->elem) {
			errorf(epos(d), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
				operand_string(d), operand_string(s), tstr(du->elem), tstr(su->elem));
			invalid(n);
			return;
		}
		return;
	}
	case BI_DELETE: {
		if (!nargs_ok(n, args, 2, 2)) { invalid(n); return; }
		Node *m = args->v[0], *k = args->v[1];
		Type *mu = underlying(m->type);
		if (mu->kind != TY_MAP) {
			errorf(epos(m), "invalid argument: %s is not a map", operand_string(m));
			invalid(n);
			return;
		}
		check_assignable(k, mu->key, "argument to delete");
		n->mode = M_NOVALUE;
		n->type = type_tuple(NULL, 0);
		return;
	}
	case BI_MAKE: {
		if (args->n == 0) {
			errorf(n->end.line ? n->end : n->pos, "not enough arguments for make() (expected 1, found 0)");
			invalid(n);
			return;
		}
		Node *tn = args->v[0];
		Type *t = check_type(tn);
		if (t->kind == TY_INVALID) { invalid(n); for (int i = 1; i < args->n; i++) check_expr(args->v[i], NULL); return; }
		Type *u = underlying(t);
		int min = 1, max = 2;
		if (u->kind == TY_SLICE) { min = 2; max = 3; }
		else if (u->kind != TY_MAP && u->kind != TY_CHAN) {
			errorf(epos(tn), "invalid argument: cannot make %s; type must be slice, map, or channel", expr_string(tn));
			invalid(n);
			return;
		}
		if (args->n < min) {
			errorf(epos(n), "invalid operation: %s expects %d or %d arguments; found %d", expr_string(n), min, max, args->n);
			invalid(n);
			return;
		}
		if (args->n > max) {
			errorf(epos(n), "invalid operation: %s expects %d or %d arguments; found %d", expr_string(n), min, max, args->n);
			invalid(n);
			return;
		}
		int64_t sz[2] = {-1, -1};
		for (int i = 1; i < args->n; i++)
			sz[i - 1] = size_arg(args->v[i], "size");
		if (args->n == 3 && sz[0] >= 0 && sz[1] >= 0 && sz[0] > sz[1])
			errorf(epos(((Node *)args->v[1])), "invalid argument: length and capacity swapped");
		n->type = t;
		return;
	}
	case BI_MAX: case BI_MIN: {
		if (!nargs_ok(n, args, 1, -1)) { invalid(n); return; }
		/* find a typed operand; convert untyped ones to it */
		Type *t = NULL;
		for (int i = 0; i < args->n; i++) {
			Node *a = args->v[i];
			if (!is_untyped(a->type)) { t = a->type; break; }
		}
		bool allconst = true;
		for (int i = 0; i < args->n; i++) {
			Node *a = args->v[i];
			if (!is_ordered(a->type)) {
				errorf(epos(a), "invalid argument: %s cannot be ordered", operand_string(a));
				invalid(n);
				return;
			}
			if (a->mode != M_CONST) allconst = false;
		}
		if (t) {
			for (int i = 0; i < args->n; i++) {
				Node *a = args->v[i];
				if (is_untyped(a->type)) convert_untyped(a, t);
				if (isbad(a)) { invalid(n); return; }
				if (a->type != t) {
					errorf(epos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
						tstr(t), tstr(a->type), expr_string(a));
					invalid(n);
					return;
				}
			}
		} else {
			/* all untyped: the largest kind */
			t = ((Node *)args->v[0])->type;
			for (int i = 1; i < args->n; i++) {
				Node *a = args->v[i];
				if (is_string(a->type) != is_string(t)) {
					errorf(epos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
						tstr(t), tstr(a->type), expr_string(a));
					invalid(n);
					return;
				}
				if (a->type->kind > t->kind) t = a->type;
			}
		}
		n->type = t;
		if (allconst) {
			ConstVal *best = ((Node *)args->v[0])->val;
			for (int i = 1; i < args->n; i++) {
				ConstVal *v = ((Node *)args->v[i])->val;
				if (b == BI_MAX ? const_compare(OP_GT, v, best) : const_compare(OP_LT, v, best))
					best = v;
			}
			n->mode = M_CONST;
			n->val = is_untyped(t) ? const_to_kind(best, const_kind_of(t)) : best;
			if (is_untyped(t)) {
				for (int i = 0; i < args->n; i++) convert_untyped(args->v[i], t);
			}
			record_untyped(n);
			return;
		}
		/* non-constant: untyped operands take the result type */
		if (is_untyped(t)) {
			n->type = default_type(t);
			for (int i = 0; i < args->n; i++) convert_untyped(args->v[i], n->type);
		}
		return;
	}
	case BI_NEW: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Type *t = check_type(args->v[0]);
		if (t->kind == TY_INVALID) { invalid(n); return; }
		n->type = type_pointer(t);
		return;
	}
	case BI_PANIC: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		check_assignable(args->v[0], ty_any, "argument to panic");
		n->mode = M_NOVALUE;
		n->type = type_tuple(NULL, 0);
		return;
	}
	case BI_PRINT: case BI_PRINTLN: {
		for (int i = 0; i < args->n; i++) {
			Node *a = args->v[i];
			if (a->type == ty_untyped_nil) {
				errorf(epos(a), "use of untyped nil in argument to built-in %s", biname(o));
				invalid(n);
				return;
			}
			if (is_untyped(a->type))
				check_assignable(a, default_type(a->type), xsprintf("argument to built-in %s", biname(o)));
		}
		n->mode = M_NOVALUE;
		n->type = type_tuple(NULL, 0);
		return;
	}
	case BI_RECOVER:
		if (!nargs_ok(n, args, 0, 0)) { invalid(n); return; }
		n->type = ty_any;
		return;
	case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Node *a = args->v[0];
		check_expr(a, NULL);
		if (isbad(a)) { invalid(n); return; }
		if (is_untyped(a->type)) convert_untyped(a, default_type(a->type));
		Type *t = a->type;
		type_layout(t);
		n->mode = M_CONST;
		n->type = ty_uintptr;
		n->val = const_int(b == BI_UNSAFE_SIZEOF ? t->size : t->align);
		return;
	}
	case BI_UNSAFE_OFFSETOF: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		Node *a = args->v[0];
		while (a->kind == N_PAREN) a = a->x;
		if (a->kind != N_SELECTOR) {
			errorf(epos(a), "invalid argument: %s is not a selector expression", expr_string(a));
			invalid(n);
			return;
		}
		check_expr(args->v[0], NULL);
		if (isbad(a)) { invalid(n); return; }
		if (a->selkind != SEL_FIELD) {
			errorf(epos(a), "invalid argument: %s is a method value", expr_string(a));
			invalid(n);
			return;
		}
		/* offset relative to the struct holding the field; no pointer indirections allowed */
		Type *t = a->x->type;
		int64_t off = 0;
		for (int i = 0; i < a->path.n; i++) {
			Type *u = underlying(t);
			if (u->kind == TY_POINTER) {
				if (i > 0) {
					errorf(epos(a), "invalid argument: field %s is embedded via a pointer in %s", a->name,
						tstr(a->x->type->kind == TY_POINTER ? a->x->type->elem : a->x->type));
					invalid(n);
					return;
				}
				u = underlying(u->elem);
			}
			type_layout(u);
			Field *f = &u->fields[(intptr_t)a->path.v[i]];
			off += f->offset;
			t = f->type;
		}
		n->mode = M_CONST;
		n->type = ty_uintptr;
		n->val = const_int(off);
		return;
	}
	case BI_UNSAFE_ADD: {
		if (!nargs_ok(n, args, 2, 2)) { invalid(n); return; }
		check_assignable(args->v[0], ty_unsafeptr, "argument to unsafe.Add");
		Node *l = args->v[1];
		if (is_untyped(l->type)) convert_untyped(l, ty_int);
		if (!isbad(l) && !is_integer(l->type))
			errorf(epos(l), "cannot use %s as int value in argument to unsafe.Add", operand_string(l));
		n->type = ty_unsafeptr;
		return;
	}
	case BI_UNSAFE_SLICE: {
		if (!nargs_ok(n, args, 2, 2)) { invalid(n); return; }
		Node *p = args->v[0];
		if (underlying(p->type)->kind != TY_POINTER) {
			errorf(epos(p), "invalid argument: %s is not a pointer", operand_string(p));
			invalid(n);
			return;
		}
		size_arg(args->v[1], "len");
		n->type = type_slice(underlying(p->type)->elem);
		return;
	}
	case BI_UNSAFE_STRING: {
		if (!nargs_ok(n, args, 2, 2)) { invalid(n); return; }
		check_assignable(args->v[0], type_pointer(ty_uint8), "argument to unsafe.String");
		size_arg(args->v[1], "len");
		n->type = ty_string;
		return;
	}
	case BI_UNSAFE_STRINGDATA: {
		if (!nargs_ok(n, args, 1, 1)) { invalid(n); return; }
		check_assignable(args->v[0], ty_string, "argument to unsafe.StringData");
		n->type = type_pointer(ty_uint8);
		return;
	}
	default:
		errorf(epos(n), "unsupported built-in");
		invalid(n);
	}
}
