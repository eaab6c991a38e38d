/*
 * check.h: declarations shared by the type checker's files (types.c, scope.c,
 * check_*.c).  Private to the checker; the rest of the compiler uses gosub.h.
 */
#ifndef CHECK_H
#define CHECK_H

#include "gosub.h"

/* Per-object checking state, kept in Object.aux while the package is checked
 * (cleared when check_package returns). */
typedef enum { DS_UNRESOLVED, DS_RESOLVING, DS_DONE } DeclState;

typedef struct DeclInfo {
	DeclState state;
	SrcFile *file;          /* file whose scope resolves the declaration */
	Node *spec;             /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL */
	Node *typexpr;          /* declared type or NULL */
	Node *init;             /* initialiser (single expression) or NULL */
	int iota;
	Vec lhs;                /* Object*: all vars initialised together by init (multi-value) */
	Vec deps;               /* Object*: package-level vars/funcs this decl refers to */
	bool init_done;         /* initialisation order: emitted */
	bool mark;              /* initialisation order: on the DFS stack */
	bool visited;           /* initialisation cycles: done */
	bool inherited;         /* const spec repeating the previous spec's expressions */
} DeclInfo;

typedef struct PendingIface {
	Type *t;
	Method *explicit_; int nexplicit;
	Pos pos;
} PendingIface;

/* The state of the package being checked. */
typedef struct Checker {
	Package *pkg;
	SrcFile *file;
	Scope *scope;
	Node *func;             /* enclosing N_FUNCDECL/N_FUNCLIT, NULL at package level */
	Type *sig;              /* its signature */
	Object *declobj;        /* package-level object whose declaration is being checked */
	Vec untyped;            /* Node*: expressions recorded with an untyped type */
	Vec pending;            /* PendingIface*: interfaces to complete */
	Vec dotimports;         /* Object* (O_PKG) of dot imports, for unused checks */
	Vec nobody;             /* Node*: body-less funcs, reported if no other error */
	Vec mapkeys;            /* Node*: N_MAPTYPE whose key type was incomplete */
	Vec arrays;             /* Node*: N_ARRAYTYPE, size checked once its element is complete */
	int iota;               /* current iota or -1 */
	Pos errpos;             /* if set (line > 0), where diagnostics are reported */
	bool embedding;         /* checking an interface's embedded element */
	const char *tspell;     /* spelling of the target type in check_assignable, or NULL */
} Checker;

extern Checker *chk;

/* All checker diagnostics go through check_errorf, which can redirect them
 * (errors in a const spec's repeated expressions point at the spec's name). */
void check_errorf(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define errorf check_errorf
extern int check_nerrors;     /* diagnostics reported by the checker so far */

/* Diagnostics about an expression point at its leftmost position (as types2 does). */
static inline Pos epos(Node *n) { return node_startpos(n); }

/* types.c */
void types_init(void);
const char *type_string_rel(Type *t, Package *rel);  /* types2 spelling for diagnostics */
bool is_named(Type *t);
bool is_pointer(Type *t);
bool is_const_type(Type *t);
bool bad_type(Type *t);       /* invalid, or a defined type whose underlying type is invalid */
Type *type_interface_pending(Method *ms, int n, Type **embeds, int ne);
bool type_assignable(Type *v, Type *t, const char **reason);
Method *iface_method(Type *iface, const char *name, int *index);
void type_sort_methods(Method *ms, int n);
bool missing_method(Type *t, Type *iface, bool isstatic, const char **name,
	bool *wrongptr, bool *wrongtype);

/* scope.c */
Object *scope_declare(Scope *s, Object *o);   /* reports redeclaration */
Scope *unsafe_scope(Package *pkg);

/* check_const.c */
ConstVal *const_bool(bool b);
ConstVal *const_int(int64_t v);
ConstVal *const_str(const char *s, size_t n);
ConstVal *const_to_kind(ConstVal *v, ConstKind k);  /* widen int->float->complex */
bool const_is_int(ConstVal *v);                     /* integral value (any kind) */
int const_sign(ConstVal *v);
ConstKind const_kind_of(Type *t);
const char *const_string_full(ConstVal *v);
double const_round(mpq_t q, int mant, int emin, int emax, bool *overflow);

/* check_expr.c */
void check_expr(Node *n, Type *hint);                  /* single value or type or novalue */
void check_expr_or_type(Node *n);
void check_multi(Node *n);                             /* allows tuples */
Type *check_type(Node *n);                             /* type expression */
void complete_pending_ifaces(void);
void convert_untyped(Node *n, Type *target);           /* n is untyped; gives it the type */
bool check_assignable(Node *n, Type *t, const char *context); /* assignability + untyped conversion */
void use_exprs(Vec *list);
const char *expr_string(Node *n);
const char *type_spelling(Node *tx, Type *t);   /* "[]byte" for []uint8 written so, or NULL */
const char *missing_reason(Type *v, Type *t);  /* "T does not implement I (...)" or NULL */
const char *types_of(Vec *args, int from);   /* "(number, string)" as gc summarises operands */
const char *operand_string(Node *n);
void record_untyped(Node *n);
void finalize_untyped(void);
bool is_addressable(Node *n);
void check_call(Node *n);
Type *check_funcsig(Node *ft, Node *recv, Scope *s, Object **recvobj);
void check_composite(Node *n, Type *hint);
void check_selector(Node *n, bool allowtype);
void note_use(Object *o, Node *id);
void check_conversion(Node *n, Type *t);

/* check_builtin.c */
void check_builtin(Node *call, Object *bi);

/* check_stmt.c */
void check_func_body(Node *fn, Type *sig, Node *body);
void check_stmt_list(Vec *list);
void check_block(Node *b);

/* check_decl.c */
void check_object(Object *o);
void check_local_decl(Node *gendecl);
DeclInfo *declinfo(Object *o);
Type *named_underlying_resolve(Type *t);

#endif
