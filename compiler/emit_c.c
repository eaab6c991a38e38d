/*
 * emit_c.c: the emitter's driver-facing entry (emit_package) and shared
 * helpers: C names for Go objects, output with indentation and #line
 * directives, temporaries and labels, C literals for constants, and the
 * package-level parts (globals, init function, gosub_program_main).
 *
 *   package P  ->  P.h: typedefs, prototypes, extern globals and descriptors
 *                  P.c: #include "gosub_rt.h", imports' headers, P.h; bodies
 */
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#include <math.h>
#include "emit.h"

Emitter E;

void flush_type_defs(void);
const char *emit_hfwd(void);
void emit_descriptors(void);
void emit_package_types(void);

const char *
pkg_cprefix(Package *p)
{
	return p ? p->cprefix : "gosub";
}

/* ------------------------------------------------------------ names */

static const char *c_reserved[] = {
	"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
	"else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
	"register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
	"switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool",
	"_Complex", "_Imaginary", "asm", "typeof", "bool", "true", "false", "NULL", "main",
	"memcpy", "memset", "memcmp", "memmove", "strlen", "abort", "exit", "errno", "setjmp",
	"longjmp", "jmp_buf", "stdin", "stdout", "stderr", "printf", "malloc", "free", "offsetof",
	"assert", "signal", "raise", "alloca", "unix", "linux", "i386", "fabs", "sqrt", "floor",
	"ceil", "trunc", "isnan", "isinf", "INFINITY", "NAN", "complex", "real", "imag",
	"int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
	"uintptr_t", "intptr_t", "size_t", "ptrdiff_t", "go_bool", "go_int", "go_uint",
	"go_uintptr", "go_rune", "go_byte", "GoString", "GoSlice", "GoMap", "GoChan", "GoFunc",
	"GoEface", "GoIface", "GoType", "GoItab", "GoFrame", "EOF", "BUFSIZ", "FILE", "math",
	NULL,
};

/* c_reserved as a hash set: mangle runs for every local. */
static bool
is_c_reserved(const char *name)
{
	enum { NSLOT = 512 };
	static const char *slot[NSLOT];
	static bool built;
	if (!built) {
		for (int i = 0; c_reserved[i]; i++) {
			uint32_t h = hash_bytes(c_reserved[i], strlen(c_reserved[i])) % NSLOT;
			while (slot[h])
				h = (h + 1) % NSLOT;
			slot[h] = c_reserved[i];
		}
		built = true;
	}
	for (uint32_t h = hash_bytes(name, strlen(name)) % NSLOT; slot[h]; h = (h + 1) % NSLOT)
		if (!strcmp(slot[h], name))
			return true;
	return false;
}

/* Names C reserves (_Alignof, __x) or that headers define as macros
 * (SIZE_MAX, INT64_C: all capitals with an underscore). */
static bool
is_macro_like(const char *name)
{
	if (name[0] == '_')
		return name[1] == '_' || (name[1] >= 'A' && name[1] <= 'Z');
	bool under = false;
	for (const char *p = name; *p; p++) {
		if (*p == '_')
			under = true;
		else if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return false;
	}
	return under;
}

const char *
mangle(const char *name)
{
	bool ascii = true;
	for (const char *p = name; *p; p++)
		if ((unsigned char)*p >= 0x80)
			ascii = false;
	if (ascii) {
		if (is_c_reserved(name) || is_macro_like(name))
			return xsprintf("%s_", name);
		if (!strncmp(name, "gort_", 5) || !strncmp(name, "GOSUB", 5) ||
			!strncmp(name, "gosub_", 6) || !strncmp(name, "gs_", 3))
			return xsprintf("%s_", name);
		return name;
	}
	Buf b = {0};
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80)
			buf_putc(&b, c);
		else
			buf_printf(&b, "_x%02x", c);
	}
	buf_putc(&b, 0);
	return b.s;
}

/* Package-level names are prefixed: only non-ASCII needs mangling. */
const char *
mangle_global(const char *name)
{
	for (const char *p = name; *p; p++)
		if ((unsigned char)*p >= 0x80)
			return mangle(name);
	return name;
}

const char *
global_cname(Object *o)
{
	if (o->cname)
		return o->cname;
	o->cname = xsprintf("%s__%s", pkg_cprefix(o->pkg), mangle_global(o->name));
	return o->cname;
}

/* The C names in use in the current function, as a hash set over f->names
 * (which other code also appends to): entries are added lazily, and the set is
 * rebuilt when emission moves to another function.  A linear scan here made
 * functions with many same-named locals quadratic (cubic with suffixes). */
static struct {
	FuncCtx *owner;
	void **ownerv;           /* owner->names.v when built: a new or regrown
	                            vector means a different function (FuncCtx
	                            structs are reused on the stack) */
	int done;                /* f->names entries already in the set */
	const char **slot;
	int *nextk;              /* per base name: next suffix to try */
	int cap, n;
} used;

static unsigned
name_hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int
used_add(const char *n)
{
	if (2 * (used.n + 1) > used.cap) {
		int oldcap = used.cap;
		const char **old = used.slot;
		int *oldk = used.nextk;
		used.cap = oldcap ? 2 * oldcap : 64;
		used.slot = xmalloc(sizeof(char *) * used.cap);
		used.nextk = xmalloc(sizeof(int) * used.cap);
		used.n = 0;
		for (int i = 0; i < oldcap; i++)
			if (old[i])
				used.nextk[used_add(old[i])] = oldk[i];
		free(old);
		free(oldk);
	}
	unsigned i = name_hash(n) & (used.cap - 1);
	for (; used.slot[i]; i = (i + 1) & (used.cap - 1))
		if (!strcmp(used.slot[i], n))
			return i;
	used.slot[i] = n;
	used.nextk[i] = 1;
	used.n++;
	return i;
}

/* Returns the slot of n in the set, or -1. */
static int
name_slot(FuncCtx *f, const char *n)
{
	if (used.owner != f || used.ownerv != f->names.v || used.done > f->names.n) {
		used.owner = f;
		used.ownerv = f->names.v;
		used.done = 0;
		used.n = 0;
		if (used.slot)
			memset(used.slot, 0, sizeof(char *) * used.cap);
	}
	for (; used.done < f->names.n; used.done++)
		used_add(f->names.v[used.done]);
	if (!used.cap)
		return -1;
	unsigned i = name_hash(n) & (used.cap - 1);
	for (; used.slot[i]; i = (i + 1) & (used.cap - 1))
		if (!strcmp(used.slot[i], n))
			return i;
	return -1;
}

const char *
local_cname(Object *o)
{
	if (o->cname)
		return o->cname;
	FuncCtx *f = E.fn;
	const char *base = mangle(o->name);
	const char *n = base;
	int b = name_slot(f, base);
	if (b >= 0) {
		/* base is taken: try base_k from where the last search stopped */
		int k = used.nextk[b];
		for (n = xsprintf("%s_%d", base, k); name_slot(f, n) >= 0; k++)
			n = xsprintf("%s_%d", base, k + 1);
		b = name_slot(f, base);     /* the lookups may have grown the table */
		used.nextk[b] = k + 1;
	}
	vec_push(&f->names, (void *)n);
	o->cname = n;
	return n;
}

/* ------------------------------------------------------------ GC frames */

/* o->aux of a frame local: frame_mark lives in gs_fr itself (functions with
 * defer, whose locals must survive longjmp, and large values);
 * frame_reg_mark is a C local the optimiser may keep in registers, copied
 * to its gs_fr slot at every safepoint (spill). */
static int frame_mark, frame_reg_mark;

/* Values up to this size live in C locals and are spilled; larger ones live
 * in the frame, where spilling them would cost a copy per call. */
#define SPILL_MAX_SIZE 32

bool obj_boxed(Object *o);

/* Pointer-holding locals (and heap-cell pointers) live in the frame struct. */
bool
frame_candidate(Object *o)
{
	if (!E.fn || E.fn->noframe || !o || o->kind != O_VAR || o->global)
		return false;
	return obj_boxed(o) || type_has_pointers(o->type);
}

void
frame_add(Object *o)
{
	FuncCtx *f = E.fn;
	for (int i = 0; i < f->frameobjs.n; i++)
		if (f->frameobjs.v[i] == o)
			return;
	local_cname(o);
	Type *t = obj_boxed(o) ? NULL : o->type;
	if (t)
		type_layout(t);
	o->aux = f->spill && (!t || t->size <= SPILL_MAX_SIZE) ? &frame_reg_mark : &frame_mark;
	vec_push(&f->frameobjs, o);
}

bool
frame_in_reg(Object *o)
{
	return o->aux == &frame_reg_mark;
}

const char *
vref(Object *o)
{
	if (!o->cname)
		local_cname(o);
	if (o->aux == &frame_mark && E.fn && !E.fn->noframe)
		return xsprintf("gs_fr.%s", o->cname);
	return o->cname;
}

/* A value of type t that the C of the current function keeps on its stack
 * outside its declared locals (a temporary, a large argument or result):
 * large arrays and structs count toward the stack-need estimate. */
void
count_stack_value(Type *t)
{
	if (!E.fn || !t)
		return;
	type_layout(t);
	if (t->size > 16)
		E.fn->localbytes += t->size;
}

/* Marks the temporary name (of Go type t), just declared and initialised,
 * as a GC root until the end of its C block (see frame_finish). */
const char *
tmp_root(const char *name, Type *t)
{
	FuncCtx *f = E.fn;
	if (t && !type_has_pointers(t))
		count_stack_value(t);   /* not a root, but stack */
	if (!f || f->noframe || !t || !type_has_pointers(t))
		return "";
	TmpRoot *r = xmalloc(sizeof *r);
	r->name = name;
	r->type = t;
	vec_push(&f->tmps, r);
	return xsprintf(TMP_MARK "%d*/ ", f->tmps.n - 1);
}

/* A call into the runtime that may allocate (and so collect) or park: the
 * live pointer-holding locals and temporaries are stored into their frame
 * slots first. */
char *
rt_safepoint(char *call)
{
	if (!E.fn || E.fn->noframe)
		return call;
	return xsprintf(SPILL_OPEN "%s" SPILL_CLOSE, call);
}

/* ------------------------------------------------------------ output */

void
out_line(const char *fmt, ...)
{
	FuncCtx *f = E.fn;
	for (int i = 0; i < f->indent; i++)
		buf_putc(f->out, '\t');
	Buf *out = f->out;
	size_t start = out->n;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(out, fmt, ap);
	va_end(ap);
	while (out->n > start && out->s[out->n - 1] == ' ')   /* an empty tmp_root marker */
		out->s[--out->n] = 0;
	buf_putc(out, '\n');
}

void
out_pos(Pos pos)
{
	if (pos.line <= 0)
		return;
	const char *file = srcfile_name(pos.file);
	buf_printf(E.fn->out, "#line %d \"%s\"\n", pos.line, file ? file : "?");
}

const char *
new_tmp(void)
{
	if (!E.fn)
		return xsprintf("gs_g%d", ++E.nglobaltmp);
	return xsprintf("gs_t%d", ++E.fn->ntmp);
}

const char *
new_label(const char *what)
{
	return xsprintf("gs_%s%d", what, ++E.fn->nlabel);
}

/* ------------------------------------------------------------ literals */

const char *
c_string_lit(const char *s, size_t n)
{
	Buf b = {0};
	buf_putc(&b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			buf_printf(&b, "\\%c", c);
		else if (c == '?' && i + 1 < n && s[i + 1] == '?')
			buf_puts(&b, "\\?");
		else if (c >= 0x20 && c < 0x7f)
			buf_putc(&b, c);
		else if (c == '\n')
			buf_puts(&b, "\\n");
		else if (c == '\t')
			buf_puts(&b, "\\t");
		else
			buf_printf(&b, "\\%03o", c);
	}
	buf_putc(&b, '"');
	buf_putc(&b, 0);
	return b.s;
}

static char *
float_lit(double d, bool f32)
{
	if (d == 0)
		return xstrdup(signbit(d) ? "-0.0" : "0.0");
	if (isinf(d))
		return xstrdup(d > 0 ? "(1.0/0.0)" : "(-1.0/0.0)");
	char *s = xsprintf("%a", d);
	if (f32)
		return xsprintf("((float)%s)", s);
	return s;
}

static char *
int_lit(ConstVal *v, Type *t)
{
	bool uns = is_unsigned(t);
	const char *ct = ctype(t);
	if (uns) {
		uint64_t u = const_uint64(v);
		if (u <= 0x7fffffff)
			return xsprintf("((%s)%lluU)", ct, (unsigned long long)u);
		return xsprintf("((%s)UINT64_C(%llu))", ct, (unsigned long long)u);
	}
	int64_t i = const_int64(v);
	if (i == INT64_MIN)
		return xsprintf("((%s)(-INT64_C(9223372036854775807) - 1))", ct);
	if (i >= -2147483647 && i <= 2147483647) {
		if (t->kind == TY_INT || underlying(t)->kind == TY_INT)
			return i < 0 ? xsprintf("((go_int)%lld)", (long long)i) : xsprintf("%lld", (long long)i);
		return xsprintf("((%s)%lld)", ct, (long long)i);
	}
	return xsprintf("((%s)INT64_C(%lld))", ct, (long long)i);
}

/* Constant v as a C expression of Go type t (untyped: its default type). */
char *
emit_const(ConstVal *v, Type *t)
{
	if (!t || is_untyped(t)) {
		if (t && t->kind == TY_UNTYPED_NIL)
			return xstrdup("NULL");
		switch (v->kind) {
		case CV_BOOL: t = ty_bool; break;
		case CV_STRING: t = ty_string; break;
		case CV_INT: t = (t && t->kind == TY_UNTYPED_RUNE) ? ty_int32 : ty_int; break;
		case CV_FLOAT: t = ty_float64; break;
		case CV_COMPLEX: t = ty_complex128; break;
		default: t = ty_int; break;
		}
	}
	Type *u = underlying(t);
	if (u->kind == TY_INTERFACE) {
		/* constant assigned to an interface: box its default type */
		Type *dt = v->kind == CV_BOOL ? ty_bool : v->kind == CV_STRING ? ty_string :
			v->kind == CV_INT ? ty_int : v->kind == CV_FLOAT ? ty_float64 : ty_complex128;
		return box_to_iface(emit_const(v, dt), dt, t);
	}
	switch (u->kind) {
	case TY_BOOL:
		return xsprintf("((%s)%d)", ctype(t), v->b ? 1 : 0);
	case TY_STRING:
		if (v->slen == 0)
			return xsprintf("((%s){NULL, 0})", ctype(t));
		return xsprintf("((%s){(const uint8_t *)%s, %zu})", ctype(t), c_string_lit(v->s, v->slen),
			v->slen);
	case TY_FLOAT32: case TY_FLOAT64: {
		ConstVal *c = v->kind == CV_FLOAT ? v : const_convert(v, u);
		if (!c) c = v;
		if (u->kind == TY_FLOAT32)
			return float_lit((double)const_float32(c), true);
		char *s = float_lit(const_float64(c), false);
		if (t->kind == TY_NAMED)
			return xsprintf("((%s)%s)", ctype(t), s);
		return s;
	}
	case TY_COMPLEX64: case TY_COMPLEX128: {
		ConstVal *c = const_convert(v, u);
		if (!c) c = v;
		double re, im;
		bool f32 = u->kind == TY_COMPLEX64;
		if (c->kind == CV_COMPLEX) {
			ConstVal r = {0}, i = {0};
			r.kind = CV_FLOAT; i.kind = CV_FLOAT;
			mpq_init(r.re); mpq_init(i.re);
			mpq_set(r.re, c->re); mpq_set(i.re, c->im);
			re = f32 ? const_float32(&r) : const_float64(&r);
			im = f32 ? const_float32(&i) : const_float64(&i);
		} else {
			re = f32 ? const_float32(c) : const_float64(c);
			im = 0;
		}
		return xsprintf("((%s){%s, %s})", ctype(t), float_lit(re, f32), float_lit(im, f32));
	}
	case TY_UNSAFEPTR: case TY_POINTER:
		return xsprintf("((%s)(uintptr_t)UINT64_C(%llu))", ctype(t), (unsigned long long)const_uint64(v));
	default:
		if (is_integer(u)) {
			ConstVal *c = v;
			if (v->kind != CV_INT) {
				c = const_convert(v, u);
				if (!c) c = v;
			}
			return int_lit(c, t);
		}
		return xstrdup("0");
	}
}

/* ------------------------------------------------------------ package */

static void
emit_globals(void)
{
	Package *pkg = E.pkg;
	int nroots = 0;
	for (int i = 0; i < pkg->globals.n; i++) {
		Object *o = pkg->globals.v[i];
		if (!strcmp(o->name, "_"))
			continue;
		/* gc's linker limit; beyond 2 GiB the C would not even link */
		type_layout(o->type);
		if (o->type->size > 2000000000)
			errorf(o->pos, "%s.%s: symbol too large (%lld bytes > 2000000000 bytes)", pkg->path, o->name,
				(long long)o->type->size);
		const char *n = global_cname(o);
		const char *t = ctype_def(o->type);
		buf_printf(&E.hdecls, "extern %s %s;\n", t, n);
		buf_printf(&E.cdecls, "%s %s;\n", t, n);
		if (type_has_pointers(o->type))
			nroots++;
	}
	if (nroots == 0)
		return;
	/* the collector's roots: every pointer-holding global with its type
	 * (type_desc declares descriptors as it goes, so build the list first) */
	Buf list = {0};
	for (int i = 0; i < pkg->globals.n; i++) {
		Object *o = pkg->globals.v[i];
		if (strcmp(o->name, "_") && type_has_pointers(o->type))
			buf_printf(&list, "\t{ &%s, %s },\n", global_cname(o), type_desc(o->type));
	}
	buf_printf(&E.cdecls, "static const GoRoot %s__roots[] __attribute__((section(\"gosub_roots\"), used, aligned(8))) = {\n%s};\n",
		   pkg->cprefix, list.s);
	free(list.s);
}

/* var a, b = f()  /  var x T = e   ->  assignments in gosub_init0 */
static void
emit_init_func(void)
{
	Package *pkg = E.pkg;
	FuncCtx fc = {0};
	Buf body = {0};
	fc.out = &body;
	fc.indent = 1;
	fc.cname = xsprintf("%s__init0", pkg->cprefix);
	fc.litbase = xsprintf("%s__init", pkg->cprefix);
	E.fn = &fc;
	buf_printf(&E.hdecls, "void %s__init0(void);\n", pkg->cprefix);
	for (int i = 0; i < pkg->initorder.n; i++) {
		Node *spec = pkg->initorder.v[i];
		if (spec->list2.n == 0)
			continue;
		out_pos(spec->pos);
		if (spec->list.n == spec->list2.n) {
			for (int j = 0; j < spec->list.n; j++) {
				Node *id = spec->list.v[j];
				Node *val = spec->list2.v[j];
				Object *o = id->obj;
				if (!o || !strcmp(id->name, "_")) {
					out_line("(void)(%s);", expr(val));
					continue;
				}
				out_line("%s = %s;", global_cname(o), expr_to(val, o->type));
			}
		} else {
			/* var a, b = f() */
			Node *val = spec->list2.v[0];
			const char *t = new_tmp();
			Type *tt;
			char *v = tuple_value(val, &tt);   /* also var v, ok = x.(T) */
			out_line("{ %s %s = %s; %s", ctype_def(tt), t, v, tmp_root(t, tt));
			fc.indent++;
			out_line("(void)%s;", t);   /* var _, _ = f() */
			for (int j = 0; j < spec->list.n; j++) {
				Node *id = spec->list.v[j];
				if (!id->obj || !strcmp(id->name, "_"))
					continue;
				Type *rt = tt->kind == TY_TUPLE ? tt->tuple[j] : tt;
				out_line("%s = %s;", global_cname(id->obj),
					convert_value(xsprintf("%s.r%d", t, j), rt, id->obj->type));
			}
			fc.indent--;
			out_line("}");
		}
	}
	for (int i = 0; i < pkg->initfuncs.n; i++) {
		Node *fd = pkg->initfuncs.v[i];
		out_line(SPILL_OPEN "%s__init__%d()" SPILL_CLOSE ";", pkg->cprefix, i + 1);
		(void)fd;
	}
	if (fc.tmps.n)
		out_line(FRAME_POP_MARK);
	buf_putc(&body, 0);
	/* temporaries of the initialisers are GC roots like any function's */
	char *fb = frame_finish_plain(&fc, body.s);
	buf_printf(&E.cfuncs, "void %s__init0(void)\n{\n\tstatic go_bool done;\n\tif (done)\n\t\treturn;\n"
		"\tdone = 1;\n%s}\n\n", pkg->cprefix, fb);
	free(fb);
	free(body.s);
	E.fn = NULL;
}

static void
emit_program_main(Vec *allpkgs)
{
	Buf *c = &E.cfuncs;
	buf_puts(c, "void gosub_program_main(void)\n{\n");
	for (int i = 0; i < allpkgs->n; i++) {
		Package *p = allpkgs->v[i];
		if (p->fake)
			continue;
		if (p != E.pkg)
			buf_printf(&E.cdecls, "void %s__init0(void);\n", p->cprefix);
		buf_printf(c, "\t%s__init0();\n", p->cprefix);
	}
	buf_puts(c, "\tmain__main();\n}\n");
	/* Unoptimised C frames outgrow the entry checks' estimates: -O0 programs
	 * keep 1 KiB below the guard of first stack segments (rt_stack.c). */
	buf_puts(c, "#ifndef __OPTIMIZE__\nconst size_t gort_stack_first_reserve = 1024;\n#endif\n");
}

static const char *
bufstr(Buf *b)
{
	buf_putc(b, 0);
	return b->s;
}

void
emit_package(Package *pkg, FILE *h, FILE *c, bool is_main, Vec *allpkgs)
{
	memset(&E, 0, sizeof E);
	E.pkg = pkg;
	E.is_main = is_main;
	Vec cfiles = stdlib_cfiles(pkg);
	for (int i = 0; i < cfiles.n; i++) {
		size_t n;
		char *s = read_file(cfiles.v[i], &n);
		if (s)
			buf_putn(&E.ctext, s, n);
		free(s);
	}
	buf_putc(&E.ctext, 0);

	emit_package_types();
	emit_globals();
	/* body-less functions (implemented in C): prototypes only */
	for (int i = 0; i < pkg->files.n; i++) {
		SrcFile *sf = pkg->files.v[i];
		if (!sf->ast)
			continue;
		for (int j = 0; j < sf->ast->list2.n; j++) {
			Node *d = sf->ast->list2.v[j];
			if (d->kind == N_FUNCDECL && !d->body)
				emit_funcdecl(d);
		}
	}
	for (int i = 0; i < pkg->funcs.n; i++) {
		Node *fd = pkg->funcs.v[i];
		/* blank functions and methods can never be called */
		if (fd->name && !strcmp(fd->name, "_"))
			continue;
		emit_funcdecl(fd);
	}
	emit_init_func();
	if (is_main)
		emit_program_main(allpkgs);
	emit_descriptors();
	flush_type_defs();

	/* header */
	fprintf(h, "/* %s.h: generated by gosub from package %s. */\n", pkg->cprefix, pkg->path);
	fprintf(h, "#ifndef GOSUB_PKG_%s_H\n#define GOSUB_PKG_%s_H\n", pkg->cprefix, pkg->cprefix);
	fprintf(h, "#include \"gosub_rt.h\"\n");
	for (int i = 0; i < pkg->imports.n; i++) {
		Package *ip = pkg->imports.v[i];
		if (ip->fake)
			continue;
		fprintf(h, "#include \"%s.gosub.h\"\n", ip->cprefix);
	}
	fputs(emit_hfwd(), h);
	fputs(bufstr(&E.htypes), h);
	fputs(emit_hfuncs(), h);
	fputs(bufstr(&E.hdecls), h);
	fprintf(h, "#endif\n");

	/* body */
	fprintf(c, "/* %s.c: generated by gosub from package %s. */\n", pkg->cprefix, pkg->path);
	fprintf(c, "#include \"gosub_rt.h\"\n");
	for (int i = 0; i < pkg->imports.n; i++) {
		Package *ip = pkg->imports.v[i];
		if (ip->fake)
			continue;
		fprintf(c, "#include \"%s.gosub.h\"\n", ip->cprefix);
	}
	fprintf(c, "#include \"%s.gosub.h\"\n\n", pkg->cprefix);
	/* after a recovered panic only volatile results and heap cells are read */
	fprintf(c, "#if !defined(__clang__)\n#pragma GCC diagnostic ignored \"-Wclobbered\"\n#endif\n\n");
	fputs(bufstr(&E.cdecls), c);
	fputs("\n", c);
	fputs(bufstr(&E.cfuncs), c);
	fputs(bufstr(&E.ctail), c);
}
