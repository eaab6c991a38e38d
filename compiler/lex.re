/*
 * lex.re: the Go lexer (re2c).  Turns a NUL-terminated source buffer into
 * tokens carrying Lemon token codes (parse.h), with Go's automatic semicolon
 * insertion.  Positions are 1-based lines and 1-based byte columns, as gc
 * counts them.  Errors use gc's wording and the lexer keeps going after them.
 *
 * re2c dispatches on the first bytes (keywords, operators, comments, the fast
 * paths of identifiers and simple strings); numbers, escapes, non-ASCII
 * identifiers, raw strings and runes are finished by small C scanners below.
 */
#include <string.h>
#include "gosub.h"
#include "parse.h"

#define TOK_EOF 0   /* Lemon: end of input */

struct Lexer {
	const unsigned char *src, *cur, *end;
	const unsigned char *linestart;   /* first byte of the current line */
	int line, file;
	bool nlsemi;                      /* a newline here becomes a ';' */
};

/* ---- Unicode classes (generated from the Unicode database, ranges above 0x7F) */

#include "lex_unicode.h"

static bool in_table(const uint32_t (*t)[2], int n, uint32_t c)
{
	int lo = 0, hi = n - 1;
	while (lo <= hi) {
		int m = (lo + hi) / 2;
		if (c < t[m][0])
			hi = m - 1;
		else if (c > t[m][1])
			lo = m + 1;
		else
			return true;
	}
	return false;
}

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

static bool is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) - 'a' < 26 || c == '_';
	return in_table(uni_letter, NELEM(uni_letter), c);
}

static bool is_digit(uint32_t c)
{
	if (c < 0x80)
		return c - '0' < 10;
	return in_table(uni_digit, NELEM(uni_digit), c);
}

static bool is_print(uint32_t c)
{
	if (c < 0x80)
		return c >= 0x20 && c < 0x7f;
	return in_table(uni_graphic, NELEM(uni_graphic), c);
}

/* Decodes one UTF-8 sequence at p (p < end).  Returns the rune, or -1 for an
 * invalid encoding; *n gets the number of bytes consumed (1 when invalid). */
static int32_t utf8_decode(const unsigned char *p, const unsigned char *end, int *n)
{
	unsigned c = p[0];
	*n = 1;
	if (c < 0x80)
		return c;
	int len;
	uint32_t r, min;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, r = c & 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, r = c & 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, r = c & 0x07, min = 0x10000;
	else
		return -1;
	if (end - p < len)
		return -1;
	for (int i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return -1;
		r = r << 6 | (p[i] & 0x3F);
	}
	if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		return -1;
	*n = len;
	return (int32_t)r;
}

/* ---- errors */

static Pos pos_at(Lexer *lx, const unsigned char *p)
{
	return (Pos){lx->file, lx->line, (int32_t)(p - lx->linestart) + 1};
}

#define lex_error(lx, p, ...) errorf(pos_at(lx, p), __VA_ARGS__)

/* gc's %#U: U+0040 '@' (the quoted form only for printable runes). */
static void bad_char(Lexer *lx, const unsigned char *p, uint32_t c)
{
	if (is_print(c))
		lex_error(lx, p, "invalid character U+%04X '%.*s'", c,
			c < 0x80 ? 1 : (c < 0x800 ? 2 : (c < 0x10000 ? 3 : 4)), (const char *)p);
	else
		lex_error(lx, p, "invalid character U+%04X", c);
}

/* Checks the non-ASCII or NUL byte at *pp inside a comment or literal and
 * steps over it; reports invalid UTF-8, NUL and BOM as gc does. */
static void check_special(Lexer *lx, const unsigned char **pp)
{
	const unsigned char *p = *pp;
	if (*p == 0) {
		lex_error(lx, p, "invalid NUL character");
		*pp = p + 1;
		return;
	}
	int n;
	int32_t r = utf8_decode(p, lx->end, &n);
	if (r < 0)
		lex_error(lx, p, "invalid UTF-8 encoding");
	else if (r == 0xFEFF)
		lex_error(lx, p, "invalid BOM in the middle of the file");
	*pp = p + n;
}

static void newline(Lexer *lx, const unsigned char *nl)
{
	lx->line++;
	lx->linestart = nl + 1;
}

/* ---- comments */

/* Line comment: stops at the newline (or end). */
static void skip_line_comment(Lexer *lx)
{
	const unsigned char *p = lx->cur;
	for (;;) {
		unsigned c = *p;
		if (c == '\n')
			break;
		if (c == 0 && p >= lx->end)
			break;
		if (c == 0 || c >= 0x80)
			check_special(lx, &p);
		else
			p++;
	}
	lx->cur = p;
}

/* General comment; lx->cur is after the opening slash-star.  Returns whether
 * it contained a newline. */
static bool skip_block_comment(Lexer *lx, Pos start)
{
	const unsigned char *p = lx->cur;
	bool nl = false;
	for (;;) {
		unsigned c = *p;
		if (c == '*' && p[1] == '/') {
			lx->cur = p + 2;
			return nl;
		}
		if (c == '\n') {
			nl = true;
			newline(lx, p);
			p++;
		} else if (c == 0 && p >= lx->end) {
			break;
		} else if (c == 0 || c >= 0x80) {
			check_special(lx, &p);
		} else {
			p++;
		}
	}
	lx->cur = p;
	errorf(start, "comment not terminated");
	return nl;
}

/* ---- literals */

static int hexval(unsigned c)
{
	if (c - '0' < 10)
		return c - '0';
	c |= 0x20;
	if (c - 'a' < 6)
		return c - 'a' + 10;
	return 16;
}

/* gc's %q of a rune, for messages about a bad escape character. */
static void quote_rune(char *buf, size_t size, const unsigned char *p, const unsigned char *end)
{
	int n;
	int32_t r = utf8_decode(p, end, &n);
	switch (r) {
	case '\n': snprintf(buf, size, "'\\n'"); return;
	case '\t': snprintf(buf, size, "'\\t'"); return;
	case '\r': snprintf(buf, size, "'\\r'"); return;
	case '\'': snprintf(buf, size, "'\\''"); return;
	case '\\': snprintf(buf, size, "'\\\\'"); return;
	}
	if (r >= 0 && is_print(r))
		snprintf(buf, size, "'%.*s'", n, (const char *)p);
	else if (r < 0)
		snprintf(buf, size, "'\\ufffd'");
	else if (r < 0x10000)
		snprintf(buf, size, "'\\u%04x'", r);
	else
		snprintf(buf, size, "'\\U%08x'", r);
}

/* Escape sequence; *pp points after the backslash.  quote is ' or ".
 * Returns false after reporting an error (the caller keeps scanning). */
static bool scan_escape(Lexer *lx, const unsigned char **pp, int quote)
{
	const unsigned char *p = *pp;
	int n, base;
	uint32_t max;
	unsigned c = *p;
	switch (c) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
		*pp = p + 1;
		return true;
	case '\'': case '"':
		if ((int)c == quote) {
			*pp = p + 1;
			return true;
		}
		lex_error(lx, p, "unknown escape");
		return false;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x':
		p++, n = 2, base = 16, max = 255;
		break;
	case 'u':
		p++, n = 4, base = 16, max = 0x10FFFF;
		break;
	case 'U':
		p++, n = 8, base = 16, max = 0x10FFFF;
		break;
	default:
		if (c == 0 && p >= lx->end)
			return true;   /* the caller reports the unterminated literal */
		lex_error(lx, p, "unknown escape");
		return false;
	}
	uint32_t x = 0;
	for (int i = 0; i < n; i++, p++) {
		if (*p == 0 && p >= lx->end) {
			*pp = p;
			return true;
		}
		int d = hexval(*p);
		if (d >= base) {
			char q[32];
			quote_rune(q, sizeof q, p, lx->end);
			lex_error(lx, p, "invalid character %s in %s escape", q,
				base == 8 ? "octal" : "hexadecimal");
			*pp = p;
			return false;
		}
		x = x * base + d;
	}
	*pp = p;
	if (x > max && base == 8) {
		lex_error(lx, p, "octal escape value %u > 255", x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		lex_error(lx, p, "escape is invalid Unicode code point U+%04X", x);
		return false;
	}
	return true;
}

/* Interpreted string; lx->cur is after the opening quote. */
static void scan_string(Lexer *lx, const unsigned char *start)
{
	const unsigned char *p = lx->cur;
	for (;;) {
		unsigned c = *p;
		if (c == '"') {
			p++;
			break;
		}
		if (c == '\\') {
			p++;
			scan_escape(lx, &p, '"');
		} else if (c == '\n') {
			lex_error(lx, p, "newline in string");
			break;
		} else if (c == 0 && p >= lx->end) {
			lex_error(lx, start, "string not terminated");
			break;
		} else if (c == 0 || c >= 0x80) {
			check_special(lx, &p);
		} else {
			p++;
		}
	}
	lx->cur = p;
}

/* Raw string; lx->cur is after the opening back quote. */
static void scan_raw_string(Lexer *lx, Pos start)
{
	const unsigned char *p = lx->cur;
	for (;;) {
		unsigned c = *p;
		if (c == '`') {
			p++;
			break;
		}
		if (c == '\n') {
			newline(lx, p);
			p++;
		} else if (c == 0 && p >= lx->end) {
			errorf(start, "string not terminated");
			break;
		} else if (c == 0 || c >= 0x80) {
			check_special(lx, &p);
		} else {
			p++;
		}
	}
	lx->cur = p;
}

/* Rune literal; lx->cur is after the opening quote. */
static void scan_rune(Lexer *lx, const unsigned char *start)
{
	const unsigned char *p = lx->cur;
	bool ok = true;
	for (int n = 0;; n++) {
		unsigned c = *p;
		if (c == '\'') {
			if (ok && n == 0)
				lex_error(lx, p, "empty rune literal or unescaped '");
			else if (ok && n != 1)
				lex_error(lx, start, "more than one character in rune literal");
			p++;
			break;
		}
		if (c == '\\') {
			p++;
			if (!scan_escape(lx, &p, '\''))
				ok = false;
		} else if (c == '\n') {
			if (ok)
				lex_error(lx, p, "newline in rune literal");
			break;
		} else if (c == 0 && p >= lx->end) {
			if (ok)
				lex_error(lx, start, "rune literal not terminated");
			break;
		} else if (c == 0 || c >= 0x80) {
			check_special(lx, &p);
		} else {
			p++;
		}
	}
	lx->cur = p;
}

/* Digits of a number in base (2, 8, 10 or 16), '_' allowed.  Records the
 * first digit too large for base in *invalid; *digsep |= 1 for a digit, 2 for '_'. */
static const unsigned char *scan_digits(const unsigned char *p, int base,
	const unsigned char **invalid, int *digsep)
{
	if (base <= 10) {
		unsigned max = '0' + base;
		for (;; p++) {
			if (*p == '_') {
				*digsep |= 2;
			} else if ((unsigned)(*p - '0') < 10) {
				*digsep |= 1;
				if (*p >= max && !*invalid)
					*invalid = p;
			} else {
				break;
			}
		}
	} else {
		for (;; p++) {
			if (*p == '_')
				*digsep |= 2;
			else if (hexval(*p) < 16)
				*digsep |= 1;
			else
				break;
		}
	}
	return p;
}

/* Index of the first '_' that does not separate two digits, or -1.  A base
 * prefix counts as a digit. */
static int bad_separator(const unsigned char *s, int n)
{
	bool hex = false;
	int i = 0;
	char prev = '.';   /* '0' digit, '_' separator, '.' anything else */
	if (n >= 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
		hex = (s[1] | 0x20) == 'x';
		prev = '0';
		i = 2;
	}
	for (; i < n; i++) {
		unsigned c = s[i];
		if (c == '_') {
			if (prev != '0')
				return i;
			prev = '_';
		} else if (c - '0' < 10 || (hex && hexval(c) < 16)) {
			prev = '0';
		} else {
			if (prev == '_')
				return i - 1;
			prev = '.';
		}
	}
	return prev == '_' ? n - 1 : -1;
}

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 16: return "hexadecimal";
	}
	return "decimal";
}

/* Number literal starting at start (a digit, or '.' followed by a digit).
 * Returns TOK_INT, TOK_FLOAT or TOK_IMAG.  Like gc, it always consumes the
 * whole literal and reports only its first problem. */
static int scan_number(Lexer *lx, const unsigned char *start)
{
	const unsigned char *p = start, *invalid = NULL;
	int base = 10, digsep = 0, tok = TOK_INT;
	char prefix = 0;
	bool ok = true;

	if (*p != '.') {
		if (*p == '0') {
			p++;
			switch (*p | 0x20) {
			case 'x': p++, base = 16, prefix = 'x'; break;
			case 'o': p++, base = 8, prefix = 'o'; break;
			case 'b': p++, base = 2, prefix = 'b'; break;
			default: base = 8, prefix = '0', digsep = 1; break;
			}
		}
		p = scan_digits(p, base, &invalid, &digsep);
		if (*p == '.') {
			if (prefix == 'o' || prefix == 'b') {
				lex_error(lx, p, "invalid radix point in %s literal", base_name(base));
				ok = false;
			}
			p++;
			tok = TOK_FLOAT;
		}
	} else {
		p++;
		tok = TOK_FLOAT;
	}
	if (tok == TOK_FLOAT)
		p = scan_digits(p, base, &invalid, &digsep);
	if (!(digsep & 1) && ok) {
		lex_error(lx, p, "%s literal has no digits", base_name(base));
		ok = false;
	}
	unsigned e = *p | 0x20;
	if (e == 'e' || e == 'p') {
		if (ok && e == 'e' && prefix != 0 && prefix != '0') {
			lex_error(lx, p, "'%c' exponent requires decimal mantissa", *p);
			ok = false;
		} else if (ok && e == 'p' && prefix != 'x') {
			lex_error(lx, p, "'%c' exponent requires hexadecimal mantissa", *p);
			ok = false;
		}
		p++;
		tok = TOK_FLOAT;
		if (*p == '+' || *p == '-')
			p++;
		int ds = 0;
		const unsigned char *unused = NULL;
		p = scan_digits(p, 10, &unused, &ds);
		digsep = ds | (digsep & 2);
		if (!(ds & 1) && ok) {
			lex_error(lx, p, "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && tok == TOK_FLOAT && ok) {
		lex_error(lx, p, "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}
	if (*p == 'i') {
		p++;
		tok = TOK_IMAG;
	}
	lx->cur = p;
	if (tok == TOK_INT && invalid && ok) {
		lex_error(lx, invalid, "invalid digit '%c' in %s literal", *invalid, base_name(base));
		ok = false;
	}
	if ((digsep & 2) && ok) {
		int i = bad_separator(start, (int)(p - start));
		if (i >= 0)
			lex_error(lx, start + i, "'_' must separate successive digits");
	}
	return tok;
}

/* gc's %#U with " in identifier" */
static void bad_ident_char(Lexer *lx, const unsigned char *p, uint32_t r, int n)
{
	if (is_print(r))
		lex_error(lx, p, "invalid character U+%04X '%.*s' in identifier", r, n, (const char *)p);
	else
		lex_error(lx, p, "invalid character U+%04X in identifier", r);
}

/* Rest of an identifier at lx->cur (ASCII or not).  As in gc, any non-ASCII
 * character continues it, with an error unless it is a letter or digit. */
static void scan_ident_tail(Lexer *lx)
{
	const unsigned char *p = lx->cur;
	for (;;) {
		unsigned c = *p;
		if (c < 0x80) {
			if (is_letter(c) || c - '0' < 10) {
				p++;
				continue;
			}
			break;
		}
		int n;
		int32_t r = utf8_decode(p, lx->end, &n);
		if (r < 0) {
			lex_error(lx, p, "invalid UTF-8 encoding");
		} else if (r == 0xFEFF) {
			lex_error(lx, p, "invalid BOM in the middle of the file");
		} else if (!(is_letter(r) || is_digit(r))) {
			bad_ident_char(lx, p, r, n);
		}
		p += n;
	}
	lx->cur = p;
}

/* ---- the lexer proper */

Lexer *lexer_new(int file, const char *src, size_t len)
{
	Lexer *lx = xmalloc(sizeof *lx);
	lx->src = (const unsigned char *)src;
	lx->cur = lx->src;
	lx->end = lx->src + len;
	lx->linestart = lx->src;
	lx->line = 1;
	lx->file = file;
	if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
		lx->cur += 3;   /* a leading BOM is ignored */
	return lx;
}

void lexer_next(Lexer *lx, Token *t)
{
	const unsigned char *tok, *mar;
	int code;
	bool semi;

again:
	tok = lx->cur;
	t->pos = pos_at(lx, tok);
	semi = false;
	/*!re2c
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYCURSOR = lx->cur;
	re2c:define:YYMARKER = mar;
	re2c:yyfill:enable = 0;

	[ \t\r]+ { goto again; }
	"\n" {
		if (lx->nlsemi) {
			lx->nlsemi = false;
			newline(lx, tok);
			t->code = TOK_SEMI;
			t->p = "newline";
			t->len = 7;
			return;
		}
		newline(lx, tok);
		goto again;
	}
	"//" {
		skip_line_comment(lx);
		goto again;
	}
	"/*" {
		if (skip_block_comment(lx, t->pos) && lx->nlsemi) {
			lx->nlsemi = false;
			t->code = TOK_SEMI;
			t->p = "newline";
			t->len = 7;
			return;
		}
		goto again;
	}
	"\x00" {
		if (tok >= lx->end) {
			lx->cur = tok;
			if (lx->nlsemi) {
				lx->nlsemi = false;
				t->code = TOK_SEMI;
				t->p = "EOF";
				t->len = 3;
				return;
			}
			t->code = TOK_EOF;
			t->p = "EOF";
			t->len = 3;
			return;
		}
		lex_error(lx, tok, "invalid NUL character");
		goto again;
	}

	"break"       { code = TOK_BREAK; semi = true; goto kw; }
	"case"        { code = TOK_CASE; goto kw; }
	"chan"        { code = TOK_CHAN; goto kw; }
	"const"       { code = TOK_CONST; goto kw; }
	"continue"    { code = TOK_CONTINUE; semi = true; goto kw; }
	"default"     { code = TOK_DEFAULT; goto kw; }
	"defer"       { code = TOK_DEFER; goto kw; }
	"else"        { code = TOK_ELSE; goto kw; }
	"fallthrough" { code = TOK_FALLTHROUGH; semi = true; goto kw; }
	"for"         { code = TOK_FOR; goto kw; }
	"func"        { code = TOK_FUNC; goto kw; }
	"go"          { code = TOK_GO; goto kw; }
	"goto"        { code = TOK_GOTO; goto kw; }
	"if"          { code = TOK_IF; goto kw; }
	"import"      { code = TOK_IMPORT; goto kw; }
	"interface"   { code = TOK_INTERFACE; goto kw; }
	"map"         { code = TOK_MAP; goto kw; }
	"package"     { code = TOK_PACKAGE; goto kw; }
	"range"       { code = TOK_RANGE; goto kw; }
	"return"      { code = TOK_RETURN; semi = true; goto kw; }
	"select"      { code = TOK_SELECT; goto kw; }
	"struct"      { code = TOK_STRUCT; goto kw; }
	"switch"      { code = TOK_SWITCH; goto kw; }
	"type"        { code = TOK_TYPE; goto kw; }
	"var"         { code = TOK_VAR; goto kw; }

	[a-zA-Z_][a-zA-Z_0-9]* {
		if (*lx->cur >= 0x80)
			scan_ident_tail(lx);
		code = TOK_IDENT;
		semi = true;
		goto done;
	}
	[\x80-\xff] {
		int n;
		int32_t r = utf8_decode(tok, lx->end, &n);
		lx->cur = tok + n;
		if (r < 0) {
			lex_error(lx, tok, "invalid UTF-8 encoding");
			goto again;
		}
		if (is_letter(r)) {
			scan_ident_tail(lx);
			code = TOK_IDENT;
			semi = true;
			goto done;
		}
		if (r == 0xFEFF) {
			lex_error(lx, tok, "invalid BOM in the middle of the file");
			goto again;
		}
		if (is_digit(r)) {
			scan_ident_tail(lx);
			lex_error(lx, tok, "identifier cannot begin with digit U+%04X '%.*s'", r, n,
				(const char *)tok);
			code = TOK_IDENT;
			semi = true;
			goto done;
		}
		bad_ident_char(lx, tok, r, n);
		scan_ident_tail(lx);
		code = TOK_IDENT;
		semi = true;
		goto done;
	}

	[0-9] | "." [0-9] {
		code = scan_number(lx, tok);
		semi = true;
		goto done;
	}
	"\"" [^"\\\n\x00\x80-\xff]* "\"" {
		code = TOK_STRING;
		semi = true;
		goto done;
	}
	"\"" {
		scan_string(lx, tok);
		code = TOK_STRING;
		semi = true;
		goto done;
	}
	"`" {
		scan_raw_string(lx, t->pos);
		code = TOK_STRING;
		semi = true;
		goto done;
	}
	"'" {
		scan_rune(lx, tok);
		code = TOK_CHAR;
		semi = true;
		goto done;
	}

	"+"   { code = TOK_PLUS; goto done; }
	"-"   { code = TOK_MINUS; goto done; }
	"*"   { code = TOK_STAR; goto done; }
	"/"   { code = TOK_SLASH; goto done; }
	"%"   { code = TOK_PERCENT; goto done; }
	"&"   { code = TOK_AMP; goto done; }
	"|"   { code = TOK_PIPE; goto done; }
	"^"   { code = TOK_CARET; goto done; }
	"<<"  { code = TOK_SHL; goto done; }
	">>"  { code = TOK_SHR; goto done; }
	"&^"  { code = TOK_ANDNOT; goto done; }
	"+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "&^="
	      { code = TOK_ASSIGNOP; goto done; }
	"&&"  { code = TOK_ANDAND; goto done; }
	"||"  { code = TOK_OROR; goto done; }
	"<-"  { code = TOK_ARROW; goto done; }
	"++"  { code = TOK_INC; semi = true; goto done; }
	"--"  { code = TOK_DEC; semi = true; goto done; }
	"=="  { code = TOK_EQ; goto done; }
	"!="  { code = TOK_NE; goto done; }
	"<"   { code = TOK_LT; goto done; }
	"<="  { code = TOK_LE; goto done; }
	">"   { code = TOK_GT; goto done; }
	">="  { code = TOK_GE; goto done; }
	"="   { code = TOK_ASSIGN; goto done; }
	":="  { code = TOK_DEFINE; goto done; }
	"!"   { code = TOK_NOT; goto done; }
	"~"   { code = TOK_TILDE; goto done; }
	"..." { code = TOK_ELLIPSIS; goto done; }
	"."   { code = TOK_DOT; goto done; }
	","   { code = TOK_COMMA; goto done; }
	";"   { code = TOK_SEMI; goto done; }
	":"   { code = TOK_COLON; goto done; }
	"("   { code = TOK_LPAREN; goto done; }
	")"   { code = TOK_RPAREN; semi = true; goto done; }
	"["   { code = TOK_LBRACK; goto done; }
	"]"   { code = TOK_RBRACK; semi = true; goto done; }
	"{"   { code = TOK_LBRACE; goto done; }
	"}"   { code = TOK_RBRACE; semi = true; goto done; }

	* {
		bad_char(lx, tok, *tok);
		goto again;
	}
	*/

kw:
	/* a keyword followed by a non-ASCII letter is an identifier */
	if (*lx->cur >= 0x80) {
		const unsigned char *p = lx->cur;
		scan_ident_tail(lx);
		if (lx->cur != p) {
			code = TOK_IDENT;
			semi = true;
		}
	}
done:
	(void)mar;
	lx->nlsemi = semi;
	t->code = code;
	t->p = (const char *)tok;
	t->len = (int)(lx->cur - tok);
}
