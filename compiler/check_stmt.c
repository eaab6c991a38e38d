/*
 * check_stmt.c: statements and function bodies: assignments and short
 * variable declarations, control flow (if/for/range/switch/type switch/
 * select), labels and branches, return statements, terminating-statement
 * analysis ("missing return") and unused variables.
 */
#include <string.h>
#include "check.h"

#define REL (chk->pkg)

static const char *tstr(Type *t)
{
	return type_string_rel(t, REL);
}

static bool isbad(Node *n)
{
	return n->mode == M_INVALID || (n->mode != M_BUILTIN && bad_type(n->type));
}

static void stmt(Node *n);

/* ---- branch context */

typedef struct Target {
	Node *stmt;             /* N_FOR / N_RANGE / N_SWITCH / N_TYPESWITCH / N_SELECT */
	const char *label;
	struct Target *up;
} Target;

typedef struct Label {
	const char *name;
	Node *stmt;             /* N_LABELED */
	Node *block;            /* enclosing block */
	int index;              /* statement index in the block */
	bool used;
} Label;

static Target *targets;
static Vec labels;          /* Label* of the current function */
static Vec blocks;          /* Node*: the enclosing blocks (stack) */

/* ---- scopes */

static void open_scope(Node *n)
{
	Scope *s = scope_new(chk->scope);
	chk->scope = s;
	if (n) n->scope = s;
}

static void report_unused(Scope *s)
{
	for (int i = 0; i < s->objs.n; i++) {
		Object *o = s->objs.v[i];
		if (o->kind == O_VAR && !o->used && !o->param && !o->result && strcmp(o->name, "_"))
			errorf(o->pos, "%s declared but not used", o->name);
	}
}

static void close_scope(void)
{
	report_unused(chk->scope);
	chk->scope = chk->scope->parent;
}

static Object *declare_var(Node *id, Type *t)
{
	Object *o = object_new(O_VAR, id->name, id->pos);
	o->type = t;
	o->pkg = chk->pkg;
	o->func = chk->func;
	id->obj = o;
	id->mode = M_VAR;
	id->type = t;
	return o;
}

/* ---- assignments */

/* Checks an assignment target; returns its type or NULL for the blank identifier. */
static Type *lhs_expr(Node *x, bool isuse)
{
	if (x->kind == N_PAREN) {
		Node *in = x;
		while (in->kind == N_PAREN) in = in->x;
		if (in->kind == N_IDENT && !strcmp(in->name, "_")) {
			Type *t = lhs_expr(in, isuse);
			x->mode = in->mode;
			x->type = in->type;
			return t;
		}
	}
	if (x->kind == N_IDENT && !strcmp(x->name, "_")) {
		x->mode = M_VAR;
		x->type = NULL;
		x->obj = NULL;
		return NULL;
	}
	/* assignment alone does not "use" a variable */
	Object *o = NULL;
	bool was = false;
	if (x->kind == N_IDENT) {
		o = scope_lookup(chk->scope, x->name, NULL);
		if (o && o->kind == O_VAR && !o->global) was = o->used;
		else o = NULL;
	}
	check_expr(x, NULL);
	if (o && !isuse) o->used = was;
	if (isbad(x))
		return ty_invalid;
	if (x->mode == M_VAR || x->mode == M_MAPINDEX)
		return x->type;
	Node *b = x;
	while (b->kind == N_PAREN) b = b->x;
	if (b->kind == N_SELECTOR && b->selkind == SEL_FIELD && b->x->mode == M_MAPINDEX)
		errorf(epos(x), "cannot assign to struct field %s in map", expr_string(x));
	else if (b->kind == N_INDEX && is_string(b->x->type))
		errorf(epos(x), "cannot assign to %s (value of type byte)", expr_string(x));
	else if (x->mode == M_CONST || x->mode == M_VALUE || x->mode == M_COMMAOK)
		errorf(epos(x), "cannot assign to %s", operand_string(x));
	else
		errorf(epos(x), "cannot assign to %s", operand_string(x));
	return ty_invalid;
}

/* gc names the called function (not the call) in assignment mismatches. */
static const char *call_name(Node *r)
{
	while (r->kind == N_PAREN) r = r->x;
	return r->kind == N_CALL ? expr_string(r->x) : expr_string(r);
}

/* The blank identifier on the left gets the (default) type of its value. */
static void blank_types(Vec *lhs, Vec *rhs, Type **ts)
{
	for (int i = 0; i < lhs->n; i++) {
		Node *x = lhs->v[i];
		if (x->kind != N_IDENT || strcmp(x->name, "_") || x->type)
			continue;
		Type *t = ts ? ts[i] : ((Node *)rhs->v[i])->type;
		if (t && is_untyped(t) && t != ty_untyped_nil)
			t = default_type(t);
		x->type = t ? t : ty_invalid;
	}
}

/* After a failed assignment the targets count as used (no follow-on errors). */
static void use_lhs(Vec *lhs)
{
	for (int i = 0; i < lhs->n; i++) {
		Node *x = lhs->v[i];
		while (x->kind == N_PAREN) x = x->x;
		if (x->kind == N_IDENT && x->obj && x->obj->kind == O_VAR)
			x->obj->used = true;
	}
}

static const char *vars_n(int n)
{
	return n == 1 ? "1 variable" : xsprintf("%d variables", n);
}

static const char *vals_n(int n)
{
	return n == 1 ? "1 value" : xsprintf("%d values", n);
}

/* Checks the rhs list against nlhs targets; returns the value types (NULL on
 * mismatch).  Marks comma-ok forms. */
static Type **rhs_types(Vec *rhs, int nlhs, Node *at, bool *okmismatch)
{
	Type **ts = xmalloc(sizeof(Type *) * (nlhs + 1));
	*okmismatch = false;
	if (rhs->n == 1 && nlhs == 1) {
		Node *r = rhs->v[0];
		check_multi(r);
		if (!isbad(r) && r->mode != M_NOVALUE && r->type->kind == TY_TUPLE) {
			errorf(epos(rhs->v[0]), "assignment mismatch: 1 variable but %s returns %s", call_name(r),
				vals_n(r->type->ntuple));
			*okmismatch = true;
			return NULL;
		}
		if (r->mode == M_NOVALUE) {
			errorf(epos(r), "%s (no value) used as value", expr_string(r));
			r->mode = M_INVALID;
		}
		ts[0] = isbad(r) ? ty_invalid : r->type;
		return ts;
	}
	if (rhs->n == nlhs) {
		for (int i = 0; i < rhs->n; i++) {
			Node *r = rhs->v[i];
			check_expr(r, NULL);
			ts[i] = isbad(r) ? ty_invalid : r->type;
		}
		return ts;
	}
	if (rhs->n == 1) {
		Node *r = rhs->v[0];
		check_multi(r);
		if (isbad(r)) {
			for (int i = 0; i < nlhs; i++) ts[i] = ty_invalid;
			return ts;
		}
		if (nlhs == 2 && (r->mode == M_MAPINDEX || r->mode == M_COMMAOK)) {
			r->commaok = true;
			ts[0] = r->type;
			ts[1] = ty_untyped_bool;
			return ts;
		}
		if (r->type->kind == TY_TUPLE && r->mode != M_NOVALUE) {
			if (r->type->ntuple == nlhs) {
				for (int i = 0; i < nlhs; i++) ts[i] = r->type->tuple[i];
				return ts;
			}
			errorf(epos(rhs->v[0]), "assignment mismatch: %s but %s returns %s", vars_n(nlhs), call_name(r),
				vals_n(r->type->ntuple));
			*okmismatch = true;
			return NULL;
		}
		if (r->mode == M_NOVALUE) {
			errorf(epos(r), "%s (no value) used as value", expr_string(r));
			*okmismatch = true;
			return NULL;
		}
	} else {
		for (int i = 0; i < rhs->n; i++)
			check_multi(rhs->v[i]);
	}
	Node *r0 = rhs->v[0];
	if (rhs->n == 1 && r0->kind == N_CALL)
		errorf(epos(rhs->v[0]), "assignment mismatch: %s but %s returns %s", vars_n(nlhs), call_name(r0), vals_n(1));
	else
		errorf(epos(rhs->v[0]), "assignment mismatch: %s but %s", vars_n(nlhs), vals_n(rhs->n));
	*okmismatch = true;
	return NULL;
}

static void assign_value(Node *r, Type *t, const char *ctx)
{
	if (isbad(r) || !t || t->kind == TY_INVALID) {
		if (r && !isbad(r) && !t && is_untyped(r->type)) {
			if (r->type == ty_untyped_nil)
				errorf(epos(r), "use of untyped nil in %s", ctx);
			else
				convert_untyped(r, default_type(r->type));
		}
		return;
	}
	check_assignable(r, t, ctx);
}

static void assign_stmt(Node *n)
{
	Vec *lhs = &n->list, *rhs = &n->list2;
	if (n->op != OP_ASSIGN && n->op != OP_DEFINE) {
		/* x op= y */
		Node *x = lhs->v[0], *y = rhs->v[0];
		Type *t = lhs_expr(x, true);
		Node bin = { .kind = N_BINARY, .op = n->op, .x = x, .y = y, .pos = n->pos };
		if (!t) {
			errorf(epos(x), "cannot use _ as value");
			check_expr(y, NULL);
			return;
		}
		/* x was already checked; re-checking as an rvalue marks no use */
		check_expr(&bin, NULL);
		if (isbad(&bin) || t->kind == TY_INVALID) return;
		if (bin.mode == M_CONST && !is_untyped(t)) { /* folded constant: fine */ }
		if (is_untyped(bin.type)) convert_untyped(&bin, t);
		if (!isbad(&bin) && bin.type != t && t->kind != TY_INVALID)
			check_assignable(&bin, t, "assignment");
		return;
	}
	if (n->op == OP_DEFINE) {
		bool ok;
		Type **ts = rhs_types(rhs, lhs->n, n, &ok);
		Vec newobjs = {0};
		bool anynew = false;
		for (int i = 0; i < lhs->n; i++) {
			Node *id = lhs->v[i];
			if (id->kind != N_IDENT) {
				errorf(epos(id), "non-name %s on left side of :=", expr_string(id));
				check_expr(id, NULL);
				continue;
			}
			for (int j = 0; j < i; j++) {
				Node *p = lhs->v[j];
				if (p->kind == N_IDENT && strcmp(id->name, "_") && !strcmp(p->name, id->name))
					errorf(epos(id), "%s repeated on left side of :=", id->name);
			}
			Object *old = strcmp(id->name, "_") ? scope_lookup_local(chk->scope, id->name) : NULL;
			Type *t = ts ? ts[i] : ty_invalid;
			if (old) {
				/* assignment to an existing variable */
				id->obj = old;
				id->mode = M_VAR;
				id->type = old->type;
				if (old->kind != O_VAR) {
					errorf(epos(id), "cannot assign to %s", id->name);
					continue;
				}
				if (old->func != chk->func) {
					old->captured = true;
					old->addrtaken = true;
				}
				if (ts && rhs->n == lhs->n)
					assign_value(rhs->v[i], old->type, "assignment");
				else if (ts && ts[i] && ts[i]->kind != TY_INVALID && old->type &&
					old->type->kind != TY_INVALID) {
					if (ts[i] == ty_untyped_bool ? !is_boolean(old->type) :
						!type_assignable(ts[i], old->type, NULL))
						errorf(epos(id), "cannot use %s value as type %s in assignment",
							tstr(default_type(ts[i])), tstr(old->type));
				}
				continue;
			}
			if (strcmp(id->name, "_")) anynew = true;
			Node *r = rhs->n == lhs->n ? rhs->v[i] : NULL;
			if (r && ts && !isbad(r)) {
				if (r->type == ty_untyped_nil) {
					errorf(epos(r), "use of untyped nil in assignment");
					t = ty_invalid;
				} else if (is_untyped(r->type)) {
					t = default_type(r->type);
					check_assignable(r, t, "assignment");
				} else
					t = r->type;
				if (r->mode == M_NOVALUE || (t && t->kind == TY_TUPLE)) t = ty_invalid;
			} else if (t && is_untyped(t))
				t = default_type(t);
			if (!t) t = ty_invalid;
			Object *o = declare_var(id, t);
			vec_push(&newobjs, o);
		}
		if (!anynew && lhs->n > 0 && ((Node *)lhs->v[0])->kind == N_IDENT)
			errorf(epos(n), "no new variables on left side of :=");
		for (int i = 0; i < newobjs.n; i++) {
			Object *o = newobjs.v[i];
			if (!ts) o->used = true;
			if (strcmp(o->name, "_"))
				scope_insert(chk->scope, o);
		}
		if (!ts) use_lhs(lhs);
		return;
	}
	/* plain assignment */
	Type **lts = xmalloc(sizeof(Type *) * (lhs->n + 1));
	for (int i = 0; i < lhs->n; i++)
		lts[i] = lhs_expr(lhs->v[i], false);
	bool mismatch;
	Type **ts = rhs_types(rhs, lhs->n, n, &mismatch);
	if (!ts) {
		use_lhs(lhs);
		return;
	}
	if (rhs->n == lhs->n) {
		int errs = check_nerrors;
		for (int i = 0; i < lhs->n; i++)
			assign_value(rhs->v[i], lts[i], "assignment");
		if (check_nerrors != errs)
			use_lhs(lhs);
		blank_types(lhs, rhs, NULL);
		return;
	}
	/* tuple or comma-ok */
	Node *r = rhs->v[0];
	blank_types(lhs, rhs, ts);
	for (int i = 0; i < lhs->n; i++) {
		if (!lts[i] || lts[i]->kind == TY_INVALID || ts[i]->kind == TY_INVALID) continue;
		if (ts[i] == ty_untyped_bool) {
			if (!is_boolean(lts[i]) && !type_assignable(ty_bool, lts[i], NULL))
				errorf(epos(((Node *)lhs->v[i])), "cannot use %s (untyped bool value) as %s value in assignment",
					expr_string(r), tstr(lts[i]));
			continue;
		}
		if (!type_assignable(ts[i], lts[i], NULL))
			errorf(epos(r), "cannot use %s (value of type %s) as type %s in assignment", expr_string(r),
				tstr(ts[i]), tstr(lts[i]));
	}
}

/* ---- terminating statements */

static bool has_break(Node *n, Node *target, const char *label, bool nested);

static bool list_has_break(Vec *l, Node *target, const char *label, bool nested)
{
	for (int i = 0; i < l->n; i++)
		if (has_break(l->v[i], target, label, nested))
			return true;
	return false;
}

static bool has_break(Node *n, Node *target, const char *label, bool nested)
{
	if (!n) return false;
	switch (n->kind) {
	case N_BRANCH:
		if ((int)n->op != BR_BREAK) return false;
		if (n->name) return label && !strcmp(n->name, label);
		return !nested;
	case N_BLOCK:
		return list_has_break(&n->list, target, label, nested);
	case N_LABELED:
		return has_break(n->body, target, label, nested);
	case N_IF:
		return has_break(n->body, target, label, nested) || has_break(n->els, target, label, nested);
	case N_CASE:
		return list_has_break(&n->list2, target, label, nested);
	case N_FOR: case N_RANGE:
		return has_break(n->body, target, label, true);
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		return list_has_break(&n->list, target, label, true);
	default:
		return false;
	}
}

static bool terminating(Node *n, const char *label);

static bool list_terminating(Vec *l)
{
	/* the last non-empty statement */
	for (int i = l->n - 1; i >= 0; i--) {
		Node *s = l->v[i];
		if (s->kind == N_EMPTY) continue;
		return terminating(s, NULL);
	}
	return false;
}

static bool terminating(Node *n, const char *label)
{
	if (!n) return false;
	switch (n->kind) {
	case N_RETURN:
		return true;
	case N_BRANCH:
		return (int)n->op == BR_GOTO || (int)n->op == BR_FALLTHROUGH;
	case N_EXPRSTMT: {
		Node *c = n->x;
		while (c->kind == N_PAREN) c = c->x;
		return c->kind == N_CALL && c->builtin == BI_PANIC;
	}
	case N_BLOCK:
		return list_terminating(&n->list);
	case N_IF:
		return n->els && terminating(n->body, NULL) && terminating(n->els, NULL);
	case N_LABELED:
		return terminating(n->body, n->name);
	case N_FOR:
		return !n->cond && !has_break(n->body, n, label, false);
	case N_RANGE:
		return false;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
		bool hasdefault = n->kind == N_SELECT;
		for (int i = 0; i < n->list.n; i++) {
			Node *c = n->list.v[i];
			if (c->isdefault) hasdefault = true;
			if (!list_terminating(&c->list2)) return false;
			if (list_has_break(&c->list2, n, label, false)) return false;
		}
		return hasdefault;
	}
	default:
		return false;
	}
}

/* ---- labels */

static void collect_labels(Vec *list, Node *block)
{
	for (int i = 0; i < list->n; i++) {
		Node *s = list->v[i];
		while (s && s->kind == N_LABELED) {
			if (strcmp(s->name, "_")) {
				for (int j = 0; j < labels.n; j++) {
					Label *l = labels.v[j];
					if (!strcmp(l->name, s->name)) {
						errorf(epos(s), "label %s already defined at %s:%d:%d", s->name,
							srcfile_name(l->stmt->pos.file), l->stmt->pos.line, l->stmt->pos.col);
						goto next;
					}
				}
				Label *l = xmalloc(sizeof *l);
				l->name = s->name;
				l->stmt = s;
				l->block = block;
				l->index = i;
				vec_push(&labels, l);
			}
		next:
			s = s->body;
		}
		if (!s) continue;
		switch (s->kind) {
		case N_BLOCK: collect_labels(&s->list, s); break;
		case N_IF:
			for (Node *f = s; f; f = f->els) {
				if (f->kind == N_BLOCK) { collect_labels(&f->list, f); break; }
				if (f->body) collect_labels(&f->body->list, f->body);
			}
			break;
		case N_FOR: case N_RANGE:
			if (s->body) collect_labels(&s->body->list, s->body);
			break;
		case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
			for (int j = 0; j < s->list.n; j++) {
				Node *c = s->list.v[j];
				collect_labels(&c->list2, c);
			}
			break;
		default:
			break;
		}
	}
}

static Label *find_label(const char *name)
{
	for (int i = 0; i < labels.n; i++) {
		Label *l = labels.v[i];
		if (!strcmp(l->name, name)) return l;
	}
	return NULL;
}

static bool block_on_stack(Node *b)
{
	for (int i = 0; i < blocks.n; i++)
		if (blocks.v[i] == b) return true;
	return false;
}

/* goto checks: the label must be in an enclosing block, and a forward jump
 * must not skip variable declarations in the label's block. */
static void check_goto(Node *n, Label *l, Node *curblock, int curindex)
{
	if (!block_on_stack(l->block)) {
		errorf(epos(n), "goto %s jumps into block starting at %s:%d:%d", n->name,
			srcfile_name(l->block->pos.file), l->block->pos.line, l->block->pos.col);
		return;
	}
	/* index of the goto (or its enclosing statement) in l->block */
	int gi = -1;
	if (l->block == curblock)
		gi = curindex;
	else {
		for (int i = 0; i < blocks.n; i++)
			if (blocks.v[i] == l->block) {
				gi = (int)(intptr_t)((Node *)blocks.v[i])->aux;
				break;
			}
	}
	if (gi < 0 || l->index <= gi) return;
	Vec *list = l->block->kind == N_CASE ? &l->block->list2 : &l->block->list;
	const char *vname = NULL;
	Pos vpos = {0};
	for (int i = gi + 1; i < l->index && i < list->n; i++) {
		Node *s = list->v[i];
		if (s->kind == N_DECLSTMT && s->x && (int)s->x->op == TK_VAR) {
			for (int j = 0; j < s->x->list.n; j++) {
				Node *spec = s->x->list.v[j];
				if (spec->list.n) {
					Node *id = spec->list.v[spec->list.n - 1];
					vname = id->name;
					vpos = id->pos;
				}
			}
		}
		if (s->kind == N_ASSIGN && s->op == OP_DEFINE && s->list.n) {
			Node *id = s->list.v[s->list.n - 1];
			vname = id->name;
			vpos = s->pos;   /* gc: the := */
		}
	}
	if (vname)
		errorf(n->end.line ? n->end : epos(n), "goto %s jumps over declaration of %s at %s:%d:%d", n->name, vname,
			srcfile_name(vpos.file), vpos.line, vpos.col);
}

/* ---- statements */

static Node *curblock;
static int curindex;
static Node *curcase;        /* N_CASE being checked (for fallthrough) */
static bool curcase_last;    /* it is the last clause */
static bool in_typeswitch;

static void stmt_list(Vec *list, Node *owner)
{
	Node *saveb = curblock;
	int savei = curindex;
	vec_push(&blocks, owner);
	for (int i = 0; i < list->n; i++) {
		curblock = owner;
		curindex = i;
		owner->aux = (void *)(intptr_t)i;
		Node *s = list->v[i];
		Node *ft = s;
		while (ft->kind == N_LABELED && ft->body)
			ft = ft->body;
		if (ft->kind == N_BRANCH && (int)ft->op == BR_FALLTHROUGH) {
			if (!curcase || curblock != curcase || in_typeswitch) {
				errorf(epos(s), in_typeswitch && curcase == owner ? "cannot fallthrough in type switch" :
					"fallthrough statement out of place");
			} else if (i != list->n - 1) {
				errorf(epos(s), "fallthrough statement out of place");
			} else if (curcase_last) {
				errorf(epos(s), "cannot fallthrough final case in switch");
			}
			continue;
		}
		stmt(s);
	}
	owner->aux = NULL;
	blocks.n--;
	curblock = saveb;
	curindex = savei;
}

void check_stmt_list(Vec *list)
{
	for (int i = 0; i < list->n; i++)
		stmt(list->v[i]);
}

void check_block(Node *b)
{
	open_scope(b);
	Node *savecase = curcase;
	curcase = NULL;
	stmt_list(&b->list, b);
	curcase = savecase;
	close_scope();
}

static void cond_expr(Node *c, const char *what)
{
	check_expr(c, NULL);
	if (isbad(c)) return;
	if (!is_boolean(c->type)) {
		errorf(epos(c), "non-boolean condition in %s statement", what);
		return;
	}
	if (is_untyped(c->type))
		convert_untyped(c, ty_bool);
}

static void simple_stmt(Node *s)
{
	if (s) stmt(s);
}

static void push_target(Target *t, Node *s, const char *label)
{
	t->stmt = s;
	t->label = label;
	t->up = targets;
	targets = t;
}

static const char *pending_label;   /* label of the statement being checked */

static void switch_stmt(Node *n, const char *label)
{
	open_scope(n);
	simple_stmt(n->init);
	Node *tag = n->x;
	Type *tt = ty_bool;
	if (tag) {
		check_expr(tag, NULL);
		if (!isbad(tag)) {
			if (tag->type == ty_untyped_nil) {
				errorf(epos(tag), "use of untyped nil in switch expression");
				tt = ty_invalid;
			} else {
				if (is_untyped(tag->type))
					convert_untyped(tag, default_type(tag->type));
				tt = isbad(tag) ? ty_invalid : tag->type;
				Type *tu = underlying(tt);
				if (tt->kind != TY_INVALID && !type_comparable(tt) && tu->kind != TY_SLICE &&
					tu->kind != TY_MAP && tu->kind != TY_FUNC) {
					errorf(epos(tag), "cannot switch on %s (%s is not comparable)", operand_string(tag), tstr(tt));
					tt = ty_invalid;
				}
			}
		} else
			tt = ty_invalid;
	}
	Target t;
	push_target(&t, n, label);
	Vec consts = {0};
	Node *defclause = NULL;
	for (int i = 0; i < n->list.n; i++) {
		Node *c = n->list.v[i];
		if (c->isdefault) {
			if (defclause)
				errorf(epos(c), "multiple defaults in switch");
			defclause = c;
		}
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			check_expr(e, NULL);
			if (isbad(e) || tt->kind == TY_INVALID) continue;
			if (!tag && !is_interface(e->type)) {
				if (!is_boolean(e->type)) {
					errorf(epos(e), "invalid case %s in switch on true (mismatched types %s and bool)",
						expr_string(e), tstr(e->type));
					continue;
				}
				if (is_untyped(e->type)) convert_untyped(e, ty_bool);
				continue;
			}
			/* e == tag must be valid */
			if (is_untyped(e->type)) {
				Node tmp = *e;
				convert_untyped(e, tt);
				if (isbad(e)) { (void)tmp; continue; }
			}
			if (!type_assignable(e->type, tt, NULL) && !type_assignable(tt, e->type, NULL)) {
				if (tag)
					errorf(epos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
						expr_string(e), expr_string(tag), tstr(e->type), tstr(tt));
				else
					errorf(epos(e), "invalid case %s in switch on true (mismatched types %s and bool)",
						expr_string(e), tstr(e->type));
				continue;
			}
			if (e->type != ty_untyped_nil && (!type_comparable(e->type) || !type_comparable(tt))) {
				Type *bad = !type_comparable(tt) ? tt : e->type;
				errorf(epos(e), "invalid case %s in switch on %s (%s can only be compared to nil)",
					expr_string(e), tag ? expr_string(tag) : "true", underlying(bad)->kind == TY_SLICE ? "slice" :
					underlying(bad)->kind == TY_MAP ? "map" : "func");
				continue;
			}
			if (e->mode == M_CONST && e->val) {
				for (int k = 0; k < consts.n; k++) {
					Node *o = consts.v[k];
					if (o->type == e->type && const_compare(OP_EQ, o->val, e->val)) {
						errorf(epos(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
							operand_string(e), srcfile_name(epos(o).file), epos(o).line, epos(o).col);
						break;
					}
				}
				vec_push(&consts, e);
			}
		}
		open_scope(c);
		Node *savecase = curcase;
		bool savelast = curcase_last, savets = in_typeswitch;
		curcase = c;
		curcase_last = i == n->list.n - 1;
		in_typeswitch = false;
		stmt_list(&c->list2, c);
		curcase = savecase;
		curcase_last = savelast;
		in_typeswitch = savets;
		close_scope();
	}
	targets = t.up;
	close_scope();
}

static void typeswitch_stmt(Node *n, const char *label)
{
	open_scope(n);
	simple_stmt(n->init);
	Node *x = n->x;
	if (n->name && !strcmp(n->name, "_"))
		errorf(n->key ? n->key->pos : n->pos, "no new variable on left side of :=");
	check_expr(x, NULL);
	Type *xt = ty_invalid;
	if (!isbad(x)) {
		if (!is_interface(x->type)) {
			errorf(epos(x), "%s is not an interface", operand_string(x));
		} else
			xt = x->type;
	}
	Target t;
	push_target(&t, n, label);
	Vec seen = {0};
	Vec objs = {0};
	bool anyused = false;
	Node *defclause = NULL;
	for (int i = 0; i < n->list.n; i++) {
		Node *c = n->list.v[i];
		if (c->isdefault) {
			if (defclause)
				errorf(epos(c), "multiple defaults in switch");
			defclause = c;
		}
		Type *single = NULL;
		for (int j = 0; j < c->list.n; j++) {
			Node *e = c->list.v[j];
			Type *ct;
			if (e->kind == N_IDENT && !strcmp(e->name, "nil") &&
				scope_lookup(chk->scope, "nil", NULL) &&
				scope_lookup(chk->scope, "nil", NULL)->kind == O_NIL) {
				e->mode = M_VALUE;
				e->type = ty_untyped_nil;
				e->obj = scope_lookup(chk->scope, "nil", NULL);
				ct = ty_untyped_nil;
			} else {
				ct = check_type(e);
				if (ct->kind == TY_INVALID) {
					if (c->list.n == 1) single = ty_invalid;
					continue;
				}
				if (xt->kind != TY_INVALID && !is_interface(ct)) {
					const char *name;
					bool wp, wt;
					if (missing_method(ct, xt, false, &name, &wp, &wt)) {
						errorf(epos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s (%s)",
							expr_string(e), operand_string(x), tstr(ct),
							wp ? xsprintf("%s method has pointer receiver", name) :
							wt ? xsprintf("wrong type for %s method", name) :
							xsprintf("missing %s method", name));
						continue;
					}
				}
			}
			for (int k = 0; k < seen.n; k++) {
				Node *o = seen.v[k];
				if (o->type == ct) {
					errorf(epos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
						ct == ty_untyped_nil ? "nil" : tstr(ct), srcfile_name(epos(o).file), epos(o).line, epos(o).col);
					break;
				}
			}
			vec_push(&seen, e);
			single = j == 0 ? ct : NULL;
		}
		open_scope(c);
		if (n->name) {
			Type *vt = (c->list.n == 1 && single && single != ty_untyped_nil) ? single : xt;
			Object *o = object_new(O_VAR, n->name, n->key ? n->key->pos : n->pos);
			o->type = vt;
			o->pkg = chk->pkg;
			o->func = chk->func;
			o->used = true;    /* reported below, once for all clauses */
			c->obj = o;
			if (strcmp(n->name, "_"))
				scope_insert(chk->scope, o);
			o->used = false;
			vec_push(&objs, o);
		}
		Node *savecase = curcase;
		bool savets = in_typeswitch;
		curcase = c;
		in_typeswitch = true;
		stmt_list(&c->list2, c);
		curcase = savecase;
		in_typeswitch = savets;
		for (int k = 0; k < chk->scope->objs.n; k++) {
			Object *o = chk->scope->objs.v[k];
			if (o == c->obj) {
				if (o->used) anyused = true;
				o->used = true;
			}
		}
		close_scope();
	}
	if (n->name && !anyused && strcmp(n->name, "_"))
		errorf(n->key ? n->key->pos : n->pos, "%s declared but not used", n->name);
	targets = t.up;
	close_scope();
}

static void select_stmt(Node *n, const char *label)
{
	Target t;
	push_target(&t, n, label);
	Node *defclause = NULL;
	for (int i = 0; i < n->list.n; i++) {
		Node *c = n->list.v[i];
		open_scope(c);
		if (c->isdefault || !c->comm) {
			if (defclause)
				errorf(epos(c), "multiple defaults in select");
			defclause = c;
		} else {
			Node *s = c->comm;
			bool ok = false;
			if (s->kind == N_SEND) ok = true;
			else if (s->kind == N_EXPRSTMT) {
				Node *e = s->x;
				while (e->kind == N_PAREN) e = e->x;
				ok = e->kind == N_UNARY && e->op == OP_RECV;
			} else if (s->kind == N_ASSIGN && s->list2.n == 1) {
				Node *e = s->list2.v[0];
				while (e->kind == N_PAREN) e = e->x;
				ok = e->kind == N_UNARY && e->op == OP_RECV;
			}
			if (!ok)
				errorf(epos(s), "select case must be receive, send or assign recv");
			stmt(s);
		}
		Node *savecase = curcase;
		curcase = c;
		stmt_list(&c->list2, c);
		curcase = savecase;
		close_scope();
	}
	targets = t.up;
}

static void range_stmt(Node *n, const char *label)
{
	open_scope(n);
	Node *x = n->x;
	check_expr(x, NULL);
	Type *kt = NULL, *vt = NULL;
	bool onevar = false;
	if (!isbad(x)) {
		Type *u = underlying(x->type);
		if (u->kind == TY_POINTER && underlying(u->elem)->kind == TY_ARRAY)
			u = underlying(u->elem);
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			if (is_untyped(x->type)) convert_untyped(x, ty_string);
			kt = ty_int; vt = ty_int32;
			break;
		case TY_ARRAY: case TY_SLICE:
			kt = ty_int; vt = u->elem;
			break;
		case TY_MAP:
			kt = u->key; vt = u->elem;
			break;
		case TY_CHAN:
			kt = u->elem; onevar = true;
			if (u->dir == CHAN_SEND) {
				errorf(epos(x), "cannot range over %s (receive from send-only channel)", operand_string(x));
				kt = ty_invalid;
			}
			break;
		default:
			if (is_integer(x->type)) {
				if (is_untyped(x->type)) {
					if (x->mode == M_CONST && !const_representable(x->val, ty_int, NULL)) {
						errorf(epos(x), "cannot use %s as int value in range clause (overflows)", operand_string(x));
					}
					convert_untyped(x, ty_int);
				}
				kt = isbad(x) ? ty_invalid : x->type;
				onevar = true;
				break;
			}
			if (u->kind == TY_FUNC)
				errorf(epos(x), "range over function values is not supported by gosub");
			else
				errorf(epos(x), "cannot range over %s", operand_string(x));
			kt = vt = ty_invalid;
		}
	} else
		kt = vt = ty_invalid;
	if (onevar && n->value) {
		errorf(epos(n->value), "range over %s permits only one iteration variable", operand_string(x));
		vt = ty_invalid;
	}
	if (!vt) vt = ty_invalid;
	Node *vars[2] = {n->key, n->value};
	Type *types[2] = {kt, vt};
	if (n->op == OP_DEFINE) {
		Vec objs = {0};
		for (int i = 0; i < 2; i++) {
			Node *id = vars[i];
			if (!id) continue;
			if (id->kind != N_IDENT) {
				errorf(epos(id), "non-name %s on left side of :=", expr_string(id));
				continue;
			}
			Object *o = declare_var(id, types[i]);
			vec_push(&objs, o);
		}
		for (int i = 0; i < objs.n; i++) {
			Object *o = objs.v[i];
			if (strcmp(o->name, "_")) {
				if (scope_lookup_local(chk->scope, o->name))
					errorf(o->pos, "%s repeated on left side of :=", o->name);
				else
					scope_insert(chk->scope, o);
			}
		}
	} else if (n->op == OP_ASSIGN) {
		for (int i = 0; i < 2; i++) {
			Node *e = vars[i];
			if (!e) continue;
			Type *lt = lhs_expr(e, false);
			if (!lt) e->type = types[i];
			if (!lt || lt->kind == TY_INVALID || types[i]->kind == TY_INVALID) continue;
			if (!type_assignable(types[i], lt, NULL))
				errorf(epos(e), "cannot use %s (value of type %s) as type %s in assignment",
					expr_string(e), tstr(types[i]), tstr(lt));
		}
	}
	Target t;
	push_target(&t, n, label);
	check_block(n->body);
	targets = t.up;
	close_scope();
}

static void return_stmt(Node *n)
{
	Type *sig = chk->sig;
	Vec *l = &n->list;
	if (!sig) return;
	if (l->n == 0) {
		if (sig->nresults > 0) {
			/* naked return: results must be named and in scope */
			Node *ft = chk->func->x;
			bool named = ft->list2.n && ((Node *)ft->list2.v[0])->list.n > 0;
			if (!named) {
				errorf(epos(n), "not enough return values\n\thave ()\n\twant %s", type_string_rel(type_tuple(sig->results, sig->nresults), REL));
				return;
			}
			for (int i = 0; i < ft->list2.n; i++) {
				Node *f = ft->list2.v[i];
				for (int j = 0; j < f->list.n; j++) {
					Node *id = f->list.v[j];
					if (!id->obj || !strcmp(id->name, "_")) continue;
					Object *o = scope_lookup(chk->scope, id->name, NULL);
					if (o != id->obj) {
						if (o)
							errorf(epos(n), "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of var %s %s",
								id->name, srcfile_name(o->pos.file), o->pos.line, o->pos.col, id->name,
								o->type ? tstr(o->type) : "?");
						else
							errorf(epos(n), "result parameter %s not in scope at return", id->name);
					}
				}
			}
		}
		return;
	}
	if (sig->nresults == 0) {
		for (int i = 0; i < l->n; i++) check_multi(l->v[i]);
		Node *f0 = l->v[0];
		if (l->n == 1 && f0->mode == M_NOVALUE)
			return;   /* return f() with f() having no result: gc reports differently; accept */
		errorf(epos(f0), "too many return values\n\thave %s\n\twant ()", types_of(l, 0));
		return;
	}
	if (l->n == 1 && sig->nresults > 1) {
		Node *r = l->v[0];
		check_multi(r);
		if (isbad(r)) return;
		if (r->type->kind == TY_TUPLE && r->mode != M_NOVALUE) {
			if (r->type->ntuple != sig->nresults) {
				errorf(epos(r), "%s return values\n\thave %s\n\twant %s",
					r->type->ntuple < sig->nresults ? "not enough" : "too many",
					types_of(l, 0), type_string_rel(type_tuple(sig->results, sig->nresults), REL));
				return;
			}
			for (int i = 0; i < sig->nresults; i++)
				if (!type_assignable(r->type->tuple[i], sig->results[i], NULL)) {
					errorf(epos(r), "cannot use %s (value of type %s) as type %s in return statement",
						expr_string(r), type_string_rel(r->type, REL), tstr(sig->results[i]));
					return;
				}
			return;
		}
		errorf(epos(r), "not enough return values\n\thave %s\n\twant %s", types_of(l, 0),
			type_string_rel(type_tuple(sig->results, sig->nresults), REL));
		return;
	}
	for (int i = 0; i < l->n; i++) check_expr(l->v[i], NULL);
	if (l->n != sig->nresults) {
		Node *at = l->n > sig->nresults ? l->v[sig->nresults] : l->v[0];
		errorf(epos(at), "%s return values\n\thave %s\n\twant %s",
			l->n < sig->nresults ? "not enough" : "too many", types_of(l, 0),
			type_string_rel(type_tuple(sig->results, sig->nresults), REL));
		return;
	}
	for (int i = 0; i < l->n; i++)
		check_assignable(l->v[i], sig->results[i], "return statement");
}

static void branch_stmt(Node *n)
{
	switch ((int)n->op) {
	case BR_BREAK: case BR_CONTINUE: {
		const char *what = (int)n->op == BR_BREAK ? "break" : "continue";
		if (n->name) {
			Label *l = find_label(n->name);
			if (!l) {
				errorf(n->end, "%s label not defined: %s", what, n->name);
				return;
			}
			l->used = true;
			for (Target *t = targets; t; t = t->up)
				if (t->label && !strcmp(t->label, n->name)) {
					if ((int)n->op == BR_CONTINUE && t->stmt->kind != N_FOR && t->stmt->kind != N_RANGE) {
						errorf(n->end, "invalid continue label %s", n->name);
						return;
					}
					n->aux = NULL;
					return;
				}
			errorf(n->end, "invalid %s label %s", what, n->name);
			return;
		}
		for (Target *t = targets; t; t = t->up) {
			if ((int)n->op == BR_BREAK) return;
			if (t->stmt->kind == N_FOR || t->stmt->kind == N_RANGE) return;
		}
		if ((int)n->op == BR_BREAK)
			errorf(epos(n), "break is not in a loop, switch, or select");
		else
			errorf(epos(n), "continue is not in a loop");
		return;
	}
	case BR_GOTO: {
		Label *l = find_label(n->name);
		if (!l) {
			errorf(n->end, "label %s not defined", n->name);
			return;
		}
		l->used = true;
		check_goto(n, l, curblock, curindex);
		return;
	}
	case BR_FALLTHROUGH:
		errorf(epos(n), "fallthrough statement out of place");
		return;
	}
}

static void expr_stmt(Node *n)
{
	Node *x = n->x;
	check_multi(x);
	if (isbad(x)) return;
	Node *c = x;
	while (c->kind == N_PAREN) c = c->x;
	if (c->kind == N_CALL) {
		if (c->builtin == BI_CONVERT) {
			errorf(epos(x), "%s is not used", operand_string(x));
			return;
		}
		switch (c->builtin) {
		case BI_APPEND: case BI_CAP: case BI_COMPLEX: case BI_IMAG: case BI_LEN: case BI_MAKE:
		case BI_NEW: case BI_REAL: case BI_MIN: case BI_MAX:
		case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: case BI_UNSAFE_OFFSETOF: case BI_UNSAFE_ADD:
		case BI_UNSAFE_SLICE: case BI_UNSAFE_STRING: case BI_UNSAFE_STRINGDATA:
			errorf(epos(x), "%s is not used", operand_string(x));
			return;
		default:
			break;
		}
		return;
	}
	if (c->kind == N_UNARY && c->op == OP_RECV)
		return;
	errorf(epos(x), "%s is not used", operand_string(x));
}

static void go_defer(Node *n)
{
	const char *what = n->kind == N_GO ? "go" : "defer";
	Node *c = n->x;
	while (c->kind == N_PAREN) c = c->x;
	if (c->kind != N_CALL) {
		check_multi(n->x);
		errorf(epos(n->x), "expression in %s must be function call", what);
		return;
	}
	check_multi(n->x);
	if (isbad(c)) return;
	if (c->builtin == BI_CONVERT) {
		errorf(epos(n->x), "%s requires function call, not conversion", what);
		return;
	}
	switch (c->builtin) {
	case BI_APPEND: case BI_CAP: case BI_COMPLEX: case BI_IMAG: case BI_LEN: case BI_MAKE:
	case BI_NEW: case BI_REAL: case BI_MIN: case BI_MAX:
	case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: case BI_UNSAFE_OFFSETOF: case BI_UNSAFE_ADD:
	case BI_UNSAFE_SLICE: case BI_UNSAFE_STRING: case BI_UNSAFE_STRINGDATA:
		errorf(epos(n->x), "%s discards result of %s", what, expr_string(n->x));
		return;
	default:
		break;
	}
}

static void stmt(Node *n)
{
	if (!n) return;
	const char *label = pending_label;
	pending_label = NULL;
	switch (n->kind) {
	case N_BADSTMT: case N_EMPTY:
		return;
	case N_DECLSTMT:
		check_local_decl(n->x);
		return;
	case N_LABELED: {
		Label *l = find_label(n->name);
		(void)l;
		if (n->body) {
			pending_label = n->name;
			stmt(n->body);
			pending_label = NULL;
		}
		return;
	}
	case N_EXPRSTMT:
		expr_stmt(n);
		return;
	case N_SEND: {
		check_expr(n->x, NULL);
		check_expr(n->y, NULL);
		if (isbad(n->x) || isbad(n->y)) return;
		Type *u = underlying(n->x->type);
		if (u->kind != TY_CHAN) {
			errorf(epos(n), "invalid operation: cannot send to non-channel %s", operand_string(n->x));
			return;
		}
		if (u->dir == CHAN_RECV) {
			errorf(epos(n), "invalid operation: cannot send to receive-only channel %s", operand_string(n->x));
			return;
		}
		check_assignable(n->y, u->elem, "send");
		return;
	}
	case N_INCDEC: {
		Type *t = lhs_expr(n->x, true);
		if (!t) { errorf(epos(n->x), "cannot use _ as value"); return; }
		if (t->kind == TY_INVALID) return;
		if (!is_numeric(t)) {
			errorf(epos(n), "invalid operation: %s%s (non-numeric type %s)", expr_string(n->x),
				n->op == OP_INC ? "++" : "--", tstr(t));
			return;
		}
		return;
	}
	case N_ASSIGN:
		assign_stmt(n);
		return;
	case N_GO: case N_DEFER:
		go_defer(n);
		return;
	case N_RETURN:
		return_stmt(n);
		return;
	case N_BRANCH:
		branch_stmt(n);
		return;
	case N_BLOCK:
		check_block(n);
		return;
	case N_IF:
		open_scope(n);
		simple_stmt(n->init);
		cond_expr(n->cond, "if");
		check_block(n->body);
		if (n->els) stmt(n->els);
		close_scope();
		return;
	case N_SWITCH:
		switch_stmt(n, label);
		return;
	case N_TYPESWITCH:
		typeswitch_stmt(n, label);
		return;
	case N_SELECT:
		select_stmt(n, label);
		return;
	case N_FOR: {
		open_scope(n);
		simple_stmt(n->init);
		if (n->cond) cond_expr(n->cond, "for");
		if (n->post) {
			if (n->post->kind == N_ASSIGN && n->post->op == OP_DEFINE)
				errorf(epos(n->post), "cannot declare in post statement of for loop");
			else
				simple_stmt(n->post);
		}
		Target t;
		push_target(&t, n, label);
		check_block(n->body);
		targets = t.up;
		close_scope();
		return;
	}
	case N_RANGE:
		range_stmt(n, label);
		return;
	default:
		errorf(epos(n), "unexpected statement");
	}
}

/* Checks a function body in the function scope chk->scope (params declared). */
void check_func_body(Node *fn, Type *sig, Node *body)
{
	if (!body) return;
	Target *savet = targets;
	Vec savel = labels, saveb = blocks;
	Node *savecb = curblock, *savecase = curcase;
	int saveci = curindex;
	bool savets = in_typeswitch;
	const char *savepl = pending_label;
	targets = NULL;
	memset(&labels, 0, sizeof labels);
	memset(&blocks, 0, sizeof blocks);
	curcase = NULL;
	in_typeswitch = false;
	pending_label = NULL;
	Type *savesig = chk->sig;
	chk->sig = sig;
	collect_labels(&body->list, body);
	body->scope = chk->scope;
	stmt_list(&body->list, body);
	report_unused(chk->scope);
	for (int i = 0; i < labels.n; i++) {
		Label *l = labels.v[i];
		if (!l->used)
			errorf(l->stmt->pos, "label %s defined and not used", l->name);
	}
	if (sig->nresults > 0 && !list_terminating(&body->list))
		errorf(body->end.line ? body->end : body->pos, "missing return");
	chk->sig = savesig;
	targets = savet;
	labels = savel;
	blocks = saveb;
	curblock = savecb;
	curcase = savecase;
	curindex = saveci;
	in_typeswitch = savets;
	pending_label = savepl;
	(void)fn;
}
