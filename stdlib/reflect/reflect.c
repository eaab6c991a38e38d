/* reflect.c: the C half of package reflect (see stubs.go). */
#include "gosub_rt.h"

#define T(t) ((const GoType *)(t))

static int ptrshaped(const GoType *t)
{
	return (t->flags & GOTYPE_POINTERSHAPED) != 0;
}

uintptr_t reflect__efaceType(GoEface i) { return (uintptr_t)i.type; }

uint8_t *reflect__efaceAddr(GoEface i)
{
	if (!i.type)
		return NULL;
	if (ptrshaped(i.type)) {
		void **box = gort_alloc_scan(sizeof(void *));
		*box = i.data;
		return (uint8_t *)box;
	}
	return i.data;   /* boxed values are immutable: the box is the value */
}

GoEface reflect__makeEface(uintptr_t t, uint8_t *p)
{
	GoEface e = { T(t), NULL };
	if (!t)
		return e;
	if (ptrshaped(T(t)))
		e.data = *(void **)p;
	else
		e.data = gort_box(T(t), p);
	return e;
}

go_int reflect__typeKind(uintptr_t t) { return t ? T(t)->kind : 0; }
GoString reflect__typeString(uintptr_t t) { return T(t)->str; }
GoString reflect__typeName(uintptr_t t) { return T(t)->name; }
GoString reflect__typePkgPath(uintptr_t t) { return T(t)->pkgpath; }
uintptr_t reflect__typeElem(uintptr_t t) { return (uintptr_t)T(t)->elem; }
uintptr_t reflect__typeKey(uintptr_t t) { return (uintptr_t)T(t)->key; }
go_int reflect__typeLen(uintptr_t t) { return (go_int)T(t)->len; }
uintptr_t reflect__typeSize(uintptr_t t) { return T(t)->size; }
go_int reflect__typeAlign(uintptr_t t) { return T(t)->align; }
go_bool reflect__typeComparable(uintptr_t t) { return T(t)->equal != NULL; }
go_bool reflect__typeNamed(uintptr_t t) { return (T(t)->flags & GOTYPE_NAMED) != 0; }
go_int reflect__typeNumField(uintptr_t t) { return (go_int)T(t)->nfields; }
GoString reflect__fieldName(uintptr_t t, go_int i) { return T(t)->fields[i].name; }
uintptr_t reflect__fieldType(uintptr_t t, go_int i) { return (uintptr_t)T(t)->fields[i].type; }
uintptr_t reflect__fieldOffset(uintptr_t t, go_int i) { return T(t)->fields[i].offset; }
GoString reflect__fieldTag(uintptr_t t, go_int i) { return T(t)->fields[i].tag; }
go_bool reflect__fieldEmbedded(uintptr_t t, go_int i) { return T(t)->fields[i].embedded; }
go_bool reflect__fieldExported(uintptr_t t, go_int i) { return T(t)->fields[i].exported; }

/* Exported methods only (reflect's method set). */
go_int reflect__typeNumMethod(uintptr_t t)
{
	const GoType *ty = T(t);
	if (ty->kind == GOKIND_INTERFACE)
		return (go_int)ty->nimethods;
	go_int n = 0;
	for (uintptr_t i = 0; i < ty->nmethods; i++)
		if (ty->methods[i].pkgpath.len == 0)
			n++;
	return n;
}

GoString reflect__methodName(uintptr_t t, go_int i)
{
	const GoType *ty = T(t);
	if (ty->kind == GOKIND_INTERFACE)
		return ty->imethods[i].name;
	for (uintptr_t j = 0; j < ty->nmethods; j++)
		if (ty->methods[j].pkgpath.len == 0 && i-- == 0)
			return ty->methods[j].name;
	return gort_cstr("");
}

go_int reflect__typeNumIn(uintptr_t t) { return (go_int)T(t)->nin; }
go_int reflect__typeNumOut(uintptr_t t) { return (go_int)T(t)->nout; }
uintptr_t reflect__typeIn(uintptr_t t, go_int i) { return (uintptr_t)T(t)->in[i]; }
uintptr_t reflect__typeOut(uintptr_t t, go_int i) { return (uintptr_t)T(t)->out[i]; }
go_bool reflect__typeVariadic(uintptr_t t) { return (T(t)->flags & GOTYPE_VARIADIC) != 0; }

go_bool reflect__typeEqual(uintptr_t a, uintptr_t b)
{
	if (!a || !b)
		return a == b;
	return gort_type_eq(T(a), T(b));
}

go_bool reflect__implements(uintptr_t t, uintptr_t iface)
{
	return gort_implements(T(iface), T(t)) != NULL;
}

uintptr_t reflect__typePtrTo(uintptr_t t) { return (uintptr_t)T(t)->ptrto; }

int64_t reflect__loadInt(uintptr_t t, uint8_t *p)
{
	switch (T(t)->kind) {
	case GOKIND_INT8: return *(int8_t *)p;
	case GOKIND_INT16: return *(int16_t *)p;
	case GOKIND_INT32: return *(int32_t *)p;
	default: return *(int64_t *)p;
	}
}

uint64_t reflect__loadUint(uintptr_t t, uint8_t *p)
{
	switch (T(t)->kind) {
	case GOKIND_UINT8: return *(uint8_t *)p;
	case GOKIND_UINT16: return *(uint16_t *)p;
	case GOKIND_UINT32: return *(uint32_t *)p;
	default: return *(uint64_t *)p;
	}
}

double reflect__loadFloat(uintptr_t t, uint8_t *p)
{
	if (T(t)->kind == GOKIND_FLOAT32)
		return *(float *)p;
	return *(double *)p;
}

double reflect__loadReal(uintptr_t t, uint8_t *p)
{
	if (T(t)->kind == GOKIND_COMPLEX64)
		return ((GoComplex64 *)p)->re;
	return ((GoComplex128 *)p)->re;
}

double reflect__loadImag(uintptr_t t, uint8_t *p)
{
	if (T(t)->kind == GOKIND_COMPLEX64)
		return ((GoComplex64 *)p)->im;
	return ((GoComplex128 *)p)->im;
}

go_bool reflect__loadBool(uint8_t *p) { return *p != 0; }
GoString reflect__loadString(uint8_t *p) { return *(GoString *)p; }
uint8_t *reflect__loadPtr(uint8_t *p) { return *(uint8_t **)p; }

void reflect__storeInt(uintptr_t t, uint8_t *p, int64_t v)
{
	switch (T(t)->kind) {
	case GOKIND_INT8: *(int8_t *)p = (int8_t)v; break;
	case GOKIND_INT16: *(int16_t *)p = (int16_t)v; break;
	case GOKIND_INT32: *(int32_t *)p = (int32_t)v; break;
	default: *(int64_t *)p = v; break;
	}
}

void reflect__storeUint(uintptr_t t, uint8_t *p, uint64_t v)
{
	switch (T(t)->kind) {
	case GOKIND_UINT8: *(uint8_t *)p = (uint8_t)v; break;
	case GOKIND_UINT16: *(uint16_t *)p = (uint16_t)v; break;
	case GOKIND_UINT32: *(uint32_t *)p = (uint32_t)v; break;
	default: *(uint64_t *)p = v; break;
	}
}

void reflect__storeFloat(uintptr_t t, uint8_t *p, double v)
{
	if (T(t)->kind == GOKIND_FLOAT32)
		*(float *)p = (float)v;
	else
		*(double *)p = v;
}

void reflect__storeComplex(uintptr_t t, uint8_t *p, double re, double im)
{
	if (T(t)->kind == GOKIND_COMPLEX64) {
		((GoComplex64 *)p)->re = (float)re;
		((GoComplex64 *)p)->im = (float)im;
	} else {
		((GoComplex128 *)p)->re = re;
		((GoComplex128 *)p)->im = im;
	}
}

void reflect__storeBool(uint8_t *p, go_bool v) { *p = v ? 1 : 0; }
void reflect__storeString(uint8_t *p, GoString v) { *(GoString *)p = v; }
void reflect__copyValue(uintptr_t t, uint8_t *dst, uint8_t *src) { memmove(dst, src, T(t)->size); }
uint8_t *reflect__offset(uint8_t *p, uintptr_t off) { return p + off; }
go_int reflect__sliceLen(uint8_t *p) { return ((GoSlice *)p)->len; }
go_int reflect__sliceCap(uint8_t *p) { return ((GoSlice *)p)->cap; }

uint8_t *reflect__sliceElem(uintptr_t t, uint8_t *p, go_int i)
{
	const GoType *ty = T(t);
	uint8_t *base = ty->kind == GOKIND_SLICE ? (uint8_t *)((GoSlice *)p)->ptr : p;
	return base + (uintptr_t)i * ty->elem->size;
}

go_int reflect__mapLen(uint8_t *p) { return gort_maplen(*(GoMap **)p); }

void reflect__mapEntries(uintptr_t t, uint8_t *p, GoSlice keys, GoSlice vals)
{
	GoMap *m = *(GoMap **)p;
	uint8_t **k = keys.ptr, **v = vals.ptr;
	go_int n = 0;
	if (!m)
		return;
	GoMapIter it;
	gort_mapiterinit(T(t), m, &it);
	while (n < keys.len && gort_mapiternext(&it)) {
		k[n] = it.key;
		v[n] = it.val;
		n++;
	}
}

uint8_t *reflect__mapIndex(uintptr_t t, uint8_t *p, uint8_t *key)
{
	GoMap *m = *(GoMap **)p;
	go_bool ok = 0;
	if (!m)
		return NULL;
	void *v = gort_mapaccess2(T(t), m, key, &ok);
	return ok ? v : NULL;
}

/* An interface value at p: its dynamic type and the address of its value. */
uintptr_t reflect__ifaceType(uintptr_t t, uint8_t *p)
{
	if (T(t)->nimethods == 0)
		return (uintptr_t)((GoEface *)p)->type;
	const GoItab *tab = ((GoIface *)p)->tab;
	return tab ? (uintptr_t)tab->type : 0;
}

uint8_t *reflect__ifaceAddr(uintptr_t t, uint8_t *p)
{
	uintptr_t dt = reflect__ifaceType(t, p);
	if (!dt)
		return NULL;
	void **data = &((GoEface *)p)->data;   /* same layout for GoIface */
	if (ptrshaped(T(dt)))
		return (uint8_t *)data;
	return *data;
}

go_bool reflect__memEqual(uint8_t *a, uint8_t *b, uintptr_t n) { return memcmp(a, b, n) == 0; }
uint8_t *reflect__newValue(uintptr_t t) { return gort_alloc(T(t)); }
uintptr_t reflect__pointerValue(uint8_t *p) { return (uintptr_t)p; }

void reflect__copyWord(uint8_t *dst, uint8_t **src) { *(void **)dst = *src; }
uint8_t *reflect__efaceAddrOfIface(GoEface *e) { return (uint8_t *)e; }
