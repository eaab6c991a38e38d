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
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = xmalloc(n + 1);
	va_start(ap, fmt);
	vsnprintf(p, n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* ---- interning: open-addressing hash table of (hash, string) */

typedef struct {
	const char *s;
	size_t n;
	uint32_t h;
} InternEnt;

static InternEnt *itab;
static size_t icap, icount;

static uint32_t hash_bytes(const char *s, size_t n)
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

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_reserve(b, n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, n + 1, fmt, ap);
	va_end(ap);
	b->n += n;
}
