/*
 * emit.h: private interface between the C emitter's files (emit_c.c,
 * emit_type.c, emit_expr.c, emit_stmt.c, emit_func.c).  Nothing outside the
 * emitter includes it; the public entry point is emit_package in gosub.h.
 *
 * Emission model: expressions are translated to C expression strings (GNU C
 * statement expressions `({ ... })` carry temporaries and checks), statements
 * are written line by line into the current function's buffer.
 */
#ifndef GOSUB_EMIT_H
#define GOSUB_EMIT_H

#include "gosub.h"

/* Go 1.22 per-iteration loop variables (only materialised for captured /
 * address-taken loop variables). */
#define EMIT_PERITER_LOOPVARS 1

/* A loop / switch / select target for break and continue. */
typedef struct Target {
	const char *label;     /* Go label or NULL */
	const char *brk;       /* C label for break */
	const char *cont;      /* C label for continue (NULL: not a loop) */
	struct Target *prev;
} Target;

/* State of the function being emitted. */
typedef struct FuncCtx {
	Node *decl;            /* N_FUNCDECL or N_FUNCLIT */
	Type *sig;             /* TY_FUNC */
	const char *cname;
	Buf *out;
	int indent;
	int ntmp;              /* temporaries */
	int nlabel;            /* C labels */
	Vec names;             /* C names of locals in use (char *) */
	Vec results;           /* Object* of results (named or synthesised) */
	bool has_defer;
	bool has_recover_frame;
	Target *targets;
	Vec captures;          /* Object* captured (closures) */
	struct FuncCtx *outer;
	int nfunclit;          /* func literal counter (top-level function) */
	const char *litbase;   /* name base for nested func literals */
	Node *pending_label;   /* N_LABELED whose statement is being emitted */
	const char *retlabel;  /* label of the shared return path (defer) */
	Vec frameobjs;         /* Object*: locals that have a slot in the GC frame struct gs_fr */
	Vec regparams;         /* Object*: parameters among them kept in C registers */
	bool noframe;          /* package init function: no frame */
	bool spill;            /* small frame locals are C locals spilled at safepoints */
	const char *thunk;     /* C text before the function: morestack record and thunk */
	bool nocheck;          /* small leaf: no entry stack check */
	int64_t localbytes;    /* bytes of declared locals: for the stack-need estimate */
	int64_t need;          /* the estimate (frame_finish) */
	Vec tmps;              /* TmpRoot*: pointer-holding temporaries marked with TMP_MARK */
} FuncCtx;

/* A pointer-holding temporary: from its TMP_MARK to the end of the C block
 * declaring it, it is stored into a gs_fr slot at every safepoint. */
typedef struct TmpRoot {
	const char *name;
	Type *type;
} TmpRoot;

/* Marker replaced by GOSUB_FRAME_POP (or nothing) once the frame is known. */
#define FRAME_POP_MARK "/*gs_pop*/"
/* Markers around a call: replaced by "(spill stores, " and ")" once the
 * function's register-resident frame locals are known, or removed. */
#define SPILL_OPEN "/*gs_sp<*/"
#define SPILL_CLOSE "/*>gs_sp*/"
/* Follows the initialised declaration of temporary number N of fc->tmps:
 * "/" "*gs_tmp:N*" "/" (tmp_root). */
#define TMP_MARK "/*gs_tmp:"
/* Replaced by the function's estimated stack need in bytes. */
#define NEED_MARK "/*gs_need*/"
/* Around the entry stack check, which small leaf functions drop. */
#define CHECK_OPEN "/*gs_chk<*/"
#define CHECK_CLOSE "/*>gs_chk*/"
/* Largest estimated frame (bytes) of a leaf function without a check. */
#define LEAF_MAX_FRAME 256

typedef struct Emitter {
	Package *pkg;
	bool is_main;
	Buf htypes;            /* header: type definitions */
	Buf hdecls;            /* header: prototypes, externs */
	Buf cdecls;            /* c: static prototypes, descriptors, itabs, wrappers */
	Buf cfuncs;            /* c: function definitions */
	Buf ctail;             /* c: data emitted after everything */
	Vec deftypes;          /* Type* whose C definitions were emitted */
	Vec desctypes;         /* Type* whose descriptors were requested */
	int ntypes_described;
	Vec itabs;             /* "iface|type" keys emitted */
	Vec wrappers;          /* names of generated wrappers */
	FuncCtx *fn;
	int nglobaltmp;
	Buf ctext;             /* the package's C files (stdlib), to see what they call */
} Emitter;

extern Emitter E;

/* emit_c.c */
const char *mangle(const char *name);          /* Go identifier -> C-safe identifier */
const char *global_cname(Object *o);
const char *mangle_global(const char *name);           /* package-level func/var/const */
const char *local_cname(Object *o);            /* assigns a unique C name */
const char *vref(Object *o);
char *frame_finish_plain(FuncCtx *fc, const char *body);  /* frame and markers of a plain body */
const char *tmp_root(const char *name, Type *t);   /* TMP_MARK after a temporary's declaration, or "" */
void count_stack_value(Type *t);   /* a large temporary, argument or result: stack-need estimate */
char *commaok_expr(Node *e, Type *tuple);        /* v, ok forms as a tuple value */
char *tuple_value(Node *r, Type **tt);          /* multi-valued call or v, ok form as a tuple */
char *rt_safepoint(char *call);                     /* a runtime call that may allocate or block */                   /* C name of a local (gs_fr.x if in the frame) */
bool frame_candidate(Object *o);
void frame_add(Object *o);
bool frame_in_reg(Object *o);                  /* frame local kept in a C local, spilled */
void out_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void out_pos(Pos pos);                         /* #line directive */
const char *new_tmp(void);
const char *new_label(const char *what);
const char *c_string_lit(const char *s, size_t n);
char *emit_const(ConstVal *v, Type *t);
const char *pkg_cprefix(Package *p);

/* emit_type.c */
const char *ctype(Type *t);                    /* C type name */
const char *ctype_def(Type *t);                /* C type name, definition emitted */
bool self_pointer_type(Type *t);               /* type N *N: void * in C */
const char *ctype_result(Type *sig);           /* C return type of a signature */
const char *tuple_ctype(Type **ts, int n);
const char *type_desc(Type *t);                /* "&name__type" expression */
const char *zero_value(Type *t);
bool is_ptrshaped(Type *t);
bool is_aggregate(Type *t);                    /* struct/array/tuple/string/slice/iface: no == in C */
const char *eq_func(Type *t);                  /* name of go_bool f(const T*, const T*) */
const char *itab_for(Type *iface, Type *concrete);  /* "(const GoItab *)&..." */
const char *method_cname(Type *recvnamed, const char *mname, Package *mpkg);
void emit_type_decls(void);                    /* flush pending descriptors */
const char *unsigned_ctype(Type *t);           /* computation type for wrapping arithmetic */
int type_bits(Type *t);
void type_ptrbits(Type *t, int64_t off, uint8_t *bm, int64_t nwords);
const char *record_desc(const char *name, Type **fields, int n);  /* "&name__gctype" */
uint32_t gort_hash_of(Type *t);
const char *emit_hfuncs(void);
const char *iface_method_ifn(Type *t, Method *m, Type *recvtype, int *path, int npath, bool indirect);

/* emit_expr.c */
/* Calls f on n and every node below it, preorder (func literal bodies too). */
typedef void (*WalkFn)(Node *n, void *ctx);
void walk(Node *n, WalkFn f, void *ctx);
char *expr(Node *e);                           /* value of e */
char *expr_to(Node *e, Type *target);          /* value of e converted for assignment to target */
char *convert_value(char *v, Type *from, Type *to);
char *addr_of(Node *e);                        /* address of addressable e */
char *binop(Op op, Type *t, const char *a, const char *b, Pos pos);
bool has_call(Node *e);
bool has_safepoint(Node *e);                   /* call, receive or allocation inside */
bool value_has_safepoint(Node *e, Type *to);   /* the same, or boxing e into to */
bool needs_hold(Node *e);
bool obj_boxed(Object *o);                      /* pointers read from memory, not a local */
char *call_expr(Node *e, bool want_tuple);
const char *math_intrinsic(Object *o);         /* "__builtin_sqrt" for math.Sqrt, or NULL */
char *map_index_addr(Node *e, bool assign);
char *lvalue(Node *e);                         /* C lvalue for an assignable expression */
Node *unparen(Node *e);
Vec *selpath(Node *sel);
char *box_to_iface(char *v, Type *from, Type *to);
char *func_value(Object *f);                   /* GoFunc * for a top-level function */

const char *closure_fnptr_pub(Type *sig, const char *first);
char *binop_shift_pub(Op op, Type *t, const char *x, const char *s, Type *st);
char *binop_shift_const_pub(Op op, Type *t, const char *x, Node *c);
const char *emit_const_one(Type *t);
bool is_const_node(Node *e);
bool is_nil_node(Node *e);

/* emit_stmt.c */
void stmt(Node *s);
void block(Node *b);
void stmt_list(Vec *l);
void emit_assign_to(Node *lhs, char *v, Type *vt);

/* emit_func.c */
void emit_funcdecl(Node *fd);
char *emit_funclit(Node *lit);
void emit_defer(Node *call);
void emit_go(Node *call);
char *emit_method_value(Node *sel);
char *emit_method_expr(Node *sel);
void func_prologue_params(Type *sig, Node *ftype, Node *recv);
const char *func_signature(const char *name, Type *sig, const char *recvdecl, Node *ftype, bool named_params);

#endif
