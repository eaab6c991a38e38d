/*
 * rt_print.c: the print/println builtins and the printing of panic values,
 * byte-for-byte as gc prints them (unbuffered writes to stderr, one call's
 * output not interleaved with another goroutine's; floats in gc's own
 * %e-like format with 7 significant digits, +1.500000e+000).
 */
#include "rt_impl.h"

void rt_print_cstr(const char *s)
{
	rt_write_errs(s);
}

/* print and println hold this lock across one call, so that lines printed
 * by goroutines at once do not interleave (gc's printlock).  Each argument
 * is a write(2) during which the holder may lose its P (gort_write enters a
 * system call), so waiters park on a semaphore rather than block their
 * thread; it is owned by the goroutine and recursive for it. */
static uint32_t print_sema = 1;
static GoG *print_owner;                 /* atomic */
static int print_depth;                  /* the holder's */

void gort_print_lock(void)
{
	GoG *g = gort_curg;
	if (__atomic_load_n(&print_owner, __ATOMIC_RELAXED) == g) {
		print_depth++;
		return;
	}
	gort_semacquire(&print_sema);
	__atomic_store_n(&print_owner, g, __ATOMIC_RELAXED);
	print_depth = 1;
}

void gort_print_unlock(void)
{
	if (--print_depth > 0)
		return;
	__atomic_store_n(&print_owner, NULL, __ATOMIC_RELAXED);
	gort_semrelease(&print_sema);
}

void gort_print_uint(uint64_t v)
{
	char buf[24];
	int i = sizeof buf;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	rt_write_err(buf + i, sizeof buf - (size_t)i);
}

void gort_print_int(int64_t v)
{
	if (v < 0) {
		rt_write_err("-", 1);
		gort_print_uint(0 - (uint64_t)v);
		return;
	}
	gort_print_uint((uint64_t)v);
}

void gort_print_hex(uint64_t v)
{
	static const char dig[] = "0123456789abcdef";
	char buf[24];
	int i = sizeof buf;
	do {
		buf[--i] = dig[v % 16];
		v /= 16;
	} while (v);
	buf[--i] = 'x';
	buf[--i] = '0';
	rt_write_err(buf + i, sizeof buf - (size_t)i);
}

void gort_print_float(double v)
{
	if (v != v) {
		rt_write_errs("NaN");
		return;
	}
	if (v + v == v && v > 0) {
		rt_write_errs("+Inf");
		return;
	}
	if (v + v == v && v < 0) {
		rt_write_errs("-Inf");
		return;
	}
	enum { NDIG = 7 };
	char buf[NDIG + 7];
	int e = 0;
	buf[0] = '+';
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		/* Scale into [1, 10), then round at the last printed digit. */
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double h = 5.0;
		for (int i = 0; i < NDIG; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < NDIG; i++) {
		int d = (int)v;
		buf[i + 2] = (char)(d + '0');
		v -= d;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[NDIG + 2] = 'e';
	buf[NDIG + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[NDIG + 3] = '-';
	}
	buf[NDIG + 4] = (char)(e / 100 + '0');
	buf[NDIG + 5] = (char)(e / 10 % 10 + '0');
	buf[NDIG + 6] = (char)(e % 10 + '0');
	rt_write_err(buf, sizeof buf);
}

void gort_print_complex(GoComplex128 c)
{
	rt_write_err("(", 1);
	gort_print_float(c.re);
	gort_print_float(c.im);
	rt_write_err("i)", 2);
}

void gort_print_bool(go_bool v)
{
	if (v)
		rt_write_err("true", 4);
	else
		rt_write_err("false", 5);
}

void gort_print_string(GoString s)
{
	if (s.len > 0)
		rt_write_err(s.ptr, (size_t)s.len);
}

void gort_print_pointer(const void *p)
{
	gort_print_hex((uint64_t)(uintptr_t)p);
}

void gort_print_eface(GoEface e)
{
	rt_write_err("(", 1);
	gort_print_pointer(e.type);
	rt_write_err(",", 1);
	gort_print_pointer(e.data);
	rt_write_err(")", 1);
}

void gort_print_iface(GoIface i)
{
	rt_write_err("(", 1);
	gort_print_pointer(i.tab);
	rt_write_err(",", 1);
	gort_print_pointer(i.data);
	rt_write_err(")", 1);
}

void gort_print_slice(GoSlice s)
{
	rt_write_err("[", 1);
	gort_print_int(s.len);
	rt_write_err("/", 1);
	gort_print_int(s.cap);
	rt_write_err("]", 1);
	gort_print_pointer(s.ptr);
}

void gort_print_sp(void)
{
	rt_write_err(" ", 1);
}

void gort_print_nl(void)
{
	rt_write_err("\n", 1);
}

/* Prints the value stored in e (boxed or direct) by kind. */
static void print_basic(const GoType *t, const void *d)
{
	switch (t->kind) {
	case GOKIND_BOOL: gort_print_bool(*(const uint8_t *)d); break;
	case GOKIND_INT: case GOKIND_INT64: gort_print_int(*(const int64_t *)d); break;
	case GOKIND_INT8: gort_print_int(*(const int8_t *)d); break;
	case GOKIND_INT16: gort_print_int(*(const int16_t *)d); break;
	case GOKIND_INT32: gort_print_int(*(const int32_t *)d); break;
	case GOKIND_UINT: case GOKIND_UINT64: case GOKIND_UINTPTR: gort_print_uint(*(const uint64_t *)d); break;
	case GOKIND_UINT8: gort_print_uint(*(const uint8_t *)d); break;
	case GOKIND_UINT16: gort_print_uint(*(const uint16_t *)d); break;
	case GOKIND_UINT32: gort_print_uint(*(const uint32_t *)d); break;
	case GOKIND_FLOAT32: gort_print_float(*(const float *)d); break;
	case GOKIND_FLOAT64: gort_print_float(*(const double *)d); break;
	case GOKIND_COMPLEX64: {
		const float *f = d;
		GoComplex128 c = { f[0], f[1] };
		gort_print_complex(c);
		break;
	}
	case GOKIND_COMPLEX128: gort_print_complex(*(const GoComplex128 *)d); break;
	case GOKIND_STRING: gort_print_string(*(const GoString *)d); break;
	}
}

/* gc's printany / printanycustomtype (after error/Stringer conversion). */
void rt_print_eface_value(GoEface e)
{
	const GoType *t = e.type;
	if (t == NULL) {
		rt_write_errs("nil");
		return;
	}
	bool basic = (t->kind >= GOKIND_BOOL && t->kind <= GOKIND_COMPLEX128) || t->kind == GOKIND_STRING;
	if (!basic) {
		rt_write_errs("(");
		gort_print_string(t->str);
		rt_write_errs(") ");
		gort_print_pointer(e.data);
		return;
	}
	bool predeclared = (t->flags & GOTYPE_NAMED) && t->pkgpath.len == 0;
	if (predeclared) {
		print_basic(t, e.data);
		return;
	}
	gort_print_string(t->str);
	if (t->kind == GOKIND_STRING) {
		rt_write_errs("(\"");
		print_basic(t, e.data);
		rt_write_errs("\")");
	} else if (t->kind == GOKIND_COMPLEX64 || t->kind == GOKIND_COMPLEX128) {
		print_basic(t, e.data);
	} else {
		rt_write_errs("(");
		print_basic(t, e.data);
		rt_write_errs(")");
	}
}
