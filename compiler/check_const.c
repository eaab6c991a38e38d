/*
 * check_const.c: exact constant values with GMP (integers as mpz, floats and
 * complex parts as exact rationals), literal parsing, constant arithmetic,
 * representability and correctly rounded conversion to float32/float64.
 */
#include <string.h>
#include <math.h>
#include <stdlib.h>
#include "check.h"

ConstVal *const_new(ConstKind k)
{
	ConstVal *v = xmalloc(sizeof *v);
	v->kind = k;
	mpz_init(v->i);
	mpq_init(v->re);
	mpq_init(v->im);
	return v;
}

ConstVal *const_bool(bool b)
{
	ConstVal *v = const_new(CV_BOOL);
	v->b = b;
	return v;
}

ConstVal *const_int(int64_t x)
{
	ConstVal *v = const_new(CV_INT);
	mpz_set_si(v->i, x);
	return v;
}

ConstVal *const_str(const char *s, size_t n)
{
	ConstVal *v = const_new(CV_STRING);
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	v->s = p;
	v->slen = n;
	return v;
}

static ConstVal *copyval(ConstVal *x)
{
	ConstVal *v = const_new(x->kind);
	v->b = x->b;
	v->s = x->s;
	v->slen = x->slen;
	mpz_set(v->i, x->i);
	mpq_set(v->re, x->re);
	mpq_set(v->im, x->im);
	return v;
}

/* Widens x to kind k (INT < FLOAT < COMPLEX). */
ConstVal *const_to_kind(ConstVal *x, ConstKind k)
{
	if (x->kind == k || x->kind < CV_INT || k < CV_INT)
		return x;
	ConstVal *v = const_new(k);
	if (x->kind == CV_INT) {
		if (k == CV_INT) mpz_set(v->i, x->i);
		else mpq_set_z(v->re, x->i);
	} else if (x->kind == CV_FLOAT) {
		if (k == CV_INT) {
			mpz_tdiv_q(v->i, mpq_numref(x->re), mpq_denref(x->re));
		} else
			mpq_set(v->re, x->re);
	} else {
		if (k == CV_INT)
			mpz_tdiv_q(v->i, mpq_numref(x->re), mpq_denref(x->re));
		else
			mpq_set(v->re, x->re);
	}
	return v;
}

bool const_is_int(ConstVal *v)
{
	switch (v->kind) {
	case CV_INT: return true;
	case CV_FLOAT: return mpz_cmp_ui(mpq_denref(v->re), 1) == 0;
	case CV_COMPLEX: return mpz_cmp_ui(mpq_denref(v->re), 1) == 0 && mpq_sgn(v->im) == 0;
	default: return false;
	}
}

int const_sign(ConstVal *v)
{
	switch (v->kind) {
	case CV_INT: return mpz_sgn(v->i);
	case CV_FLOAT: return mpq_sgn(v->re);
	case CV_COMPLEX: return mpq_sgn(v->re) | mpq_sgn(v->im);
	default: return 0;
	}
}

ConstKind const_kind_of(Type *t)
{
	Type *u = underlying(t);
	if (is_boolean(u)) return CV_BOOL;
	if (is_string(u)) return CV_STRING;
	if (is_integer(u)) return CV_INT;
	if (is_float(u)) return CV_FLOAT;
	if (is_complex(u)) return CV_COMPLEX;
	return CV_NONE;
}

/* ---- literals */

static int hexval(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

static void put_utf8(Buf *b, uint32_t r)
{
	if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = 0xFFFD;
	if (r < 0x80)
		buf_putc(b, r);
	else if (r < 0x800) {
		buf_putc(b, 0xC0 | (r >> 6));
		buf_putc(b, 0x80 | (r & 0x3F));
	} else if (r < 0x10000) {
		buf_putc(b, 0xE0 | (r >> 12));
		buf_putc(b, 0x80 | ((r >> 6) & 0x3F));
		buf_putc(b, 0x80 | (r & 0x3F));
	} else {
		buf_putc(b, 0xF0 | (r >> 18));
		buf_putc(b, 0x80 | ((r >> 12) & 0x3F));
		buf_putc(b, 0x80 | ((r >> 6) & 0x3F));
		buf_putc(b, 0x80 | (r & 0x3F));
	}
}

/* Decodes one UTF-8 sequence at *p. */
static uint32_t get_utf8(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	uint32_t c = *p++;
	int n = 0;
	if (c >= 0xF0) { c &= 7; n = 3; }
	else if (c >= 0xE0) { c &= 15; n = 2; }
	else if (c >= 0xC0) { c &= 31; n = 1; }
	while (n-- > 0 && (*p & 0xC0) == 0x80)
		c = (c << 6) | (*p++ & 0x3F);
	*pp = p;
	return c;
}

/* One escape or character; returns false on error.  isbyte: \x and octal give a byte. */
static bool unescape1(const unsigned char **pp, uint32_t *r, bool *isbyte, int quote)
{
	const unsigned char *p = *pp;
	*isbyte = false;
	if (*p != '\\') {
		if (*p >= 0x80)
			*r = get_utf8(&p);
		else
			*r = *p++;
		*pp = p;
		return true;
	}
	p++;
	int c = *p++;
	int n = 0;
	uint32_t v = 0;
	switch (c) {
	case 'a': v = 7; break;
	case 'b': v = 8; break;
	case 'f': v = 12; break;
	case 'n': v = 10; break;
	case 'r': v = 13; break;
	case 't': v = 9; break;
	case 'v': v = 11; break;
	case '\\': v = '\\'; break;
	case '\'': case '"':
		if (c != quote) return false;
		v = c;
		break;
	case 'x': n = 2; *isbyte = true; goto hex;
	case 'u': n = 4; goto hex;
	case 'U': n = 8;
	hex:
		for (int i = 0; i < n; i++) {
			int h = hexval(*p++);
			if (h < 0) return false;
			v = v * 16 + h;
		}
		break;
	default:
		if (c >= '0' && c <= '7') {
			v = c - '0';
			for (int i = 0; i < 2; i++) {
				if (*p < '0' || *p > '7') return false;
				v = v * 8 + (*p++ - '0');
			}
			if (v > 255) return false;
			*isbyte = true;
			break;
		}
		return false;
	}
	*r = v;
	*pp = p;
	return true;
}

static void parse_decimal_float(mpq_t q, const char *s)
{
	/* digits [. digits] [e[+-]digits] */
	Buf m = {0};
	int frac = 0;
	bool dot = false;
	long exp = 0;
	for (; *s; s++) {
		if (*s == '.') { dot = true; continue; }
		if (*s == 'e' || *s == 'E') {
			exp = strtol(s + 1, NULL, 10);
			if (exp > 100000)
				exp = 100000;   /* beyond any float: saturate */
			if (exp < -100000) {
				mpq_set_ui(q, 0, 1);   /* underflows to zero */
				return;
			}
			break;
		}
		buf_putc(&m, *s);
		if (dot) frac++;
	}
	buf_putc(&m, 0);
	mpz_t num, p;
	mpz_init(num);
	mpz_init(p);
	mpz_set_str(num, m.s[0] ? m.s : "0", 10);
	exp -= frac;
	mpq_set_z(q, num);
	if (exp != 0) {
		mpz_ui_pow_ui(p, 10, labs(exp));
		mpq_t t;
		mpq_init(t);
		mpq_set_z(t, p);
		if (exp > 0) mpq_mul(q, q, t);
		else mpq_div(q, q, t);
		mpq_clear(t);
	}
	mpz_clear(num);
	mpz_clear(p);
}

static void parse_hex_float(mpq_t q, const char *s)
{
	/* 0x hexdigits [. hexdigits] p[+-]digits */
	s += 2;
	Buf m = {0};
	int frac = 0;
	bool dot = false;
	long exp = 0;
	for (; *s; s++) {
		if (*s == '.') { dot = true; continue; }
		if (*s == 'p' || *s == 'P') {
			exp = strtol(s + 1, NULL, 10);
			if (exp > 100000 || exp < -100000)
				exp = exp > 0 ? 100000 : -100000;   /* beyond any float: saturate */
			break;
		}
		buf_putc(&m, *s);
		if (dot) frac++;
	}
	buf_putc(&m, 0);
	mpz_t num;
	mpz_init(num);
	mpz_set_str(num, m.s[0] ? m.s : "0", 16);
	exp -= 4L * frac;
	mpq_set_z(q, num);
	if (exp > 0)
		mpq_mul_2exp(q, q, exp);
	else if (exp < 0)
		mpq_div_2exp(q, q, -exp);
	mpz_clear(num);
}

static bool parse_int(mpz_t z, const char *s)
{
	int base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { base = 16; s += 2; }
	else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { base = 2; s += 2; }
	else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) { base = 8; s += 2; }
	else if (s[0] == '0' && s[1]) { base = 8; s += 1; }
	return mpz_set_str(z, s, base) == 0;
}

ConstVal *const_from_lit(Node *lit)
{
	const char *raw = lit->str;
	size_t n = strlen(raw);
	ConstVal *v;
	switch (lit->lit) {
	case LIT_INT: case LIT_FLOAT: case LIT_IMAG: {
		char *s = xmalloc(n + 1);
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			if (raw[i] != '_') s[k++] = raw[i];
		s[k] = 0;
		if (lit->lit == LIT_IMAG) {
			s[--k] = 0;   /* drop the 'i' */
			v = const_new(CV_COMPLEX);
			bool isint = true;
			for (size_t i = 0; i < k; i++)
				if (s[i] == '.' || s[i] == 'e' || s[i] == 'E' || s[i] == 'p' || s[i] == 'P')
					isint = false;
			bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
			if (hex && isint) {
				mpz_t z; mpz_init(z);
				parse_int(z, s);
				mpq_set_z(v->im, z);
			} else if (hex)
				parse_hex_float(v->im, s);
			else if (isint && !(s[0] == '0' && (s[1] == 'b' || s[1] == 'B' || s[1] == 'o' || s[1] == 'O'))) {
				/* legacy: 0123i is decimal */
				parse_decimal_float(v->im, s);
			} else if (isint) {
				mpz_t z; mpz_init(z);
				parse_int(z, s);
				mpq_set_z(v->im, z);
			} else
				parse_decimal_float(v->im, s);
			return v;
		}
		if (lit->lit == LIT_INT) {
			v = const_new(CV_INT);
			if (!parse_int(v->i, s)) {
				errorf(lit->pos, "invalid integer literal %s", raw);
				return NULL;
			}
			return v;
		}
		v = const_new(CV_FLOAT);
		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
			parse_hex_float(v->re, s);
		else
			parse_decimal_float(v->re, s);
		return v;
	}
	case LIT_CHAR: {
		const unsigned char *p = (const unsigned char *)raw + 1;
		uint32_t r;
		bool isbyte;
		if (!unescape1(&p, &r, &isbyte, '\'') || *p != '\'') {
			errorf(lit->pos, "invalid rune literal %s", raw);
			return NULL;
		}
		v = const_new(CV_INT);
		mpz_set_ui(v->i, r);
		return v;
	}
	case LIT_STRING: {
		Buf b = {0};
		if (raw[0] == '`') {
			for (size_t i = 1; i + 1 < n; i++)
				if (raw[i] != '\r')
					buf_putc(&b, raw[i]);
		} else {
			const unsigned char *p = (const unsigned char *)raw + 1;
			const unsigned char *end = (const unsigned char *)raw + n - 1;
			while (p < end) {
				if (*p != '\\') {
					buf_putc(&b, *p++);
					continue;
				}
				uint32_t r;
				bool isbyte;
				if (!unescape1(&p, &r, &isbyte, '"')) {
					errorf(lit->pos, "invalid escape in string literal");
					return NULL;
				}
				if (isbyte) buf_putc(&b, r);
				else put_utf8(&b, r);
			}
		}
		return const_str(b.s ? b.s : "", b.n);
	}
	}
	return NULL;
}

/* ---- arithmetic */

static void cplx_mul(mpq_t rr, mpq_t ri, mpq_t ar, mpq_t ai, mpq_t br, mpq_t bi)
{
	mpq_t t1, t2, t3, t4;
	mpq_inits(t1, t2, t3, t4, NULL);
	mpq_mul(t1, ar, br);
	mpq_mul(t2, ai, bi);
	mpq_mul(t3, ar, bi);
	mpq_mul(t4, ai, br);
	mpq_sub(rr, t1, t2);
	mpq_add(ri, t3, t4);
	mpq_clears(t1, t2, t3, t4, NULL);
}

/* x op y with both of the same kind (the caller widens). Division by zero is
 * checked by the caller. */
ConstVal *const_binary(Op op, ConstVal *x, ConstVal *y, bool intdiv)
{
	ConstKind k = x->kind > y->kind ? x->kind : y->kind;
	if (k >= CV_INT) {
		x = const_to_kind(x, k);
		y = const_to_kind(y, k);
	}
	ConstVal *v = const_new(k);
	switch (op) {
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		return const_bool(const_compare(op, x, y));
	case OP_ANDAND:
		return const_bool(x->b && y->b);
	case OP_OROR:
		return const_bool(x->b || y->b);
	default:
		break;
	}
	if (k == CV_STRING) {
		size_t n = x->slen + y->slen;
		char *s = xmalloc(n + 1);
		memcpy(s, x->s, x->slen);
		memcpy(s + x->slen, y->s, y->slen);
		v->s = s;
		v->slen = n;
		return v;
	}
	if (k == CV_INT) {
		switch (op) {
		case OP_ADD: mpz_add(v->i, x->i, y->i); break;
		case OP_SUB: mpz_sub(v->i, x->i, y->i); break;
		case OP_MUL: mpz_mul(v->i, x->i, y->i); break;
		case OP_DIV:
			if (intdiv)
				mpz_tdiv_q(v->i, x->i, y->i);
			else {
				v = const_new(CV_FLOAT);
				mpq_set_z(v->re, x->i);
				mpq_t t; mpq_init(t);
				mpq_set_z(t, y->i);
				mpq_div(v->re, v->re, t);
			}
			break;
		case OP_REM: mpz_tdiv_r(v->i, x->i, y->i); break;
		case OP_AND: mpz_and(v->i, x->i, y->i); break;
		case OP_OR: mpz_ior(v->i, x->i, y->i); break;
		case OP_XOR: mpz_xor(v->i, x->i, y->i); break;
		case OP_ANDNOT: {
			mpz_t t; mpz_init(t);
			mpz_com(t, y->i);
			mpz_and(v->i, x->i, t);
			break;
		}
		default: break;
		}
		return v;
	}
	if (k == CV_FLOAT) {
		switch (op) {
		case OP_ADD: mpq_add(v->re, x->re, y->re); break;
		case OP_SUB: mpq_sub(v->re, x->re, y->re); break;
		case OP_MUL: mpq_mul(v->re, x->re, y->re); break;
		case OP_DIV: mpq_div(v->re, x->re, y->re); break;
		default: break;
		}
		return v;
	}
	if (k == CV_COMPLEX) {
		switch (op) {
		case OP_ADD: mpq_add(v->re, x->re, y->re); mpq_add(v->im, x->im, y->im); break;
		case OP_SUB: mpq_sub(v->re, x->re, y->re); mpq_sub(v->im, x->im, y->im); break;
		case OP_MUL: cplx_mul(v->re, v->im, x->re, x->im, y->re, y->im); break;
		case OP_DIV: {
			/* (a+bi)/(c+di) = (a+bi)(c-di)/(c^2+d^2) */
			mpq_t c2, d2, den, nd;
			mpq_inits(c2, d2, den, nd, NULL);
			mpq_mul(c2, y->re, y->re);
			mpq_mul(d2, y->im, y->im);
			mpq_add(den, c2, d2);
			mpq_neg(nd, y->im);
			cplx_mul(v->re, v->im, x->re, x->im, y->re, nd);
			mpq_div(v->re, v->re, den);
			mpq_div(v->im, v->im, den);
			mpq_clears(c2, d2, den, nd, NULL);
			break;
		}
		default: break;
		}
		return v;
	}
	return v;
}

/* Unary op; t is the operand's type (for ^ on sized unsigned types). */
ConstVal *const_unary(Op op, ConstVal *x, Type *t)
{
	ConstVal *v = copyval(x);
	switch (op) {
	case OP_ADD:
		return v;
	case OP_SUB:
		if (x->kind == CV_INT) mpz_neg(v->i, x->i);
		else { mpq_neg(v->re, x->re); mpq_neg(v->im, x->im); }
		return v;
	case OP_NOT:
		v->b = !x->b;
		return v;
	case OP_XOR:
		mpz_com(v->i, x->i);
		if (t && is_unsigned(t)) {
			type_layout(underlying(t));
			mpz_t m; mpz_init(m);
			mpz_setbit(m, underlying(t)->size * 8);
			mpz_sub_ui(m, m, 1);
			mpz_and(v->i, v->i, m);
		}
		return v;
	default:
		return v;
	}
}

ConstVal *const_shift(Op op, ConstVal *x, uint64_t s)
{
	ConstVal *v = const_to_kind(x, CV_INT);
	ConstVal *r = const_new(CV_INT);
	if (op == OP_SHL)
		mpz_mul_2exp(r->i, v->i, s);
	else
		mpz_fdiv_q_2exp(r->i, v->i, s);
	return r;
}

bool const_compare(Op op, ConstVal *x, ConstVal *y)
{
	int c = 0;
	ConstKind k = x->kind > y->kind ? x->kind : y->kind;
	if (k >= CV_INT) {
		x = const_to_kind(x, k);
		y = const_to_kind(y, k);
	}
	switch (k) {
	case CV_BOOL:
		c = x->b == y->b ? 0 : 1;
		break;
	case CV_STRING: {
		size_t n = x->slen < y->slen ? x->slen : y->slen;
		c = memcmp(x->s, y->s, n);
		if (c == 0) c = x->slen < y->slen ? -1 : x->slen > y->slen;
		break;
	}
	case CV_INT:
		c = mpz_cmp(x->i, y->i);
		break;
	case CV_FLOAT:
		c = mpq_cmp(x->re, y->re);
		break;
	case CV_COMPLEX:
		c = mpq_equal(x->re, y->re) && mpq_equal(x->im, y->im) ? 0 : 1;
		break;
	default:
		break;
	}
	switch (op) {
	case OP_EQ: return c == 0;
	case OP_NE: return c != 0;
	case OP_LT: return c < 0;
	case OP_LE: return c <= 0;
	case OP_GT: return c > 0;
	case OP_GE: return c >= 0;
	default: return false;
	}
}

/* Rounds q to a binary float with mant significand bits and exponent range
 * [emin, emax] (IEEE: 53, -1022, 1023 / 24, -126, 127), to nearest even. */
double const_round(mpq_t q, int mant, int emin, int emax, bool *overflow)
{
	*overflow = false;
	int sgn = mpq_sgn(q);
	if (sgn == 0)
		return 0.0;
	mpz_t a, b, Q, R;
	mpz_inits(a, b, Q, R, NULL);
	mpz_abs(a, mpq_numref(q));
	mpz_set(b, mpq_denref(q));
	long n = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
	/* ensure 2^n <= a/b */
	mpz_t t;
	mpz_init(t);
	if (n >= 0) {
		mpz_mul_2exp(t, b, n);
		if (mpz_cmp(a, t) < 0) n--;
	} else {
		mpz_mul_2exp(t, a, -n);
		if (mpz_cmp(t, b) < 0) n--;
	}
	double r;
	if (n > emax) {
		*overflow = true;
		r = INFINITY;
		goto done;
	}
	long e = n < emin ? emin : n;
	long sh = mant - 1 - e;
	mpz_set(t, a);
	mpz_set(Q, b);
	if (sh >= 0) mpz_mul_2exp(t, t, sh);
	else mpz_mul_2exp(Q, Q, -sh);
	mpz_t den;
	mpz_init_set(den, Q);
	mpz_tdiv_qr(Q, R, t, den);
	mpz_mul_2exp(R, R, 1);
	int c = mpz_cmp(R, den);
	if (c > 0 || (c == 0 && mpz_odd_p(Q)))
		mpz_add_ui(Q, Q, 1);
	if (mpz_sizeinbase(Q, 2) > (size_t)mant) {
		mpz_fdiv_q_2exp(Q, Q, 1);
		e++;
	}
	if (e > emax) {
		*overflow = true;
		r = INFINITY;
		goto done;
	}
	r = ldexp(mpz_get_d(Q), (int)(e - (mant - 1)));
done:
	mpz_clears(a, b, Q, R, t, NULL);
	return sgn < 0 ? -r : r;
}

double const_float64(ConstVal *v)
{
	bool ov;
	if (v->kind == CV_INT) {
		mpq_t q; mpq_init(q);
		mpq_set_z(q, v->i);
		double d = const_round(q, 53, -1022, 1023, &ov);
		mpq_clear(q);
		return d;
	}
	return const_round(v->re, 53, -1022, 1023, &ov);
}

float const_float32(ConstVal *v)
{
	bool ov;
	if (v->kind == CV_INT) {
		mpq_t q; mpq_init(q);
		mpq_set_z(q, v->i);
		double d = const_round(q, 24, -126, 127, &ov);
		mpq_clear(q);
		return (float)d;
	}
	return (float)const_round(v->re, 24, -126, 127, &ov);
}

int64_t const_int64(ConstVal *v)
{
	ConstVal *x = const_to_kind(v, CV_INT);
	if (mpz_fits_slong_p(x->i))
		return mpz_get_si(x->i);
	/* two's complement truncation */
	mpz_t m; mpz_init(m);
	mpz_fdiv_r_2exp(m, x->i, 64);
	uint64_t u = 0;
	mpz_export(&u, NULL, -1, 8, 0, 0, m);
	return (int64_t)u;
}

uint64_t const_uint64(ConstVal *v)
{
	ConstVal *x = const_to_kind(v, CV_INT);
	mpz_t m; mpz_init(m);
	mpz_fdiv_r_2exp(m, x->i, 64);
	uint64_t u = 0;
	mpz_export(&u, NULL, -1, 8, 0, 0, m);
	mpz_clear(m);
	return u;
}

/* Range check of an integer for the integer type t. */
static bool int_fits(mpz_t z, Type *t)
{
	Type *u = underlying(t);
	int bits;
	bool sign;
	switch (u->kind) {
	case TY_INT: case TY_INT64: bits = 64; sign = true; break;
	case TY_INT8: bits = 8; sign = true; break;
	case TY_INT16: bits = 16; sign = true; break;
	case TY_INT32: bits = 32; sign = true; break;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: bits = 64; sign = false; break;
	case TY_UINT8: bits = 8; sign = false; break;
	case TY_UINT16: bits = 16; sign = false; break;
	case TY_UINT32: bits = 32; sign = false; break;
	default: return true;   /* untyped */
	}
	if (sign) {
		size_t sz = mpz_sizeinbase(z, 2);
		if (mpz_sgn(z) >= 0)
			return sz <= (size_t)bits - 1;
		/* negative: -2^(bits-1) allowed */
		mpz_t t; mpz_init(t);
		mpz_neg(t, z);
		mpz_sub_ui(t, t, 1);
		bool ok = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) <= (size_t)bits - 1;
		mpz_clear(t);
		return ok;
	}
	return mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= (size_t)bits;
}

static bool round_float(mpq_t dst, mpq_t src, Type *u)
{
	bool ov;
	double d;
	if (u->kind == TY_FLOAT32 || u->kind == TY_COMPLEX64)
		d = const_round(src, 24, -126, 127, &ov);
	else if (u->kind == TY_FLOAT64 || u->kind == TY_COMPLEX128)
		d = const_round(src, 53, -1022, 1023, &ov);
	else {
		mpq_set(dst, src);
		return true;
	}
	if (ov)
		return false;
	mpq_set_d(dst, d);
	return true;
}

/* Is v representable as a value of type t?  *rounded gets the value converted
 * to t's kind (floats rounded to t's precision). */
bool const_representable(ConstVal *v, Type *t, ConstVal **rounded)
{
	Type *u = underlying(t);
	ConstKind k = const_kind_of(u);
	if (rounded) *rounded = NULL;
	if (u->kind == TY_INVALID) {
		if (rounded) *rounded = v;
		return true;
	}
	if (k == CV_BOOL || k == CV_STRING) {
		if (v->kind != k) return false;
		if (rounded) *rounded = v;
		return true;
	}
	if (v->kind < CV_INT || k < CV_INT)
		return false;
	ConstVal *r;
	switch (k) {
	case CV_INT:
		if (!const_is_int(v)) return false;
		r = const_to_kind(v, CV_INT);
		if (v->kind != CV_INT) {
			r = const_new(CV_INT);
			mpz_set(r->i, mpq_numref(v->re));
		}
		if (!int_fits(r->i, u)) return false;
		break;
	case CV_FLOAT:
		if (v->kind == CV_COMPLEX && mpq_sgn(v->im) != 0) return false;
		r = const_new(CV_FLOAT);
		if (v->kind == CV_INT) mpq_set_z(r->re, v->i);
		else mpq_set(r->re, v->re);
		if (!round_float(r->re, r->re, u)) return false;
		break;
	case CV_COMPLEX:
		r = const_new(CV_COMPLEX);
		if (v->kind == CV_INT) mpq_set_z(r->re, v->i);
		else mpq_set(r->re, v->re);
		if (v->kind == CV_COMPLEX) mpq_set(r->im, v->im);
		if (!round_float(r->re, r->re, u) || !round_float(r->im, r->im, u)) return false;
		break;
	default:
		return false;
	}
	if (rounded) *rounded = r;
	return true;
}

ConstVal *const_convert(ConstVal *v, Type *t)
{
	ConstVal *r;
	if (!const_representable(v, t, &r))
		return NULL;
	return r;
}

/* ---- printing */

static void quote_go(Buf *b, const char *s, size_t n)
{
	buf_putc(b, '"');
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		unsigned c = *p;
		if (c == '"' || c == '\\') { buf_putc(b, '\\'); buf_putc(b, c); p++; }
		else if (c == '\n') { buf_puts(b, "\\n"); p++; }
		else if (c == '\t') { buf_puts(b, "\\t"); p++; }
		else if (c == '\r') { buf_puts(b, "\\r"); p++; }
		else if (c < 0x20 || c == 0x7f) { buf_printf(b, "\\x%02x", c); p++; }
		else buf_putc(b, *p++);
	}
	buf_putc(b, '"');
}

static void float_str(Buf *b, mpq_t q)
{
	if (mpz_cmp_ui(mpq_denref(q), 1) == 0 && mpz_sizeinbase(mpq_numref(q), 10) <= 20) {
		/* integral values print like gc: as %.6g of the float */
	}
	bool ov;
	double d = const_round(q, 53, -1022, 1023, &ov);
	if (ov || (d == 0 && mpq_sgn(q) != 0)) {
		/* outside float64: print mantissa and decimal exponent */
		mpf_t f;
		mpf_init2(f, 64);
		mpf_set_q(f, q);
		long e;
		char *s = mpf_get_str(NULL, &e, 10, 6, f);
		const char *digits = s[0] == '-' ? s + 1 : s;
		if (s[0] == '-') buf_putc(b, '-');
		buf_putc(b, digits[0]);
		if (digits[1]) {
			buf_putc(b, '.');
			buf_puts(b, digits + 1);
		}
		buf_printf(b, "e%+ld", e - 1);
		mpf_clear(f);
		return;
	}
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%.6g", d);
	buf_puts(b, tmp);
}

const char *const_string(ConstVal *v)
{
	Buf b = {0};
	switch (v->kind) {
	case CV_BOOL:
		buf_puts(&b, v->b ? "true" : "false");
		break;
	case CV_STRING:
		if (v->slen > 72) {
			/* gc shortens long strings */
			Buf t = {0};
			quote_go(&t, v->s, v->slen);
			buf_putn(&b, t.s, 70);
			buf_puts(&b, "...");
		} else
			quote_go(&b, v->s, v->slen);
		break;
	case CV_INT: {
		char *s = mpz_get_str(NULL, 10, v->i);
		buf_puts(&b, s);
		break;
	}
	case CV_FLOAT:
		float_str(&b, v->re);
		break;
	case CV_COMPLEX:
		buf_putc(&b, '(');
		float_str(&b, v->re);
		buf_puts(&b, " + ");
		float_str(&b, v->im);
		buf_puts(&b, "i)");
		break;
	default:
		buf_puts(&b, "?");
	}
	buf_putc(&b, 0);
	return b.s;
}

const char *const_string_full(ConstVal *v)
{
	if (v->kind == CV_STRING) {
		Buf b = {0};
		quote_go(&b, v->s, v->slen);
		buf_putc(&b, 0);
		return b.s;
	}
	return const_string(v);
}
