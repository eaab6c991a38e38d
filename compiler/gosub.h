/*
 * gosub.h: the compiler's one header.  It defines the data that flows between
 * the passes (tokens, AST, types, objects, constants, packages) and lists each
 * file's exports under a heading naming the file.
 *
 * Pipeline (see main.c / driver.c):
 *   lex.re     source bytes -> tokens (with Go's semicolon insertion)
 *   parse.y    tokens -> AST (Node), via the builders in ast.c
 *   check_*.c  AST -> types, objects and constant values recorded on the nodes
 *   lower_*.c  checked AST -> simpler checked AST (desugaring), then
 *   emit_c.c   -> one C file (+ header) per package, against runtime/gosub_rt.h
 *
 * Ownership rules: all compiler memory is arena-like and never freed (the
 * compiler is a short-lived process).  Strings are NUL-terminated, interned
 * where noted.
 */
#ifndef GOSUB_H
#define GOSUB_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <gmp.h>

typedef struct Node Node;
typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct SrcFile SrcFile;

/* ---------------------------------------------------------------- util.c */

void *xmalloc(size_t n);            /* zeroed; aborts on failure */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
uint32_t hash_bytes(const char *s, size_t n);   /* FNV-1a */
char *xsprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *intern(const char *s, size_t n);   /* same bytes -> same pointer */

/* Growable vector of pointers. */
typedef struct {
	void **v;
	int n, cap;
} Vec;
void vec_push(Vec *v, void *x);
#define VEC_AT(vec, i) ((vec).v[i])

/* Growable byte buffer. */
typedef struct {
	char *s;
	size_t n, cap;
} Buf;
void buf_putc(Buf *b, int c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* ---------------------------------------------------------------- diag.c */

/* A source position.  file indexes the table of loaded files (srcfile_name). */
typedef struct {
	int32_t file;
	int32_t line;   /* 1-based; 0 = unknown */
	int32_t col;    /* 1-based, in bytes as gc counts */
} Pos;

extern int nerrors;
/* errorf prints "file:line:col: message" to stderr, counts it, and keeps going.
 * After 10 errors it prints "too many errors" and exits 1, as gc does. */
void errorf(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* fatal: internal compiler error naming the function; exits 2. */
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int srcfile_add(const char *path);          /* returns its index */
const char *srcfile_name(int file);         /* path as given on the command line */

/* ---------------------------------------------------------------- lex.re */

typedef enum {
	TK_EOF,
	TK_IDENT, TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR, TK_STRING,
	/* keywords */
	TK_BREAK, TK_CASE, TK_CHAN, TK_CONST, TK_CONTINUE, TK_DEFAULT, TK_DEFER,
	TK_ELSE, TK_FALLTHROUGH, TK_FOR, TK_FUNC, TK_GO, TK_GOTO, TK_IF, TK_IMPORT,
	TK_INTERFACE, TK_MAP, TK_PACKAGE, TK_RANGE, TK_RETURN, TK_SELECT, TK_STRUCT,
	TK_SWITCH, TK_TYPE, TK_VAR,
	/* operators; the lexer maps these onto the Lemon token codes */
	TK_OP,
} TokKind;

/* A token is a slice of the source buffer (which is read whole and NUL-terminated). */
typedef struct {
	int code;          /* Lemon token code (parse.h) */
	const char *p;     /* start in source */
	int len;
	Pos pos;
} Token;

typedef struct Lexer Lexer;
Lexer *lexer_new(int file, const char *src, size_t len);
/* Next token; inserts ';' (code TOK_SEMI, text "newline" or "EOF") as the spec says. */
void lexer_next(Lexer *lx, Token *t);

/* ---------------------------------------------------------------- ast.c */

/* Node kinds.  The fields each kind uses are listed beside it; others are unset.
 * Lists (Vec of Node*) are named list/list2.  Names are interned strings. */
typedef enum {
	N_BAD,
	/* expressions */
	N_IDENT,        /* name; after check: obj */
	N_BASICLIT,     /* lit (LIT_*), str = raw source text of the literal */
	N_COMPOSITE,    /* x = type (NULL when elided inside another literal), list = elements
	                   (N_KEYVALUE or expressions) */
	N_FUNCLIT,      /* x = N_FUNCTYPE, body = N_BLOCK */
	N_PAREN,        /* x */
	N_SELECTOR,     /* x, name */
	N_INDEX,        /* x, list = indices (more than one only for generic instantiation) */
	N_SLICE,        /* x, lo, hi, max (each may be NULL), slice3 */
	N_TYPEASSERT,   /* x, y = type; y == NULL for x.(type) in a type switch */
	N_CALL,         /* x = function, list = args, dots = "f(a, b...)" */
	N_STAR,         /* x: *x as a dereference or as a pointer type */
	N_UNARY,        /* op (one of + - ! ^ & <-), x */
	N_BINARY,       /* op, x, y */
	N_KEYVALUE,     /* x = key, y = value (composite literal elements only) */
	/* types */
	N_ARRAYTYPE,    /* x = length (NULL for a slice type, N_ELLIPSIS for [...]T), y = elem */
	N_STRUCTTYPE,   /* list = N_FIELD */
	N_FUNCTYPE,     /* list = params (N_FIELD), list2 = results (N_FIELD), tparams (N_FIELD) */
	N_INTERFACETYPE,/* list = N_FIELD: methods have names + N_FUNCTYPE type; embeddings
	                   and type-set elements have no names (x = type or union) */
	N_MAPTYPE,      /* x = key, y = value */
	N_CHANTYPE,     /* dir (CHAN_*), y = elem */
	N_ELLIPSIS,     /* x = element type, or NULL in [...]T */
	N_FIELD,        /* list = names (N_IDENT; empty if anonymous/embedded), x = type,
	                   str = tag (raw literal text) or NULL, embedded */
	N_UNION,        /* list = terms (N_TILDE or types): constraint unions */
	N_TILDE,        /* x: ~T in a constraint */
	/* statements */
	N_BADSTMT,
	N_DECLSTMT,     /* x = N_GENDECL */
	N_EMPTY,
	N_LABELED,      /* name = label, body = statement */
	N_EXPRSTMT,     /* x */
	N_SEND,         /* x = channel, y = value */
	N_INCDEC,       /* x, op = OP_INC or OP_DEC */
	N_ASSIGN,       /* list = lhs, list2 = rhs, op: OP_ASSIGN (=), OP_DEFINE (:=) or the
	                   binary operator of op= (OP_ADD for +=, ...) */
	N_GO,           /* x = call */
	N_DEFER,        /* x = call */
	N_RETURN,       /* list = results */
	N_BRANCH,       /* op = BR_BREAK/BR_CONTINUE/BR_GOTO/BR_FALLTHROUGH, name = label or NULL */
	N_BLOCK,        /* list = statements; end = position of the closing brace */
	N_IF,           /* init, cond, body (N_BLOCK), els (N_IF, N_BLOCK or NULL) */
	N_CASE,         /* list = expressions or types (empty for default), body2 = statements (Vec
	                   in list2), comm = send/receive statement for select (NULL = default),
	                   isdefault */
	N_SWITCH,       /* init, x = tag (may be NULL), list = N_CASE */
	N_TYPESWITCH,   /* init, name = bound variable or NULL, x = the operand of .(type),
	                   list = N_CASE (list = types; nil is N_IDENT "nil"),
	                   key = the bound variable's N_IDENT (for its position) or NULL */
	N_SELECT,       /* list = N_CASE with comm */
	N_FOR,          /* init, cond, post (each may be NULL), body */
	N_RANGE,        /* key, value (each may be NULL), op = OP_DEFINE/OP_ASSIGN/0, x, body */
	/* declarations */
	N_GENDECL,      /* op = TK_IMPORT/TK_CONST/TK_TYPE/TK_VAR, list = specs */
	N_IMPORTSPEC,   /* name = local name or NULL ("." and "_" allowed), str = path (unquoted) */
	N_VALUESPEC,    /* list = names (N_IDENT), x = type or NULL, list2 = values; iota
	                   for consts; for a const spec with no values the parser leaves list2
	                   empty and the checker repeats the previous spec's expressions */
	N_TYPESPEC,     /* name, tparams (N_FIELD list), x = type, alias ("type A = B") */
	N_FUNCDECL,     /* name, recv (N_FIELD or NULL), x = N_FUNCTYPE, body (NULL if none) */
	N_FILE,         /* name = package name, list = N_GENDECL imports, list2 = other decls */
} NodeKind;

typedef enum { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;
typedef enum { CHAN_BOTH, CHAN_SEND, CHAN_RECV } ChanDir;
typedef enum { BR_BREAK, BR_CONTINUE, BR_GOTO, BR_FALLTHROUGH } BranchKind;

typedef enum {
	OP_NONE,
	/* binary */
	OP_OROR, OP_ANDAND,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
	OP_ADD, OP_SUB, OP_OR, OP_XOR,
	OP_MUL, OP_DIV, OP_REM, OP_SHL, OP_SHR, OP_AND, OP_ANDNOT,
	/* unary (OP_ADD/OP_SUB/OP_XOR are reused for unary + - ^) */
	OP_NOT, OP_ADDR, OP_RECV,
	/* statements */
	OP_ASSIGN, OP_DEFINE, OP_INC, OP_DEC,
} Op;

const char *op_string(Op op);   /* "+", "&&", ... as Go writes it */

/* Addressing mode of a checked expression (types2's operand modes). */
typedef enum {
	M_INVALID,
	M_NOVALUE,     /* call of a function with no results */
	M_BUILTIN,     /* a builtin function name, only callable */
	M_TYPE,        /* the expression denotes a type */
	M_CONST,       /* constant; val holds the value */
	M_VAR,         /* addressable variable */
	M_MAPINDEX,    /* m[k]: assignable, not addressable; comma-ok capable */
	M_VALUE,       /* any other value */
	M_COMMAOK,     /* value that may be used in a comma-ok assignment
	                  (x.(T), <-ch); the checker marks commaok on the node when used so */
} Mode;

/* An exact constant value (check_const.c).  Ints are mpz, floats exact rationals. */
typedef enum { CV_NONE, CV_BOOL, CV_STRING, CV_INT, CV_FLOAT, CV_COMPLEX } ConstKind;
typedef struct ConstVal {
	ConstKind kind;
	bool b;
	const char *s; size_t slen;   /* string bytes (may contain NUL) */
	mpz_t i;
	mpq_t re, im;                 /* CV_FLOAT uses re; CV_COMPLEX uses both */
} ConstVal;

struct Node {
	NodeKind kind;
	Pos pos;
	Op op;
	LitKind lit;
	ChanDir dir;
	bool dots, slice3, embedded, alias, isdefault, commaok;
	const char *name;
	const char *str;
	int iota;                 /* N_VALUESPEC in a const decl: its index in the group */
	Node *x, *y;
	Node *lo, *hi, *max;
	Node *init, *cond, *post, *body, *els, *comm, *key, *value, *recv;
	Vec list, list2, tparams;
	Pos end;                  /* N_BLOCK / N_FUNCLIT / composite: closing brace */

	/* Filled in by the checker. */
	Mode mode;
	Type *type;               /* type of the expression (or the type it denotes) */
	ConstVal *val;            /* M_CONST */
	Object *obj;              /* N_IDENT: the object it denotes; N_SELECTOR: field/method/pkg member;
	                             N_FUNCDECL/N_FUNCLIT: the function object; N_TYPESWITCH with a name:
	                             one implicit object per clause is in each N_CASE's obj */
	Vec path;                 /* N_SELECTOR: embedded-field indices (as intptr_t) leading to the
	                             field or method, outermost first, last = the field itself for fields */
	int selkind;              /* SEL_* for N_SELECTOR */
	int builtin;              /* N_CALL of a builtin: BI_*; conversions: BI_CONVERT */
	Scope *scope;             /* blocks, funcs, clauses */
	void *aux;                /* free for later passes (lowering/emission) */
};

enum { SEL_NONE, SEL_PKG, SEL_FIELD, SEL_METHOD, SEL_METHODEXPR, SEL_IFACEMETHOD };

/* What the checker records beyond the field comments above (check_*.c):
 * - Types: after checking, no expression keeps an untyped type except untyped
 *   nil (ty_untyped_nil, also on `case nil` in type switches).  Constants
 *   (mode M_CONST) always have val, converted/rounded to node->type (float32
 *   values are rounded to float32).  Untyped operands of comparisons get their
 *   default types; the comparison itself gets the context's boolean type.  A
 *   non-constant shift of an untyped constant (1 << s) gets its type from the
 *   context like the constant would, and so does its left operand.
 * - N_IDENT `_` on the left of = (and in for-range =) has mode M_VAR, obj NULL
 *   and type = the assigned value's type.  Const spec names keep untyped types.
 * - N_SELECTOR: SEL_FIELD: obj is a fresh O_VAR for the field (name, type,
 *   index = field index in its struct); path = indices of the embedded fields
 *   followed by the field's own index.  Implicit dereferences: walk x->type
 *   through path; wherever the current type is a pointer (x itself or an
 *   embedded *T field) a -> is needed.  SEL_METHOD: obj = the method's O_FUNC
 *   (obj->recv is T or *T, so compare with the receiver expression to add
 *   & or *), path = embedded fields leading to the type declaring it.
 *   SEL_IFACEMETHOD: the method comes from an interface: x's interface type
 *   (path empty) or an embedded interface field reached through path; obj = the
 *   interface method's O_FUNC.  SEL_METHODEXPR (T.M, (*T).M, I.M): type is the
 *   func type with the receiver as first parameter.  SEL_PKG: obj = member.
 * - N_CALL: builtin = BI_* (also set for unsafe.X), BI_CONVERT for T(x).  A
 *   call f(g()) or builtin(g()) with multi-value g has one argument whose type
 *   is a TY_TUPLE.  Variadic packing: when x's func type is variadic and !dots,
 *   the arguments from nparams-1 on are packed into a new []T.  Calls with no
 *   result have mode M_NOVALUE and an empty TY_TUPLE type; with several
 *   results, a TY_TUPLE.
 * - Comma-ok: rhs->commaok is set on m[k], x.(T), <-ch used with two lhs
 *   (assignments, :=, var specs); node->type is the value's type.
 * - Composite literals with elided types get node->type from the context;
 *   an elided &T{...} (element of []*T, map[K]*T...) is an N_COMPOSITE whose
 *   type is the pointer type *T (allocate and take the address).  [...]T
 *   literals get the array type with the computed length.
 * - N_TYPESPEC.obj is its O_TYPE object; N_IMPORTSPEC.obj its O_PKG (if named).
 * - Objects: func = enclosing N_FUNCDECL/N_FUNCLIT (also for params/results,
 *   type-switch clause vars, range vars); global set on package-level vars and
 *   funcs (methods included).  Type-switch clause objects are in N_CASE.obj.
 * - Package: initorder lists each var N_VALUESPEC once (first initialised),
 *   initassigns the exact per-variable order, inits all package-level var
 *   objects in initialisation order (blank vars included). */

Node *node_new(NodeKind k, Pos pos);
void ast_dump(FILE *f, Node *n, int indent);   /* gosub --dump=ast */
Pos node_startpos(Node *n);                    /* leftmost position of an expression */

/* ---------------------------------------------------------------- parse.y */

/* Parses one file; returns N_FILE or NULL after reporting syntax errors. */
Node *parse_file(int file, const char *src, size_t len);

/* ---------------------------------------------------------------- types.c */

typedef enum {
	TY_INVALID,
	TY_BOOL,
	TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128,
	TY_STRING, TY_UNSAFEPTR,
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
	TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
	TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
	TY_MAP, TY_CHAN,
	TY_NAMED,     /* defined type: obj, underlying, methods */
	TY_TUPLE,     /* multiple results: list */
	TY_TYPEPARAM, /* reserved: generics are reported unsupported for now */
} TypeKind;

typedef struct Field {
	const char *name;      /* for embedded fields: the type's name */
	Type *type;
	const char *tag;       /* unquoted tag or NULL */
	bool embedded;
	Package *pkg;          /* package of an unexported name */
	int64_t offset;
} Field;

typedef struct Method {
	const char *name;
	Object *func;          /* O_FUNC; func->type is the signature without receiver */
	bool ptrrecv;          /* declared on *T */
	Package *pkg;          /* for unexported names */
} Method;

struct Type {
	TypeKind kind;
	Type *elem;            /* array, slice, pointer, chan, map value */
	Type *key;             /* map key */
	int64_t len;           /* array length */
	ChanDir dir;
	Field *fields; int nfields;          /* struct */
	Type **params; int nparams;          /* func (params[nparams-1] is []T if variadic) */
	Type **results; int nresults;
	bool variadic;
	Method *methods; int nmethods;       /* named: declared methods; interface: full method set
	                                        (sorted by name, embedded interfaces flattened) */
	Type **embeds; int nembeds;          /* interface: embedded types, before flattening */
	bool comparable_only;                /* interface is `comparable` or embeds it */
	Type **tuple; int ntuple;            /* TY_TUPLE */
	Object *obj;                         /* TY_NAMED: the type name */
	Type *underlying;                    /* TY_NAMED: its underlying type (never NAMED) */
	int64_t size, align;                 /* computed by type_layout (amd64 rules) */
	int id;                              /* unique per canonical type, for hashing */
	const char *cname;                   /* emitter's C name, cached */
	void *aux;
};

/* Predeclared and canonical types.  Composite types are hash-consed: the same
 * structure gives the same Type*, so pointer equality is type identity. */
extern Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
	*ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
	*ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr,
	*ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
	*ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil,
	*ty_error, *ty_any, *ty_comparable;
/* byte and rune are aliases: ty_uint8 and ty_int32 */

Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *val);
Type *type_chan(Type *elem, ChanDir dir);
Type *type_func(Type **params, int np, Type **results, int nr, bool variadic);
Type *type_tuple(Type **ts, int n);
Type *type_struct(Field *fields, int n);     /* copies fields */
Type *type_interface(Method *ms, int n, Type **embeds, int ne);
Type *type_named(Object *obj);               /* underlying set later */

Type *underlying(Type *t);
bool type_identical(Type *a, Type *b);
bool is_untyped(Type *t);
bool is_integer(Type *t), is_unsigned(Type *t), is_float(Type *t), is_complex(Type *t),
	is_numeric(Type *t), is_string(Type *t), is_boolean(Type *t);
bool is_interface(Type *t);
bool type_comparable(Type *t);
bool type_has_pointers(Type *t);
void type_layout(Type *t);                   /* fills size and align */
/* gc's spelling of a type for diagnostics and %T: "main.Point", "[]int",
 * "map[string]interface {}", "func(int) (string, error)". qualify: with package. */
const char *type_string(Type *t);
Type *default_type(Type *t);                 /* untyped -> default typed */

/* Method and field lookup through embedding (types2's LookupFieldOrMethod).
 * Returns the Field or Method found, fills path with the embedded field indices
 * and sets *indirect when a pointer was followed. */
typedef struct {
	int kind;               /* SEL_FIELD, SEL_METHOD, or SEL_NONE (not found / ambiguous) */
	Field *field;
	Method *method;
	Type *recvtype;         /* the (named) type that declares the method or holds the field */
	int path[16]; int npath;
	bool indirect;
	bool ambiguous;
} Lookup;
Lookup lookup_field_or_method(Type *t, bool addressable, const char *name, Package *pkg);
/* Does t implement interface iface? On failure writes the missing method name. */
bool implements(Type *t, Type *iface, const char **missing, bool *wrongptr);

/* ---------------------------------------------------------------- scope.c */

typedef enum { O_BAD, O_VAR, O_CONST, O_TYPE, O_FUNC, O_PKG, O_BUILTIN, O_NIL, O_LABEL } ObjKind;

typedef enum {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
	BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL,
	BI_RECOVER,
	BI_UNSAFE_SIZEOF, BI_UNSAFE_ALIGNOF, BI_UNSAFE_OFFSETOF, BI_UNSAFE_ADD,
	BI_UNSAFE_SLICE, BI_UNSAFE_STRING, BI_UNSAFE_STRINGDATA,
	BI_CONVERT,     /* N_CALL that is a conversion T(x) */
} Builtin;

struct Object {
	ObjKind kind;
	const char *name;
	Pos pos;
	Type *type;
	Package *pkg;           /* declaring package (NULL for universe) */
	Node *decl;             /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL / N_FIELD / ... */
	ConstVal *val;          /* O_CONST */
	Builtin builtin;        /* O_BUILTIN */
	Package *imported;      /* O_PKG: the package it names */
	Type *recv;             /* O_FUNC method: receiver type (T or *T) */
	bool global;            /* package-level var/func */
	bool param, result;     /* function parameter / named or unnamed result */
	bool used;
	bool captured;          /* referenced from a nested function literal */
	bool addrtaken;         /* &x taken, or captured by a closure: must live on the heap
	                           (escape analysis may refine this later) */
	Node *func;             /* enclosing N_FUNCDECL / N_FUNCLIT for locals */
	int index;              /* free for later passes */
	const char *cname;      /* C name chosen by the emitter */
	bool nosafepoint;       /* emitted func: calling it cannot reach a GC safepoint */
	void *aux;
};

struct Scope {
	Scope *parent;
	Vec objs;               /* Object*, in declaration order */
	bool isfunc;            /* function scope boundary (for closure capture) */
	void *table;            /* lookup table (scope.c) */
};

Scope *scope_new(Scope *parent);
Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name, Scope **found);
Object *scope_insert(Scope *s, Object *o);     /* returns existing obj on conflict */
Object *object_new(ObjKind k, const char *name, Pos pos);
extern Scope *universe;
void universe_init(void);

/* ---------------------------------------------------------------- package.c */

struct SrcFile {
	int file;               /* srcfile index */
	const char *path;
	char *src; size_t len;
	Node *ast;              /* N_FILE */
	Scope *scope;           /* file scope (imports) */
};

/* One package-level initialisation `lhs... = rhs`: either one var with its own
 * expression, or several vars sharing one multi-value rhs (`var a, b = f()`,
 * `var v, ok = m[k]` with rhs->commaok set).  Blank vars are included as
 * objects named "_". */
typedef struct InitAssign {
	Object **lhs;
	int nlhs;
	Node *rhs;
} InitAssign;

struct Package {
	const char *path;       /* import path: "main", "fmt", "unicode/utf8", "example.com/m/sub" */
	const char *name;       /* package clause name */
	const char *cprefix;    /* C name prefix: "main", "fmt", "unicode_utf8" */
	const char *dir;        /* source directory */
	Vec files;              /* SrcFile* */
	Vec imports;            /* Package* (direct imports, in order) */
	Scope *scope;           /* package scope */
	Vec inits;              /* Object* of package-level vars in initialisation order
	                           (each element: N_VALUESPEC node with its lhs/rhs), see check */
	Vec initorder;          /* Node* N_VALUESPEC in dependency order */
	Vec initassigns;        /* InitAssign*: package-level var initialisations in the
	                           spec's dependency order (check_decl.c); vars without an
	                           initialiser are not listed (they stay zero) */
	Vec initfuncs;          /* Node* N_FUNCDECL named init, in source order */
	Vec funcs;              /* Node* all N_FUNCDECL (with bodies) */
	Vec funclits;           /* Node* all N_FUNCLIT */
	Vec types;              /* Object* of all type names declared (incl. local types) */
	Vec globals;            /* Object* package-level vars */
	bool checked;
	bool fake;              /* "unsafe" */
	int order;              /* position in the topological import order */
	void *aux;
};

/* Loads (parses) the package at an import path, searching stdlib and the module;
 * caches by path. Errors reported at `pos` of the importing spec. */
Package *package_load(const char *importpath, Pos pos);
Package *package_load_files(const char *path, const char **files, int nfiles);
char *read_file(const char *path, size_t *lenp);   /* NUL-terminated, or NULL */
Vec stdlib_cfiles(Package *pkg);                     /* a stdlib package's C files */
extern const char *gosub_stdlib_dir;     /* <prefix>/stdlib */
Vec *package_all(void);                  /* every loaded package, imports first */
extern const char *gosub_module_dir;     /* dir of go.mod, if any */
extern const char *gosub_module_path;    /* module path from go.mod */

/* ---------------------------------------------------------------- check_*.c */

/* Type-checks pkg (its imports first).  Reports errors; returns false if any. */
bool check_package(Package *pkg);
/* check_const.c */
ConstVal *const_new(ConstKind k);
ConstVal *const_from_lit(Node *lit);     /* NULL + error on malformed */
ConstVal *const_binary(Op op, ConstVal *x, ConstVal *y, bool integer_division);
ConstVal *const_unary(Op op, ConstVal *x, Type *t);
ConstVal *const_shift(Op op, ConstVal *x, uint64_t s);
bool const_compare(Op op, ConstVal *x, ConstVal *y);
ConstVal *const_convert(ConstVal *v, Type *t);  /* NULL if not representable */
bool const_representable(ConstVal *v, Type *t, ConstVal **rounded);
int64_t const_int64(ConstVal *v);
uint64_t const_uint64(ConstVal *v);
double const_float64(ConstVal *v);       /* correctly rounded (round to nearest even) */
float const_float32(ConstVal *v);
const char *const_string(ConstVal *v);   /* gc's text for diagnostics: "256", "1e+100", "\"x\"" */

/* ---------------------------------------------------------------- lower_*.c / emit_c.c */

/* Emits pkg as C: the package header (types, prototypes, externs) to h, the
 * body to c.  main: also emits the C main() that initialises packages in order. */
void emit_package(Package *pkg, FILE *h, FILE *c, bool is_main, Vec *allpkgs);

/* ---------------------------------------------------------------- driver.c */

extern int opt_dump_ast, opt_dump_types;

#endif
