/* math.c: the C half of package math. */
#include "gosub_rt.h"
#include <math.h>

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
