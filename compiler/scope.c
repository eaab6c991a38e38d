/*
 * scope.c: scopes (a parent chain of hashed name tables), objects, and the
 * universe scope (predeclared types, constants, nil and builtin functions).
 */
#include <string.h>
#include "check.h"

typedef struct SEnt { const char *name; Object *obj; struct SEnt *next; } SEnt;
typedef struct STab { SEnt **b; int nb, n; } STab;

static unsigned hname(const char *s)
{
	unsigned h = 5381;
	for (; *s; s++)
		h = h * 33 + (unsigned char)*s;
	return h;
}

Scope *scope_new(Scope *parent)
{
	Scope *s = xmalloc(sizeof *s);
	s->parent = parent;
	return s;
}

Object *scope_lookup_local(Scope *s, const char *name)
{
	STab *t = s->table;
	if (!t) {
		for (int i = 0; i < s->objs.n; i++) {
			Object *o = s->objs.v[i];
			if (!strcmp(o->name, name))
				return o;
		}
		return NULL;
	}
	for (SEnt *e = t->b[hname(name) % t->nb]; e; e = e->next)
		if (!strcmp(e->name, name))
			return e->obj;
	return NULL;
}

Object *scope_lookup(Scope *s, const char *name, Scope **found)
{
	for (; s; s = s->parent) {
		Object *o = scope_lookup_local(s, name);
		if (o) {
			if (found) *found = s;
			return o;
		}
	}
	return NULL;
}

static void rehash(Scope *s)
{
	STab *t = xmalloc(sizeof *t);
	t->nb = 64;
	while (t->nb < s->objs.n * 2)
		t->nb *= 2;
	t->b = xmalloc(sizeof(SEnt *) * t->nb);
	for (int i = 0; i < s->objs.n; i++) {
		Object *o = s->objs.v[i];
		SEnt *e = xmalloc(sizeof *e);
		unsigned h = hname(o->name) % t->nb;
		e->name = o->name;
		e->obj = o;
		e->next = t->b[h];
		t->b[h] = e;
	}
	t->n = s->objs.n;
	s->table = t;
}

Object *scope_insert(Scope *s, Object *o)
{
	if (!strcmp(o->name, "_"))
		return NULL;
	Object *old = scope_lookup_local(s, o->name);
	if (old)
		return old;
	vec_push(&s->objs, o);
	STab *t = s->table;
	if (!t) {
		if (s->objs.n > 16)
			rehash(s);
		return NULL;
	}
	if (s->objs.n > t->nb) {
		rehash(s);
		return NULL;
	}
	SEnt *e = xmalloc(sizeof *e);
	unsigned h = hname(o->name) % t->nb;
	e->name = o->name;
	e->obj = o;
	e->next = t->b[h];
	t->b[h] = e;
	return NULL;
}

/* Inserts o, reporting gc's redeclaration error on conflict. */
Object *scope_declare(Scope *s, Object *o)
{
	Object *old = scope_insert(s, o);
	if (old) {
		if (old->pos.line)
			errorf(o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", o->name,
				srcfile_name(old->pos.file), old->pos.line, old->pos.col, old->name);
		else
			errorf(o->pos, "%s redeclared in this block", o->name);
	}
	return old;
}

Object *object_new(ObjKind k, const char *name, Pos pos)
{
	Object *o = xmalloc(sizeof *o);
	o->kind = k;
	o->name = name;
	o->pos = pos;
	return o;
}

Scope *universe;

static Object *deftype(const char *name, Type *t)
{
	Object *o = object_new(O_TYPE, intern(name, strlen(name)), (Pos){0});
	o->type = t;
	scope_insert(universe, o);
	return o;
}

static void defbuiltin(const char *name, Builtin b)
{
	Object *o = object_new(O_BUILTIN, intern(name, strlen(name)), (Pos){0});
	o->builtin = b;
	o->type = ty_invalid;
	scope_insert(universe, o);
}

void universe_init(void)
{
	if (universe)
		return;
	types_init();
	universe = scope_new(NULL);
	deftype("bool", ty_bool);
	deftype("int", ty_int);
	deftype("int8", ty_int8);
	deftype("int16", ty_int16);
	deftype("int32", ty_int32);
	deftype("int64", ty_int64);
	deftype("uint", ty_uint);
	deftype("uint8", ty_uint8);
	deftype("uint16", ty_uint16);
	deftype("uint32", ty_uint32);
	deftype("uint64", ty_uint64);
	deftype("uintptr", ty_uintptr);
	deftype("float32", ty_float32);
	deftype("float64", ty_float64);
	deftype("complex64", ty_complex64);
	deftype("complex128", ty_complex128);
	deftype("string", ty_string);
	deftype("byte", ty_uint8);
	deftype("rune", ty_int32);
	deftype("any", ty_any);

	/* error: interface { Error() string } */
	Object *eo = object_new(O_TYPE, intern("error", 5), (Pos){0});
	ty_error = type_named(eo);
	eo->type = ty_error;
	Object *ef = object_new(O_FUNC, intern("Error", 5), (Pos){0});
	ef->type = type_func(NULL, 0, &ty_string, 1, false);
	Method em = { .name = ef->name, .func = ef };
	ty_error->underlying = type_interface(&em, 1, NULL, 0);
	type_layout(ty_error);
	scope_insert(universe, eo);

	Object *co = object_new(O_TYPE, intern("comparable", 10), (Pos){0});
	ty_comparable = type_named(co);
	co->type = ty_comparable;
	Type *cu = xmalloc(sizeof *cu);
	*cu = *ty_any;
	cu->comparable_only = true;
	cu->id = 1000000;
	ty_comparable->underlying = cu;
	scope_insert(universe, co);

	Object *o = object_new(O_CONST, intern("true", 4), (Pos){0});
	o->type = ty_untyped_bool;
	o->val = const_bool(true);
	scope_insert(universe, o);
	o = object_new(O_CONST, intern("false", 5), (Pos){0});
	o->type = ty_untyped_bool;
	o->val = const_bool(false);
	scope_insert(universe, o);
	o = object_new(O_CONST, intern("iota", 4), (Pos){0});
	o->type = ty_untyped_int;
	o->val = const_int(0);
	scope_insert(universe, o);
	o = object_new(O_NIL, intern("nil", 3), (Pos){0});
	o->type = ty_untyped_nil;
	scope_insert(universe, o);

	defbuiltin("append", BI_APPEND);
	defbuiltin("cap", BI_CAP);
	defbuiltin("clear", BI_CLEAR);
	defbuiltin("close", BI_CLOSE);
	defbuiltin("complex", BI_COMPLEX);
	defbuiltin("copy", BI_COPY);
	defbuiltin("delete", BI_DELETE);
	defbuiltin("imag", BI_IMAG);
	defbuiltin("len", BI_LEN);
	defbuiltin("make", BI_MAKE);
	defbuiltin("max", BI_MAX);
	defbuiltin("min", BI_MIN);
	defbuiltin("new", BI_NEW);
	defbuiltin("panic", BI_PANIC);
	defbuiltin("print", BI_PRINT);
	defbuiltin("println", BI_PRINTLN);
	defbuiltin("real", BI_REAL);
	defbuiltin("recover", BI_RECOVER);
}

/* The scope of the fake package "unsafe". */
Scope *unsafe_scope(Package *pkg)
{
	universe_init();
	Scope *s = scope_new(NULL);
	Object *o = object_new(O_TYPE, intern("Pointer", 7), (Pos){0});
	o->type = ty_unsafeptr;
	o->pkg = pkg;
	scope_insert(s, o);
	static const struct { const char *n; Builtin b; } bs[] = {
		{"Sizeof", BI_UNSAFE_SIZEOF}, {"Alignof", BI_UNSAFE_ALIGNOF},
		{"Offsetof", BI_UNSAFE_OFFSETOF}, {"Add", BI_UNSAFE_ADD},
		{"Slice", BI_UNSAFE_SLICE}, {"String", BI_UNSAFE_STRING},
		{"StringData", BI_UNSAFE_STRINGDATA},
	};
	for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++) {
		o = object_new(O_BUILTIN, intern(bs[i].n, strlen(bs[i].n)), (Pos){0});
		o->builtin = bs[i].b;
		o->type = ty_invalid;
		o->pkg = pkg;
		scope_insert(s, o);
	}
	return s;
}
