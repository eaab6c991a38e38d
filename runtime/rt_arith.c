/*
 * rt_arith.c: out-of-line arithmetic: complex division with gc's semantics
 * (Smith's algorithm, then C99 Annex G fix-ups when both parts are NaN).
 * complex64 division is computed in complex128 and rounded, as gc does.
 */
#include "rt_impl.h"
#include <math.h>

static inline double inf2one(double x)
{
	return copysign(isinf(x) ? 1.0 : 0.0, x);
}

GoComplex128 gort_c128div(GoComplex128 n, GoComplex128 m)
{
	double e, f;
	if (fabs(m.re) >= fabs(m.im)) {
		double ratio = m.im / m.re;
		double denom = m.re + ratio * m.im;
		e = (n.re + n.im * ratio) / denom;
		f = (n.im - n.re * ratio) / denom;
	} else {
		double ratio = m.re / m.im;
		double denom = m.im + ratio * m.re;
		e = (n.re * ratio + n.im) / denom;
		f = (n.im * ratio - n.re) / denom;
	}
	if (isnan(e) && isnan(f)) {
		double a = n.re, b = n.im, c = m.re, d = m.im;
		if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
			e = copysign(INFINITY, c) * a;
			f = copysign(INFINITY, c) * b;
		} else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
			a = inf2one(a);
			b = inf2one(b);
			e = INFINITY * (a * c + b * d);
			f = INFINITY * (b * c - a * d);
		} else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
			c = inf2one(c);
			d = inf2one(d);
			e = 0 * (a * c + b * d);
			f = 0 * (b * c - a * d);
		}
	}
	return gort_c128(e, f);
}

GoComplex64 gort_c64div(GoComplex64 a, GoComplex64 b)
{
	return gort_c128to64(gort_c128div(gort_c64to128(a), gort_c64to128(b)));
}
