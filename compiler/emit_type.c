/*
 * emit_type.c: Go types as C.  C type names and definitions (named structs
 * as `struct pkg__T`, anonymous composite types as structural `gosub_T<hash>`
 * guarded by #ifndef), tuple structs for multiple results, zero values, type
 * descriptors (GoType), equality and hash functions, itabs and the method
 * wrappers that itabs and method tables point at.
 */
#include <string.h>
#include <stdlib.h>
#include "emit.h"

/* ------------------------------------------------------------ type keys */

static void typekey_buf(Buf *b, Type *t);

static void
sigkey(Buf *b, Type *t)
{
	buf_putc(b, '(');
	for (int i = 0; i < t->nparams; i++) {
		if (i) buf_putc(b, ',');
		typekey_buf(b, t->params[i]);
	}
	buf_puts(b, t->variadic ? "...)" : ")");
	buf_putc(b, '(');
	for (int i = 0; i < t->nresults; i++) {
		if (i) buf_putc(b, ',');
		typekey_buf(b, t->results[i]);
	}
	buf_putc(b, ')');
}

/* A structural key for t that tells apart types with the same spelling
 * (local named types get unique C names). */
static void
typekey_buf(Buf *b, Type *t)
{
	switch (t->kind) {
	case TY_NAMED:
		buf_puts(b, ctype(t));
		if (t->obj && !t->obj->pkg)
			buf_puts(b, t->obj->name);
		return;
	case TY_POINTER: buf_putc(b, '*'); typekey_buf(b, t->elem); return;
	case TY_SLICE: buf_puts(b, "[]"); typekey_buf(b, t->elem); return;
	case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); typekey_buf(b, t->elem); return;
	case TY_MAP: buf_puts(b, "map["); typekey_buf(b, t->key); buf_putc(b, ']'); typekey_buf(b, t->elem); return;
	case TY_CHAN: buf_printf(b, "chan%d ", t->dir); typekey_buf(b, t->elem); return;
	case TY_FUNC: buf_puts(b, "func"); sigkey(b, t); return;
	case TY_TUPLE:
		buf_puts(b, "tuple(");
		for (int i = 0; i < t->ntuple; i++) {
			if (i) buf_putc(b, ',');
			typekey_buf(b, t->tuple[i]);
		}
		buf_putc(b, ')');
		return;
	case TY_STRUCT:
		buf_puts(b, "struct{");
		for (int i = 0; i < t->nfields; i++) {
			Field *f = &t->fields[i];
			buf_printf(b, "%s%s%s ", f->embedded ? "!" : "", f->name,
				f->pkg && f->name[0] >= 'a' ? xsprintf("@%s", f->pkg->path) : "");
			typekey_buf(b, f->type);
			if (f->tag) buf_printf(b, " `%s`", f->tag);
			buf_putc(b, ';');
		}
		buf_putc(b, '}');
		return;
	case TY_INTERFACE:
		buf_puts(b, "interface{");
		for (int i = 0; i < t->nmethods; i++) {
			Method *m = &t->methods[i];
			buf_puts(b, m->name);
			if (m->pkg && !(m->name[0] >= 'A' && m->name[0] <= 'Z'))
				buf_printf(b, "@%s", m->pkg->path);
			sigkey(b, m->func->type);
			buf_putc(b, ';');
		}
		buf_putc(b, '}');
		return;
	default:
		buf_puts(b, type_string(t));
	}
}

static const char *
typekey(Type *t)
{
	Buf b = {0};
	typekey_buf(&b, t);
	buf_putc(&b, 0);
	return b.s;
}

static uint64_t
fnv64(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static const char *
anon_name(Type *t)
{
	return xsprintf("gosub_T%012llx", (unsigned long long)(fnv64(typekey(t)) & 0xffffffffffffULL));
}

/* ------------------------------------------------------------ C names */

bool
is_ptrshaped(Type *t)
{
	switch (underlying(t)->kind) {
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	default:
		return false;
	}
}

int
type_bits(Type *t)
{
	t = underlying(t);
	type_layout(t);
	return (int)t->size * 8;
}

static const char *
basic_ctype(TypeKind k)
{
	switch (k) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return "go_bool";
	case TY_INT: case TY_UNTYPED_INT: return "go_int";
	case TY_INT8: return "int8_t";
	case TY_INT16: return "int16_t";
	case TY_INT32: case TY_UNTYPED_RUNE: return "int32_t";
	case TY_INT64: return "int64_t";
	case TY_UINT: return "go_uint";
	case TY_UINT8: return "uint8_t";
	case TY_UINT16: return "uint16_t";
	case TY_UINT32: return "uint32_t";
	case TY_UINT64: return "uint64_t";
	case TY_UINTPTR: return "go_uintptr";
	case TY_FLOAT32: return "float";
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "double";
	case TY_COMPLEX64: return "GoComplex64";
	case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return "GoComplex128";
	case TY_STRING: case TY_UNTYPED_STRING: return "GoString";
	case TY_UNSAFEPTR: case TY_UNTYPED_NIL: return "void *";
	default: return NULL;
	}
}

const char *
unsigned_ctype(Type *t)
{
	switch (underlying(t)->kind) {
	case TY_INT8: case TY_INT16: case TY_UINT8: case TY_UINT16:
	case TY_INT32: case TY_UINT32: return "uint32_t";
	default: return "uint64_t";
	}
}

static bool
named_is_local(Type *t)
{
	Object *o = t->obj;
	if (!o->pkg)
		return false;
	return scope_lookup_local(o->pkg->scope, o->name) != o;
}

static int nlocaltypes;

static void define_type(Type *t);

/* Forward typedefs (struct tags) go to htypes right away; definitions of
 * composite types are emitted (after their by-value dependencies) by
 * define_type. */
static Buf hfwd;
static Vec pending_defs;   /* pointees: defined after the current definition */

const char *
ctype(Type *t)
{
	if (!t)
		return "void";
	if (t->cname)
		return t->cname;
	const char *b = basic_ctype(t->kind);
	if (b)
		return t->cname = b;
	switch (t->kind) {
	case TY_NAMED: {
		Object *o = t->obj;
		if (!o->pkg) {   /* error, comparable */
			t->cname = ctype(underlying(t));
			return t->cname;
		}
		const char *name;
		if (named_is_local(t))
			name = xsprintf("%s__%s_%d", pkg_cprefix(o->pkg), mangle_global(o->name), ++nlocaltypes);
		else
			name = xsprintf("%s__%s", pkg_cprefix(o->pkg), mangle_global(o->name));
		t->cname = name;
		return name;
	}
	case TY_POINTER:
		return t->cname = xsprintf("%s*", ctype(t->elem));
	case TY_SLICE: return t->cname = "GoSlice";
	case TY_MAP: return t->cname = "GoMap*";
	case TY_CHAN: return t->cname = "GoChan*";
	case TY_FUNC: return t->cname = "GoFunc*";
	case TY_INTERFACE:
		return t->cname = t->nmethods ? "GoIface" : "GoEface";
	case TY_ARRAY: case TY_STRUCT: case TY_TUPLE:
		return t->cname = anon_name(t);
	default:
		return t->cname = "go_int";
	}
}

/* C type of a value of type t, ensuring its definition is emitted. */
const char *
ctype_def(Type *t)
{
	const char *n = ctype(t);
	define_type(t);
	return n;
}

static bool
in_vec(Vec *v, void *x)
{
	for (int i = 0; i < v->n; i++)
		if (v->v[i] == x)
			return true;
	return false;
}

static const char *
field_cname(Field *f, int i)
{
	if (!strcmp(f->name, "_"))
		return xsprintf("_blank%d", i);
	return mangle(f->name);
}

/* type N *N, or a longer cycle through named pointer types (type A *B;
 * type B *A): C cannot spell such a pointer, so N is a void * in C and a
 * dereference casts it to a pointer to its element type (nn). */
bool
self_pointer_type(Type *t)
{
	if (!t || t->kind != TY_NAMED)
		return false;
	Type *u = t->underlying;
	for (int steps = 0; u && u->kind == TY_POINTER && steps < 100; steps++) {
		Type *e = u->elem;
		if (e == t)
			return true;
		u = e->kind == TY_NAMED ? e->underlying : e;
	}
	return false;
}

/* A named type whose underlying type is a boolean, number or string. */
static bool
named_basic(Type *t)
{
	if (t->kind != TY_NAMED)
		return false;
	Type *u = underlying(t);
	return is_numeric(u) || is_string(u) || is_boolean(u);
}

/* Emits the C definition of t (once per package header) after the
 * definitions of everything it contains by value. */

static void
define_type(Type *t)
{
	if (!t || in_vec(&E.deftypes, t))
		return;
	switch (t->kind) {
	case TY_NAMED: {
		if (!t->obj->pkg)
			return;
		vec_push(&E.deftypes, t);
		Type *u = underlying(t);
		const char *n = ctype(t);
		if (t->obj->pkg != E.pkg) {
			/* defined in its own package's header; anonymous types it
			 * uses are defined there too */
			return;
		}
		if (u->kind == TY_STRUCT) {
			buf_printf(&hfwd, "typedef struct %s %s;\n", n, n);
			Buf b = {0};
			buf_printf(&b, "/* %s */\nstruct %s {\n", type_string(t), n);
			for (int i = 0; i < u->nfields; i++) {
				Field *f = &u->fields[i];
				Type *ft = f->type;
				define_type(ft);
				buf_printf(&b, "\t%s %s;\n", ctype(ft), field_cname(f, i));
			}
			buf_puts(&b, "};\n");
			buf_putc(&b, 0);
			buf_puts(&E.htypes, b.s);
		} else if (u->kind == TY_ARRAY) {
			define_type(u);
			buf_printf(&E.htypes, "typedef %s %s;   /* %s */\n", ctype(u), n, type_string(t));
		} else if (self_pointer_type(t)) {
			buf_printf(&E.htypes, "typedef void *%s;   /* %s */\n", n, type_string(t));
			vec_push(&pending_defs, u);
		} else {
			/* pointer-like or basic: only tags are needed, so typedef first
			 * (the pointee may refer back to this name) */
			if (u->kind == TY_POINTER) {
				Type *e = u->elem;
				if (named_basic(e))
					define_type(e);
				if (e->kind == TY_NAMED && underlying(e)->kind == TY_STRUCT && e->obj->pkg == E.pkg &&
					!in_vec(&E.deftypes, e)) {
					const char *en = ctype(e);
					buf_printf(&hfwd, "typedef struct %s %s;\n", en, en);
				} else if (e->kind == TY_STRUCT || e->kind == TY_ARRAY) {
					const char *en = ctype(e);
					buf_printf(&hfwd, "typedef struct %s %s;\n", en, en);
				}
			}
			buf_printf(&E.htypes, "typedef %s %s;   /* %s */\n", ctype(u), n, type_string(t));
			vec_push(&pending_defs, u);
		}
		return;
	}
	case TY_POINTER: {
		/* only the pointee's tag must be known; define it later (it may
		 * be recursive through this pointer) unless it is a named basic
		 * type, whose typedef the pointer type needs and which cannot
		 * refer back */
		Type *e = t->elem;
		if (named_basic(e))
			define_type(e);
		if ((e->kind == TY_NAMED && underlying(e)->kind == TY_STRUCT && e->obj->pkg == E.pkg &&
			!in_vec(&E.deftypes, e)) || e->kind == TY_STRUCT || e->kind == TY_ARRAY) {
			const char *n = ctype(e);
			buf_printf(&hfwd, "typedef struct %s %s;\n", n, n);
		}
		vec_push(&E.deftypes, t);
		vec_push(&pending_defs, e);
		return;
	}
	case TY_ARRAY: case TY_STRUCT: case TY_TUPLE: {
		vec_push(&E.deftypes, t);
		const char *n = ctype(t);
		buf_printf(&hfwd, "typedef struct %s %s;\n", n, n);
		Buf b = {0};
		buf_printf(&b, "#ifndef %s_defined\n#define %s_defined\n/* %s */\nstruct %s {\n", n, n,
			type_string(t), n);
		if (t->kind == TY_ARRAY) {
			define_type(t->elem);
			buf_printf(&b, "\t%s a[%lld];\n", ctype(t->elem), (long long)t->len);
		} else if (t->kind == TY_STRUCT) {
			for (int i = 0; i < t->nfields; i++) {
				Field *f = &t->fields[i];
				define_type(f->type);
				buf_printf(&b, "\t%s %s;\n", ctype(f->type), field_cname(f, i));
			}
		} else {
			for (int i = 0; i < t->ntuple; i++) {
				define_type(t->tuple[i]);
				buf_printf(&b, "\t%s r%d;\n", ctype(t->tuple[i]), i);
			}
		}
		buf_puts(&b, "};\n#endif\n");
		buf_putc(&b, 0);
		buf_puts(&E.htypes, b.s);
		return;
	}
	case TY_SLICE: case TY_MAP: case TY_CHAN:
		vec_push(&E.deftypes, t);
		return;
	case TY_FUNC:
		vec_push(&E.deftypes, t);
		for (int i = 0; i < t->nparams; i++)
			define_type(t->params[i]);
		for (int i = 0; i < t->nresults; i++)
			define_type(t->results[i]);
		if (t->nresults > 1)
			define_type(type_tuple(t->results, t->nresults));
		return;
	default:
		return;
	}
}

void
flush_type_defs(void)
{
	while (pending_defs.n > 0) {
		Type *t = pending_defs.v[--pending_defs.n];
		define_type(t);
	}
}

const char *
emit_hfwd(void)
{
	buf_putc(&hfwd, 0);
	const char *s = hfwd.s ? hfwd.s : "";
	hfwd = (Buf){0};
	return s;
}

const char *
tuple_ctype(Type **ts, int n)
{
	Type *t = type_tuple(ts, n);
	return ctype_def(t);
}

const char *
ctype_result(Type *sig)
{
	if (sig->nresults == 0)
		return "void";
	if (sig->nresults == 1)
		return ctype_def(sig->results[0]);
	return tuple_ctype(sig->results, sig->nresults);
}

bool
is_aggregate(Type *t)
{
	switch (underlying(t)->kind) {
	case TY_STRUCT: case TY_ARRAY: case TY_TUPLE: case TY_STRING: case TY_SLICE:
	case TY_INTERFACE: case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_STRING:
	case TY_UNTYPED_COMPLEX:
		return true;
	default:
		return false;
	}
}

const char *
zero_value(Type *t)
{
	const char *n = ctype_def(t);
	if (is_aggregate(t))
		return xsprintf("((%s){})", n);
	if (is_ptrshaped(t) || underlying(t)->kind == TY_UNTYPED_NIL)
		return "NULL";
	return xsprintf("((%s)0)", n);
}

/* ------------------------------------------------------------ descriptors */

static Buf hfuncs;          /* header: static inline eq/hash functions */
static Vec eqdone;          /* Type*: eq/hash functions emitted */

static const char *
desc_base(Type *t)
{
	return t->kind == TY_NAMED ? ctype(t) : anon_name(t);
}

static const char *
desc_name(Type *t)
{
	return xsprintf("%s__type", desc_base(t));
}

static bool
is_anon(Type *t)
{
	return t->kind != TY_NAMED;
}

/* "&gort_type_int" / "&main__Point__type" / "&gosub_T...__type" */
const char *
type_desc(Type *t)
{
	if (!t)
		return "NULL";
	if (is_untyped(t))
		t = default_type(t);
	switch (t->kind) {
	case TY_BOOL: return "&gort_type_bool";
	case TY_INT: return "&gort_type_int";
	case TY_INT8: return "&gort_type_int8";
	case TY_INT16: return "&gort_type_int16";
	case TY_INT32: return "&gort_type_int32";
	case TY_INT64: return "&gort_type_int64";
	case TY_UINT: return "&gort_type_uint";
	case TY_UINT8: return "&gort_type_uint8";
	case TY_UINT16: return "&gort_type_uint16";
	case TY_UINT32: return "&gort_type_uint32";
	case TY_UINT64: return "&gort_type_uint64";
	case TY_UINTPTR: return "&gort_type_uintptr";
	case TY_FLOAT32: return "&gort_type_float32";
	case TY_FLOAT64: return "&gort_type_float64";
	case TY_COMPLEX64: return "&gort_type_complex64";
	case TY_COMPLEX128: return "&gort_type_complex128";
	case TY_STRING: return "&gort_type_string";
	case TY_UNSAFEPTR: return "&gort_type_unsafeptr";
	default: break;
	}
	if (t == ty_error)
		return "&gort_type_error";
	if (t->kind == TY_INTERFACE && t->nmethods == 0)
		return "&gort_type_any";
	const char *n = desc_name(t);
	if (!in_vec(&E.desctypes, t)) {
		vec_push(&E.desctypes, t);
		if (is_anon(t))
			buf_printf(&E.cdecls, "extern const GoType %s;\n", n);
		else if (t->obj->pkg == E.pkg)
			buf_printf(&E.hdecls, "extern const GoType %s;\n", n);
	}
	return xsprintf("&%s", n);
}

static void
ptrbits(Type *t, int64_t off, uint8_t *bm, int64_t nwords)
{
	Type *u = underlying(t);
	type_layout(u);
	switch (u->kind) {
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_SLICE:
	case TY_STRING:
		if (off / 8 < nwords)
			bm[off / 64] |= 1 << ((off / 8) % 8);
		return;
	case TY_INTERFACE:
		if (off / 8 + 1 < nwords)
			bm[(off + 8) / 64] |= 1 << (((off + 8) / 8) % 8);
		if (off / 8 < nwords)
			bm[off / 64] |= 1 << ((off / 8) % 8);
		return;
	case TY_ARRAY:
		for (int64_t i = 0; i < u->len && type_has_pointers(u->elem); i++)
			ptrbits(u->elem, off + i * u->elem->size, bm, nwords);
		return;
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			ptrbits(u->fields[i].type, off + u->fields[i].offset, bm, nwords);
		return;
	case TY_TUPLE: {
		/* several results: a C struct r0, r1, ... (type_layout's offsets) */
		int64_t o = 0;
		for (int i = 0; i < u->ntuple; i++) {
			Type *ft = u->tuple[i];
			type_layout(ft);
			int64_t a = ft->align > 0 ? ft->align : 1;
			o = (o + a - 1) / a * a;
			ptrbits(ft, off + o, bm, nwords);
			o += ft->size;
		}
		return;
	}
	default:
		return;
	}
}

void
type_ptrbits(Type *t, int64_t off, uint8_t *bm, int64_t nwords)
{
	ptrbits(t, off, bm, nwords);
}

/* The descriptor of a runtime record `struct name { void (*fn)(void); T0 a; T1 b; ... }`
 * (closures, method values, go and defer records) for the collector: its size
 * and pointer bitmap.  The code pointer in word 0 is not a heap pointer.  The
 * fields are laid out by C's rules, which are Go's amd64 rules; a static
 * assertion checks the size.  Returns "&name__gctype". */
const char *
record_desc(const char *name, Type **fields, int n)
{
	int64_t off = 8, align = 8;
	int64_t offs[n > 0 ? n : 1];
	for (int i = 0; i < n; i++) {
		type_layout(fields[i]);
		int64_t a = fields[i]->align > 0 ? fields[i]->align : 1;
		off = (off + a - 1) / a * a;
		offs[i] = off;
		off += fields[i]->size;
		if (a > align)
			align = a;
	}
	int64_t size = (off + align - 1) / align * align;
	int64_t nwords = size / 8;
	uint8_t *bm = xmalloc((size_t)(nwords + 7) / 8 + 1);
	for (int i = 0; i < n; i++)
		type_ptrbits(fields[i], offs[i], bm, nwords);
	int64_t ptrwords = 0;
	for (int64_t w = 0; w < nwords; w++)
		if (bm[w / 8] & (1 << (w % 8)))
			ptrwords = w + 1;
	Buf b = {0};
	buf_printf(&b, "_Static_assert(sizeof(struct %s) == %lld, \"record layout\");\n", name, (long long)size);
	buf_printf(&b, "static const uint8_t %s__gcbits[] = {", name);
	for (int64_t i = 0; i < (nwords + 7) / 8; i++)
		buf_printf(&b, "%s%u", i ? ", " : "", bm[i]);
	if (nwords == 0)
		buf_puts(&b, "0");
	buf_printf(&b, "};\nstatic const GoType %s__gctype = { .size = %lld, .ptrdata = %lld, .kind = GOKIND_STRUCT, "
		   ".align = %lld, .gcdata = %s__gcbits, .str = {(const uint8_t *)\"%s\", %zu} };\n",
		   name, (long long)size, (long long)(ptrwords * 8), (long long)align, name, name, strlen(name));
	buf_putc(&b, 0);
	buf_puts(&E.cdecls, b.s);
	free(b.s);
	free(bm);
	return xsprintf("&%s__gctype", name);
}

static const char *
hashfn_of(Type *t);
static const char *
equalfn_of(Type *t);

static const char *
mem_suffix(int64_t size)
{
	switch (size) {
	case 0: return "0";
	case 1: return "8";
	case 2: return "16";
	case 4: return "32";
	case 8: return "64";
	case 16: return "128";
	default: return NULL;
	}
}

static void define_eq(Type *t);

static const char *
equalfn_of(Type *t)
{
	Type *u = underlying(t);
	if (!type_comparable(t))
		return "NULL";
	switch (u->kind) {
	case TY_FLOAT32: return "gort_f32equal";
	case TY_FLOAT64: return "gort_f64equal";
	case TY_COMPLEX64: return "gort_c64equal";
	case TY_COMPLEX128: return "gort_c128equal";
	case TY_STRING: return "gort_strequal";
	case TY_INTERFACE: return u->nmethods ? "gort_ifaceequal" : "gort_efaceequal";
	case TY_STRUCT: case TY_ARRAY:
		define_eq(t);
		return xsprintf("%s__gs_eq", ctype(t));
	default: {
		type_layout(u);
		const char *s = mem_suffix(u->size);
		return xsprintf("gort_memequal%s", s ? s : "64");
	}
	}
}

static const char *
hashfn_of(Type *t)
{
	Type *u = underlying(t);
	if (!type_comparable(t))
		return "NULL";
	switch (u->kind) {
	case TY_FLOAT32: return "gort_f32hash";
	case TY_FLOAT64: return "gort_f64hash";
	case TY_COMPLEX64: return "gort_c64hash";
	case TY_COMPLEX128: return "gort_c128hash";
	case TY_STRING: return "gort_strhash";
	case TY_INTERFACE: return u->nmethods ? "gort_ifacehash" : "gort_efacehash";
	case TY_STRUCT: case TY_ARRAY:
		define_eq(t);
		return xsprintf("%s__gs_hash", ctype(t));
	default: {
		type_layout(u);
		const char *s = mem_suffix(u->size);
		if (!s || !strcmp(s, "0"))
			return "gort_memhash64";
		return xsprintf("gort_memhash%s", s);
	}
	}
}

const char *
eq_func(Type *t)
{
	return equalfn_of(t);
}

/* static inline eq/hash for comparable structs and arrays, in the header. */
static void
define_eq(Type *t)
{
	if (in_vec(&eqdone, t))
		return;
	if (t->kind == TY_NAMED && t->obj->pkg && t->obj->pkg != E.pkg)
		return;   /* in its package's header */
	vec_push(&eqdone, t);
	(void)ctype_def(t);
	Type *u = underlying(t);
	const char *n = ctype(t);
	Buf b = {0};
	bool anon = is_anon(t);
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			(void)equalfn_of(u->fields[i].type), (void)hashfn_of(u->fields[i].type);
	} else {
		(void)equalfn_of(u->elem);
		(void)hashfn_of(u->elem);
	}
	if (anon)
		buf_printf(&b, "#ifndef %s_eq_defined\n#define %s_eq_defined\n", n, n);
	buf_printf(&b, "static inline _Bool %s__gs_eq(const void *a, const void *b)\n{\n", n);
	buf_printf(&b, "\tconst %s *x = a, *y = b;\n\t(void)x;\n\t(void)y;\n", n);
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++) {
			Field *f = &u->fields[i];
			if (!strcmp(f->name, "_"))
				continue;
			const char *fn = field_cname(f, i);
			buf_printf(&b, "\tif (!%s(&x->%s, &y->%s))\n\t\treturn 0;\n", equalfn_of(f->type), fn, fn);
		}
		buf_puts(&b, "\treturn 1;\n}\n");
		buf_printf(&b, "static inline uintptr_t %s__gs_hash(const void *p, uintptr_t h)\n{\n", n);
		buf_printf(&b, "\tconst %s *x = p;\n\t(void)x;\n", n);
		for (int i = 0; i < u->nfields; i++) {
			Field *f = &u->fields[i];
			if (!strcmp(f->name, "_"))
				continue;
			buf_printf(&b, "\th = %s(&x->%s, h);\n", hashfn_of(f->type), field_cname(f, i));
		}
		buf_puts(&b, "\treturn h;\n}\n");
	} else {
		buf_printf(&b, "\tfor (int64_t i = 0; i < %lld; i++)\n\t\tif (!%s(&x->a[i], &y->a[i]))\n\t\t\treturn 0;\n"
			"\treturn 1;\n}\n", (long long)u->len, equalfn_of(u->elem));
		buf_printf(&b, "static inline uintptr_t %s__gs_hash(const void *p, uintptr_t h)\n{\n", n);
		buf_printf(&b, "\tconst %s *x = p;\n\tfor (int64_t i = 0; i < %lld; i++)\n\t\th = %s(&x->a[i], h);\n"
			"\treturn h;\n}\n", n, (long long)u->len, hashfn_of(u->elem));
	}
	if (anon)
		buf_puts(&b, "#endif\n");
	buf_putc(&b, 0);
	buf_puts(&hfuncs, b.s);
}

const char *
emit_hfuncs(void)
{
	buf_putc(&hfuncs, 0);
	const char *s = hfuncs.s ? hfuncs.s : "";
	hfuncs = (Buf){0};
	eqdone = (Vec){0};
	return s;
}

static const char *
gostr(const char *s)
{
	if (!s || !*s)
		return "{NULL, 0}";
	return xsprintf("{(const uint8_t *)%s, %zu}", c_string_lit(s, strlen(s)), strlen(s));
}

static bool
exported_name(const char *s)
{
	return s[0] >= 'A' && s[0] <= 'Z';
}

/* ---- method sets */

typedef struct {
	const char *name;
	Method *m;
	Lookup l;
} MSetEntry;

static int
cmp_mset(const void *a, const void *b)
{
	return strcmp(((const MSetEntry *)a)->name, ((const MSetEntry *)b)->name);
}

static void
collect_names(Type *t, Vec *names, int depth)
{
	if (depth > 8)
		return;
	if (t->kind == TY_POINTER)
		t = t->elem;
	if (t->kind == TY_NAMED)
		for (int i = 0; i < t->nmethods; i++)
			vec_push(names, &t->methods[i]);
	Type *u = underlying(t);
	if (u->kind == TY_INTERFACE) {
		for (int i = 0; i < u->nmethods; i++)
			vec_push(names, &u->methods[i]);
		return;
	}
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i].embedded)
				collect_names(u->fields[i].type, names, depth + 1);
}

/* Method set of t (T or *T), sorted by name. */
static MSetEntry *
method_set(Type *t, int *np)
{
	Vec cands = {0};
	Type *base = t->kind == TY_POINTER ? t->elem : t;
	bool isptr = t->kind == TY_POINTER;
	*np = 0;
	if (underlying(base)->kind == TY_INTERFACE || (isptr && base->kind != TY_NAMED &&
		underlying(base)->kind != TY_STRUCT))
		return NULL;
	if (!isptr && t->kind != TY_NAMED && underlying(t)->kind != TY_STRUCT)
		return NULL;
	collect_names(base, &cands, 0);
	MSetEntry *out = xmalloc(sizeof(MSetEntry) * (cands.n + 1));
	int n = 0;
	for (int i = 0; i < cands.n; i++) {
		Method *cm = cands.v[i];
		bool dup = false;
		for (int j = 0; j < n; j++)
			if (!strcmp(out[j].name, cm->name))
				dup = true;
		if (dup)
			continue;
		Lookup l = lookup_field_or_method(t, false, cm->name, cm->pkg);
		if (l.kind != SEL_METHOD || l.ambiguous)
			continue;
		bool ptrrecv = l.method->ptrrecv;
		if (!isptr && ptrrecv && !l.indirect)
			continue;
		out[n].name = cm->name;
		out[n].m = l.method;
		out[n].l = l;
		n++;
	}
	qsort(out, n, sizeof *out, cmp_mset);
	*np = n;
	return out;
}

static const char *
params_decl(Type *sig, const char *first)
{
	Buf b = {0};
	buf_puts(&b, first);
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&b, ", %s p%d", ctype_def(sig->params[i]), i);
	buf_putc(&b, 0);
	return b.s;
}

static const char *
params_use(Type *sig)
{
	Buf b = {0};
	for (int i = 0; i < sig->nparams; i++)
		buf_printf(&b, ", p%d", i);
	buf_putc(&b, 0);
	return b.s ? b.s : "";
}

/* Wrapper called through an itab/method table: first argument is the
 * interface data word.  t is the concrete type (T or *T). */
static const char *
ifn_for(Type *t, MSetEntry *e)
{
	Method *m = e->m;
	Type *sig = m->func->type;
	Lookup *l = &e->l;
	bool isptr = t->kind == TY_POINTER;
	Type *base = isptr ? t->elem : t;
	if (l->npath == 0) {
		/* declared on base itself */
		const char *mc = xsprintf("%s__%s", ctype(base), mangle_global(m->name));
		if (!m->ptrrecv && is_ptrshaped(base) && isptr)
			return xsprintf("%s__ifnp", mc);
		return xsprintf("%s__ifn", mc);
	}
	/* promoted: generate a static wrapper here */
	const char *wn = xsprintf("gosub_w%012llx_%s", (unsigned long long)(fnv64(typekey(t)) & 0xffffffffffffULL),
		mangle(m->name));
	for (int i = 0; i < E.wrappers.n; i++)
		if (!strcmp(E.wrappers.v[i], wn))
			return wn;
	vec_push(&E.wrappers, (void *)wn);
	Buf b = {0};
	const char *rt = ctype_result(sig);
	buf_printf(&b, "static %s %s(%s)\n{\n", rt, wn, params_decl(sig, "void *d"));
	buf_printf(&b, "\t%s *x = (%s *)d;\n", ctype_def(base), ctype(base));
	char *cur = "(*x)";
	Type *ct = base;
	for (int i = 0; i < l->npath; i++) {
		Type *u = underlying(ct);
		if (u->kind == TY_POINTER) {
			cur = xsprintf("(*(%s)gort_nn(%s))", ctype(ct), cur);
			ct = u->elem;
			u = underlying(ct);
		}
		Field *f = &u->fields[l->path[i]];
		cur = xsprintf("%s.%s", cur, field_cname(f, l->path[i]));
		ct = f->type;
	}
	const char *ret = sig->nresults ? "return " : "";
	if (is_interface(ct)) {
		Type *iu = underlying(ct);
		int k = 0;
		for (int i = 0; i < iu->nmethods; i++)
			if (!strcmp(iu->methods[i].name, m->name))
				k = i;
		if (iu->nmethods) {
			buf_printf(&b, "\tGoIface i = %s;\n\t%s((%s (*)(void *", cur, ret, rt);
			for (int i = 0; i < sig->nparams; i++)
				buf_printf(&b, ", %s", ctype(sig->params[i]));
			buf_printf(&b, "))((const GoItab *)gort_nn((void *)i.tab))->fun[%d])(i.data%s);\n}\n", k, params_use(sig));
		}
	} else {
		bool cptr = underlying(ct)->kind == TY_POINTER;
		Type *named = cptr ? underlying(ct)->elem : ct;
		const char *recv;
		if (m->ptrrecv)
			recv = cptr ? cur : xsprintf("(&%s)", cur);
		else
			recv = cptr ? xsprintf("(*(%s)gort_nn(%s))", ctype(ct), cur) : cur;
		buf_printf(&b, "\t%s%s__%s(%s%s);\n}\n", ret, ctype(named), mangle_global(m->name), recv, params_use(sig));
	}
	buf_putc(&b, 0);
	buf_puts(&E.ctail, b.s);
	buf_printf(&E.cdecls, "static %s %s(%s);\n", rt, wn, params_decl(sig, "void *d"));
	return wn;
}

/* Static itab for converting concrete to iface. */
const char *
itab_for(Type *iface, Type *concrete)
{
	const char *key = xsprintf("%s|%s", typekey(iface), typekey(concrete));
	const char *name = xsprintf("gosub_itab_%012llx", (unsigned long long)(fnv64(key) & 0xffffffffffffULL));
	for (int i = 0; i < E.itabs.n; i++)
		if (!strcmp(E.itabs.v[i], name))
			return xsprintf("((const GoItab *)&%s)", name);
	vec_push(&E.itabs, (void *)name);
	Type *iu = underlying(iface);
	int n;
	MSetEntry *ms = method_set(concrete, &n);
	Buf b = {0};
	buf_printf(&b, "static const struct %s %s = { %s, %s, %uu, {", name, name, type_desc(iface),
		type_desc(concrete), gort_hash_of(concrete));
	for (int i = 0; i < iu->nmethods; i++) {
		const char *fn = "NULL";
		for (int j = 0; j < n; j++)
			if (!strcmp(ms[j].name, iu->methods[i].name))
				fn = xsprintf("(void (*)(void))%s", ifn_for(concrete, &ms[j]));
		buf_printf(&b, "%s%s", i ? ", " : "", fn);
	}
	buf_puts(&b, "} };\n");
	buf_putc(&b, 0);
	buf_puts(&E.ctail, b.s);
	buf_printf(&E.cdecls, "static const struct %s { const GoType *inter; const GoType *type; uint32_t hash; "
		"void (*fun[%d])(void); } %s;\n", name, iu->nmethods, name);
	return xsprintf("((const GoItab *)&%s)", name);
}

uint32_t
gort_hash_of(Type *t)
{
	const char *s = type_string(t);
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

static int
kind_of(Type *t)
{
	switch (underlying(t)->kind) {
	case TY_BOOL: return 1;
	case TY_INT: return 2; case TY_INT8: return 3; case TY_INT16: return 4; case TY_INT32: return 5;
	case TY_INT64: return 6; case TY_UINT: return 7; case TY_UINT8: return 8; case TY_UINT16: return 9;
	case TY_UINT32: return 10; case TY_UINT64: return 11; case TY_UINTPTR: return 12;
	case TY_FLOAT32: return 13; case TY_FLOAT64: return 14; case TY_COMPLEX64: return 15;
	case TY_COMPLEX128: return 16; case TY_ARRAY: return 17; case TY_CHAN: return 18;
	case TY_FUNC: return 19; case TY_INTERFACE: return 20; case TY_MAP: return 21;
	case TY_POINTER: return 22; case TY_SLICE: return 23; case TY_STRING: return 24;
	case TY_STRUCT: return 25; case TY_UNSAFEPTR: return 26;
	default: return 0;
	}
}

static void
emit_one_descriptor(Type *t)
{
	Type *u = underlying(t);
	type_layout(t);
	const char *n = desc_name(t);
	const char *cn = desc_base(t);
	Buf pre = {0}, b = {0};
	int64_t nwords = (t->size + 7) / 8;
	uint8_t *bm = xmalloc((size_t)(nwords / 8 + 2));
	if (type_has_pointers(t))
		ptrbits(t, 0, bm, nwords);
	int64_t ptrdata = 0;
	for (int64_t w = 0; w < nwords; w++)
		if (bm[w / 8] & (1 << (w % 8)))
			ptrdata = (w + 1) * 8;
	buf_printf(&pre, "static const uint8_t %s_gc[] = {", cn);
	for (int64_t i = 0; i < (ptrdata / 8 + 7) / 8 || i == 0; i++)
		buf_printf(&pre, "%s%u", i ? ", " : "", bm[i]);
	buf_puts(&pre, "};\n");
	int flags = 0;
	if (t->kind == TY_NAMED) flags |= 1;
	if (is_ptrshaped(t)) flags |= 2;
	if (type_comparable(t)) flags |= 4;
	if (u->kind == TY_FUNC && u->variadic) flags |= 8;
	const char *str = type_string(t);
	buf_printf(&b, "%sconst GoType %s = {\n", is_anon(t) ? "__attribute__((weak)) " : "", n);
	buf_printf(&b, "\t.size = %lld, .ptrdata = %lld, .hash = %uu, .kind = %d, .align = %lld, .flags = %d,\n",
		(long long)t->size, (long long)ptrdata, gort_hash_of(t), kind_of(t), (long long)t->align, flags);
	if (u->kind == TY_CHAN)
		buf_printf(&b, "\t.chandir = %d,\n", u->dir == CHAN_BOTH ? 3 : u->dir == CHAN_RECV ? 1 : 2);
	buf_printf(&b, "\t.gcdata = %s_gc, .equal = %s, .hashfn = %s,\n", cn, equalfn_of(t), hashfn_of(t));
	buf_printf(&b, "\t.str = %s,\n", gostr(str));
	if (t->kind == TY_NAMED && t->obj->pkg) {
		buf_printf(&b, "\t.pkgpath = %s, .name = %s,\n", gostr(t->obj->pkg->path), gostr(t->obj->name));
	}
	switch (u->kind) {
	case TY_POINTER: case TY_SLICE: case TY_CHAN:
		buf_printf(&b, "\t.elem = %s,\n", type_desc(u->elem));
		break;
	case TY_ARRAY:
		buf_printf(&b, "\t.elem = %s, .len = %lld,\n", type_desc(u->elem), (long long)u->len);
		break;
	case TY_MAP:
		buf_printf(&b, "\t.elem = %s, .key = %s,\n", type_desc(u->elem), type_desc(u->key));
		break;
	case TY_STRUCT:
		if (u->nfields) {
			buf_printf(&pre, "static const GoStructField %s_fields[] = {\n", cn);
			for (int i = 0; i < u->nfields; i++) {
				Field *f = &u->fields[i];
				buf_printf(&pre, "\t{ %s, %s, %s, %lld, %d, %d },\n", gostr(f->name), type_desc(f->type),
					gostr(f->tag), (long long)f->offset, f->embedded, exported_name(f->name));
			}
			buf_puts(&pre, "};\n");
			buf_printf(&b, "\t.fields = %s_fields, .nfields = %d,\n", cn, u->nfields);
		}
		break;
	case TY_FUNC:
		if (u->nparams) {
			buf_printf(&pre, "static const GoType *const %s_in[] = {", cn);
			for (int i = 0; i < u->nparams; i++)
				buf_printf(&pre, "%s%s", i ? ", " : "", type_desc(u->params[i]));
			buf_puts(&pre, "};\n");
			buf_printf(&b, "\t.in = %s_in, .nin = %d,\n", cn, u->nparams);
		}
		if (u->nresults) {
			buf_printf(&pre, "static const GoType *const %s_out[] = {", cn);
			for (int i = 0; i < u->nresults; i++)
				buf_printf(&pre, "%s%s", i ? ", " : "", type_desc(u->results[i]));
			buf_puts(&pre, "};\n");
			buf_printf(&b, "\t.out = %s_out, .nout = %d,\n", cn, u->nresults);
		}
		break;
	case TY_INTERFACE:
		if (u->nmethods) {
			buf_printf(&pre, "static const GoIMethod %s_imethods[] = {\n", cn);
			for (int i = 0; i < u->nmethods; i++) {
				Method *m = &u->methods[i];
				buf_printf(&pre, "\t{ %s, %s, %s },\n", gostr(m->name),
					gostr(exported_name(m->name) || !m->pkg ? NULL : m->pkg->path), type_desc(m->func->type));
			}
			buf_puts(&pre, "};\n");
			buf_printf(&b, "\t.imethods = %s_imethods, .nimethods = %d,\n", cn, u->nmethods);
		}
		break;
	default:
		break;
	}
	/* method set */
	int nm = 0;
	MSetEntry *ms = method_set(t, &nm);
	if (nm) {
		buf_printf(&pre, "static const GoMethod %s_methods[] = {\n", cn);
		for (int i = 0; i < nm; i++) {
			Method *m = ms[i].m;
			buf_printf(&pre, "\t{ %s, %s, %s, (void (*)(void))%s },\n", gostr(m->name),
				gostr(exported_name(m->name) || !m->pkg ? NULL : m->pkg->path), type_desc(m->func->type),
				ifn_for(t, &ms[i]));
		}
		buf_puts(&pre, "};\n");
		buf_printf(&b, "\t.methods = %s_methods, .nmethods = %d,\n", cn, nm);
	}
	if (t->kind == TY_NAMED && t->obj->pkg == E.pkg)
		buf_printf(&b, "\t.ptrto = %s,\n", type_desc(type_pointer(t)));
	buf_puts(&b, "};\n");
	buf_putc(&pre, 0);
	buf_putc(&b, 0);
	buf_puts(&E.ctail, pre.s);
	buf_puts(&E.ctail, b.s);
}

/* Emits every requested descriptor (which may request more). */
void
emit_descriptors(void)
{
	for (int i = 0; i < E.desctypes.n; i++) {
		Type *t = E.desctypes.v[i];
		if (t->kind == TY_NAMED && t->obj->pkg != E.pkg)
			continue;
		emit_one_descriptor(t);
	}
}

/* Named types of the package: definitions, descriptors and the method
 * wrappers that itabs of any package may use. */
void
emit_package_types(void)
{
	Package *pkg = E.pkg;
	for (int i = 0; i < pkg->types.n; i++) {
		Object *o = pkg->types.v[i];
		Type *t = o->type;
		if (!t || t->kind != TY_NAMED || t->obj != o)
			continue;
		(void)ctype_def(t);
		(void)type_desc(t);
		if (type_comparable(t) && (underlying(t)->kind == TY_STRUCT || underlying(t)->kind == TY_ARRAY))
			define_eq(t);
		for (int j = 0; j < t->nmethods; j++) {
			Method *m = &t->methods[j];
			Type *sig = m->func->type;
			const char *mc = xsprintf("%s__%s", ctype(t), mangle_global(m->name));
			const char *rt = ctype_result(sig);
			const char *ret = sig->nresults ? "return " : "";
			const char *pd = params_decl(sig, "void *d");
			const char *pu = params_use(sig);
			const char *recv;
			if (m->ptrrecv)
				recv = xsprintf("(%s *)d", ctype(t));
			else if (is_ptrshaped(t))
				recv = xsprintf("(%s)d", ctype(t));
			else
				recv = xsprintf("*(%s *)d", ctype(t));
			buf_printf(&E.hdecls, "%s %s__ifn(%s);\n", rt, mc, pd);
			buf_printf(&E.ctail, "%s %s__ifn(%s)\n{\n\t%s%s(%s%s);\n}\n", rt, mc, pd, ret, mc, recv, pu);
			if (!m->ptrrecv && is_ptrshaped(t)) {
				buf_printf(&E.hdecls, "%s %s__ifnp(%s);\n", rt, mc, pd);
				buf_printf(&E.ctail, "%s %s__ifnp(%s)\n{\n\t%s%s(*(%s *)d%s);\n}\n", rt, mc, pd, ret, mc,
					ctype(t), pu);
			}
		}
	}
}
