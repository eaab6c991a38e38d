/*
 * ast.c: AST nodes, the builders called by the grammar actions in parse.y,
 * ast_dump (gosub --dump=ast) and op_string.
 *
 * Positions (chosen to match what gc reports for the errors later passes give):
 *   N_IDENT, N_BASICLIT      the token
 *   N_BINARY                 the operator (types2 reports operator errors there)
 *   N_UNARY, N_STAR          the operator (= the start)
 *   N_CALL                   the '(' ; N_INDEX, N_SLICE the '['
 *   N_SELECTOR               the selected name after the dot (types2 reports
 *                            "x.f undefined" at the name)
 *   N_TYPEASSERT             the '.' ; N_PAREN the '(' ; N_KEYVALUE the ':'
 *   N_COMPOSITE              the '{' (end = the '}')
 *   N_FUNCLIT, N_FUNCTYPE    the 'func' keyword
 *   type literals            their first token
 *   N_ASSIGN, N_INCDEC       the operator; N_SEND the '<-'
 *   N_EXPRSTMT               the start of the expression
 *   keyword statements       the keyword; N_BLOCK the '{' (end = the '}')
 *   N_CASE                   'case' or 'default'
 *   N_GENDECL                the keyword; N_VALUESPEC its first name
 *   N_TYPESPEC, N_FUNCDECL   the declared name; N_IMPORTSPEC its first token
 *   N_FIELD                  its first name, or its type's start when anonymous
 * node_startpos gives the leftmost position of any expression.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "ast.h"
#include "parse.h"

/* Nodes are never freed: carve them out of large zeroed chunks, growing
 * from 1MB to 16MB; big chunks ask for transparent huge pages, which saves
 * most of the page faults on large inputs. */
Node *node_new(NodeKind k, Pos pos)
{
	static Node *chunk;
	static size_t left, next = 1 << 20;
	if (left == 0) {
		size_t bytes = next;
		if (next < (16u << 20))
			next *= 2;
		/* Fresh anonymous memory is already zero: no memset, which
		 * would fault in and clear every page twice. */
		void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			p = xmalloc(bytes);
#ifdef MADV_HUGEPAGE
		else if (bytes >= (2u << 20))
			madvise(p, bytes, MADV_HUGEPAGE);
#endif
		chunk = p;
		left = bytes / sizeof *chunk;
	}
	Node *n = chunk++;
	left--;
	n->kind = k;
	n->pos = pos;
	return n;
}

/* Leftmost source position of an expression or statement. */
Pos node_startpos(Node *n)
{
	for (;;) {
		switch (n->kind) {
		case N_BINARY: case N_CALL: case N_INDEX: case N_SLICE: case N_SELECTOR:
		case N_TYPEASSERT: case N_KEYVALUE:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_COMPOSITE:
			if (!n->x)
				return n->pos;
			n = n->x;
			break;
		case N_EXPRSTMT: case N_SEND: case N_INCDEC:
			n = n->x;
			break;
		case N_ASSIGN:
			if (n->list.n == 0)
				return n->pos;
			n = VEC_AT(n->list, 0);
			break;
		default:
			return n->pos;
		}
	}
}

/* ---- lists */

Vec list_none(void)
{
	return (Vec){0};
}

Vec list_one(Node *n)
{
	Vec v = {0};
	vec_push(&v, n);
	return v;
}

Vec list_add(Vec l, Node *n)
{
	vec_push(&l, n);
	return l;
}

Vec list_prepend(Node *n, Vec l)
{
	Vec v = list_one(n);
	for (int i = 0; i < l.n; i++)
		vec_push(&v, VEC_AT(l, i));
	return v;
}

/* ---- errors raised by builders */

static void berror(ParseCtx *c, Pos pos, const char *msg)
{
	syntax_error_at(c, pos, msg);
}

/* ---- expressions */

Node *mk_ident(Token t)
{
	Node *n = node_new(N_IDENT, t.pos);
	n->name = intern(t.p, t.len);
	return n;
}

Node *mk_basiclit(Token t)
{
	Node *n = node_new(N_BASICLIT, t.pos);
	switch (t.code) {
	case TOK_INT: n->lit = LIT_INT; break;
	case TOK_FLOAT: n->lit = LIT_FLOAT; break;
	case TOK_IMAG: n->lit = LIT_IMAG; break;
	case TOK_CHAR: n->lit = LIT_CHAR; break;
	default: n->lit = LIT_STRING; break;
	}
	n->str = xstrndup(t.p, t.len);
	return n;
}

Node *mk_paren(Token lp, Node *x)
{
	Node *n = node_new(N_PAREN, lp.pos);
	n->x = x;
	return n;
}

Node *mk_selector(Node *x, Token name)
{
	Node *n = node_new(N_SELECTOR, name.pos);
	n->x = x;
	n->name = intern(name.p, name.len);
	return n;
}

Node *mk_typeassert(Token dot, Node *x, Node *type)
{
	Node *n = node_new(N_TYPEASSERT, dot.pos);
	n->x = x;
	n->y = type;
	return n;
}

Node *mk_index(Token lb, Node *x, Vec idx)
{
	Node *n = node_new(N_INDEX, lb.pos);
	n->x = x;
	n->list = idx;
	return n;
}

Node *mk_index2(Token lb, Node *x, Node *first, Vec rest)
{
	Vec v = list_one(first);
	for (int i = 0; i < rest.n; i++)
		vec_push(&v, VEC_AT(rest, i));
	return mk_index(lb, x, v);
}

Node *mk_slice(Token lb, Node *x, Node *lo, Node *hi, Node *max, bool three)
{
	Node *n = node_new(N_SLICE, lb.pos);
	n->x = x;
	n->lo = lo;
	n->hi = hi;
	n->max = max;
	n->slice3 = three;
	return n;
}

Node *mk_slice3(ParseCtx *c, Token lb, Node *x, Node *lo, Node *hi, Node *max, Token colon2, Token rb)
{
	if (!hi)
		berror(c, colon2.pos, "middle index required in 3-index slice");
	else if (!max)
		berror(c, rb.pos, "final index required in 3-index slice");
	return mk_slice(lb, x, lo, hi, max, true);
}

Node *mk_call(Token lp, Node *fn, Vec args, bool dots)
{
	Node *n = node_new(N_CALL, lp.pos);
	n->x = fn;
	n->list = args;
	n->dots = dots;
	return n;
}

Node *mk_complit(ParseCtx *c, Token lb, Node *type, Vec elems, Token rb)
{
	if (type && type->kind == N_PAREN)
		berror(c, lb.pos, "syntax error: cannot parenthesize type in composite literal");
	Node *n = node_new(N_COMPOSITE, lb.pos);
	n->x = type;
	n->list = elems;
	n->end = rb.pos;
	return n;
}

Node *mk_keyvalue(Token colon, Node *k, Node *v)
{
	Node *n = node_new(N_KEYVALUE, colon.pos);
	n->x = k;
	n->y = v;
	return n;
}

Node *mk_funclit(Node *ftype, Node *body)
{
	Node *n = node_new(N_FUNCLIT, ftype->pos);
	n->x = ftype;
	n->body = body;
	n->end = body->end;
	return n;
}

Node *mk_unary(ParseCtx *c, Token op, Node *x)
{
	Node *n;
	switch (op.code) {
	case TOK_STAR:
		return mk_star(op, x);
	case TOK_ARROW:
		/* <-chan T parses as a receive from a channel type: make it a
		 * receive-only channel type, re-associating <-chan chan T as gc does */
		if (x->kind == N_CHANTYPE) {
			/* <-x with x a channel type: the arrow belongs to the leftmost
			 * chan, so <-chan<- chan T is <-chan (<-chan T) */
			Pos at = op.pos;
			for (Node *t = x; t && t->kind == N_CHANTYPE; t = t->y) {
				ChanDir d = t->dir;
				if (d == CHAN_RECV) {
					berror(c, at, "syntax error: unexpected <-, expecting chan");
					break;
				}
				Pos next = t->end;   /* the arrow of chan<- */
				t->dir = CHAN_RECV;
				t->pos = at;
				if (d == CHAN_BOTH)
					break;
				if (!t->y || t->y->kind != N_CHANTYPE) {
					berror(c, at, "syntax error: unexpected <-, expecting chan");
					break;
				}
				at = next;
			}
			return x;
		}
		n = node_new(N_UNARY, op.pos);
		n->op = OP_RECV;
		break;
	default:
		n = node_new(N_UNARY, op.pos);
		switch (op.code) {
		case TOK_PLUS: n->op = OP_ADD; break;
		case TOK_MINUS: n->op = OP_SUB; break;
		case TOK_NOT: n->op = OP_NOT; break;
		case TOK_CARET: n->op = OP_XOR; break;
		case TOK_AMP: n->op = OP_ADDR; break;
		default: fatal("mk_unary: token %d", op.code);
		}
	}
	n->x = x;
	return n;
}

static Op binop_of(int code)
{
	switch (code) {
	case TOK_OROR: return OP_OROR;
	case TOK_ANDAND: return OP_ANDAND;
	case TOK_EQ: return OP_EQ;
	case TOK_NE: return OP_NE;
	case TOK_LT: return OP_LT;
	case TOK_LE: return OP_LE;
	case TOK_GT: return OP_GT;
	case TOK_GE: return OP_GE;
	case TOK_PLUS: return OP_ADD;
	case TOK_MINUS: return OP_SUB;
	case TOK_PIPE: return OP_OR;
	case TOK_CARET: return OP_XOR;
	case TOK_STAR: return OP_MUL;
	case TOK_SLASH: return OP_DIV;
	case TOK_PERCENT: return OP_REM;
	case TOK_SHL: return OP_SHL;
	case TOK_SHR: return OP_SHR;
	case TOK_AMP: return OP_AND;
	case TOK_ANDNOT: return OP_ANDNOT;
	}
	fatal("binop_of: token %d", code);
}

Node *mk_binary(Token op, Node *x, Node *y)
{
	Node *n = node_new(N_BINARY, op.pos);
	n->op = binop_of(op.code);
	n->x = x;
	n->y = y;
	return n;
}

/* ---- types */

Node *mk_typename(Token name)
{
	return mk_ident(name);
}

Node *mk_qualtype(Token pkg, Token name)
{
	return mk_selector(mk_ident(pkg), name);
}

Node *mk_star(Token star, Node *x)
{
	Node *n = node_new(N_STAR, star.pos);
	n->x = x;
	return n;
}

Node *mk_arraytype(Token lb, Node *len, Node *elem)
{
	Node *n = node_new(N_ARRAYTYPE, lb.pos);
	n->x = len;
	n->y = elem;
	return n;
}

Node *mk_dotsarray(Token lb, Token dots, Node *elem)
{
	return mk_arraytype(lb, node_new(N_ELLIPSIS, dots.pos), elem);
}

Node *mk_maptype(Token kw, Node *key, Node *val)
{
	Node *n = node_new(N_MAPTYPE, kw.pos);
	n->x = key;
	n->y = val;
	return n;
}

Node *mk_chantype(Token kw, ChanDir dir, Node *elem)
{
	Node *n = node_new(N_CHANTYPE, kw.pos);
	n->dir = dir;
	n->y = elem;
	return n;
}

Node *mk_functype(ParseCtx *c, Token kw, Vec params, Vec results)
{
	Node *n = node_new(N_FUNCTYPE, kw.pos);
	n->list = fix_params(c, params, false);
	n->list2 = fix_params(c, results, false);
	return n;
}

/* chan<- T; end keeps the arrow's position for mk_unary's re-association */
Node *mk_sendchantype(Token kw, Token arrow, Node *elem)
{
	Node *n = mk_chantype(kw, CHAN_SEND, elem);
	n->end = arrow.pos;
	return n;
}

Node *mk_structtype(Token kw, Vec fields)
{
	Node *n = node_new(N_STRUCTTYPE, kw.pos);
	n->list = fields;
	return n;
}

Node *mk_interfacetype(Token kw, Vec elems)
{
	Node *n = node_new(N_INTERFACETYPE, kw.pos);
	n->list = elems;
	return n;
}

static const char *tag_text(Token *tag)
{
	return tag ? xstrndup(tag->p, tag->len) : NULL;
}

Node *mk_field(Vec names, Node *type, Token *tag)
{
	Node *n = node_new(N_FIELD, names.n ? ((Node *)VEC_AT(names, 0))->pos : type->pos);
	n->list = names;
	n->x = type;
	n->str = tag_text(tag);
	return n;
}

Node *mk_embedded(Node *type, Token *tag)
{
	Node *n = node_new(N_FIELD, node_startpos(type));
	n->x = type;
	n->embedded = true;
	n->str = tag_text(tag);
	return n;
}

Node *mk_method(Token name, Node *sig)
{
	Node *n = node_new(N_FIELD, name.pos);
	vec_push(&n->list, mk_ident(name));
	sig->pos = name.pos;
	n->x = sig;
	return n;
}

Node *mk_union(Node *x, Token bar, Node *y)
{
	if (x->kind == N_UNION) {
		vec_push(&x->list, y);
		return x;
	}
	Node *n = node_new(N_UNION, node_startpos(x));
	vec_push(&n->list, x);
	vec_push(&n->list, y);
	return n;
}

Node *mk_tilde(Token t, Node *x)
{
	Node *n = node_new(N_TILDE, t.pos);
	n->x = x;
	return n;
}

/* A parameter as parsed: [name] [...] type.  Kept as an N_FIELD with at most
 * one name until fix_params groups the list. */
Node *mk_param(Token *name, Token *dots, Node *type)
{
	Pos pos = name ? name->pos : dots ? dots->pos : node_startpos(type);
	Node *n = node_new(N_FIELD, pos);
	if (name)
		vec_push(&n->list, mk_ident(*name));
	if (dots) {
		Node *e = node_new(N_ELLIPSIS, dots->pos);
		e->x = type;
		type = e;
	}
	n->x = type;
	return n;
}

/* Sorts out a parameter list the way gc does: either every parameter is a
 * type, or all are named, where a run of bare names shares the type of the
 * named parameter that follows ("a, b int").  Returns N_FIELDs grouping the
 * names of each run. */
Vec fix_params(ParseCtx *c, Vec params, bool tparams)
{
	int named = 0;
	for (int i = 0; i < params.n; i++) {
		Node *p = VEC_AT(params, i);
		if (p->list.n)
			named++;
	}
	if (named == 0) {
		if (tparams && params.n) {
			Node *p = VEC_AT(params, 0);
			berror(c, p->pos, "syntax error: missing type constraint");
		}
		return params;
	}
	Vec out = {0};
	Node *group = NULL;
	for (int i = 0; i < params.n; i++) {
		Node *p = VEC_AT(params, i);
		if (!group) {
			group = node_new(N_FIELD, p->pos);
			vec_push(&out, group);
		}
		if (p->list.n) {
			vec_push(&group->list, VEC_AT(p->list, 0));
			group->x = p->x;
			group = NULL;
			continue;
		}
		/* a bare name: must be an identifier */
		if (p->x->kind != N_IDENT) {
			berror(c, node_startpos(p->x), tparams ?
				"syntax error: type parameters must be named" :
				"syntax error: mixed named and unnamed parameters");
			return out;
		}
		vec_push(&group->list, p->x);
	}
	if (group) {
		Node *last = VEC_AT(params, params.n - 1);
		berror(c, last->pos, tparams ? "syntax error: missing type constraint" :
			"syntax error: mixed named and unnamed parameters");
	}
	return out;
}

/* A type parameter that was parsed as an expression: P or P *C. */
Node *mk_tparam_expr(ParseCtx *c, Node *e)
{
	if (e->kind == N_IDENT)
		return mk_param(NULL, NULL, e);
	if (e->kind == N_BINARY && e->op == OP_MUL && e->x->kind == N_IDENT) {
		Node *n = node_new(N_FIELD, e->x->pos);
		vec_push(&n->list, e->x);
		n->x = mk_star((Token){.pos = node_startpos(e->y)}, e->y);
		n->x->pos = e->pos;
		return n;
	}
	berror(c, node_startpos(e), "syntax error: invalid type parameter");
	return mk_param(NULL, NULL, e);
}

/* ---- statements */

Node *mk_exprstmt(Node *x)
{
	Node *n = node_new(N_EXPRSTMT, node_startpos(x));
	n->x = x;
	return n;
}

Node *mk_send(Token arrow, Node *ch, Node *v)
{
	Node *n = node_new(N_SEND, arrow.pos);
	n->x = ch;
	n->y = v;
	return n;
}

Node *mk_incdec(Token op, Node *x)
{
	Node *n = node_new(N_INCDEC, op.pos);
	n->op = op.code == TOK_INC ? OP_INC : OP_DEC;
	n->x = x;
	return n;
}

Node *mk_assign(Token op, Vec lhs, Vec rhs)
{
	Node *n = node_new(N_ASSIGN, op.pos);
	n->list = lhs;
	n->list2 = rhs;
	if (op.code == TOK_ASSIGN) {
		n->op = OP_ASSIGN;
	} else if (op.code == TOK_DEFINE) {
		n->op = OP_DEFINE;
	} else {
		/* op= : the token text without the '=' */
		Token t = op;
		switch (op.p[0]) {
		case '+': t.code = TOK_PLUS; break;
		case '-': t.code = TOK_MINUS; break;
		case '*': t.code = TOK_STAR; break;
		case '/': t.code = TOK_SLASH; break;
		case '%': t.code = TOK_PERCENT; break;
		case '|': t.code = TOK_PIPE; break;
		case '^': t.code = TOK_CARET; break;
		case '<': t.code = TOK_SHL; break;
		case '>': t.code = TOK_SHR; break;
		case '&': t.code = op.p[1] == '^' ? TOK_ANDNOT : TOK_AMP; break;
		}
		n->op = binop_of(t.code);
	}
	return n;
}

Node *mk_gostmt(ParseCtx *c, Token kw, Node *call)
{
	const char *what = kw.code == TOK_GO ? "go" : "defer";
	if (call->kind == N_PAREN)
		berror(c, call->pos, xsprintf("expression in %s must not be parenthesized", what));
	else if (call->kind != N_CALL)
		berror(c, node_startpos(call), xsprintf("expression in %s must be function call", what));
	Node *n = node_new(kw.code == TOK_GO ? N_GO : N_DEFER, kw.pos);
	n->x = call;
	return n;
}

Node *mk_return(Token kw, Vec results)
{
	Node *n = node_new(N_RETURN, kw.pos);
	n->list = results;
	return n;
}

Node *mk_branch(Token kw, Token *label)
{
	Node *n = node_new(N_BRANCH, kw.pos);
	switch (kw.code) {
	case TOK_BREAK: n->op = (Op)BR_BREAK; break;
	case TOK_CONTINUE: n->op = (Op)BR_CONTINUE; break;
	case TOK_GOTO: n->op = (Op)BR_GOTO; break;
	default: n->op = (Op)BR_FALLTHROUGH; break;
	}
	if (label) {
		n->name = intern(label->p, label->len);
		n->end = label->pos;   /* gc reports label errors here */
	}
	return n;
}

Node *mk_block(Token lb, Vec stmts, Token rb)
{
	Node *n = node_new(N_BLOCK, lb.pos);
	/* drop the empty statements that separators leave */
	Vec v = {0};
	for (int i = 0; i < stmts.n; i++) {
		Node *s = VEC_AT(stmts, i);
		if (s && s->kind != N_EMPTY)
			vec_push(&v, s);
	}
	n->list = v;
	n->end = rb.pos;
	return n;
}

Node *mk_labeled(Token label, Node *stmt)
{
	Node *n = node_new(N_LABELED, label.pos);
	n->name = intern(label.p, label.len);
	n->body = stmt ? stmt : node_new(N_EMPTY, label.pos);
	return n;
}

Node *mk_empty(Token t)
{
	return node_new(N_EMPTY, t.pos);
}

Node *mk_declstmt(Node *decl)
{
	Node *n = node_new(N_DECLSTMT, decl->pos);
	n->x = decl;
	return n;
}

/* gc's rendering of expressions in syntax errors (the common forms). */
static void exprtext(Buf *b, Node *n)
{
	switch (n->kind) {
	case N_IDENT: buf_puts(b, n->name); break;
	case N_BASICLIT: buf_puts(b, n->str); break;
	case N_PAREN: buf_putc(b, '('); exprtext(b, n->x); buf_putc(b, ')'); break;
	case N_SELECTOR: exprtext(b, n->x); buf_printf(b, ".%s", n->name); break;
	case N_STAR: buf_putc(b, '*'); exprtext(b, n->x); break;
	case N_UNARY: buf_puts(b, op_string(n->op)); exprtext(b, n->x); break;
	case N_BINARY:
		exprtext(b, n->x);
		buf_printf(b, " %s ", op_string(n->op));
		exprtext(b, n->y);
		break;
	case N_INDEX:
		exprtext(b, n->x);
		buf_putc(b, '[');
		for (int i = 0; i < n->list.n; i++) {
			if (i)
				buf_puts(b, ", ");
			exprtext(b, VEC_AT(n->list, i));
		}
		buf_putc(b, ']');
		break;
	case N_CALL:
		exprtext(b, n->x);
		buf_putc(b, '(');
		for (int i = 0; i < n->list.n; i++) {
			if (i)
				buf_puts(b, ", ");
			exprtext(b, VEC_AT(n->list, i));
		}
		buf_puts(b, n->dots ? "...)" : ")");
		break;
	case N_TYPEASSERT:
		exprtext(b, n->x);
		buf_puts(b, ".(");
		if (n->y)
			exprtext(b, n->y);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case N_COMPOSITE:
		if (n->x)
			exprtext(b, n->x);
		buf_puts(b, n->list.n ? "{…}" : "{}");
		break;
	case N_INTERFACETYPE: buf_puts(b, n->list.n ? "interface{…}" : "interface{}"); break;
	case N_STRUCTTYPE: buf_puts(b, n->list.n ? "struct{…}" : "struct{}"); break;
	case N_FUNCLIT: buf_puts(b, "func(…){…}"); break;
	default: buf_puts(b, "…"); break;
	}
}

static void listtext(Buf *b, Vec *v)
{
	for (int i = 0; i < v->n; i++) {
		if (i)
			buf_puts(b, ", ");
		exprtext(b, VEC_AT(*v, i));
	}
}

/* A simple statement as gc prints it in "cannot use ... as value". */
static const char *stmt_text(Node *s)
{
	Buf b = {0};
	switch (s->kind) {
	case N_ASSIGN:
		listtext(&b, &s->list);
		if (s->op == OP_DEFINE)
			buf_puts(&b, " := ");
		else if (s->op == OP_ASSIGN)
			buf_puts(&b, " = ");
		else
			buf_printf(&b, " %s= ", op_string(s->op));
		listtext(&b, &s->list2);
		break;
	case N_SEND:
		exprtext(&b, s->x);
		buf_puts(&b, " <- ");
		exprtext(&b, s->y);
		break;
	case N_INCDEC:
		exprtext(&b, s->x);
		buf_puts(&b, s->op == OP_INC ? "++" : "--");
		break;
	case N_EXPRSTMT:
		exprtext(&b, s->x);
		break;
	default:
		return NULL;
	}
	return b.s;
}

/* The condition of if/for must be an expression statement. */
static Node *header_expr(ParseCtx *c, Node *s, const char *what)
{
	if (!s)
		return NULL;
	if (s->kind == N_EXPRSTMT)
		return s->x;
	const char *t = stmt_text(s);
	berror(c, s->pos, xsprintf("syntax error: cannot use %s as value", t ? t : "statement"));
	(void)what;
	return NULL;
}

Node *mk_if(ParseCtx *c, Token kw, Node *init, Token *semi, Node *cond, Node *body, Node *els)
{
	Node *n = node_new(N_IF, kw.pos);
	n->init = init;
	if (!cond) {
		if (semi && semi->p[0] == 'n')
			berror(c, semi->pos, "syntax error: unexpected newline, expecting { after if clause");
		else
			berror(c, semi ? semi->pos : body->pos, "syntax error: missing condition in if statement");
		return n;
	}
	n->cond = header_expr(c, cond, "if");
	n->body = body;
	n->els = els;
	return n;
}

Node *mk_for(ParseCtx *c, Token kw, Node *init, Node *cond, Node *post, Node *body)
{
	Node *n = node_new(N_FOR, kw.pos);
	n->init = init;
	n->cond = header_expr(c, cond, "for");
	if (post && post->kind == N_ASSIGN && post->op == OP_DEFINE)
		berror(c, post->pos, "syntax error: cannot declare in post statement of for loop");
	n->post = post;
	n->body = body;
	return n;
}

Node *mk_range(Token kw, Vec lhs, Token *op, Node *x)
{
	Node *n = node_new(N_RANGE, kw.pos);
	if (lhs.n > 0)
		n->key = VEC_AT(lhs, 0);
	if (lhs.n > 1)
		n->value = VEC_AT(lhs, 1);
	if (op)
		n->op = op->code == TOK_DEFINE ? OP_DEFINE : OP_ASSIGN;
	n->x = x;
	return n;
}

Node *mk_forrange(Node *r, Node *body)
{
	r->body = body;
	return r;
}

static bool is_typeswitch_guard(Node *x)
{
	return x && x->kind == N_TYPEASSERT && x->y == NULL;
}

Node *mk_switch(ParseCtx *c, Token kw, Node *init, Node *tag, Vec clauses, Token rb)
{
	Node *n = node_new(N_SWITCH, kw.pos);
	n->init = init;
	n->list = clauses;
	n->end = rb.pos;
	if (!tag)
		return n;
	if (tag->kind == N_EXPRSTMT && is_typeswitch_guard(tag->x)) {
		n->kind = N_TYPESWITCH;
		n->x = tag->x->x;
		return n;
	}
	if (tag->kind == N_ASSIGN && tag->op == OP_DEFINE && tag->list.n == 1 &&
	    tag->list2.n == 1 && is_typeswitch_guard(VEC_AT(tag->list2, 0)) &&
	    ((Node *)VEC_AT(tag->list, 0))->kind == N_IDENT) {
		Node *id = VEC_AT(tag->list, 0);
		n->kind = N_TYPESWITCH;
		n->name = id->kind == N_IDENT ? id->name : NULL;
		n->x = ((Node *)VEC_AT(tag->list2, 0))->x;
		n->key = id;   /* the bound identifier, for its position */
		return n;
	}
	if (tag->kind == N_EXPRSTMT) {
		n->x = tag->x;
		return n;
	}
	const char *t = stmt_text(tag);
	berror(c, tag->pos, xsprintf("syntax error: cannot use %s as value", t ? t : "statement"));
	return n;
}

Node *mk_select(Token kw, Vec clauses)
{
	Node *n = node_new(N_SELECT, kw.pos);
	n->list = clauses;
	return n;
}

static Vec clean_stmts(Vec stmts)
{
	Vec v = {0};
	for (int i = 0; i < stmts.n; i++) {
		Node *s = VEC_AT(stmts, i);
		if (s && s->kind != N_EMPTY)
			vec_push(&v, s);
	}
	return v;
}

Node *mk_case(Token kw, Vec exprs, Vec stmts)
{
	Node *n = node_new(N_CASE, kw.pos);
	n->list = exprs;
	n->list2 = clean_stmts(stmts);
	n->isdefault = kw.code == TOK_DEFAULT;
	return n;
}

static Node *unparen(Node *x)
{
	while (x && x->kind == N_PAREN)
		x = x->x;
	return x;
}

static bool is_recv(Node *x)
{
	x = unparen(x);
	return x->kind == N_UNARY && x->op == OP_RECV;
}

Node *mk_commcase(ParseCtx *c, Token kw, Node *comm, Vec stmts)
{
	Node *n = node_new(N_CASE, kw.pos);
	if (comm && !(comm->kind == N_SEND ||
	    (comm->kind == N_EXPRSTMT && is_recv(comm->x)) ||
	    (comm->kind == N_ASSIGN && (comm->op == OP_ASSIGN || comm->op == OP_DEFINE) &&
	     comm->list2.n == 1 && is_recv(VEC_AT(comm->list2, 0)))))
		berror(c, node_startpos(comm), "select case must be send or receive (possibly with assignment)");
	n->comm = comm;
	n->list2 = clean_stmts(stmts);
	n->isdefault = kw.code == TOK_DEFAULT;
	return n;
}

/* ---- declarations */

Node *mk_gendecl(Token kw, Vec specs)
{
	Node *n = node_new(N_GENDECL, kw.pos);
	switch (kw.code) {
	case TOK_IMPORT: n->op = (Op)TK_IMPORT; break;
	case TOK_CONST: n->op = (Op)TK_CONST; break;
	case TOK_TYPE: n->op = (Op)TK_TYPE; break;
	default: n->op = (Op)TK_VAR; break;
	}
	n->list = specs;
	if (kw.code == TOK_CONST)
		for (int i = 0; i < specs.n; i++)
			((Node *)VEC_AT(specs, i))->iota = i;
	return n;
}

/* Unquotes an import path (a plain interpreted or raw string). */
static const char *unquote_path(Token t)
{
	Buf b = {0};
	for (int i = 1; i < t.len - 1; i++) {
		char ch = t.p[i];
		if (ch == '\\' && t.p[0] == '"' && i + 1 < t.len - 1) {
			ch = t.p[++i];
		}
		buf_putc(&b, ch);
	}
	return intern(b.s ? b.s : "", b.n);
}

Node *mk_importspec(Token *name, Token path)
{
	Node *n = node_new(N_IMPORTSPEC, name ? name->pos : path.pos);
	if (name)
		n->name = intern(name->p, name->len);
	n->str = unquote_path(path);
	return n;
}

Node *mk_valuespec(Vec names, Node *type, Vec values)
{
	Node *n = node_new(N_VALUESPEC, ((Node *)VEC_AT(names, 0))->pos);
	n->list = names;
	n->x = type;
	n->list2 = values;
	return n;
}

/* const x T with no values: gc (types2) rejects it at the first name */
Node *mk_constspec_notype(ParseCtx *c, Vec names, Node *type)
{
	Node *first = VEC_AT(names, 0);
	berror(c, first->pos, xsprintf("missing init expr for %s", first->name));
	return mk_valuespec(names, type, list_none());
}

Node *mk_typespec(Token name, Vec tparams, Node *type, bool alias)
{
	Node *n = node_new(N_TYPESPEC, name.pos);
	n->name = intern(name.p, name.len);
	n->tparams = tparams;
	n->x = type;
	n->alias = alias;
	return n;
}

Node *mk_funcdecl(Token kw, bool method, Vec recv, Token name, Vec tparams, Node *sig, Node *body, ParseCtx *c)
{
	Node *n = node_new(N_FUNCDECL, name.pos);
	n->name = intern(name.p, name.len);
	if (method && recv.n == 0) {
		berror(c, name.pos, "method has no receiver");
	} else if (method) {
		Vec r = fix_params(c, recv, false);
		if (r.n != 1 || ((Node *)VEC_AT(r, 0))->list.n > 1)
			berror(c, name.pos, "method has multiple receivers");
		else
			n->recv = VEC_AT(r, 0);
	}
	n->tparams = fix_params(c, tparams, true);
	sig->pos = kw.pos;
	sig->tparams = n->tparams;
	n->x = sig;
	n->body = body;
	return n;
}

void mk_file(ParseCtx *c, Token pkg, Token name, Vec imports, Vec decls)
{
	Node *n = node_new(N_FILE, pkg.pos);
	n->name = intern(name.p, name.len);
	n->list = imports;
	n->list2 = decls;
	c->result = n;
}

/* ---- op_string and ast_dump */

const char *op_string(Op op)
{
	static const char *names[] = {
		[OP_NONE] = "?",
		[OP_OROR] = "||", [OP_ANDAND] = "&&",
		[OP_EQ] = "==", [OP_NE] = "!=", [OP_LT] = "<", [OP_LE] = "<=",
		[OP_GT] = ">", [OP_GE] = ">=",
		[OP_ADD] = "+", [OP_SUB] = "-", [OP_OR] = "|", [OP_XOR] = "^",
		[OP_MUL] = "*", [OP_DIV] = "/", [OP_REM] = "%", [OP_SHL] = "<<",
		[OP_SHR] = ">>", [OP_AND] = "&", [OP_ANDNOT] = "&^",
		[OP_NOT] = "!", [OP_ADDR] = "&", [OP_RECV] = "<-",
		[OP_ASSIGN] = "=", [OP_DEFINE] = ":=", [OP_INC] = "++", [OP_DEC] = "--",
	};
	if ((unsigned)op < sizeof names / sizeof names[0] && names[op])
		return names[op];
	return "?";
}

static const char *kind_names[] = {
	"BAD", "IDENT", "BASICLIT", "COMPOSITE", "FUNCLIT", "PAREN", "SELECTOR", "INDEX",
	"SLICE", "TYPEASSERT", "CALL", "STAR", "UNARY", "BINARY", "KEYVALUE",
	"ARRAYTYPE", "STRUCTTYPE", "FUNCTYPE", "INTERFACETYPE", "MAPTYPE", "CHANTYPE",
	"ELLIPSIS", "FIELD", "UNION", "TILDE",
	"BADSTMT", "DECLSTMT", "EMPTY", "LABELED", "EXPRSTMT", "SEND", "INCDEC", "ASSIGN",
	"GO", "DEFER", "RETURN", "BRANCH", "BLOCK", "IF", "CASE", "SWITCH", "TYPESWITCH",
	"SELECT", "FOR", "RANGE",
	"GENDECL", "IMPORTSPEC", "VALUESPEC", "TYPESPEC", "FUNCDECL", "FILE",
};

static void dump_child(FILE *f, const char *label, Node *n, int indent)
{
	if (!n)
		return;
	fprintf(f, "%*s%s:\n", indent * 2, "", label);
	ast_dump(f, n, indent + 1);
}

static void dump_list(FILE *f, const char *label, Vec *v, int indent)
{
	if (!v->n)
		return;
	fprintf(f, "%*s%s: [%d]\n", indent * 2, "", label, v->n);
	for (int i = 0; i < v->n; i++)
		ast_dump(f, VEC_AT(*v, i), indent + 1);
}

/* Prints n as an indented tree: kind, the node's own data, position, then
 * each child under a label naming the field that holds it. */
void ast_dump(FILE *f, Node *n, int indent)
{
	if (!n) {
		fprintf(f, "%*s<nil>\n", indent * 2, "");
		return;
	}
	fprintf(f, "%*s%s", indent * 2, "",
		(unsigned)n->kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[n->kind] : "?");
	if (n->name)
		fprintf(f, " %s", n->name);
	switch (n->kind) {
	case N_BASICLIT:
		/* keep multi-line raw strings on one line */
		fputc(' ', f);
		for (const char *s = n->str; *s; s++) {
			if (*s == '\n')
				fputs("\\n", f);
			else if (*s == '\r')
				fputs("\\r", f);
			else
				fputc(*s, f);
		}
		break;
	case N_UNARY: case N_BINARY: case N_INCDEC: case N_ASSIGN:
		fprintf(f, " %s", op_string(n->op));
		break;
	case N_RANGE:
		if (n->op)
			fprintf(f, " %s", op_string(n->op));
		break;
	case N_CHANTYPE:
		fprintf(f, " %s", n->dir == CHAN_SEND ? "chan<-" : n->dir == CHAN_RECV ? "<-chan" : "chan");
		break;
	case N_BRANCH: {
		static const char *br[] = {"break", "continue", "goto", "fallthrough"};
		fprintf(f, " %s", br[n->op]);
		break;
	}
	case N_GENDECL:
		fprintf(f, " %s", (int)n->op == TK_IMPORT ? "import" : (int)n->op == TK_CONST ? "const" :
			(int)n->op == TK_TYPE ? "type" : "var");
		break;
	case N_IMPORTSPEC:
		fprintf(f, " \"%s\"", n->str);
		break;
	case N_FIELD:
		if (n->str)
			fprintf(f, " tag=%s", n->str);
		break;
	case N_VALUESPEC:
		fprintf(f, " iota=%d", n->iota);
		break;
	default:
		break;
	}
	if (n->dots)
		fprintf(f, " ...");
	if (n->slice3)
		fprintf(f, " slice3");
	if (n->embedded)
		fprintf(f, " embedded");
	if (n->alias)
		fprintf(f, " alias");
	if (n->isdefault)
		fprintf(f, " default");
	fprintf(f, " @%d:%d\n", n->pos.line, n->pos.col);
	indent++;
	dump_child(f, "recv", n->recv, indent);
	if (n->kind != N_FUNCDECL)   /* shown once, under its FUNCTYPE */
		dump_list(f, "tparams", &n->tparams, indent);
	dump_child(f, "init", n->init, indent);
	dump_child(f, "key", n->key, indent);
	dump_child(f, "value", n->value, indent);
	bool names_first = n->kind == N_FIELD || n->kind == N_VALUESPEC;
	if (names_first)
		dump_list(f, "list", &n->list, indent);
	dump_child(f, "x", n->x, indent);
	dump_child(f, "y", n->y, indent);
	dump_child(f, "lo", n->lo, indent);
	dump_child(f, "hi", n->hi, indent);
	dump_child(f, "max", n->max, indent);
	dump_child(f, "cond", n->cond, indent);
	dump_child(f, "post", n->post, indent);
	dump_child(f, "comm", n->comm, indent);
	if (!names_first)
		dump_list(f, "list", &n->list, indent);
	dump_list(f, "list2", &n->list2, indent);
	dump_child(f, "body", n->body, indent);
	dump_child(f, "else", n->els, indent);
}
