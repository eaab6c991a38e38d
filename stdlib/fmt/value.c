/* value.c: the C half of package fmt, a minimal reflection over GoType
 * descriptors (see stubs.go).  A value is a GoEface {type, data} following
 * the interface data-word convention: pointer-shaped types hold the value in
 * the data word itself, every other type points at the value.  Values
 * produced here for parts of a larger value point into that value. */
#include "gosub_rt.h"

static int ptrshaped(const GoType *t)
{
	return (t->flags & GOTYPE_POINTERSHAPED) != 0;
}

/* Address of the value held in v (v must live in memory: pass a pointer). */
static const void *addr(const GoEface *v)
{
	return ptrshaped(v->type) ? (const void *)&v->data : v->data;
}

/* A value of type t stored at p. */
static GoEface at(const GoType *t, const void *p)
{
	GoEface e;
	e.type = t;
	e.data = ptrshaped(t) ? *(void *const *)p : (void *)p;
	return e;
}

go_int fmt__kindOf(GoEface v)
{
	return v.type ? v.type->kind : 0;
}

GoString fmt__typeString(GoEface v)
{
	if (!v.type)
		return gort_cstr("<nil>");
	return v.type->str;
}

int64_t fmt__vInt(GoEface v)
{
	const void *p = addr(&v);
	switch (v.type->kind) {
	case GOKIND_INT8: return *(const int8_t *)p;
	case GOKIND_INT16: return *(const int16_t *)p;
	case GOKIND_INT32: return *(const int32_t *)p;
	case GOKIND_INT:
	case GOKIND_INT64: return *(const int64_t *)p;
	}
	return 0;
}

uint64_t fmt__vUint(GoEface v)
{
	const void *p = addr(&v);
	switch (v.type->kind) {
	case GOKIND_UINT8: return *(const uint8_t *)p;
	case GOKIND_UINT16: return *(const uint16_t *)p;
	case GOKIND_UINT32: return *(const uint32_t *)p;
	case GOKIND_UINT:
	case GOKIND_UINT64:
	case GOKIND_UINTPTR: return *(const uint64_t *)p;
	}
	return 0;
}

double fmt__vFloat(GoEface v)
{
	const void *p = addr(&v);
	if (v.type->kind == GOKIND_FLOAT32)
		return *(const float *)p;
	return *(const double *)p;
}

double fmt__vReal(GoEface v)
{
	const void *p = addr(&v);
	if (v.type->kind == GOKIND_COMPLEX64)
		return ((const GoComplex64 *)p)->re;
	return ((const GoComplex128 *)p)->re;
}

double fmt__vImag(GoEface v)
{
	const void *p = addr(&v);
	if (v.type->kind == GOKIND_COMPLEX64)
		return ((const GoComplex64 *)p)->im;
	return ((const GoComplex128 *)p)->im;
}

go_bool fmt__vBool(GoEface v)
{
	return *(const go_bool *)addr(&v) != 0;
}

GoString fmt__vString(GoEface v)
{
	return *(const GoString *)addr(&v);
}

go_int fmt__vLen(GoEface v)
{
	const void *p = addr(&v);
	switch (v.type->kind) {
	case GOKIND_STRING: return ((const GoString *)p)->len;
	case GOKIND_SLICE: return ((const GoSlice *)p)->len;
	case GOKIND_ARRAY: return (go_int)v.type->len;
	case GOKIND_MAP: return gort_maplen(*(GoMap *const *)p);
	}
	return 0;
}

GoEface fmt__vIndex(GoEface v, go_int i)
{
	const GoType *et = v.type->elem;
	const uint8_t *base;
	if (v.type->kind == GOKIND_SLICE)
		base = ((const GoSlice *)addr(&v))->ptr;
	else
		base = addr(&v);
	return at(et, base + (uintptr_t)i * et->size);
}

go_bool fmt__vIsNil(GoEface v)
{
	const void *p = addr(&v);
	switch (v.type->kind) {
	case GOKIND_SLICE: return ((const GoSlice *)p)->ptr == NULL;
	case GOKIND_INTERFACE: return *(void *const *)p == NULL;   /* type or itab word */
	case GOKIND_POINTER:
	case GOKIND_MAP:
	case GOKIND_FUNC:
	case GOKIND_CHAN:
	case GOKIND_UNSAFEPOINTER: return v.data == NULL;
	}
	return 0;
}

go_uintptr fmt__vPointer(GoEface v)
{
	const void *p = addr(&v);
	switch (v.type->kind) {
	case GOKIND_SLICE: return (go_uintptr)((const GoSlice *)p)->ptr;
	case GOKIND_FUNC:
		/* gc prints the code pointer of a func value. */
		return v.data ? (go_uintptr)((GoFunc *)v.data)->fn : 0;
	case GOKIND_POINTER:
	case GOKIND_MAP:
	case GOKIND_CHAN:
	case GOKIND_UNSAFEPOINTER: return (go_uintptr)v.data;
	}
	return 0;
}

GoEface fmt__vElem(GoEface v)
{
	GoEface r = { NULL, NULL };
	if (v.type->kind == GOKIND_POINTER) {
		if (v.data)
			r = at(v.type->elem, v.data);
	} else if (v.type->kind == GOKIND_INTERFACE) {
		const void *p = addr(&v);
		if (v.type->nimethods == 0) {
			r = *(const GoEface *)p;
		} else {
			const GoIface *i = p;
			if (i->tab) {
				r.type = i->tab->type;
				r.data = i->data;
			}
		}
	}
	return r;
}

go_int fmt__vElemKind(GoEface v)
{
	return v.type && v.type->elem ? v.type->elem->kind : 0;
}

GoSlice fmt__vBytes(GoEface v)
{
	GoSlice s = { NULL, 0, 0 };
	if (v.type->kind == GOKIND_SLICE) {
		s = *(const GoSlice *)addr(&v);
	} else if (v.type->kind == GOKIND_ARRAY) {
		s.ptr = (void *)addr(&v);
		s.len = s.cap = (go_int)v.type->len;
	}
	return s;
}

go_int fmt__vNumField(GoEface v)
{
	return (go_int)v.type->nfields;
}

GoString fmt__vFieldName(GoEface v, go_int i)
{
	return v.type->fields[i].name;
}

go_bool fmt__vFieldExported(GoEface v, go_int i)
{
	return v.type->fields[i].exported;
}

GoEface fmt__vField(GoEface v, go_int i)
{
	const GoStructField *f = &v.type->fields[i];
	return at(f->type, (const uint8_t *)addr(&v) + f->offset);
}

void fmt__vMapEntries(GoEface v, GoSlice keys, GoSlice vals)
{
	GoMap *m = *(GoMap *const *)addr(&v);
	GoEface *k = keys.ptr, *e = vals.ptr;
	go_int n = 0;
	if (!m)
		return;
	GoMapIter it;
	gort_mapiterinit(v.type, m, &it);
	while (n < keys.len && gort_mapiternext(&it)) {
		k[n] = at(v.type->key, it.key);
		e[n] = at(v.type->elem, it.val);
		n++;
	}
}

go_uintptr fmt__vTypeID(GoEface v)
{
	return (go_uintptr)v.type;
}

GoEface fmt__vInterface(GoEface v)
{
	if (v.type && v.type->kind == GOKIND_INTERFACE)
		return fmt__vElem(v);
	return v;
}

/* reflect.Value is struct { typ uintptr; ptr *byte; flag uint } (see
 * stdlib/reflect/value.go; flagRO = 2). */
GoEface fmt__reflectValue(GoEface v)
{
	const uintptr_t *w = v.data;
	GoEface r = { NULL, NULL };
	if (!w[0])
		return r;
	return at((const GoType *)w[0], (const void *)w[1]);
}

go_bool fmt__reflectValueRO(GoEface v)
{
	const uintptr_t *w = v.data;
	return (w[2] & 2) != 0;
}
