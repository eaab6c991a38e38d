/*
 * check_decl.c: the checker's entry point check_package: package and file
 * scopes, imports, collection and lazy resolution of package-level objects
 * (consts with iota, vars, types, funcs, methods), local declarations,
 * recursive-type checks, package initialisation order and unused imports.
 */
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#include "check.h"

Checker *chk;

#define REL (chk->pkg)

static const char *tstr(Type *t)
{
	return type_string_rel(t, REL);
}

static bool isbad(Node *n)
{
	return n->mode == M_INVALID || (n->mode != M_BUILTIN && bad_type(n->type));
}

DeclInfo *declinfo(Object *o)
{
	return o ? o->aux : NULL;
}

static DeclInfo *new_declinfo(SrcFile *f, Node *spec)
{
	DeclInfo *d = xmalloc(sizeof *d);
	d->file = f;
	d->spec = spec;
	d->iota = -1;
	return d;
}

static const char *call_name(Node *r)
{
	while (r->kind == N_PAREN) r = r->x;
	return r->kind == N_CALL ? expr_string(r->x) : expr_string(r);
}

static void flush_errors(void);

/* ---- constants */

/* Checks a constant declaration's value for object o; typexpr/init may be NULL. */
static void const_decl(Object *o, Node *typexpr, Node *init, int iota)
{
	int saveiota = chk->iota;
	chk->iota = iota;
	Type *t = NULL;
	if (typexpr) {
		t = check_type(typexpr);
		if (t->kind != TY_INVALID && !is_const_type(t)) {
			errorf(epos(typexpr), "invalid constant type %s", tstr(t));
			t = ty_invalid;
		}
	}
	if (!init) {
		o->type = ty_invalid;
		chk->iota = saveiota;
		return;
	}
	check_expr(init, NULL);
	chk->iota = saveiota;
	o->type = ty_invalid;
	if (isbad(init))
		return;
	if (init->mode != M_CONST) {
		errorf(epos(init), "%s is not constant", operand_string(init));
		return;
	}
	if (t) {
		if (t->kind == TY_INVALID)
			return;
		if (!check_assignable(init, t, "constant declaration"))
			return;
		o->type = t;
		ConstVal *r = init->val;
		if (!const_representable(init->val, t, &r)) {
			errorf(epos(init), "%s overflows %s", operand_string(init), tstr(t));
			return;
		}
		o->val = r;
		return;
	}
	o->type = init->type;
	o->val = init->val;
}

/* ---- package-level objects */

typedef struct SaveCtx {
	SrcFile *file;
	Scope *scope;
	Node *func;
	Type *sig;
	Object *declobj;
	int iota;
	Pos errpos;
} SaveCtx;

static void save_ctx(SaveCtx *s)
{
	s->file = chk->file;
	s->scope = chk->scope;
	s->func = chk->func;
	s->sig = chk->sig;
	s->declobj = chk->declobj;
	s->iota = chk->iota;
	s->errpos = chk->errpos;
}

static void restore_ctx(SaveCtx *s)
{
	chk->file = s->file;
	chk->scope = s->scope;
	chk->func = s->func;
	chk->sig = s->sig;
	chk->declobj = s->declobj;
	chk->iota = s->iota;
	chk->errpos = s->errpos;
}

static void resolve_global_var(Object *o, DeclInfo *d)
{
	Type *t = d->typexpr ? check_type(d->typexpr) : NULL;
	if (!d->init) {
		for (int i = 0; i < d->lhs.n; i++) {
			Object *v = d->lhs.v[i];
			v->type = t ? t : ty_invalid;
		}
		return;
	}
	chk->declobj = o;
	Node *init = d->init;
	if (d->lhs.n == 1) {
		check_multi(init);
		if (!isbad(init) && init->mode != M_NOVALUE && init->type->kind == TY_TUPLE) {
			errorf(epos(init), "multiple-value %s (value of type %s) in single-value context", expr_string(init),
				tstr(init->type));
			init->mode = M_INVALID;
		} else if (init->mode == M_NOVALUE) {
			errorf(epos(init), "%s (no value) used as value", expr_string(init));
			init->mode = M_INVALID;
		}
		if (isbad(init)) {
			o->type = t ? t : ty_invalid;
			return;
		}
		if (t) {
			chk->tspell = type_spelling(d->typexpr, t);
			check_assignable(init, t, "variable declaration");
			chk->tspell = NULL;
			o->type = t;
		} else {
			if (init->type == ty_untyped_nil) {
				errorf(epos(init), "use of untyped nil in variable declaration");
				o->type = ty_invalid;
				return;
			}
			if (is_untyped(init->type)) {
				o->type = default_type(init->type);
				check_assignable(init, o->type, "variable declaration");
			} else
				o->type = init->type;
		}
		return;
	}
	/* var a, b = f() or v, ok = m[k] */
	check_multi(init);
	Type *ts[256];
	int n = d->lhs.n;
	bool ok = !isbad(init);
	if (ok) {
		if (n == 2 && (init->mode == M_MAPINDEX || init->mode == M_COMMAOK)) {
			init->commaok = true;
			ts[0] = init->type;
			ts[1] = ty_bool;
		} else if (init->type->kind == TY_TUPLE && init->type->ntuple == n && init->mode != M_NOVALUE) {
			for (int i = 0; i < n; i++) ts[i] = init->type->tuple[i];
		} else {
			int have = init->type->kind == TY_TUPLE ? init->type->ntuple : 1;
			if (init->kind == N_CALL)
				errorf(epos(init), "assignment mismatch: %d variables but %s returns %d value%s",
					n, call_name(init), have, have == 1 ? "" : "s");
			else
				errorf(epos(init), "assignment mismatch: %d variables but %d value%s",
					n, have, have == 1 ? "" : "s");
			ok = false;
		}
	}
	for (int i = 0; i < n && i < 256; i++) {
		Object *v = d->lhs.v[i];
		if (!ok) { v->type = t ? t : ty_invalid; continue; }
		if (t) {
			if (!type_assignable(ts[i], t, NULL))
				errorf(epos(init), "cannot use %s value as type %s in assignment", tstr(ts[i]), tstr(t));
			v->type = t;
		} else
			v->type = ts[i];
	}
}

static void resolve_type(Object *o, DeclInfo *d)
{
	Node *spec = d->spec;
	if (spec->alias) {
		o->type = check_type(spec->x);
		return;
	}
	Type *nt = o->type;
	Type *t = check_type(spec->x);
	if (!nt->underlying) {
		Type *u = underlying(t);
		if (u == NULL || u->kind == TY_NAMED) u = ty_invalid;
		nt->underlying = u;
	}
}

static void resolve_func(Object *o, DeclInfo *d)
{
	Node *fd = d->spec;
	if (fd->x->tparams.n) {
		/* type parameters resolve to invalid types: no follow-on errors */
		Scope *tps = scope_new(chk->scope);
		for (int i = 0; i < fd->x->tparams.n; i++) {
			Node *f = fd->x->tparams.v[i];
			for (int j = 0; j < f->list.n; j++) {
				Node *id = f->list.v[j];
				Object *t = object_new(O_TYPE, id->name, id->pos);
				t->type = ty_invalid;
				scope_insert(tps, t);
			}
		}
		fd->x->tparams.n = 0;
		chk->scope = tps;
	}
	Scope *s = scope_new(chk->scope);
	s->isfunc = true;
	fd->scope = s;
	chk->func = fd;
	Object *recvobj = NULL;
	if (fd->recv) {
		fd->recv->type = o->recv ? o->recv : ty_invalid;
	}
	o->type = check_funcsig(fd->x, fd->recv, s, &recvobj);
	chk->func = NULL;
}

void check_object(Object *o)
{
	DeclInfo *d = declinfo(o);
	if (!d || d->state == DS_DONE)
		return;
	if (d->state == DS_RESOLVING) {
		if (o->kind == O_TYPE) {
			if (o->type && o->type->kind == TY_NAMED) {
				/* a reference to a named type being declared is fine */
			} else if (!o->type) {
				errorf(o->pos, "invalid recursive type alias %s", o->name);
				o->type = ty_invalid;
			}
		} else if (o->kind == O_CONST || o->kind == O_VAR) {
			if (!o->type) {
				errorf(o->pos, "initialization loop for %s", o->name);
				o->type = ty_invalid;
			}
		}
		return;
	}
	d->state = DS_RESOLVING;
	SaveCtx sc;
	save_ctx(&sc);
	chk->file = d->file;
	chk->scope = d->file->scope;
	chk->func = NULL;
	chk->sig = NULL;
	chk->declobj = NULL;
	chk->iota = -1;
	chk->errpos = (Pos){0};
	switch (o->kind) {
	case O_CONST:
		if (d->inherited)
			chk->errpos = o->pos;
		const_decl(o, d->typexpr, d->init, d->iota);
		chk->errpos = (Pos){0};
		if (!d->init)
			errorf(o->pos, "missing init expr for const declaration");
		break;
	case O_VAR:
		resolve_global_var(o, d);
		for (int i = 0; i < d->lhs.n; i++) {
			Object *v = d->lhs.v[i];
			if (!v->type) v->type = ty_invalid;
		}
		break;
	case O_TYPE:
		resolve_type(o, d);
		break;
	case O_FUNC:
		resolve_func(o, d);
		break;
	default:
		break;
	}
	d->state = DS_DONE;
	restore_ctx(&sc);
}

Type *named_underlying_resolve(Type *t)
{
	Object *o = t->obj;
	DeclInfo *d = declinfo(o);
	if (!d) {
		/* a local type still being declared */
		return ty_invalid;
	}
	if (d->state == DS_UNRESOLVED)
		check_object(o);
	else if (d->state == DS_RESOLVING && !t->underlying) {
		errorf(o->pos, "invalid recursive type %s", o->name);
		t->underlying = ty_invalid;
	}
	return t->underlying ? t->underlying : ty_invalid;
}

/* ---- local declarations */

static void local_value_spec(Node *gd, Node *spec, Node **lastvals_spec)
{
	if ((int)(int)gd->op == TK_CONST) {
		Node *src = spec;
		if (spec->list2.n == 0 && !spec->x && *lastvals_spec)
			src = *lastvals_spec;
		else
			*lastvals_spec = spec;
		Vec objs = {0};
		for (int i = 0; i < spec->list.n; i++) {
			Node *id = spec->list.v[i];
			Object *o = object_new(O_CONST, id->name, id->pos);
			o->pkg = chk->pkg;
			o->func = chk->func;
			o->used = true;
			id->obj = o;
			Node *init = i < src->list2.n ? src->list2.v[i] : NULL;
			if (src != spec)
				chk->errpos = id->pos;
			const_decl(o, src->x, init, spec->iota);
			chk->errpos = (Pos){0};
			id->type = o->type;
			id->mode = M_CONST;
			id->val = o->val;
			if (!init && (src->list2.n || src == spec))
				errorf(epos(id), "missing init expr for const declaration");
			vec_push(&objs, o);
		}
		if (src->list2.n > spec->list.n)
			errorf(epos(((Node *)src->list2.v[spec->list.n])), "extra init expr");
		for (int i = 0; i < objs.n; i++) {
			Object *o = objs.v[i];
			if (strcmp(o->name, "_"))
				scope_declare(chk->scope, o);
		}
		return;
	}
	/* var */
	int errs0 = check_nerrors;
	Type *t = spec->x ? check_type(spec->x) : NULL;
	int nl = spec->list.n, nr = spec->list2.n;
	Type **ts = xmalloc(sizeof(Type *) * (nl + 1));
	for (int i = 0; i < nl; i++) ts[i] = t ? t : ty_invalid;
	if (nr == nl) {
		for (int i = 0; i < nr; i++) {
			Node *init = spec->list2.v[i];
			if (nr == 1) {
				check_multi(init);
				if (!isbad(init) && init->mode != M_NOVALUE && init->type->kind == TY_TUPLE) {
					errorf(epos(init), "multiple-value %s (value of type %s) in single-value context",
						expr_string(init), tstr(init->type));
					init->mode = M_INVALID;
				} else if (init->mode == M_NOVALUE) {
					errorf(epos(init), "%s (no value) used as value", expr_string(init));
					init->mode = M_INVALID;
				}
			} else
				check_expr(init, NULL);
			if (isbad(init)) continue;
			if (t) {
				chk->tspell = type_spelling(spec->x, t);
				check_assignable(init, t, "variable declaration");
				chk->tspell = NULL;
			} else if (init->type == ty_untyped_nil)
				errorf(epos(init), "use of untyped nil in variable declaration");
			else {
				if (is_untyped(init->type)) {
					ts[i] = default_type(init->type);
					check_assignable(init, ts[i], "variable declaration");
				} else
					ts[i] = init->type;
			}
		}
	} else if (nr == 1) {
		Node *init = spec->list2.v[0];
		check_multi(init);
		if (!isbad(init)) {
			if (nl == 2 && (init->mode == M_MAPINDEX || init->mode == M_COMMAOK)) {
				init->commaok = true;
				if (!t) { ts[0] = init->type; ts[1] = ty_bool; }
				else if (!type_assignable(init->type, t, NULL))
					errorf(epos(init), "cannot use %s as type %s in variable declaration", operand_string(init), tstr(t));
			} else if (init->type->kind == TY_TUPLE && init->type->ntuple == nl && init->mode != M_NOVALUE) {
				for (int i = 0; i < nl; i++) {
					if (!t) ts[i] = init->type->tuple[i];
					else if (!type_assignable(init->type->tuple[i], t, NULL))
						errorf(epos(init), "cannot use %s value as type %s in variable declaration",
							tstr(init->type->tuple[i]), tstr(t));
				}
			} else {
				int have = init->type->kind == TY_TUPLE ? init->type->ntuple : 1;
				if (init->kind == N_CALL)
					errorf(epos(init), "assignment mismatch: %d variables but %s returns %d value%s",
						nl, call_name(init), have, have == 1 ? "" : "s");
				else
					errorf(epos(init), "assignment mismatch: %d variables but %d value%s",
						nl, have, have == 1 ? "" : "s");
			}
		}
	} else if (nr != 0) {
		for (int i = 0; i < nr; i++) check_multi(spec->list2.v[i]);
		errorf(epos(((Node *)spec->list2.v[0])), "assignment mismatch: %d variable%s but %d value%s",
			nl, nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
	} else if (!t) {
		errorf(epos(spec), "missing type or init expr");
	}
	Vec objs = {0};
	for (int i = 0; i < nl; i++) {
		Node *id = spec->list.v[i];
		Object *o = object_new(O_VAR, id->name, id->pos);
		o->type = ts[i];
		o->pkg = chk->pkg;
		o->func = chk->func;
		o->decl = spec;
		o->used = check_nerrors != errs0;   /* no "declared but not used" after an error */
		id->obj = o;
		id->mode = M_VAR;
		id->type = ts[i];
		vec_push(&objs, o);
	}
	for (int i = 0; i < objs.n; i++) {
		Object *o = objs.v[i];
		if (strcmp(o->name, "_"))
			scope_declare(chk->scope, o);
	}
}

static void check_recursive_type(Type *t);

/* What needs complete types: map keys that were incomplete when the map type
 * was built, and array sizes. */
static void check_pending_types(void)
{
	for (int i = 0; i < chk->mapkeys.n; i++) {
		Node *m = chk->mapkeys.v[i];
		if (m->type && m->type->kind == TY_MAP && !type_comparable(m->type->key))
			errorf(epos(m->x), "invalid map key type %s", tstr(m->type->key));
	}
	chk->mapkeys.n = 0;
	/* gc's limit on amd64: no object of 1<<50 bytes or more */
	for (int i = 0; i < chk->arrays.n; i++) {
		Node *a = chk->arrays.v[i];
		Type *t = a->type;
		if (!t || t->kind != TY_ARRAY)
			continue;
		type_layout(t->elem);
		if (t->elem->size > 0 && t->len > ((INT64_C(1) << 50) - 1) / t->elem->size)
			errorf(epos(a), "type %s larger than address space", tstr(t));
	}
	chk->arrays.n = 0;
}

static void local_type_spec(Node *spec)
{
	Object *o = object_new(O_TYPE, spec->name, spec->pos);
	o->pkg = chk->pkg;
	o->decl = spec;
	o->func = chk->func;
	spec->obj = o;
	if (spec->tparams.n) {
		errorf(epos(spec), "generic types are not supported by gosub");
		o->type = ty_invalid;
		scope_declare(chk->scope, o);
		return;
	}
	if (spec->alias) {
		o->type = check_type(spec->x);
		scope_declare(chk->scope, o);
		return;
	}
	Type *nt = type_named(o);
	o->type = nt;
	scope_declare(chk->scope, o);
	vec_push(&chk->pkg->types, o);
	Type *t = check_type(spec->x);
	Type *u = t->kind == TY_NAMED ? (t->underlying ? t->underlying : ty_invalid) : t;
	if (t == nt) {
		errorf(epos(spec), "invalid recursive type %s", o->name);
		u = ty_invalid;
	}
	nt->underlying = u;
	complete_pending_ifaces();
	check_recursive_type(nt);
	check_pending_types();
}

void check_local_decl(Node *gd)
{
	Node *lastvals = NULL;
	for (int i = 0; i < gd->list.n; i++) {
		Node *spec = gd->list.v[i];
		switch (spec->kind) {
		case N_VALUESPEC:
			local_value_spec(gd, spec, &lastvals);
			break;
		case N_TYPESPEC:
			local_type_spec(spec);
			break;
		default:
			break;
		}
	}
}

/* ---- recursive (by value) types */

static bool contains(Type *t, Type *target, Vec *seen)
{
	switch (t->kind) {
	case TY_NAMED:
		if (t == target) return true;
		for (int i = 0; i < seen->n; i++)
			if (seen->v[i] == t) return false;
		vec_push(seen, t);
		return t->underlying && contains(t->underlying, target, seen);
	case TY_ARRAY:
		return contains(t->elem, target, seen);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (contains(t->fields[i].type, target, seen)) return true;
		return false;
	default:
		return false;
	}
}

static void check_recursive_type(Type *t)
{
	if (t->kind != TY_NAMED || !t->underlying || t->underlying->kind == TY_INVALID)
		return;
	Vec seen = {0};
	if (contains(t->underlying, t, &seen)) {
		errorf(t->obj->pos, "invalid recursive type %s", t->obj->name);
		t->underlying = ty_invalid;
		return;
	}
}

/* ---- collection */

static void declare_global(Object *o)
{
	if (!strcmp(o->name, "_"))
		return;
	if (o->kind != O_FUNC && (!strcmp(o->name, "init") ||
		(!strcmp(o->name, "main") && chk->pkg->name && !strcmp(chk->pkg->name, "main")))) {
		errorf(o->pos, "cannot declare %s - must be func", o->name);
		return;
	}
	Object *old = scope_insert(chk->pkg->scope, o);
	if (old) {
		if (old->pos.line)
			errorf(o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", o->name,
				srcfile_name(old->pos.file), old->pos.line, old->pos.col, o->name);
		else
			errorf(o->pos, "%s redeclared in this block", o->name);
	}
}

static bool in_stdlib(Package *p)
{
	if (!gosub_stdlib_dir || !p->dir)
		return false;
	size_t n = strlen(gosub_stdlib_dir);
	return !strncmp(p->dir, gosub_stdlib_dir, n) && (p->dir[n] == '/' || p->dir[n] == 0);
}

static Vec all_objs;     /* Object*: package-level objects in source order */
static Vec methods;      /* Node*: method declarations */
static Vec varorder;     /* Object*: package-level vars in declaration order */

static void collect_file(SrcFile *sf)
{
	Node *file = sf->ast;
	Vec *decls = &file->list2;
	for (int i = 0; i < decls->n; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_FUNCDECL) {
			Object *o = object_new(O_FUNC, d->name, d->pos);
			o->pkg = chk->pkg;
			o->decl = d;
			o->global = true;
			d->obj = o;
			DeclInfo *di = new_declinfo(sf, d);
			o->aux = di;
			if (d->x && d->x->tparams.n) {
				errorf(epos(d), "generic functions are not supported by gosub");
			}
			if (d->body)
				vec_push(&chk->pkg->funcs, d);
			if (d->recv) {
				vec_push(&methods, d);
				continue;
			}
			if (!strcmp(d->name, "init")) {
				if (d->x->list.n || d->x->list2.n)
					errorf(epos(d), "func init must have no arguments and no return values");
				if (!d->body)
					errorf(epos(d), "missing function body");
				vec_push(&chk->pkg->initfuncs, d);
				vec_push(&all_objs, o);
				continue;
			}
			if (!strcmp(d->name, "main") && !strcmp(chk->pkg->name, "main")) {
				if (d->x->list.n || d->x->list2.n)
					errorf(epos(d), "func main must have no arguments and no return values");
			}
			/* body-less functions are implemented in C, in stdlib packages only */
			if (!d->body && !in_stdlib(chk->pkg))
				vec_push(&chk->nobody, d);
			declare_global(o);
			vec_push(&all_objs, o);
			continue;
		}
		if (d->kind != N_GENDECL)
			continue;
		Node *lastvals = NULL;
		for (int j = 0; j < d->list.n; j++) {
			Node *spec = d->list.v[j];
			if (spec->kind == N_TYPESPEC) {
				Object *o = object_new(O_TYPE, spec->name, spec->pos);
				o->pkg = chk->pkg;
				o->decl = spec;
				spec->obj = o;
				o->aux = new_declinfo(sf, spec);
				if (spec->tparams.n) {
					errorf(epos(spec), "generic types are not supported by gosub");
					o->type = ty_invalid;
					declinfo(o)->state = DS_DONE;
				} else if (!spec->alias) {
					o->type = type_named(o);
					vec_push(&chk->pkg->types, o);
				}
				declare_global(o);
				vec_push(&all_objs, o);
				continue;
			}
			if (spec->kind != N_VALUESPEC)
				continue;
			if ((int)d->op == TK_CONST) {
				Node *src = spec;
				if (spec->list2.n == 0 && !spec->x && lastvals)
					src = lastvals;
				else
					lastvals = spec;
				for (int k = 0; k < spec->list.n; k++) {
					Node *id = spec->list.v[k];
					Object *o = object_new(O_CONST, id->name, id->pos);
					o->pkg = chk->pkg;
					o->decl = spec;
					o->global = true;
					id->obj = o;
					DeclInfo *di = new_declinfo(sf, spec);
					di->typexpr = src->x;
					di->init = k < src->list2.n ? src->list2.v[k] : NULL;
					di->iota = spec->iota;
					di->inherited = src != spec;
					o->aux = di;
					declare_global(o);
					vec_push(&all_objs, o);
				}
				if (src->list2.n > spec->list.n)
					errorf(epos(((Node *)src->list2.v[spec->list.n])), "extra init expr");
				continue;
			}
			/* var */
			int nl = spec->list.n, nr = spec->list2.n;
			DeclInfo *shared = NULL;
			if (nr == 1 && nl > 1) {
				shared = new_declinfo(sf, spec);
				shared->typexpr = spec->x;
				shared->init = spec->list2.v[0];
			} else if (nr != 0 && nr != nl) {
				errorf(epos(((Node *)spec->list2.v[0])), "assignment mismatch: %d variable%s but %d value%s",
					nl, nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
				nr = 0;
			}
			for (int k = 0; k < nl; k++) {
				Node *id = spec->list.v[k];
				Object *o = object_new(O_VAR, id->name, id->pos);
				o->pkg = chk->pkg;
				o->decl = spec;
				o->global = true;
				o->used = true;
				id->obj = o;
				DeclInfo *di = shared;
				if (!di) {
					di = new_declinfo(sf, spec);
					di->typexpr = spec->x;
					di->init = nr ? spec->list2.v[k] : NULL;
				}
				vec_push(&di->lhs, o);
				o->aux = di;
				declare_global(o);
				vec_push(&all_objs, o);
				vec_push(&varorder, o);
				vec_push(&chk->pkg->globals, o);
			}
		}
	}
}

/* Receiver base type of a method declaration; sets *ptr for *T. */
static Object *recv_base(Node *rt, bool *ptr)
{
	*ptr = false;
	while (rt && rt->kind == N_PAREN) rt = rt->x;
	if (rt && rt->kind == N_STAR) {
		*ptr = true;
		rt = rt->x;
		while (rt && rt->kind == N_PAREN) rt = rt->x;
	}
	if (rt && rt->kind == N_INDEX) {
		errorf(epos(rt), "generic methods are not supported by gosub");
		return NULL;
	}
	if (!rt || rt->kind != N_IDENT) {
		if (rt) errorf(epos(rt), "invalid receiver type %s", expr_string(rt));
		return NULL;
	}
	Object *o = scope_lookup_local(chk->pkg->scope, rt->name);
	if (!o) {
		Object *u = scope_lookup(universe, rt->name, NULL);
		if (u && u->kind == O_TYPE)
			errorf(epos(rt), "cannot define new methods on non-local type %s", rt->name);
		else
			errorf(epos(rt), "undefined: %s", rt->name);
		return NULL;
	}
	if (o->kind != O_TYPE) {
		errorf(epos(rt), "%s is not a type", rt->name);
		return NULL;
	}
	rt->obj = o;
	return o;
}

static void attach_methods(void)
{
	for (int i = 0; i < methods.n; i++) {
		Node *fd = methods.v[i];
		Object *fo = fd->obj;
		DeclInfo *di = declinfo(fo);
		chk->file = di->file;
		chk->scope = di->file->scope;
		Node *recv = fd->recv;
		bool ptr;
		Object *base = recv_base(recv->x, &ptr);
		Type *bt = NULL;
		if (base) {
			check_object(base);
			bt = base->type;
			if (bt && bt->kind != TY_NAMED) {
				/* alias of a local named type is fine */
				if (bt->kind != TY_INVALID && bt->kind < TY_ARRAY)
					errorf(epos(recv->x), "cannot define new methods on non-local type %s", tstr(bt));
				else if (bt->kind != TY_INVALID)
					errorf(epos(recv->x), "invalid receiver type %s", tstr(bt));
				bt = NULL;
			} else if (bt && bt->obj->pkg != chk->pkg) {
				errorf(epos(recv->x), "cannot define new methods on non-local type %s", tstr(bt));
				bt = NULL;
			}
		}
		if (bt) {
			Type *u = underlying(bt);
			if (u->kind == TY_POINTER || u->kind == TY_INTERFACE) {
				errorf(epos(recv->x), "invalid receiver type %s (pointer or interface type)", tstr(bt));
				bt = NULL;
			}
		}
		if (recv->x) {
			recv->x->type = bt ? (ptr ? type_pointer(bt) : bt) : ty_invalid;
			recv->x->mode = M_TYPE;
		}
		fo->recv = bt ? (ptr ? type_pointer(bt) : bt) : ty_invalid;
		check_object(fo);   /* signature, params */
		if (!bt || !strcmp(fd->name, "_"))
			continue;
		bool dup = false;
		for (int k = 0; k < bt->nmethods; k++)
			if (!strcmp(bt->methods[k].name, fd->name)) {
				errorf(fd->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
					bt->obj->name, fd->name, srcfile_name(bt->methods[k].func->pos.file),
					bt->methods[k].func->pos.line, bt->methods[k].func->pos.col, fd->name);
				dup = true;
			}
		if (dup) continue;
		Type *u = underlying(bt);
		if (u->kind == TY_STRUCT)
			for (int k = 0; k < u->nfields; k++)
				if (!strcmp(u->fields[k].name, fd->name))
					errorf(epos(fd), "field and method with the same name %s", fd->name);
		bt->methods = xrealloc(bt->methods, sizeof(Method) * (bt->nmethods + 1));
		Method *m = &bt->methods[bt->nmethods++];
		memset(m, 0, sizeof *m);
		m->name = fd->name;
		m->func = fo;
		m->ptrrecv = ptr;
		m->pkg = chk->pkg;
	}
	/* sort */
	for (int i = 0; i < chk->pkg->types.n; i++) {
		Object *o = chk->pkg->types.v[i];
		if (o->type && o->type->kind == TY_NAMED)
			type_sort_methods(o->type->methods, o->type->nmethods);
	}
}

static void check_func_decl(Node *fd)
{
	Object *fo = fd->obj;
	DeclInfo *di = declinfo(fo);
	check_object(fo);
	if (!fd->body) return;
	chk->file = di->file;
	chk->scope = fd->scope;
	chk->func = fd;
	chk->declobj = fo;
	chk->iota = -1;
	check_func_body(fd, fo->type, fd->body);
	chk->func = NULL;
	chk->declobj = NULL;
	chk->scope = NULL;
}

/* ---- initialisation order */

static void add_func_deps(Object *f, Vec *visited, Vec *out)
{
	for (int i = 0; i < visited->n; i++)
		if (visited->v[i] == f) return;
	vec_push(visited, f);
	DeclInfo *d = declinfo(f);
	if (!d) return;
	for (int i = 0; i < d->deps.n; i++) {
		Object *o = d->deps.v[i];
		if (o->kind == O_VAR) vec_push(out, o);
		else if (o->kind == O_FUNC) add_func_deps(o, visited, out);
	}
}

/* Variables (objects) a declaration depends on, through functions too. */
static void unit_deps(DeclInfo *d, Vec *out)
{
	Vec visited = {0};
	for (int i = 0; i < d->deps.n; i++) {
		Object *o = d->deps.v[i];
		if (o->kind == O_VAR) vec_push(out, o);
		else if (o->kind == O_FUNC) add_func_deps(o, &visited, out);
	}
}

/* Reports initialisation cycles (depth-first). */
static void find_cycles(Object *v)
{
	DeclInfo *d = declinfo(v);
	if (!d || d->visited) return;
	if (d->mark) {
		errorf(v->pos, "initialization loop for %s", v->name);
		d->visited = true;
		return;
	}
	d->mark = true;
	Vec direct = {0};
	unit_deps(d, &direct);
	for (int i = 0; i < direct.n; i++) {
		Object *o = direct.v[i];
		if (declinfo(o) == d) {
			errorf(v->pos, "initialization loop for %s", v->name);
			break;
		}
		find_cycles(o);
	}
	d->mark = false;
	d->visited = true;
}

static void emit_unit(DeclInfo *d)
{
	d->init_done = true;
	for (int i = 0; i < d->lhs.n; i++)
		vec_push(&chk->pkg->inits, d->lhs.v[i]);
	if (!d->init)
		return;
	InitAssign *ia = xmalloc(sizeof *ia);
	ia->lhs = (Object **)d->lhs.v;
	ia->nlhs = d->lhs.n;
	ia->rhs = d->init;
	vec_push(&chk->pkg->initassigns, ia);
	/* initorder lists each spec once (at its first initialisation) */
	for (int i = 0; i < chk->pkg->initorder.n; i++)
		if (chk->pkg->initorder.v[i] == d->spec)
			return;
	vec_push(&chk->pkg->initorder, d->spec);
}

/* The spec's order: repeatedly initialise the earliest variable in
 * declaration order that has no dependencies on uninitialised variables. */
static void init_order(void)
{
	for (int i = 0; i < varorder.n; i++)
		find_cycles(varorder.v[i]);
	Vec units = {0}, deps = {0};
	for (int i = 0; i < varorder.n; i++) {
		DeclInfo *d = declinfo(varorder.v[i]);
		if (!d || d->init_done) continue;
		bool dup = false;
		for (int k = 0; k < units.n; k++)
			if (units.v[k] == d) dup = true;
		if (dup) continue;
		vec_push(&units, d);
		Vec *dv = xmalloc(sizeof *dv);
		unit_deps(d, dv);
		vec_push(&deps, dv);
	}
	int left = units.n;
	while (left > 0) {
		int pick = -1;
		for (int i = 0; i < units.n && pick < 0; i++) {
			DeclInfo *d = units.v[i];
			if (d->init_done) continue;
			Vec *dv = deps.v[i];
			bool ready = true;
			for (int k = 0; k < dv->n && ready; k++) {
				DeclInfo *od = declinfo(dv->v[k]);
				if (od && od != d && !od->init_done)
					ready = false;
			}
			if (ready) pick = i;
		}
		if (pick < 0)   /* a cycle (reported): keep declaration order */
			for (int i = 0; i < units.n && pick < 0; i++)
				if (!((DeclInfo *)units.v[i])->init_done) pick = i;
		emit_unit(units.v[pick]);
		left--;
	}
}

/* ---- imports */

static void import_file(SrcFile *sf, Vec *importobjs)
{
	Node *file = sf->ast;
	for (int i = 0; i < file->list.n; i++) {
		Node *d = file->list.v[i];
		for (int j = 0; j < d->list.n; j++) {
			Node *spec = d->list.v[j];
			if (spec->kind != N_IMPORTSPEC) continue;
			Package *ip = package_load(spec->str, spec->pos);
			if (!ip) continue;
			if (!ip->checked) {
				if (ip->fake) {
					ip->scope = unsafe_scope(ip);
					ip->checked = true;
				} else if (!ip->aux) {
					Checker *save = chk;
					check_package(ip);
					chk = save;
				} else {
					errorf(epos(spec), "import cycle not allowed");
					continue;
				}
			}
			if (!ip->scope) continue;
			const char *name = spec->name ? spec->name : ip->name;
			if (!name) continue;
			if (!strcmp(name, "_"))
				continue;
			if (!strcmp(name, "init")) {
				errorf(epos(spec), "cannot import package as init - init must be a func");
				continue;
			}
			if (!strcmp(name, ".")) {
				/* tracked for "imported and not used" (ident() marks it) */
				Object *d = object_new(O_PKG, name, spec->pos);
				d->imported = ip;
				d->pkg = chk->pkg;
				d->decl = spec;
				vec_push(importobjs, d);
				vec_push(&chk->dotimports, d);
				for (int k = 0; k < ip->scope->objs.n; k++) {
					Object *o = ip->scope->objs.v[k];
					if (o->name[0] >= 'A' && o->name[0] <= 'Z')
						scope_insert(sf->scope, o);
				}
				continue;
			}
			Object *o = object_new(O_PKG, name, spec->pos);
			o->imported = ip;
			o->pkg = chk->pkg;
			o->decl = spec;
			spec->obj = o;
			Object *old = scope_insert(sf->scope, o);
			if (old)
				errorf(epos(spec), "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", name,
					srcfile_name(old->pos.file), old->pos.line, old->pos.col, name);
			vec_push(importobjs, o);
		}
	}
}

/* ---- entry point */

bool check_package(Package *pkg)
{
	if (pkg->checked)
		return true;
	universe_init();
	if (pkg->fake) {
		pkg->scope = unsafe_scope(pkg);
		pkg->checked = true;
		return true;
	}
	int errs0 = check_nerrors;
	pkg->aux = (void *)1;   /* in progress (cycle guard) */
	/* imports first */
	for (int i = 0; i < pkg->imports.n; i++) {
		Package *ip = pkg->imports.v[i];
		if (!ip->checked && !ip->aux)
			check_package(ip);
	}
	Checker *save = chk;
	Vec save_all = all_objs, save_methods = methods, save_varorder = varorder;
	memset(&all_objs, 0, sizeof all_objs);
	memset(&methods, 0, sizeof methods);
	memset(&varorder, 0, sizeof varorder);
	Checker c;
	memset(&c, 0, sizeof c);
	c.pkg = pkg;
	c.iota = -1;
	chk = &c;

	pkg->scope = scope_new(universe);
	Vec importobjs = {0};
	for (int i = 0; i < pkg->files.n; i++) {
		SrcFile *sf = pkg->files.v[i];
		sf->scope = scope_new(pkg->scope);
		chk->file = sf;
		import_file(sf, &importobjs);
	}
	for (int i = 0; i < pkg->files.n; i++) {
		SrcFile *sf = pkg->files.v[i];
		chk->file = sf;
		collect_file(sf);
	}
	/* imported names must not conflict with package-level names */
	for (int i = 0; i < importobjs.n; i++) {
		Object *io = importobjs.v[i];
		Object *po = scope_lookup_local(pkg->scope, io->name);
		if (po)
			errorf(po->pos, "%s already declared through import of package %s", io->name, io->imported->path);
	}
	/* types, then methods, then everything else */
	for (int i = 0; i < all_objs.n; i++) {
		Object *o = all_objs.v[i];
		if (o->kind == O_TYPE)
			check_object(o);
	}
	complete_pending_ifaces();
	for (int i = 0; i < all_objs.n; i++) {
		Object *o = all_objs.v[i];
		if (o->kind == O_TYPE && o->type)
			check_recursive_type(o->type);
	}
	check_pending_types();
	attach_methods();
	for (int i = 0; i < all_objs.n; i++)
		check_object(all_objs.v[i]);
	/* function bodies */
	for (int i = 0; i < pkg->funcs.n; i++)
		check_func_decl(pkg->funcs.v[i]);
	check_pending_types();
	init_order();
	/* gc's linker says this (with no position); ours is at the package clause */
	if (pkg->name && !strcmp(pkg->name, "main") && pkg->files.n && check_nerrors == errs0) {
		Object *m = scope_lookup_local(pkg->scope, "main");
		if (!m || m->kind != O_FUNC)
			errorf(((SrcFile *)pkg->files.v[0])->ast->pos, "function main is undeclared in the main package");
	}
	/* unused imports */
	for (int i = 0; i < importobjs.n; i++) {
		Object *o = importobjs.v[i];
		if (!o->used) {
			Node *spec = o->decl;
			if (spec->name && strcmp(spec->name, ".") && strcmp(spec->name, o->imported->name ? o->imported->name : ""))
				errorf(epos(spec), "imported and not used: \"%s\" as %s", spec->str, spec->name);
			else
				errorf(epos(spec), "imported and not used: \"%s\"", spec->str);
		}
	}
	if (check_nerrors == errs0)   /* gc reports these only without type errors */
		for (int i = 0; i < chk->nobody.n; i++)
			errorf(epos((Node *)chk->nobody.v[i]), "missing function body");
	finalize_untyped();
	flush_errors();
	/* clear checker-private state */
	for (int i = 0; i < all_objs.n; i++)
		((Object *)all_objs.v[i])->aux = NULL;
	for (int i = 0; i < methods.n; i++)
		((Node *)methods.v[i])->obj->aux = NULL;
	all_objs = save_all;
	methods = save_methods;
	varorder = save_varorder;
	chk = save;
	pkg->checked = true;
	pkg->aux = NULL;
	if (opt_dump_types) {
		for (int i = 0; i < pkg->scope->objs.n; i++) {
			Object *o = pkg->scope->objs.v[i];
			static const char *kinds[] = {"bad", "var", "const", "type", "func", "package", "builtin", "nil", "label"};
			printf("%s %s %s", kinds[o->kind], o->name, o->type ? type_string(o->type) : "?");
			if (o->kind == O_TYPE && o->type && o->type->kind == TY_NAMED)
				printf(" = %s", type_string(o->type->underlying));
			if (o->val) printf(" = %s", const_string(o->val));
			printf("\n");
		}
	}
	return check_nerrors == errs0;
}

/* Diagnostics are collected per package and printed sorted by position, as
 * gc does (so the first ten errors are the same ones). */
typedef struct Diag { Pos pos; const char *msg; int seq; } Diag;
static Vec diags;
int check_nerrors;

static int cmpdiag(const void *a, const void *b)
{
	const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
	if (x->pos.file != y->pos.file) return x->pos.file < y->pos.file ? -1 : 1;
	if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
	return x->seq - y->seq;
}

#undef errorf
static void flush_errors(void)
{
	if (diags.n > 1)
		qsort(diags.v, diags.n, sizeof(void *), cmpdiag);
	for (int i = 0; i < diags.n; i++) {
		Diag *d = diags.v[i];
		/* drop exact duplicates */
		if (i > 0) {
			Diag *p = diags.v[i - 1];
			if (p->pos.file == d->pos.file && p->pos.line == d->pos.line && !strcmp(p->msg, d->msg))
				continue;
		}
		errorf(d->pos, "%s", d->msg);
	}
	diags.n = 0;
}

void check_errorf(Pos pos, const char *fmt, ...)
{
	Buf msg = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	char *buf = msg.s ? msg.s : xstrdup("");
	if (chk && chk->errpos.line > 0)
		pos = chk->errpos;
	Diag *d = xmalloc(sizeof *d);
	d->pos = pos;
	d->msg = buf;
	d->seq = diags.n;
	vec_push(&diags, d);
	check_nerrors++;
}
