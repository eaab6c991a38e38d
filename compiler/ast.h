/*
 * ast.h: the AST builder interface used by the grammar actions in parse.y
 * (implemented in ast.c) and the parser context they share.  Private to the
 * front end: later passes only need gosub.h.
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include "gosub.h"

/* Per-file parser state, passed to the Lemon parser as %extra_context. */
typedef struct ParseCtx {
	int file;
	Node *result;          /* the N_FILE */
	bool failed;           /* a syntax error was reported: stop */
	/* if/for/switch header tracking for the composite-literal rule (see
	 * parse.y): one open-bracket depth per unfinished header. */
	int *hdr;
	const char **hdrkw;    /* "if", "for", "switch": for messages */
	int *hdrsemi;          /* semicolons seen at depth 0 of each header */
	int nhdr, caphdr;
	int prev, prev2;       /* codes of the previous two tokens (-2: none yet) */
	Pos nextpos;           /* for messages placed after the offending token */
} ParseCtx;

static inline Pos tpos(Token t) { return t.pos; }

void syntax_error_at(ParseCtx *c, Pos pos, const char *msg);
void parse_hdr_end(ParseCtx *c);

/* lists */
Vec list_none(void);
Vec list_one(Node *n);
Vec list_add(Vec l, Node *n);
Vec list_prepend(Node *n, Vec l);

/* expressions */
Node *mk_ident(Token t);
Node *mk_basiclit(Token t);
Node *mk_paren(Token lp, Node *x);
Node *mk_selector(Node *x, Token name);
Node *mk_typeassert(Token dot, Node *x, Node *type);
Node *mk_index(Token lb, Node *x, Vec idx);
Node *mk_index2(Token lb, Node *x, Node *first, Vec rest);
Node *mk_slice(Token lb, Node *x, Node *lo, Node *hi, Node *max, bool three);
Node *mk_slice3(ParseCtx *c, Token lb, Node *x, Node *lo, Node *hi, Node *max, Token colon2, Token rb);
Node *mk_call(Token lp, Node *fn, Vec args, bool dots);
Node *mk_complit(ParseCtx *c, Token lb, Node *type, Vec elems, Token rb);
Node *mk_keyvalue(Token colon, Node *k, Node *v);
Node *mk_funclit(Node *ftype, Node *body);
Node *mk_unary(ParseCtx *c, Token op, Node *x);
Node *mk_binary(Token op, Node *x, Node *y);

/* types */
Node *mk_typename(Token name);
Node *mk_qualtype(Token pkg, Token name);
Node *mk_star(Token star, Node *x);
Node *mk_arraytype(Token lb, Node *len, Node *elem);
Node *mk_dotsarray(Token lb, Token dots, Node *elem);
Node *mk_maptype(Token kw, Node *key, Node *val);
Node *mk_chantype(Token kw, ChanDir dir, Node *elem);
Node *mk_sendchantype(Token kw, Token arrow, Node *elem);
Node *mk_functype(ParseCtx *c, Token kw, Vec params, Vec results);
Node *mk_structtype(Token kw, Vec fields);
Node *mk_interfacetype(Token kw, Vec elems);
Node *mk_field(Vec names, Node *type, Token *tag);
Node *mk_embedded(Node *type, Token *tag);
Node *mk_method(Token name, Node *sig);
Node *mk_union(Node *x, Token bar, Node *y);
Node *mk_tilde(Token t, Node *x);
Node *mk_param(Token *name, Token *dots, Node *type);
Vec fix_params(ParseCtx *c, Vec params, bool tparams);
Node *mk_tparam_expr(ParseCtx *c, Node *e);

/* statements */
Node *mk_exprstmt(Node *x);
Node *mk_send(Token arrow, Node *ch, Node *v);
Node *mk_incdec(Token op, Node *x);
Node *mk_assign(Token op, Vec lhs, Vec rhs);
Node *mk_gostmt(ParseCtx *c, Token kw, Node *call);
Node *mk_return(Token kw, Vec results);
Node *mk_branch(Token kw, Token *label);
Node *mk_block(Token lb, Vec stmts, Token rb);
Node *mk_labeled(Token label, Node *stmt);
Node *mk_empty(Token t);
Node *mk_declstmt(Node *decl);
Node *mk_if(ParseCtx *c, Token kw, Node *init, Token *semi, Node *cond, Node *body, Node *els);
Node *mk_for(ParseCtx *c, Token kw, Node *init, Node *cond, Node *post, Node *body);
Node *mk_range(Token kw, Vec lhs, Token *op, Node *x);
Node *mk_forrange(Node *r, Node *body);
Node *mk_switch(ParseCtx *c, Token kw, Node *init, Node *tag, Vec clauses, Token rb);
Node *mk_select(Token kw, Vec clauses);
Node *mk_case(Token kw, Vec exprs, Vec stmts);
Node *mk_commcase(ParseCtx *c, Token kw, Node *comm, Vec stmts);

/* declarations */
Node *mk_gendecl(Token kw, Vec specs);
Node *mk_importspec(Token *name, Token path);
Node *mk_valuespec(Vec names, Node *type, Vec values);
Node *mk_constspec_notype(ParseCtx *c, Vec names, Node *type);
Node *mk_typespec(Token name, Vec tparams, Node *type, bool alias);
Node *mk_funcdecl(Token kw, bool method, Vec recv, Token name, Vec tparams, Node *sig, Node *body, ParseCtx *c);
void mk_file(ParseCtx *c, Token pkg, Token name, Vec imports, Vec decls);

#endif
