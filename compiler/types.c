/*
 * types.c: the type representation: predeclared types, hash-consed composite
 * types (pointer equality = identity for unnamed types), predicates, amd64
 * layout, gc's spellings of types, field/method lookup through embedding and
 * interface satisfaction.
 */
#include <string.h>
#include <stdlib.h>
#include "check.h"

Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
	*ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
	*ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr,
	*ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
	*ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil,
	*ty_error, *ty_any, *ty_comparable;

static int next_type_id = 1;

static Type *newtype(TypeKind k)
{
	Type *t = xmalloc(sizeof *t);
	t->kind = k;
	t->id = next_type_id++;
	t->size = -1;
	return t;
}

/* ---- hash-consing: a structural key string -> Type* */

typedef struct HEnt { const char *key; Type *t; struct HEnt *next; } HEnt;
static HEnt *htab[4096];

static unsigned hashstr(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static Type *hfind(Buf *key)
{
	buf_putc(key, 0);
	unsigned h = hashstr(key->s) % 4096;
	for (HEnt *e = htab[h]; e; e = e->next)
		if (!strcmp(e->key, key->s))
			return e->t;
	return NULL;
}

static void hadd(Buf *key, Type *t)
{
	unsigned h = hashstr(key->s) % 4096;
	HEnt *e = xmalloc(sizeof *e);
	e->key = key->s;
	e->t = t;
	e->next = htab[h];
	htab[h] = e;
}

Type *type_pointer(Type *elem)
{
	Buf k = {0};
	buf_printf(&k, "P%d", elem->id);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_POINTER);
	t->elem = elem;
	hadd(&k, t);
	return t;
}

Type *type_slice(Type *elem)
{
	Buf k = {0};
	buf_printf(&k, "S%d", elem->id);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_SLICE);
	t->elem = elem;
	hadd(&k, t);
	return t;
}

Type *type_array(Type *elem, int64_t len)
{
	Buf k = {0};
	buf_printf(&k, "A%d:%lld", elem->id, (long long)len);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	hadd(&k, t);
	return t;
}

Type *type_map(Type *key, Type *val)
{
	Buf k = {0};
	buf_printf(&k, "M%d:%d", key->id, val->id);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_MAP);
	t->key = key;
	t->elem = val;
	hadd(&k, t);
	return t;
}

Type *type_chan(Type *elem, ChanDir dir)
{
	Buf k = {0};
	buf_printf(&k, "C%d:%d", elem->id, dir);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_CHAN);
	t->elem = elem;
	t->dir = dir;
	hadd(&k, t);
	return t;
}

static Type **copytypes(Type **ts, int n)
{
	Type **r = xmalloc(sizeof(Type *) * (n ? n : 1));
	if (n) memcpy(r, ts, sizeof(Type *) * n);
	return r;
}

Type *type_func(Type **params, int np, Type **results, int nr, bool variadic)
{
	Buf k = {0};
	buf_printf(&k, "F%d", variadic);
	for (int i = 0; i < np; i++) buf_printf(&k, ",%d", params[i]->id);
	buf_puts(&k, ";");
	for (int i = 0; i < nr; i++) buf_printf(&k, ",%d", results[i]->id);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_FUNC);
	t->params = copytypes(params, np);
	t->nparams = np;
	t->results = copytypes(results, nr);
	t->nresults = nr;
	t->variadic = variadic;
	hadd(&k, t);
	return t;
}

Type *type_tuple(Type **ts, int n)
{
	Buf k = {0};
	buf_puts(&k, "T");
	for (int i = 0; i < n; i++) buf_printf(&k, ",%d", ts[i]->id);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_TUPLE);
	t->tuple = copytypes(ts, n);
	t->ntuple = n;
	hadd(&k, t);
	return t;
}

static const char *pkgkey(const char *name, Package *pkg)
{
	if (!name || (name[0] >= 'A' && name[0] <= 'Z') || !pkg)
		return "";
	return pkg->path;
}

Type *type_struct(Field *fields, int n)
{
	Buf k = {0};
	buf_puts(&k, "R");
	for (int i = 0; i < n; i++)
		buf_printf(&k, "{%s|%s|%d|%d|%s}", fields[i].name ? fields[i].name : "",
			pkgkey(fields[i].name, fields[i].pkg), fields[i].type->id,
			fields[i].embedded, fields[i].tag ? fields[i].tag : "\x01");
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_STRUCT);
	t->fields = xmalloc(sizeof(Field) * (n ? n : 1));
	if (n) memcpy(t->fields, fields, sizeof(Field) * n);
	t->nfields = n;
	hadd(&k, t);
	return t;
}

static int cmpmethod(const void *a, const void *b)
{
	const Method *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c) return c;
	return strcmp(pkgkey(x->name, x->pkg), pkgkey(y->name, y->pkg));
}

void type_sort_methods(Method *ms, int n)
{
	if (n > 1)
		qsort(ms, n, sizeof(Method), cmpmethod);
}

/* ms is the full (flattened) method set; each method's func->type is its signature. */
Type *type_interface(Method *ms, int n, Type **embeds, int ne)
{
	Method *sorted = xmalloc(sizeof(Method) * (n ? n : 1));
	if (n) memcpy(sorted, ms, sizeof(Method) * n);
	type_sort_methods(sorted, n);
	bool comparable = false;
	for (int i = 0; i < ne; i++) {
		Type *u = underlying(embeds[i]);
		if (u && u->kind == TY_INTERFACE && u->comparable_only)
			comparable = true;
	}
	Buf k = {0};
	buf_printf(&k, "I%d", comparable);
	for (int i = 0; i < n; i++)
		buf_printf(&k, "{%s|%s|%d}", sorted[i].name, pkgkey(sorted[i].name, sorted[i].pkg),
			sorted[i].func && sorted[i].func->type ? sorted[i].func->type->id : 0);
	Type *t = hfind(&k);
	if (t) return t;
	t = newtype(TY_INTERFACE);
	t->methods = sorted;
	t->nmethods = n;
	t->embeds = copytypes(embeds, ne);
	t->nembeds = ne;
	t->comparable_only = comparable;
	hadd(&k, t);
	return t;
}

/* An interface type whose embedded interfaces are still being declared
 * (type I interface { M() interface{ I } }): not hash-consed; the checker
 * completes its method set once the embedded types are known. */
Type *type_interface_pending(Method *ms, int n, Type **embeds, int ne)
{
	Type *t = newtype(TY_INTERFACE);
	t->methods = xmalloc(sizeof(Method) * (n ? n : 1));
	if (n) memcpy(t->methods, ms, sizeof(Method) * n);
	t->nmethods = n;
	type_sort_methods(t->methods, n);
	t->embeds = copytypes(embeds, ne);
	t->nembeds = ne;
	return t;
}

Type *type_named(Object *obj)
{
	Type *t = newtype(TY_NAMED);
	t->obj = obj;
	return t;
}

static Type *basic(TypeKind k, int64_t size)
{
	Type *t = newtype(k);
	t->size = size;
	t->align = size > 8 ? 8 : size;
	if (k == TY_COMPLEX64) t->align = 4;
	if (k == TY_STRING) t->align = 8;
	return t;
}

static bool types_inited;

void types_init(void)
{
	if (types_inited) return;
	types_inited = true;
	ty_invalid = basic(TY_INVALID, 1);
	ty_bool = basic(TY_BOOL, 1);
	ty_int = basic(TY_INT, 8);
	ty_int8 = basic(TY_INT8, 1);
	ty_int16 = basic(TY_INT16, 2);
	ty_int32 = basic(TY_INT32, 4);
	ty_int64 = basic(TY_INT64, 8);
	ty_uint = basic(TY_UINT, 8);
	ty_uint8 = basic(TY_UINT8, 1);
	ty_uint16 = basic(TY_UINT16, 2);
	ty_uint32 = basic(TY_UINT32, 4);
	ty_uint64 = basic(TY_UINT64, 8);
	ty_uintptr = basic(TY_UINTPTR, 8);
	ty_float32 = basic(TY_FLOAT32, 4);
	ty_float64 = basic(TY_FLOAT64, 8);
	ty_complex64 = basic(TY_COMPLEX64, 8);
	ty_complex128 = basic(TY_COMPLEX128, 16);
	ty_string = basic(TY_STRING, 16);
	ty_unsafeptr = basic(TY_UNSAFEPTR, 8);
	ty_untyped_bool = basic(TY_UNTYPED_BOOL, 1);
	ty_untyped_int = basic(TY_UNTYPED_INT, 8);
	ty_untyped_rune = basic(TY_UNTYPED_RUNE, 4);
	ty_untyped_float = basic(TY_UNTYPED_FLOAT, 8);
	ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, 16);
	ty_untyped_string = basic(TY_UNTYPED_STRING, 16);
	ty_untyped_nil = basic(TY_UNTYPED_NIL, 8);
	ty_any = type_interface(NULL, 0, NULL, 0);
}

Type *underlying(Type *t)
{
	if (t && t->kind == TY_NAMED) {
		if (!t->underlying)
			named_underlying_resolve(t);
		return t->underlying ? t->underlying : ty_invalid;
	}
	return t;
}

bool type_identical(Type *a, Type *b)
{
	return a == b;
}

bool bad_type(Type *t)
{
	if (!t || t->kind == TY_INVALID)
		return true;
	return t->kind == TY_NAMED && t->underlying && t->underlying->kind == TY_INVALID;
}

bool is_untyped(Type *t)
{
	return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool is_named(Type *t)
{
	return t && (t->kind == TY_NAMED || (t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR));
}

static TypeKind ukind(Type *t)
{
	t = underlying(t);
	return t ? t->kind : TY_INVALID;
}

bool is_integer(Type *t)
{
	TypeKind k = ukind(t);
	return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool is_unsigned(Type *t)
{
	TypeKind k = ukind(t);
	return k >= TY_UINT && k <= TY_UINTPTR;
}

bool is_float(Type *t)
{
	TypeKind k = ukind(t);
	return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool is_complex(Type *t)
{
	TypeKind k = ukind(t);
	return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool is_numeric(Type *t)
{
	return is_integer(t) || is_float(t) || is_complex(t);
}

bool is_string(Type *t)
{
	TypeKind k = ukind(t);
	return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool is_boolean(Type *t)
{
	TypeKind k = ukind(t);
	return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool is_interface(Type *t)
{
	return ukind(t) == TY_INTERFACE;
}

bool is_pointer(Type *t)
{
	return ukind(t) == TY_POINTER;
}

/* Types whose values can be constants. */
bool is_const_type(Type *t)
{
	TypeKind k = ukind(t);
	return (k >= TY_BOOL && k <= TY_STRING) || (k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_STRING);
}

static bool comparable_depth(Type *t, int depth);

bool type_comparable(Type *t)
{
	return comparable_depth(t, 0);
}

/* depth guards against invalid recursive types not yet reported */
static bool comparable_depth(Type *t, int depth)
{
	if (depth > 64)
		return true;
	Type *u = underlying(t);
	switch (u->kind) {
	case TY_SLICE: case TY_MAP: case TY_FUNC:
		return false;
	case TY_ARRAY:
		return comparable_depth(u->elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			if (!comparable_depth(u->fields[i].type, depth + 1))
				return false;
		return true;
	case TY_TUPLE:
		return false;
	default:
		return true;
	}
}

static bool has_pointers_depth(Type *t, int depth);

bool type_has_pointers(Type *t)
{
	return has_pointers_depth(t, 0);
}

static bool has_pointers_depth(Type *t, int depth)
{
	if (depth > 64)
		return false;
	Type *u = underlying(t);
	switch (u->kind) {
	case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_CHAN:
	case TY_FUNC: case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
	case TY_UNTYPED_STRING:
		return true;
	case TY_ARRAY:
		return u->len > 0 && has_pointers_depth(u->elem, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			if (has_pointers_depth(u->fields[i].type, depth + 1))
				return true;
		return false;
	case TY_TUPLE:
		for (int i = 0; i < u->ntuple; i++)
			if (has_pointers_depth(u->tuple[i], depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

Type *default_type(Type *t)
{
	if (!t) return t;
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return ty_bool;
	case TY_UNTYPED_INT: return ty_int;
	case TY_UNTYPED_RUNE: return ty_int32;
	case TY_UNTYPED_FLOAT: return ty_float64;
	case TY_UNTYPED_COMPLEX: return ty_complex128;
	case TY_UNTYPED_STRING: return ty_string;
	default: return t;
	}
}

/* ---- layout (amd64) */

static int64_t alignup(int64_t x, int64_t a)
{
	return (x + a - 1) / a * a;
}

void type_layout(Type *t)
{
	if (t->size >= 0 && t->align > 0)
		return;
	switch (t->kind) {
	case TY_NAMED: {
		Type *u = underlying(t);
		if (u->size == -2) {   /* in progress: recursive type, reported by the checker */
			t->size = 0; t->align = 1;
			return;
		}
		type_layout(u);
		t->size = u->size;
		t->align = u->align;
		return;
	}
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		t->size = 8; t->align = 8;
		return;
	case TY_SLICE:
		t->size = 24; t->align = 8;
		return;
	case TY_INTERFACE:
		t->size = 16; t->align = 8;
		return;
	case TY_ARRAY:
		t->size = -2;
		type_layout(t->elem);
		t->align = t->elem->align;
		/* saturated: the checker reports arrays over gc's 1<<50 limit */
		if (t->elem->size > 0 && t->len > INT64_MAX / t->elem->size)
			t->size = INT64_MAX;
		else
			t->size = t->elem->size * t->len;
		return;
	case TY_STRUCT: case TY_TUPLE: {
		t->size = -2;
		int64_t off = 0, align = 1, lastsize = -1;
		int n = t->kind == TY_STRUCT ? t->nfields : t->ntuple;
		for (int i = 0; i < n; i++) {
			Type *ft = t->kind == TY_STRUCT ? t->fields[i].type : t->tuple[i];
			type_layout(ft);
			off = alignup(off, ft->align);
			if (t->kind == TY_STRUCT)
				t->fields[i].offset = off;
			off += ft->size;
			if (ft->align > align)
				align = ft->align;
			lastsize = ft->size;
		}
		if (lastsize == 0 && off > 0)
			off++;
		t->align = align;
		t->size = alignup(off, align);
		return;
	}
	default:
		if (t->size < 0) t->size = 8;
		if (t->align <= 0) t->align = t->size > 8 ? 8 : (t->size ? t->size : 1);
		return;
	}
}

/* ---- spelling */

static void tstr(Buf *b, Type *t, Package *rel, bool diag, int depth);

static void sigstr(Buf *b, Type *t, Package *rel, bool diag, int depth)
{
	buf_putc(b, '(');
	for (int i = 0; i < t->nparams; i++) {
		if (i) buf_puts(b, ", ");
		if (t->variadic && i == t->nparams - 1) {
			buf_puts(b, "...");
			tstr(b, t->params[i]->elem, rel, diag, depth);
		} else
			tstr(b, t->params[i], rel, diag, depth);
	}
	buf_putc(b, ')');
	if (t->nresults == 1 && !(t->results[0]->kind == TY_TUPLE)) {
		buf_putc(b, ' ');
		tstr(b, t->results[0], rel, diag, depth);
	} else if (t->nresults > 1) {
		buf_puts(b, " (");
		for (int i = 0; i < t->nresults; i++) {
			if (i) buf_puts(b, ", ");
			tstr(b, t->results[i], rel, diag, depth);
		}
		buf_putc(b, ')');
	}
}

static void quote(Buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\') buf_putc(b, '\\');
		buf_putc(b, *s);
	}
	buf_putc(b, '"');
}

static const char *basic_names[] = {
	[TY_INVALID] = "invalid type", [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8",
	[TY_INT16] = "int16", [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint",
	[TY_UINT8] = "uint8", [TY_UINT16] = "uint16", [TY_UINT32] = "uint32",
	[TY_UINT64] = "uint64", [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32",
	[TY_FLOAT64] = "float64", [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128",
	[TY_STRING] = "string", [TY_UNSAFEPTR] = "unsafe.Pointer",
	[TY_UNTYPED_BOOL] = "untyped bool", [TY_UNTYPED_INT] = "untyped int",
	[TY_UNTYPED_RUNE] = "untyped rune", [TY_UNTYPED_FLOAT] = "untyped float",
	[TY_UNTYPED_COMPLEX] = "untyped complex", [TY_UNTYPED_STRING] = "untyped string",
	[TY_UNTYPED_NIL] = "untyped nil",
};

static void tstr(Buf *b, Type *t, Package *rel, bool diag, int depth)
{
	if (!t) { buf_puts(b, "<nil>"); return; }
	if (depth > 50) { buf_puts(b, "..."); return; }
	depth++;
	if (t->kind <= TY_UNTYPED_NIL) {
		if (diag && t == ty_uint8 && 0) buf_puts(b, "byte");
		else buf_puts(b, basic_names[t->kind]);
		return;
	}
	switch (t->kind) {
	case TY_NAMED:
		if (t->obj->pkg && t->obj->pkg != rel && (!diag || rel)) {
			buf_puts(b, t->obj->pkg->name ? t->obj->pkg->name : t->obj->pkg->path);
			buf_putc(b, '.');
		}
		buf_puts(b, t->obj->name);
		return;
	case TY_POINTER:
		buf_putc(b, '*');
		tstr(b, t->elem, rel, diag, depth);
		return;
	case TY_SLICE:
		buf_puts(b, "[]");
		tstr(b, t->elem, rel, diag, depth);
		return;
	case TY_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->len);
		tstr(b, t->elem, rel, diag, depth);
		return;
	case TY_MAP:
		buf_puts(b, "map[");
		tstr(b, t->key, rel, diag, depth);
		buf_putc(b, ']');
		tstr(b, t->elem, rel, diag, depth);
		return;
	case TY_CHAN:
		if (t->dir == CHAN_RECV) buf_puts(b, "<-");
		buf_puts(b, "chan");
		if (t->dir == CHAN_SEND) buf_puts(b, "<-");
		buf_putc(b, ' ');
		if (t->dir != CHAN_SEND && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
			buf_putc(b, '(');
			tstr(b, t->elem, rel, diag, depth);
			buf_putc(b, ')');
		} else
			tstr(b, t->elem, rel, diag, depth);
		return;
	case TY_FUNC:
		buf_puts(b, "func");
		sigstr(b, t, rel, diag, depth);
		return;
	case TY_TUPLE:
		buf_putc(b, '(');
		for (int i = 0; i < t->ntuple; i++) {
			if (i) buf_puts(b, ", ");
			tstr(b, t->tuple[i], rel, diag, depth);
		}
		buf_putc(b, ')');
		return;
	case TY_STRUCT:
		buf_puts(b, diag ? "struct{" : "struct {");
		for (int i = 0; i < t->nfields; i++) {
			Field *f = &t->fields[i];
			buf_puts(b, i ? "; " : (diag ? "" : " "));
			if (!f->embedded) {
				buf_puts(b, f->name);
				buf_putc(b, ' ');
			}
			tstr(b, f->type, rel, diag, depth);
			if (f->tag) {
				buf_putc(b, ' ');
				quote(b, f->tag);
			}
		}
		buf_puts(b, diag || !t->nfields ? "}" : " }");
		return;
	case TY_INTERFACE:
		if (t == ty_comparable) { buf_puts(b, "comparable"); return; }
		buf_puts(b, diag ? "interface{" : "interface {");
		for (int i = 0; i < t->nmethods; i++) {
			buf_puts(b, i ? "; " : (diag ? "" : " "));
			buf_puts(b, t->methods[i].name);
			sigstr(b, t->methods[i].func->type, rel, diag, depth);
		}
		buf_puts(b, diag || !t->nmethods ? "}" : " }");
		return;
	default:
		buf_puts(b, "?");
	}
}

const char *type_string(Type *t)
{
	Buf b = {0};
	tstr(&b, t, NULL, false, 0);
	buf_putc(&b, 0);
	return b.s;
}

const char *type_string_rel(Type *t, Package *rel)
{
	Buf b = {0};
	tstr(&b, t, rel, true, 0);
	buf_putc(&b, 0);
	return b.s;
}

/* ---- lookup through embedding */

static bool exported(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}

static bool samename(const char *a, Package *apkg, const char *b, Package *bpkg)
{
	if (a != b && strcmp(a, b))
		return false;
	if (exported(a))
		return true;
	return !apkg || !bpkg || apkg == bpkg;
}

Method *iface_method(Type *iface, const char *name, int *index)
{
	Type *u = underlying(iface);
	for (int i = 0; i < u->nmethods; i++)
		if (!strcmp(u->methods[i].name, name)) {
			if (index) *index = i;
			return &u->methods[i];
		}
	return NULL;
}

typedef struct Embedded {
	Type *t;
	int path[16]; int npath;
	bool indirect;
	bool multiple;
} Embedded;

Lookup lookup_field_or_method(Type *t, bool addressable, const char *name, Package *pkg)
{
	Lookup r;
	memset(&r, 0, sizeof r);
	if (!name || !strcmp(name, "_"))
		return r;
	bool indirect = false;
	/* *T where T is named: start from T. */
	if (t->kind == TY_POINTER && underlying(t->elem)->kind != TY_POINTER &&
		underlying(t->elem)->kind != TY_INTERFACE) {
		t = t->elem;
		indirect = true;
	} else if (t->kind == TY_NAMED && underlying(t)->kind == TY_POINTER) {
		/* a named pointer type has no methods; fields of its base are accessible */
		Type *e = underlying(t)->elem;
		if (underlying(e)->kind == TY_POINTER)
			return r;
		Lookup l = lookup_field_or_method(e, true, name, pkg);
		if (l.kind == SEL_FIELD) {
			l.indirect = true;
			return l;
		}
		return r;
	}

	Embedded *cur = xmalloc(sizeof(Embedded));
	int ncur = 1;
	cur[0].t = t;
	cur[0].npath = 0;
	cur[0].indirect = indirect;
	cur[0].multiple = false;
	Vec seen = {0};

	while (ncur > 0) {
		Embedded *next = NULL;
		int nnext = 0, capnext = 0;
		int found = 0;
		Lookup fr;
		memset(&fr, 0, sizeof fr);
		for (int e = 0; e < ncur; e++) {
			Type *typ = cur[e].t;
			if (typ->kind == TY_NAMED) {
				bool dup = false;
				for (int i = 0; i < seen.n; i++)
					if (seen.v[i] == typ) dup = true;
				if (dup) continue;
				vec_push(&seen, typ);
				for (int i = 0; i < typ->nmethods; i++) {
					Method *m = &typ->methods[i];
					if (samename(m->name, m->pkg, name, pkg)) {
						found += cur[e].multiple ? 2 : 1;
						fr.kind = SEL_METHOD;
						fr.method = m;
						fr.field = NULL;
						fr.recvtype = typ;
						memcpy(fr.path, cur[e].path, sizeof fr.path);
						fr.npath = cur[e].npath;
						fr.indirect = cur[e].indirect;
						break;
					}
				}
			}
			Type *u = underlying(typ);
			bool hasmethod = fr.kind == SEL_METHOD && fr.recvtype == typ;
			if (u->kind == TY_STRUCT) {
				bool fieldfound = false;
				for (int i = 0; i < u->nfields; i++) {
					Field *f = &u->fields[i];
					if (!hasmethod && !fieldfound && samename(f->name, f->pkg, name, pkg)) {
						fieldfound = true;
						found += cur[e].multiple ? 2 : 1;
						fr.kind = SEL_FIELD;
						fr.field = f;
						fr.method = NULL;
						fr.recvtype = typ;
						memcpy(fr.path, cur[e].path, sizeof fr.path);
						fr.npath = cur[e].npath;
						if (fr.npath < 16)
							fr.path[fr.npath++] = i;
						fr.indirect = cur[e].indirect;
						continue;
					}
					if (found == 0 && f->embedded && cur[e].npath < 15) {
						Type *ft = f->type;
						bool ind = cur[e].indirect;
						if (ft->kind == TY_POINTER) {
							ft = ft->elem;
							ind = true;
						}
						/* merge duplicates at the same depth */
						int k;
						for (k = 0; k < nnext; k++)
							if (next[k].t == ft) break;
						if (k < nnext) {
							next[k].multiple = true;
							continue;
						}
						if (nnext == capnext) {
							capnext = capnext ? capnext * 2 : 8;
							next = xrealloc(next, sizeof(Embedded) * capnext);
						}
						Embedded *ne = &next[nnext++];
						ne->t = ft;
						memcpy(ne->path, cur[e].path, sizeof ne->path);
						ne->npath = cur[e].npath;
						ne->path[ne->npath++] = i;
						ne->indirect = ind;
						ne->multiple = cur[e].multiple;
					}
				}
			} else if (u->kind == TY_INTERFACE) {
				for (int i = 0; i < u->nmethods; i++) {
					Method *m = &u->methods[i];
					if (samename(m->name, m->pkg, name, pkg)) {
						found += cur[e].multiple ? 2 : 1;
						fr.kind = SEL_METHOD;
						fr.method = m;
						fr.field = NULL;
						fr.recvtype = typ;
						memcpy(fr.path, cur[e].path, sizeof fr.path);
						fr.npath = cur[e].npath;
						fr.indirect = cur[e].indirect;
					}
				}
			}
		}
		if (found == 1)
			return fr;
		if (found > 1) {
			r.ambiguous = true;
			return r;
		}
		cur = next;
		ncur = nnext;
	}
	(void)addressable;
	return r;
}

static bool sig_has_invalid(Type *f)
{
	if (!f) return true;
	for (int i = 0; i < f->nparams; i++)
		if (bad_type(f->params[i])) return true;
	for (int i = 0; i < f->nresults; i++)
		if (bad_type(f->results[i])) return true;
	return false;
}

/* Does t implement iface?  isstatic: t is itself an interface type and we ask
 * about the static method set. */
bool missing_method(Type *t, Type *iface, bool isstatic, const char **name,
	bool *wrongptr, bool *wrongtype)
{
	Type *iu = underlying(iface);
	*wrongptr = *wrongtype = false;
	*name = NULL;
	if (iu->kind != TY_INTERFACE)
		return true;
	Type *tu = underlying(t);
	for (int i = 0; i < iu->nmethods; i++) {
		Method *m = &iu->methods[i];
		if (tu->kind == TY_INTERFACE) {
			Method *tm = NULL;
			for (int j = 0; j < tu->nmethods; j++)
				if (samename(tu->methods[j].name, tu->methods[j].pkg, m->name, m->pkg))
					tm = &tu->methods[j];
			if (!tm) { *name = m->name; return true; }
			if (tm->func->type != m->func->type && !sig_has_invalid(tm->func->type) &&
				!sig_has_invalid(m->func->type)) {
				*name = m->name; *wrongtype = true; return true;
			}
			continue;
		}
		Lookup l = lookup_field_or_method(t, false, m->name, m->pkg);
		if (l.kind != SEL_METHOD) {
			*name = m->name;
			return true;
		}
		if (l.method->func->type != m->func->type && !sig_has_invalid(l.method->func->type) &&
			!sig_has_invalid(m->func->type)) {
			*name = m->name;
			*wrongtype = true;
			return true;
		}
		if (l.method->ptrrecv && !l.indirect && t->kind != TY_POINTER &&
			underlying(l.recvtype)->kind != TY_INTERFACE) {
			*name = m->name;
			*wrongptr = true;
			return true;
		}
	}
	return false;
}

bool implements(Type *t, Type *iface, const char **missing, bool *wrongptr)
{
	const char *name;
	bool wp, wt;
	bool miss = missing_method(t, iface, false, &name, &wp, &wt);
	if (underlying(iface)->comparable_only && !type_comparable(t))
		miss = true;
	if (missing) *missing = name;
	if (wrongptr) *wrongptr = wp;
	return !miss;
}

/* Assignability of a value of type v to type t (no untyped constants here:
 * the checker converts those first). */
bool type_assignable(Type *v, Type *t, const char **reason)
{
	if (reason) *reason = NULL;
	if (v == t)
		return true;
	if (bad_type(v) || bad_type(t))
		return true;
	Type *vu = underlying(v), *tu = underlying(t);
	if (v->kind == TY_UNTYPED_NIL)
		return tu->kind == TY_POINTER || tu->kind == TY_FUNC || tu->kind == TY_SLICE ||
			tu->kind == TY_MAP || tu->kind == TY_CHAN || tu->kind == TY_INTERFACE ||
			tu->kind == TY_UNSAFEPTR;
	if (vu == tu && (!is_named(v) || !is_named(t)) && v->kind != TY_UNTYPED_BOOL)
		return true;
	if (tu->kind == TY_INTERFACE && t->kind != TY_TYPEPARAM) {
		const char *m;
		bool wp;
		if (implements(v, t, &m, &wp))
			return true;
		return false;
	}
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
		vu->elem == tu->elem && (!is_named(v) || !is_named(t)))
		return true;
	if (is_untyped(v)) {
		if (v->kind == TY_UNTYPED_BOOL)
			return tu->kind == TY_BOOL;
	}
	return false;
}
