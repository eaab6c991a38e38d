/*
 * parse.y: the Go grammar (Lemon).  Every action is a one-line call to a
 * builder in ast.c; the parser context (ParseCtx) comes in %extra_context.
 *
 * LALR notes:
 *  - Types are expressions in expression positions (as in gc): []int{...},
 *    map[K]V(x), func(){...}, struct{}{}, chan int, interface{}(x) are all
 *    operands; *T is a unary '*'.  Pure type positions use `type`.
 *  - Parameter lists are lists of [name] type entries sorted out by
 *    fix_params (ast.c), so `func(a, b int)` and `func(int, string)` need no
 *    lookahead.  Generic instantiations T[A] in type positions parse their
 *    arguments as expressions, which keeps `a [N]int` (array) and `T[int]`
 *    (instance) apart by the token after ']'.
 *  - Composite literals in if/for/switch headers: the token filter in
 *    parse_file turns a '{' at bracket depth 0 of a header into LBODY.  Only
 *    statement bodies, function literal bodies, struct/interface bodies and
 *    literals of non-name types accept LBODY, so `if x == T{} {` is read as
 *    the spec says while `range []int{1, 2} {` works.
 */

%include {
/* keep Lemon's symbol names (yyTokenName): syntax errors describe the context */
#undef NDEBUG
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "parse.h"
static void report_syntax_error(void *parser, ParseCtx *c, int major, Token tok);
}

%name Parse
%token_prefix TOK_
%token_type {Token}
%extra_context {ParseCtx *ctx}
%start_symbol file

%syntax_error { report_syntax_error(yypParser, ctx, yymajor, yyminor); }
%stack_overflow { syntax_error_at(ctx, (Pos){ctx->file, 0, 0}, "syntax error: nesting too deep"); }
%stack_size 0

%token IDENT INT FLOAT IMAG CHAR STRING.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO
	IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR.
%token ASSIGNOP INC DEC ASSIGN DEFINE NOT TILDE ELLIPSIS COMMA SEMI COLON RPAREN RBRACK RBRACE.

/* Precedence, lowest first.  Besides the binary operators it settles the
 * grammar's few genuine conflicts:
 *  - rules marked [LOWEST] (empty results, a type literal or name as an
 *    operand) lose to a following ( [ { LBODY . <- : types are read greedily,
 *    so `func() (int)` has a result list and `func() []int {` a body;
 *  - `operand ::= IDENT` [HIGHEST] beats `tparam ::= IDENT` [LOWEST]: in
 *    `type A [N * M]T` the brackets hold an array length (write `[P *C,]`
 *    for a type parameter, as gofmt does);
 *  - `chantype ::= CHAN type` [HIGHEST]: `chan<- chan int` is chan<- (chan int). */
%nonassoc LOWEST.
%left OROR.
%left ANDAND.
%left EQ NE LT LE GT GE.
%left PLUS MINUS PIPE CARET.
%left STAR SLASH PERCENT SHL SHR AMP ANDNOT.
%nonassoc LPAREN LBRACK LBRACE LBODY DOT ARROW.
%nonassoc HIGHEST.

%type file {int}
%type expr {Node *}
%type uexpr {Node *}
%type pexpr {Node *}
%type operand {Node *}
%type oexpr {Node *}
%type exprlist {Vec}
%type oexprlist {Vec}
%type funclit {Node *}
%type littype {Node *}
%type type {Node *}
%type rtype {Node *}
%type typename {Node *}
%type typelit {Node *}
%type arraytype {Node *}
%type structtype {Node *}
%type interfacetype {Node *}
%type functype {Node *}
%type maptype {Node *}
%type chantype {Node *}
%type signature {Node *}
%type params {Vec}
%type plist {Vec}
%type param {Node *}
%type results {Vec}
%type fields {Vec}
%type fieldlist {Vec}
%type field {Node *}
%type idents {Vec}
%type ielems {Vec}
%type ielist {Vec}
%type ielem {Node *}
%type cunion {Node *}
%type cterm {Node *}
%type tparams {Vec}
%type tplist {Vec}
%type tparam {Node *}
%type celems {Vec}
%type celist {Vec}
%type celem {Node *}
%type cval {Node *}
%type stmt {Node *}
%type ostmt {Node *}
%type stmtlist {Vec}
%type simple {Node *}
%type osimple {Node *}
%type block {Node *}
%type body {Node *}
%type fbody {Node *}
%type ifstmt {Node *}
%type oelse {Node *}
%type forstmt {Node *}
%type rangeclause {Node *}
%type switchstmt {Node *}
%type caseclauses {Vec}
%type caseclause {Node *}
%type selectstmt {Node *}
%type commclauses {Vec}
%type commclause {Node *}
%type decl {Node *}
%type topdecl {Node *}
%type topdecls {Vec}
%type imports {Vec}
%type importdecl {Node *}
%type importspec {Node *}
%type importspecs {Vec}
%type importlist {Vec}
%type vspec {Node *}
%type vspecs {Vec}
%type vlist {Vec}
%type cspec {Node *}
%type cspecs {Vec}
%type clist {Vec}
%type tspec {Node *}
%type tspecs {Vec}
%type tlist {Vec}
%type funcdecl {Node *}
%type ofbody {Node *}
%type otparams {Vec}

/* ---- SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } */
file ::= PACKAGE(P) IDENT(N) SEMI imports(I) topdecls(D). { mk_file(ctx, P, N, I, D); }

imports(A) ::= . { A = list_none(); }
imports(A) ::= imports(L) importdecl(D) SEMI. { A = list_add(L, D); }

/* ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) */
importdecl(A) ::= IMPORT(K) importspec(S). { A = mk_gendecl(K, list_one(S)); }
importdecl(A) ::= IMPORT(K) LPAREN importspecs(L) RPAREN. { A = mk_gendecl(K, L); }
importspecs(A) ::= . { A = list_none(); }
importspecs(A) ::= importlist(L). { A = L; }
importspecs(A) ::= importlist(L) SEMI. { A = L; }
importlist(A) ::= importspec(S). { A = list_one(S); }
importlist(A) ::= importlist(L) SEMI importspec(S). { A = list_add(L, S); }
/* ImportSpec = [ "." | PackageName ] ImportPath */
importspec(A) ::= STRING(P). { A = mk_importspec(NULL, P); }
importspec(A) ::= IDENT(N) STRING(P). { A = mk_importspec(&N, P); }
importspec(A) ::= DOT(N) STRING(P). { A = mk_importspec(&N, P); }

topdecls(A) ::= . { A = list_none(); }
topdecls(A) ::= topdecls(L) topdecl(D) SEMI. { A = list_add(L, D); }
topdecl(A) ::= decl(D). { A = D; }
topdecl(A) ::= funcdecl(D). { A = D; }

/* ---- Declaration = ConstDecl | TypeDecl | VarDecl */
decl(A) ::= VAR(K) vspec(S). { A = mk_gendecl(K, list_one(S)); }
decl(A) ::= VAR(K) LPAREN vspecs(L) RPAREN. { A = mk_gendecl(K, L); }
decl(A) ::= CONST(K) cspec(S). { A = mk_gendecl(K, list_one(S)); }
decl(A) ::= CONST(K) LPAREN cspecs(L) RPAREN. { A = mk_gendecl(K, L); }
decl(A) ::= TYPE(K) tspec(S). { A = mk_gendecl(K, list_one(S)); }
decl(A) ::= TYPE(K) LPAREN tspecs(L) RPAREN. { A = mk_gendecl(K, L); }

vspecs(A) ::= . { A = list_none(); }
vspecs(A) ::= vlist(L). { A = L; }
vspecs(A) ::= vlist(L) SEMI. { A = L; }
vlist(A) ::= vspec(S). { A = list_one(S); }
vlist(A) ::= vlist(L) SEMI vspec(S). { A = list_add(L, S); }
/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) */
vspec(A) ::= idents(N) type(T). { A = mk_valuespec(N, T, list_none()); }
vspec(A) ::= idents(N) type(T) ASSIGN exprlist(E). { A = mk_valuespec(N, T, E); }
vspec(A) ::= idents(N) ASSIGN exprlist(E). { A = mk_valuespec(N, NULL, E); }

cspecs(A) ::= . { A = list_none(); }
cspecs(A) ::= clist(L). { A = L; }
cspecs(A) ::= clist(L) SEMI. { A = L; }
clist(A) ::= cspec(S). { A = list_one(S); }
clist(A) ::= clist(L) SEMI cspec(S). { A = list_add(L, S); }
/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] */
cspec(A) ::= idents(N). { A = mk_valuespec(N, NULL, list_none()); }
cspec(A) ::= idents(N) type(T). { A = mk_constspec_notype(ctx, N, T); }
cspec(A) ::= idents(N) type(T) ASSIGN exprlist(E). { A = mk_valuespec(N, T, E); }
cspec(A) ::= idents(N) ASSIGN exprlist(E). { A = mk_valuespec(N, NULL, E); }

tspecs(A) ::= . { A = list_none(); }
tspecs(A) ::= tlist(L). { A = L; }
tspecs(A) ::= tlist(L) SEMI. { A = L; }
tlist(A) ::= tspec(S). { A = list_one(S); }
tlist(A) ::= tlist(L) SEMI tspec(S). { A = list_add(L, S); }
/* TypeSpec = identifier [ TypeParameters ] Type | identifier "=" Type */
tspec(A) ::= IDENT(N) type(T). { A = mk_typespec(N, list_none(), T, false); }
tspec(A) ::= IDENT(N) ASSIGN type(T). { A = mk_typespec(N, list_none(), T, true); }
tspec(A) ::= IDENT(N) tparams(P) type(T). { A = mk_typespec(N, fix_params(ctx, P, true), T, false); }
/* [P *C, ...] and [P, Q any] first parse like an array length: the comma decides */
tspec(A) ::= IDENT(N) LBRACK expr(E) COMMA RBRACK type(T). { A = mk_typespec(N, fix_params(ctx, list_one(mk_tparam_expr(ctx, E)), true), T, false); }
tspec(A) ::= IDENT(N) LBRACK expr(E) COMMA tplist(L) ocomma RBRACK type(T). { A = mk_typespec(N, fix_params(ctx, list_prepend(mk_tparam_expr(ctx, E), L), true), T, false); }

idents(A) ::= IDENT(N). { A = list_one(mk_ident(N)); }
idents(A) ::= idents(L) COMMA IDENT(N). { A = list_add(L, mk_ident(N)); }

/* TypeParameters = "[" TypeParamList [ "," ] "]" ;  TypeParamDecl = IdentifierList TypeConstraint */
tparams(A) ::= LBRACK tplist(L) ocomma RBRACK. { A = L; }
tplist(A) ::= tparam(P). { A = list_one(P); }
tplist(A) ::= tplist(L) COMMA tparam(P). { A = list_add(L, P); }
tparam(A) ::= IDENT(N). [LOWEST] { A = mk_param(NULL, NULL, mk_ident(N)); }
tparam(A) ::= IDENT(N) cunion(C). { A = mk_param(&N, NULL, C); }

/* ---- FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ]
 *      MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] */
funcdecl(A) ::= FUNC(K) IDENT(N) signature(S) ofbody(B). { A = mk_funcdecl(K, false, list_none(), N, list_none(), S, B, ctx); }
funcdecl(A) ::= FUNC(K) IDENT(N) tparams(P) signature(S) ofbody(B). { A = mk_funcdecl(K, false, list_none(), N, P, S, B, ctx); }
funcdecl(A) ::= FUNC(K) params(R) IDENT(N) signature(S) ofbody(B). { A = mk_funcdecl(K, true, R, N, list_none(), S, B, ctx); }
funcdecl(A) ::= FUNC params IDENT(N) tparams signature ofbody. { A = NULL; syntax_error_at(ctx, (Pos){N.pos.file, N.pos.line, N.pos.col + N.len}, "syntax error: method must have no type parameters"); }
ofbody(A) ::= . { A = NULL; }
ofbody(A) ::= block(B). { A = B; }

/* Signature = Parameters [ Result ] */
signature(A) ::= params(P) results(R). { A = mk_functype(ctx, (Token){0}, P, R); }
params(A) ::= LPAREN RPAREN. { A = list_none(); }
params(A) ::= LPAREN plist(L) ocomma RPAREN. { A = L; }
plist(A) ::= param(P). { A = list_one(P); }
plist(A) ::= plist(L) COMMA param(P). { A = list_add(L, P); }
/* ParameterDecl = [ IdentifierList ] [ "..." ] Type, one name at a time */
param(A) ::= type(T). { A = mk_param(NULL, NULL, T); }
param(A) ::= IDENT(N) type(T). { A = mk_param(&N, NULL, T); }
param(A) ::= IDENT(N) ELLIPSIS(D) type(T). { A = mk_param(&N, &D, T); }
param(A) ::= ELLIPSIS(D) type(T). { A = mk_param(NULL, &D, T); }
/* Result = Parameters | Type */
results(A) ::= . [LOWEST] { A = list_none(); }
results(A) ::= rtype(T). { A = list_one(mk_param(NULL, NULL, T)); }
results(A) ::= params(P). { A = P; }

ocomma ::= .
ocomma ::= COMMA.

/* ---- types in type positions */
type(A) ::= rtype(T). { A = T; }
type(A) ::= LPAREN(L) type(T) RPAREN. { A = mk_paren(L, T); }
/* a type not starting with '(' (a result type) */
rtype(A) ::= typename(T). { A = T; }
rtype(A) ::= typelit(T). { A = T; }
/* TypeName [ TypeArgs ] */
typename(A) ::= IDENT(N). [LOWEST] { A = mk_typename(N); }
typename(A) ::= IDENT(P) DOT IDENT(N). [LOWEST] { A = mk_qualtype(P, N); }
typename(A) ::= IDENT(N) LBRACK(B) expr(E) RBRACK. { A = mk_index(B, mk_typename(N), list_one(E)); }
typename(A) ::= IDENT(N) LBRACK(B) expr(E) COMMA RBRACK. { A = mk_index(B, mk_typename(N), list_one(E)); }
typename(A) ::= IDENT(N) LBRACK(B) expr(E) COMMA exprlist(L) ocomma RBRACK. { A = mk_index2(B, mk_typename(N), E, L); }
typename(A) ::= IDENT(P) DOT IDENT(N) LBRACK(B) exprlist(L) ocomma RBRACK. { A = mk_index(B, mk_qualtype(P, N), L); }
typelit(A) ::= STAR(S) type(T). { A = mk_star(S, T); }
typelit(A) ::= ARROW(K) CHAN type(T). { A = mk_chantype(K, CHAN_RECV, T); }
typelit(A) ::= littype(T). { A = T; }
typelit(A) ::= functype(T). { A = T; }
typelit(A) ::= chantype(T). { A = T; }
typelit(A) ::= interfacetype(T). { A = T; }

/* type literals that may start a composite literal */
littype(A) ::= arraytype(T). { A = T; }
littype(A) ::= maptype(T). { A = T; }
littype(A) ::= structtype(T). { A = T; }

/* ArrayType = "[" ArrayLength "]" ElementType ;  SliceType = "[" "]" ElementType */
arraytype(A) ::= LBRACK(B) expr(N) RBRACK type(T). { A = mk_arraytype(B, N, T); }
arraytype(A) ::= LBRACK(B) RBRACK type(T). { A = mk_arraytype(B, NULL, T); }
arraytype(A) ::= LBRACK(B) ELLIPSIS(D) RBRACK type(T). { A = mk_dotsarray(B, D, T); }
/* MapType = "map" "[" KeyType "]" ElementType */
maptype(A) ::= MAP(K) LBRACK type(X) RBRACK type(Y). { A = mk_maptype(K, X, Y); }
/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType */
chantype(A) ::= CHAN(K) type(T). [HIGHEST] { A = mk_chantype(K, CHAN_BOTH, T); }
chantype(A) ::= CHAN(K) ARROW(R) type(T). { A = mk_sendchantype(K, R, T); }
/* FunctionType = "func" Signature */
functype(A) ::= FUNC(K) params(P) results(R). { A = mk_functype(ctx, K, P, R); }
/* StructType = "struct" "{" { FieldDecl ";" } "}" */
structtype(A) ::= STRUCT(K) lbrace fields(F) RBRACE. { A = mk_structtype(K, F); }
fields(A) ::= . { A = list_none(); }
fields(A) ::= fieldlist(L). { A = L; }
fields(A) ::= fieldlist(L) SEMI. { A = L; }
fieldlist(A) ::= field(F). { A = list_one(F); }
fieldlist(A) ::= fieldlist(L) SEMI field(F). { A = list_add(L, F); }
/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] */
field(A) ::= IDENT(N) type(T). { A = mk_field(list_one(mk_ident(N)), T, NULL); }
field(A) ::= IDENT(N) type(T) STRING(S). { A = mk_field(list_one(mk_ident(N)), T, &S); }
field(A) ::= IDENT(N) COMMA idents(L) type(T). { A = mk_field(list_prepend(mk_ident(N), L), T, NULL); }
field(A) ::= IDENT(N) COMMA idents(L) type(T) STRING(S). { A = mk_field(list_prepend(mk_ident(N), L), T, &S); }
field(A) ::= typename(T). { A = mk_embedded(T, NULL); }
field(A) ::= typename(T) STRING(S). { A = mk_embedded(T, &S); }
field(A) ::= STAR(P) typename(T). { A = mk_embedded(mk_star(P, T), NULL); }
field(A) ::= STAR(P) typename(T) STRING(S). { A = mk_embedded(mk_star(P, T), &S); }
/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" */
interfacetype(A) ::= INTERFACE(K) lbrace ielems(L) RBRACE. { A = mk_interfacetype(K, L); }
ielems(A) ::= . { A = list_none(); }
ielems(A) ::= ielist(L). { A = L; }
ielems(A) ::= ielist(L) SEMI. { A = L; }
ielist(A) ::= ielem(E). { A = list_one(E); }
ielist(A) ::= ielist(L) SEMI ielem(E). { A = list_add(L, E); }
/* InterfaceElem = MethodElem | TypeElem */
ielem(A) ::= IDENT(N) signature(S). { A = mk_method(N, S); }
ielem(A) ::= cunion(U). { A = mk_embedded(U, NULL); }
/* TypeElem = TypeTerm { "|" TypeTerm } ;  TypeTerm = Type | "~" Type */
cunion(A) ::= cterm(T). { A = T; }
cunion(A) ::= cunion(U) PIPE(B) cterm(T). { A = mk_union(U, B, T); }
cterm(A) ::= type(T). { A = T; }
cterm(A) ::= TILDE(K) type(T). { A = mk_tilde(K, T); }

lbrace ::= LBRACE.
lbrace ::= LBODY.

/* ---- expressions */
expr(A) ::= uexpr(X). { A = X; }
expr(A) ::= expr(X) OROR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) ANDAND(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) EQ(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) NE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) LE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) GT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) GE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) PLUS(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) MINUS(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) PIPE(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) CARET(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) STAR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SLASH(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) PERCENT(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) AMP(O) expr(Y). { A = mk_binary(O, X, Y); }
expr(A) ::= expr(X) ANDNOT(O) expr(Y). { A = mk_binary(O, X, Y); }

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr */
uexpr(A) ::= pexpr(X). { A = X; }
uexpr(A) ::= PLUS(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= MINUS(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= NOT(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= CARET(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= STAR(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= AMP(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= ARROW(O) uexpr(X). { A = mk_unary(ctx, O, X); }
uexpr(A) ::= TILDE(O) uexpr(X). { A = mk_tilde(O, X); }

/* PrimaryExpr: Operand, Conversion, MethodExpr, Selector, Index, Slice, TypeAssertion, Arguments */
pexpr(A) ::= operand(X). { A = X; }
pexpr(A) ::= pexpr(X) DOT IDENT(N). { A = mk_selector(X, N); }
pexpr(A) ::= pexpr(X) DOT(D) LPAREN type(T) RPAREN. { A = mk_typeassert(D, X, T); }
pexpr(A) ::= pexpr(X) DOT(D) LPAREN TYPE RPAREN. { A = mk_typeassert(D, X, NULL); }
pexpr(A) ::= pexpr(X) LBRACK(B) expr(I) ocomma RBRACK. { A = mk_index(B, X, list_one(I)); }
pexpr(A) ::= pexpr(X) LBRACK(B) expr(I) COMMA exprlist(L) ocomma RBRACK. { A = mk_index2(B, X, I, L); }
pexpr(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. { A = mk_slice(B, X, L, H, NULL, false); }
pexpr(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) COLON(C) oexpr(M) RBRACK(R). { A = mk_slice3(ctx, B, X, L, H, M, C, R); }
pexpr(A) ::= pexpr(X) LPAREN(P) RPAREN. { A = mk_call(P, X, list_none(), false); }
pexpr(A) ::= pexpr(X) LPAREN(P) exprlist(L) ocomma RPAREN. { A = mk_call(P, X, L, false); }
pexpr(A) ::= pexpr(X) LPAREN(P) exprlist(L) ELLIPSIS ocomma RPAREN. { A = mk_call(P, X, L, true); }
/* CompositeLit = LiteralType LiteralValue (a name type only outside headers) */
pexpr(A) ::= pexpr(X) LBRACE(B) celems(L) RBRACE(E). { A = mk_complit(ctx, B, X, L, E); }
pexpr(A) ::= littype(X) LBODY(B) celems(L) RBRACE(E). { A = mk_complit(ctx, B, X, L, E); }

/* Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" (and type literals) */
operand(A) ::= IDENT(N). [HIGHEST] { A = mk_ident(N); }
operand(A) ::= INT(T). { A = mk_basiclit(T); }
operand(A) ::= FLOAT(T). { A = mk_basiclit(T); }
operand(A) ::= IMAG(T). { A = mk_basiclit(T); }
operand(A) ::= CHAR(T). { A = mk_basiclit(T); }
operand(A) ::= STRING(T). { A = mk_basiclit(T); }
operand(A) ::= LPAREN(P) expr(X) RPAREN. { A = mk_paren(P, X); }
operand(A) ::= funclit(F). { A = F; }
operand(A) ::= littype(T). [LOWEST] { A = T; }
operand(A) ::= functype(T). [LOWEST] { A = T; }
operand(A) ::= chantype(T). { A = T; }
operand(A) ::= interfacetype(T). { A = T; }
/* FunctionLit = "func" Signature FunctionBody */
funclit(A) ::= functype(T) fbody(B). { A = mk_funclit(T, B); }
fbody(A) ::= lbrace(L) stmtlist(S) RBRACE(R). { A = mk_block(L, S, R); }

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" */
celems(A) ::= . { A = list_none(); }
celems(A) ::= celist(L) ocomma. { A = L; }
celist(A) ::= celem(E). { A = list_one(E); }
celist(A) ::= celist(L) COMMA celem(E). { A = list_add(L, E); }
celem(A) ::= cval(V). { A = V; }
celem(A) ::= cval(K) COLON(C) cval(V). { A = mk_keyvalue(C, K, V); }
cval(A) ::= expr(X). { A = X; }
cval(A) ::= LBRACE(B) celems(L) RBRACE(E). { A = mk_complit(ctx, B, NULL, L, E); }

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(X). { A = X; }
exprlist(A) ::= expr(X). { A = list_one(X); }
exprlist(A) ::= exprlist(L) COMMA expr(X). { A = list_add(L, X); }

/* ---- statements */
block(A) ::= LBRACE(L) stmtlist(S) RBRACE(R). { A = mk_block(L, S, R); }
/* the body of if/for/switch: the '{' ending a header */
body(A) ::= hdrbrace(L) stmtlist(S) RBRACE(R). { A = mk_block(L, S, R); }
hdrbrace(A) ::= LBODY(L). { A = L; parse_hdr_end(ctx); }
%type hdrbrace {Token}

stmtlist(A) ::= ostmt(S). { A = list_one(S); }
stmtlist(A) ::= stmtlist(L) SEMI ostmt(S). { A = list_add(L, S); }
ostmt(A) ::= . { A = NULL; }
ostmt(A) ::= stmt(S). { A = S; }

stmt(A) ::= decl(D). { A = mk_declstmt(D); }
stmt(A) ::= simple(S). { A = S; }
stmt(A) ::= IDENT(L) COLON ostmt(S). { A = mk_labeled(L, S); }
stmt(A) ::= GO(K) expr(X). { A = mk_gostmt(ctx, K, X); }
stmt(A) ::= DEFER(K) expr(X). { A = mk_gostmt(ctx, K, X); }
stmt(A) ::= RETURN(K) oexprlist(L). { A = mk_return(K, L); }
stmt(A) ::= BREAK(K). { A = mk_branch(K, NULL); }
stmt(A) ::= BREAK(K) IDENT(L). { A = mk_branch(K, &L); }
stmt(A) ::= CONTINUE(K). { A = mk_branch(K, NULL); }
stmt(A) ::= CONTINUE(K) IDENT(L). { A = mk_branch(K, &L); }
stmt(A) ::= GOTO(K) IDENT(L). { A = mk_branch(K, &L); }
stmt(A) ::= FALLTHROUGH(K). { A = mk_branch(K, NULL); }
stmt(A) ::= block(B). { A = B; }
stmt(A) ::= ifstmt(S). { A = S; }
stmt(A) ::= switchstmt(S). { A = S; }
stmt(A) ::= selectstmt(S). { A = S; }
stmt(A) ::= forstmt(S). { A = S; }
oexprlist(A) ::= . { A = list_none(); }
oexprlist(A) ::= exprlist(L). { A = L; }

/* SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl */
simple(A) ::= expr(X). { A = mk_exprstmt(X); }
simple(A) ::= expr(C) ARROW(O) expr(X). { A = mk_send(O, C, X); }
simple(A) ::= expr(X) INC(O). { A = mk_incdec(O, X); }
simple(A) ::= expr(X) DEC(O). { A = mk_incdec(O, X); }
simple(A) ::= expr(X) ASSIGNOP(O) expr(Y). { A = mk_assign(O, list_one(X), list_one(Y)); }
simple(A) ::= exprlist(L) ASSIGN(O) exprlist(R). { A = mk_assign(O, L, R); }
simple(A) ::= exprlist(L) DEFINE(O) exprlist(R). { A = mk_assign(O, L, R); }
osimple(A) ::= . { A = NULL; }
osimple(A) ::= simple(S). { A = S; }

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] */
ifstmt(A) ::= IF(K) osimple(C) body(B) oelse(E). { A = mk_if(ctx, K, NULL, NULL, C, B, E); }
ifstmt(A) ::= IF(K) osimple(I) SEMI(S) osimple(C) body(B) oelse(E). { A = mk_if(ctx, K, I, &S, C, B, E); }
oelse(A) ::= . { A = NULL; }
oelse(A) ::= ELSE ifstmt(S). { A = S; }
oelse(A) ::= ELSE block(B). { A = B; }

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block */
forstmt(A) ::= FOR(K) osimple(C) body(B). { A = mk_for(ctx, K, NULL, C, NULL, B); }
forstmt(A) ::= FOR(K) osimple(I) SEMI osimple(C) SEMI osimple(P) body(B). { A = mk_for(ctx, K, I, C, P, B); }
forstmt(A) ::= rangeclause(R) body(B). { A = mk_forrange(R, B); }
/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression */
rangeclause(A) ::= FOR(K) RANGE expr(X). { A = mk_range(K, list_none(), NULL, X); }
rangeclause(A) ::= FOR(K) exprlist(L) ASSIGN(O) RANGE expr(X). { A = mk_range(K, L, &O, X); }
rangeclause(A) ::= FOR(K) exprlist(L) DEFINE(O) RANGE expr(X). { A = mk_range(K, L, &O, X); }

/* SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" { CaseClause } "}" */
switchstmt(A) ::= SWITCH(K) osimple(T) hdrbrace caseclauses(L) RBRACE(R). { A = mk_switch(ctx, K, NULL, T, L, R); }
switchstmt(A) ::= SWITCH(K) osimple(I) SEMI osimple(T) hdrbrace caseclauses(L) RBRACE(R). { A = mk_switch(ctx, K, I, T, L, R); }
caseclauses(A) ::= . { A = list_none(); }
caseclauses(A) ::= caseclauses(L) caseclause(C). { A = list_add(L, C); }
caseclause(A) ::= CASE(K) exprlist(E) COLON stmtlist(S). { A = mk_case(K, E, S); }
caseclause(A) ::= DEFAULT(K) COLON stmtlist(S). { A = mk_case(K, list_none(), S); }

/* SelectStmt = "select" "{" { CommClause } "}" */
selectstmt(A) ::= SELECT(K) lbrace commclauses(L) RBRACE. { A = mk_select(K, L); }
commclauses(A) ::= . { A = list_none(); }
commclauses(A) ::= commclauses(L) commclause(C). { A = list_add(L, C); }
commclause(A) ::= CASE(K) simple(S) COLON stmtlist(L). { A = mk_commcase(ctx, K, S, L); }
commclause(A) ::= DEFAULT(K) COLON stmtlist(L). { A = mk_commcase(ctx, K, NULL, L); }

%code {

/* ---- header tracking (see the note at the top) */

static void hdr_push(ParseCtx *c)
{
	if (c->nhdr == c->caphdr) {
		c->caphdr = c->caphdr ? c->caphdr * 2 : 16;
		c->hdr = xrealloc(c->hdr, c->caphdr * sizeof *c->hdr);
		c->hdrkw = xrealloc(c->hdrkw, c->caphdr * sizeof *c->hdrkw);
		c->hdrsemi = xrealloc(c->hdrsemi, c->caphdr * sizeof *c->hdrsemi);
	}
	c->hdrsemi[c->nhdr] = 0;
	c->hdr[c->nhdr++] = 0;
}

/* The '{' of an if/for/switch body was shifted: the header is over.  Lemon
 * runs this reduction when the token after the '{' arrives, so the filter
 * has already counted that brace (and maybe the next token) in the header's
 * depth: hand the count over to the enclosing header. */
void parse_hdr_end(ParseCtx *c)
{
	if (c->nhdr == 0)
		return;
	int d = c->hdr[--c->nhdr];
	if (c->nhdr > 0)
		c->hdr[c->nhdr - 1] += d;
}

void syntax_error_at(ParseCtx *c, Pos pos, const char *msg)
{
	if (c->failed)
		return;
	c->failed = true;
	errorf(pos, "%s", msg);
}

/* ---- syntax error messages */

/* Can the parser, in its current configuration, shift token `tok`?
 * Simulates Lemon's reductions without touching the parser (empty rules can
 * push, but only once per state, so the loop ends).  It runs before every
 * token, so the state stack is not copied: entries below `lo` are read from
 * the parser's stack, the ones the simulation wrote from `st`. */
static bool can_shift(yyParser *p, int tok)
{
	static YYACTIONTYPE *st;
	static int cap;
	int n = (int)(p->yytos - p->yystack) + 1;
	int lo = n;
	if (n + 64 > cap) {
		cap = (n + 64) * 2;
		st = xrealloc(st, cap * sizeof *st);
	}
#define STATE(i) ((i) >= lo ? st[i] : p->yystack[i].stateno)
	for (;;) {
		YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, STATE(n - 1));
		if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
			/* a reduction pops at least as much as it pushes, minus one */
			int rule = act - YY_MIN_REDUCE;
			int base = n - 1 + yyRuleInfoNRhs[rule];
			if (base < 0)
				return false;
			YYACTIONTYPE next = yy_find_reduce_action(STATE(base), yyRuleInfoLhs[rule]);
			n = base + 2;
			if (n >= cap)
				return false;
			st[base + 1] = next;
			if (base + 1 < lo)
				lo = base + 1;
			continue;
		}
		return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
	}
#undef STATE
}

/* gc's spelling of a token in "unexpected X". */
static const char *tok_desc(int code, Token t)
{
	switch (code) {
	case 0:
		return "EOF";
	case TOK_SEMI:
		if (t.len == 1 && t.p[0] == ';')
			return "semicolon";
		return t.p[0] == 'E' ? "EOF" : "newline";
	case TOK_IDENT:
		return xstrndup(t.p, t.len);
	case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
		return xsprintf("literal %.*s", t.len, t.p);
	case TOK_COMMA:
		return "comma";
	case TOK_LBODY:
		return "{";
	}
	return xstrndup(t.p, t.len);
}

static bool starts_expr(int code)
{
	switch (code) {
	case TOK_IDENT: case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR:
	case TOK_STRING: case TOK_LPAREN: case TOK_FUNC: case TOK_LBRACK: case TOK_MAP:
	case TOK_STRUCT: case TOK_CHAN: case TOK_INTERFACE: case TOK_PLUS: case TOK_MINUS:
	case TOK_NOT: case TOK_CARET: case TOK_STAR: case TOK_AMP: case TOK_ARROW:
		return true;
	}
	return false;
}

/* The construct the innermost open bracket on the parser stack belongs to. */
enum { IN_NONE, IN_ARGS, IN_PARAMS, IN_COMPLIT, IN_STRUCT, IN_IFACE, IN_BLOCK, IN_GROUP, IN_TPARAMS };

static const char *sym_name(int major)
{
	return yyTokenName[major];
}

static int open_context(yyParser *p)
{
	int closed = 0;   /* closing brackets seen whose reduction is pending */
	for (yyStackEntry *e = p->yytos; e > p->yystack; e--) {
		const char *below = sym_name(e[-1].major);
		switch (e->major) {
		case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
			closed++;
			continue;
		case TOK_LPAREN: case TOK_LBRACK: case TOK_LBRACE: case TOK_LBODY:
			if (closed > 0) {
				closed--;
				continue;
			}
			break;
		}
		switch (e->major) {
		case TOK_LPAREN:
			if (!strcmp(below, "pexpr"))
				return IN_ARGS;
			if (!strcmp(below, "FUNC") || !strcmp(below, "IDENT") ||
			    !strcmp(below, "tparams") || !strcmp(below, "params"))
				return IN_PARAMS;
			if (!strcmp(below, "IMPORT") || !strcmp(below, "VAR") ||
			    !strcmp(below, "CONST") || !strcmp(below, "TYPE"))
				return IN_GROUP;
			return IN_NONE;
		case TOK_LBRACK:
			if (e - p->yystack >= 2 && !strcmp(below, "IDENT") &&
			    (!strcmp(sym_name(e[-2].major), "FUNC") || !strcmp(sym_name(e[-2].major), "TYPE")))
				return IN_TPARAMS;
			return IN_NONE;
		case TOK_LBRACE: case TOK_LBODY:
			if (!strcmp(below, "pexpr") || !strcmp(below, "littype") ||
			    !strcmp(below, "COMMA") || !strcmp(below, "LBRACE") ||
			    !strcmp(below, "COLON"))
				return IN_COMPLIT;
			return IN_BLOCK;
		default:
			if (!strcmp(sym_name(e->major), "lbrace")) {
				if (!strcmp(below, "STRUCT"))
					return IN_STRUCT;
				if (!strcmp(below, "INTERFACE"))
					return IN_IFACE;
				return IN_BLOCK;
			}
			if (!strcmp(sym_name(e->major), "hdrbrace"))
				return IN_BLOCK;
		}
	}
	return IN_NONE;
}

/* "expecting a, b or c" over the punctuation the parser would accept. */
static const char *expecting_list(yyParser *p)
{
	static const struct { int tok; const char *name; } cands[] = {
		{TOK_IDENT, "name"}, {TOK_COMMA, "comma"}, {TOK_COLON, ":"},
		{TOK_LPAREN, "("}, {TOK_RPAREN, ")"}, {TOK_RBRACK, "]"},
		{TOK_LBRACE, "{"}, {TOK_RBRACE, "}"},
	};
	const char *names[8];
	int n = 0;
	/* when an expression could go on, ( and { would only continue it */
	bool inexpr = can_shift(p, TOK_PLUS);
	for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++) {
		if (inexpr && (cands[i].tok == TOK_LPAREN || cands[i].tok == TOK_LBRACE))
			continue;
		if (can_shift(p, cands[i].tok))
			names[n++] = cands[i].name;
	}
	if (n == 0)
		return NULL;
	Buf b = {0};
	for (int i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(&b, i == n - 1 ? " or " : ", ");
		buf_puts(&b, names[i]);
	}
	return b.s;
}

static void report_syntax_error(void *parser, ParseCtx *c, int major, Token tok)
{
	yyParser *p = parser;
	if (c->failed)
		return;
	const char *un = tok_desc(major, tok);
	const char *msg = NULL;
	int prev = c->prev;
	bool want_expr = can_shift(p, TOK_IDENT) && can_shift(p, TOK_INT);
	bool want_decl = can_shift(p, TOK_CONST) && !can_shift(p, TOK_IDENT);
	bool want_rbrace = can_shift(p, TOK_RBRACE);
	bool want_semi = can_shift(p, TOK_SEMI);
	int in = open_context(p);

	if (prev == -1) {
		msg = "syntax error: package statement must be first";
	} else if (prev == TOK_ELLIPSIS && !want_expr && can_shift(p, TOK_MAP)) {
		msg = "syntax error: ... is missing type";
	} else if (prev == TOK_CHAN || (prev == TOK_ARROW && c->prev2 == TOK_CHAN)) {
		msg = "syntax error: missing channel element type";
	} else if (major == TOK_VAR && (prev == TOK_IF || prev == TOK_FOR || prev == TOK_SWITCH)) {
		msg = xsprintf("syntax error: var declaration not allowed in %s initializer",
			prev == TOK_IF ? "if" : prev == TOK_FOR ? "for" : "switch");
		tok.pos = c->nextpos;
	} else if (want_decl && major == TOK_LBRACE && prev == TOK_SEMI) {
		msg = "syntax error: unexpected semicolon or newline before {";
	} else if (want_decl && major != 0) {
		msg = "syntax error: non-declaration statement outside function body";
	} else if (prev == TOK_ELSE) {
		msg = "syntax error: else must be followed by if or statement block";
	} else if (c->nhdr > 0 && can_shift(p, TOK_LBODY) && !want_expr &&
	           (major == TOK_SEMI || major == TOK_LBRACE) &&
	           !strcmp(c->hdrkw[c->nhdr - 1], "switch")) {
		msg = "syntax error: missing { after switch clause";
	} else if (c->nhdr > 0 && can_shift(p, TOK_LBODY) && !want_expr &&
	           (major == TOK_SEMI || major == TOK_LBRACE)) {
		msg = xsprintf("syntax error: unexpected %s, expecting { after %s clause", un,
			c->hdrkw[c->nhdr - 1]);
	} else if (c->nhdr > 0 && c->hdr[c->nhdr - 1] == 0 && can_shift(p, TOK_LBODY) && !want_expr &&
	           major != TOK_LBODY) {
		msg = xsprintf("syntax error: unexpected %s, expecting {%s", un,
			c->hdrsemi[c->nhdr - 1] >= 2 ? " after for clause" : "");
	} else if (major == 0 && (in == IN_ARGS || in == IN_PARAMS)) {
		msg = "syntax error: unexpected EOF, expecting )";
	} else if (major == 0 && in == IN_COMPLIT) {
		msg = "syntax error: unexpected EOF, expecting }";
	} else if (can_shift(p, TOK_CHAN) && !can_shift(p, TOK_IDENT)) {
		msg = xsprintf("syntax error: unexpected %s, expecting chan", un);
	} else if (c->nhdr > 0 && major == TOK_LBODY && !strcmp(c->hdrkw[c->nhdr - 1], "for") &&
	           want_semi && !want_rbrace) {
		msg = xsprintf("syntax error: unexpected %s, expecting %s", un,
			want_expr ? "for loop condition" : "semicolon or newline");
	} else if (want_expr && !starts_expr(major) && !can_shift(p, TOK_RPAREN) &&
	           !can_shift(p, TOK_RBRACE)) {
		msg = xsprintf("syntax error: unexpected %s, expecting expression", un);
	} else if (want_expr && !starts_expr(major) && !can_shift(p, TOK_TYPE) && in != IN_BLOCK &&
	           !can_shift(p, TOK_COMMA)) {
		msg = xsprintf("syntax error: unexpected %s, expecting expression", un);
	} else if (can_shift(p, TOK_STRING) && !want_semi && !want_expr &&
	           (major == TOK_INT || major == TOK_FLOAT || major == TOK_IMAG || major == TOK_CHAR)) {
		msg = "syntax error: import path must be a string";
	} else if (in == IN_STRUCT && major == TOK_LPAREN) {
		msg = "syntax error: cannot parenthesize embedded type";
	} else if (can_shift(p, TOK_STRING) && !want_semi && !want_expr) {
		msg = "syntax error: missing import path";
	} else if (prev == TOK_VAR || prev == TOK_CONST || prev == TOK_TYPE) {
		msg = xsprintf("syntax error: unexpected %s, expecting name", un);
	} else if (in == IN_TPARAMS && can_shift(p, TOK_COMMA) && can_shift(p, TOK_RBRACK)) {
		msg = xsprintf("syntax error: unexpected %s in parameter list; possibly missing comma or ]", un);
	} else if (in == IN_PARAMS && (prev == TOK_LPAREN || prev == TOK_COMMA) && !starts_expr(major) &&
	           major != TOK_ELLIPSIS) {
		msg = xsprintf("syntax error: unexpected %s, expecting )", un);
	} else if (in == IN_ARGS && can_shift(p, TOK_COMMA) && can_shift(p, TOK_RPAREN)) {
		msg = xsprintf("syntax error: unexpected %s in argument list; possibly missing comma or )", un);
	} else if (in == IN_PARAMS && can_shift(p, TOK_COMMA) && can_shift(p, TOK_RPAREN)) {
		msg = xsprintf("syntax error: unexpected %s in parameter list; possibly missing comma or )", un);
	} else if (in == IN_COMPLIT && can_shift(p, TOK_COMMA) && can_shift(p, TOK_RBRACE)) {
		msg = xsprintf("syntax error: unexpected %s in composite literal; possibly missing comma or }", un);
	} else if (in == IN_GROUP && want_semi && can_shift(p, TOK_RPAREN)) {
		msg = xsprintf("syntax error: unexpected %s in grouped declaration; possibly missing semicolon or newline or )", un);
	} else if (can_shift(p, TOK_ASSIGN) && can_shift(p, TOK_MAP) && !can_shift(p, TOK_COMMA)) {
		msg = xsprintf("syntax error: unexpected %s in type declaration", un);
	} else if ((in == IN_STRUCT || in == IN_IFACE) && want_semi) {
		msg = xsprintf("syntax error: unexpected %s in %s type; possibly missing semicolon or newline or }",
			un, in == IN_STRUCT ? "struct" : "interface");
	} else if (in == IN_BLOCK && can_shift(p, TOK_COLON) && !want_semi) {
		msg = xsprintf("syntax error: unexpected %s, expecting :", un);
	} else if (in == IN_BLOCK && want_semi && want_rbrace) {
		if (prev == TOK_SEMI || prev == TOK_LBRACE || prev == TOK_LBODY || prev == TOK_COLON)
			msg = xsprintf("syntax error: unexpected %s, expecting }", un);
		else
			msg = xsprintf("syntax error: unexpected %s at end of statement", un);
	} else if (want_semi && in == IN_NONE && major != TOK_SEMI && can_shift(p, 0) == false &&
	           !can_shift(p, TOK_RPAREN)) {
		msg = xsprintf("syntax error: unexpected %s after top level declaration", un);
	} else if (can_shift(p, TOK_TYPE) && can_shift(p, TOK_MAP) && !want_expr) {
		msg = xsprintf("syntax error: unexpected %s, expecting type", un);
	} else if (want_expr && can_shift(p, TOK_MAP) && !starts_expr(major)) {
		msg = xsprintf("syntax error: unexpected %s, expecting expression", un);
	} else if (can_shift(p, TOK_MAP) && !want_expr) {
		msg = xsprintf("syntax error: unexpected %s, expecting type", un);
	} else {
		const char *exp = expecting_list(p);
		if (exp)
			msg = xsprintf("syntax error: unexpected %s, expecting %s", un, exp);
		else
			msg = xsprintf("syntax error: unexpected %s", un);
	}
	syntax_error_at(c, tok.pos, msg);
}

/* ---- driver: lexer -> token filter -> parser */

Node *parse_file(int file, const char *src, size_t len)
{
	ParseCtx ctx = {0};
	ctx.file = file;
	ctx.prev = -2;
	Lexer *lx = lexer_new(file, src, len);
	yyParser parser;
	ParseInit(&parser, &ctx);
	Token t;
	int errs = nerrors;
	for (;;) {
		lexer_next(lx, &t);
		int code = t.code;
		switch (code) {
		case TOK_LPAREN: case TOK_LBRACK:
			if (ctx.nhdr)
				ctx.hdr[ctx.nhdr - 1]++;
			break;
		case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
			if (ctx.nhdr && ctx.hdr[ctx.nhdr - 1] > 0)
				ctx.hdr[ctx.nhdr - 1]--;
			break;
		case TOK_SEMI:
			if (ctx.nhdr && ctx.hdr[ctx.nhdr - 1] == 0)
				ctx.hdrsemi[ctx.nhdr - 1]++;
			break;
		case TOK_CASE: case TOK_DEFAULT:
			/* a label needs a statement unless it ends the block */
			if (parser.yytos->major == TOK_COLON && parser.yytos[-1].major == TOK_IDENT) {
				syntax_error_at(&ctx, parser.yytos->minor.yy0.pos,
					"syntax error: missing statement after label");
				goto out;
			}
			break;
		case TOK_LBRACE:
			if (ctx.nhdr) {
				if (ctx.hdr[ctx.nhdr - 1] == 0)
					code = t.code = TOK_LBODY;
				ctx.hdr[ctx.nhdr - 1]++;
			}
			break;
		}
		if (ctx.prev == -2 && code != TOK_PACKAGE)
			ctx.prev = -1;   /* no package clause */
		/* check first: Lemon's default reductions would blur the set of
		 * expected tokens the message is derived from */
		if (!can_shift(&parser, code)) {
			if (code == TOK_VAR) {
				/* gc reports a misplaced var at the token after it */
				Token next;
				lexer_next(lx, &next);
				ctx.nextpos = next.pos;
			}
			report_syntax_error(&parser, &ctx, code, t);
			break;
		}
		Parse(&parser, code, t);
		if (ctx.failed || code == 0)
			break;
		ctx.prev2 = ctx.prev;
		ctx.prev = code;
		/* after Parse: a pending header-end reduction fires on this token */
		if (code == TOK_IF || code == TOK_FOR || code == TOK_SWITCH) {
			hdr_push(&ctx);
			ctx.hdrkw[ctx.nhdr - 1] = code == TOK_IF ? "if" : code == TOK_FOR ? "for" : "switch";
		}
	}
out:
	/* like gc, still report the lexical errors in the rest of the file */
	if (ctx.failed)
		while (t.code != 0)
			lexer_next(lx, &t);
	ParseFinalize(&parser);
	if (ctx.failed || nerrors > errs)
		return NULL;
	return ctx.result;
}
}
