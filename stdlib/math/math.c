/* math.c: the C half of package math. */
#include "gosub_rt.h"
/* libm, declared here rather than through <math.h>: the driver puts the
 * generated package headers (this package's is "math.h") on the -I path. */
double sqrt(double);
double floor(double);
double ceil(double);
double trunc(double);
double fma(double, double, double);
double nearbyint(double);

uint64_t math__Float64bits(double f)
{
	uint64_t b;
	memcpy(&b, &f, sizeof b);
	return b;
}

double math__Float64frombits(uint64_t b)
{
	double f;
	memcpy(&f, &b, sizeof f);
	return f;
}

uint32_t math__Float32bits(float f)
{
	uint32_t b;
	memcpy(&b, &f, sizeof b);
	return b;
}

float math__Float32frombits(uint32_t b)
{
	float f;
	memcpy(&f, &b, sizeof f);
	return f;
}

double math__Sqrt(double x) { return sqrt(x); }
double math__Floor(double x) { return floor(x); }
double math__Ceil(double x) { return ceil(x); }
double math__Trunc(double x) { return trunc(x); }
double math__FMA(double x, double y, double z) { return fma(x, y, z); }

/* ---- Exp, Log and Hypot: gc on amd64 implements these in assembly; the
 * same algorithms here, operation for operation, so results agree to the
 * last bit.  Exp has two variants selected by the CPU (FMA or not), as gc
 * selects them at run time. */

static int use_fma = -1;

static int have_fma(void)
{
	if (use_fma < 0) {
		__builtin_cpu_init();
		use_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
	}
	return use_fma;
}

static double bits2f(uint64_t b)
{
	double f;
	memcpy(&f, &b, sizeof f);
	return f;
}

static uint64_t f2bits(double f)
{
	uint64_t b;
	memcpy(&b, &f, sizeof b);
	return b;
}

double math__Exp(double x)
{
	const double LOG2E = 1.4426950408889634073599246810018920;
	const double LN2U = 0.69314718055966295651160180568695068359375;
	const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
	const double Overflow = 7.09782712893384e+02;
	static const double c[] = {
		0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
		8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4,
		2.4801587301587301587e-5,
	};
	uint64_t bx = f2bits(x);
	if ((bx & ~(1ULL << 63)) >= 0x7FF0000000000000ULL) {
		if (bx == 0xFFF0000000000000ULL)
			return 0; /* -Inf */
		return x;     /* NaN or +Inf */
	}
	if (x > Overflow)
		return bits2f(0x7FF0000000000000ULL);
	/* CVTSD2SL: round to nearest; out of range gives 0x80000000 */
	double t = nearbyint(x * LOG2E);
	int32_t k = (t >= -2147483648.0 && t <= 2147483647.0) ? (int32_t)t : INT32_MIN;
	double fk = (double)k;
	double p;
	if (have_fma()) {
		x = fma(-LN2U, fk, x);
		x = fma(-LN2L, fk, x);
		x *= 0.0625;
		p = c[8];
		p = fma(p, x, c[7]);
		p = fma(p, x, c[6]);
		p = fma(p, x, c[5]);
		p = fma(p, x, c[4]);
		p = fma(p, x, c[3]);
		p = fma(p, x, c[0]);
		p = fma(p, x, c[1]);
		x = x * p;
		p = x + 2.0;
		x = x * p;
		p = x + 2.0;
		x = x * p;
		p = x + 2.0;
		x = x * p;
		p = x + 2.0;
		x = fma(x, p, 1.0);
	} else {
		x = x - LN2U * fk;
		x = x - LN2L * fk;
		x *= 0.0625;
		p = c[8];
		p = p * x + c[7];
		p = p * x + c[6];
		p = p * x + c[5];
		p = p * x + c[4];
		p = p * x + c[3];
		p = p * x + c[0];
		p = p * x + c[1];
		x = x * p;
		x = x * (2.0 + x);
		x = x * (2.0 + x);
		x = x * (2.0 + x);
		x = x * (2.0 + x);
		x = x + 1.0;
	}
	int32_t e = (int32_t)((uint32_t)k + 0x3FF);
	if (e <= 0) {
		if (e < -52)
			return 0;
		e += 0x3FE;
		x *= bits2f((uint64_t)(uint32_t)e << 52);
		e = 1;
	} else if (e >= 0x7FF) {
		return bits2f(0x7FF0000000000000ULL);
	}
	return x * bits2f((uint64_t)(uint32_t)e << 52);
}

double math__Log(double x)
{
	const double HSqrt2 = 7.07106781186547524401e-01;
	const double Ln2Hi = 6.93147180369123816490e-01;
	const double Ln2Lo = 1.90821492927058770002e-10;
	const double L1 = 6.666666666666735130e-01;
	const double L2 = 3.999999999940941908e-01;
	const double L3 = 2.857142874366239149e-01;
	const double L4 = 2.222219843214978396e-01;
	const double L5 = 1.818357216161805012e-01;
	const double L6 = 1.531383769920937332e-01;
	const double L7 = 1.479819860511658591e-01;
	uint64_t bx = f2bits(x);
	if ((bx & ~(1ULL << 63)) == 0)
		return bits2f(0xFFF0000000000000ULL);   /* ±0: -Inf */
	if ((int64_t)bx < 0)
		return bits2f(0x7FF8000000000001ULL);   /* negative (and -NaN): NaN */
	if (bx >= 0x7FF0000000000000ULL)
		return x;                               /* +Inf or NaN */
	/* frexp by bits (denormals are not normalized, as in gc's assembly) */
	double f1 = bits2f((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
	double k = (double)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
	if (!(HSqrt2 < f1)) {
		k -= 1.0;
		f1 *= 2.0;
	}
	double f = f1 - 1.0;
	double s = f / (2.0 + f);
	double s2 = s * s;
	double s4 = s2 * s2;
	double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
	double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
	double R = t1 + t2;
	double hfsq = 0.5 * f * f;
	return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double math__Hypot(double p, double q)
{
	uint64_t bp = f2bits(p) & ~(1ULL << 63), bq = f2bits(q) & ~(1ULL << 63);
	const uint64_t inf = 0x7FF0000000000000ULL;
	if (bp >= inf || bq >= inf) {
		if (bp == inf || bq == inf)
			return bits2f(inf);
		return bits2f(0x7FF8000000000001ULL);
	}
	if ((bp | bq) == 0)
		return 0;
	double a = bits2f(bp), b = bits2f(bq);
	double mx = a > b ? a : b;   /* MAXSD/MINSD: no NaNs here */
	double mn = a > b ? b : a;
	mn = mn / mx;
	mn = mn * mn;
	mn = mn + 1.0;
	return mx * sqrt(mn);
}
