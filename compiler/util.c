/*
 * util.c: memory helpers, string interning, growable vectors and byte buffers.
 * All compiler memory lives until exit; nothing here is ever freed.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "gosub.h"

void *xmalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);
	if (!p)
		fatal("xmalloc: out of memory (%zu bytes)", n);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		fatal("xrealloc: out of memory (%zu bytes)", n);
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xsprintf(const char *fmt, ...)
{
	static Buf scratch;   /* buf_vprintf never calls back here */
	scratch.n = 0;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&scratch, fmt, ap);
	va_end(ap);
	return scratch.s ? xstrndup(scratch.s, scratch.n) : xstrdup("");
}

/* ---- interning: open-addressing hash table of (hash, string) */

typedef struct {
	const char *s;
	size_t n;
	uint32_t h;
} InternEnt;

static InternEnt *itab;
static size_t icap, icount;

uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;   /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static void intern_grow(void)
{
	size_t ncap = icap ? icap * 2 : 4096;
	InternEnt *nt = xmalloc(ncap * sizeof *nt);
	for (size_t i = 0; i < icap; i++) {
		if (!itab[i].s)
			continue;
		size_t j = itab[i].h & (ncap - 1);
		while (nt[j].s)
			j = (j + 1) & (ncap - 1);
		nt[j] = itab[i];
	}
	free(itab);
	itab = nt;
	icap = ncap;
}

/* Interned strings may contain NUL bytes; they are always NUL-terminated. */
const char *intern(const char *s, size_t n)
{
	if (icount * 2 >= icap)
		intern_grow();
	uint32_t h = hash_bytes(s, n);
	size_t j = h & (icap - 1);
	while (itab[j].s) {
		if (itab[j].h == h && itab[j].n == n && memcmp(itab[j].s, s, n) == 0)
			return itab[j].s;
		j = (j + 1) & (icap - 1);
	}
	itab[j].s = xstrndup(s, n);
	itab[j].n = n;
	itab[j].h = h;
	icount++;
	return itab[j].s;
}

/* ---- Vec */

void vec_push(Vec *v, void *x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 4;
		v->v = xrealloc(v->v, v->cap * sizeof *v->v);
	}
	v->v[v->n++] = x;
}

/* ---- Buf: always NUL-terminated once anything was written */

static void buf_reserve(Buf *b, size_t extra)
{
	if (b->n + extra + 1 > b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 64;
		while (ncap < b->n + extra + 1)
			ncap *= 2;
		b->s = xrealloc(b->s, ncap);
		b->cap = ncap;
	}
}

void buf_putn(Buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

void buf_putc(Buf *b, int c)
{
	buf_reserve(b, 1);
	b->s[b->n++] = (char)c;
	b->s[b->n] = 0;
}

void buf_puts(Buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

static void buf_putu(Buf *b, unsigned long long v, bool neg)
{
	char tmp[24];
	int i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	if (neg)
		tmp[--i] = '-';
	buf_putn(b, tmp + i, sizeof tmp - i);
}

/* The emitter formats most of its output: glibc's vfprintf, run twice per
 * call (measure, then write), was a quarter of the front end's time.  The
 * conversions the compiler uses most (%s %d %u %c %%, with l, ll or z, no
 * flags or width) are done here in one pass; any other format goes to
 * vsnprintf whole. */
void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
	va_list ap0;
	va_copy(ap0, ap);
	size_t start = b->n;
	const char *f = fmt;
	for (;;) {
		const char *pct = strchr(f, '%');
		if (pct == NULL) {
			buf_putn(b, f, strlen(f));
			va_end(ap0);
			return;
		}
		buf_putn(b, f, (size_t)(pct - f));
		f = pct + 1;
		int lng = 0;
		bool z = false;
		while (*f == 'l')
			lng++, f++;
		if (*f == 'z')
			z = true, f++;
		if (lng > 2 || (z && lng))
			goto slow;
		switch (*f) {
		case 's': {
			if (lng || z)
				goto slow;
			const char *str = va_arg(ap, const char *);
			buf_puts(b, str ? str : "(null)");
			break;
		}
		case 'c':
			if (lng || z)
				goto slow;
			buf_putc(b, (unsigned char)va_arg(ap, int));
			break;
		case '%':
			if (lng || z)
				goto slow;
			buf_putc(b, '%');
			break;
		case 'd': {
			long long v = z ? (long long)va_arg(ap, ptrdiff_t) : lng == 2 ? va_arg(ap, long long) :
				lng ? va_arg(ap, long) : va_arg(ap, int);
			buf_putu(b, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0);
			break;
		}
		case 'u': {
			unsigned long long v = z ? va_arg(ap, size_t) : lng == 2 ? va_arg(ap, unsigned long long) :
				lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
			buf_putu(b, v, false);
			break;
		}
		default:
			goto slow;
		}
		f++;
	}
slow:
	b->n = start;
	va_list ap1;
	va_copy(ap1, ap0);
	int n = vsnprintf(NULL, 0, fmt, ap0);
	buf_reserve(b, (size_t)n);
	vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap1);
	b->n += (size_t)n;
	va_end(ap1);
	va_end(ap0);
}

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}
