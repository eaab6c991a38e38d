/* slice.c: the C half of package sort: swapping elements of any slice. */
#include "gosub_rt.h"

static const GoSlice *slice_of(GoEface x)
{
	if (!x.type || x.type->kind != GOKIND_SLICE) {
		/* reflect's message for Swapper/Len on a non-slice */
		static const char *const kinds[] = {
			"zero", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
			"uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
			"complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
			"string", "struct", "unsafe.Pointer",
		};
		static char msg[128];
		const char *k = kinds[x.type ? x.type->kind : 0];
		size_t n = strlen(k);
		memcpy(msg, "reflect: call of Swapper on ", 28);
		memcpy(msg + 28, k, n);
		memcpy(msg + 28 + n, " Value", 7);
		gort_panic_plain(msg);
	}
	return (const GoSlice *)x.data;
}

go_int sort__sliceLen(GoEface x)
{
	return slice_of(x)->len;
}

void sort__sliceSwap(GoEface x, go_int i, go_int j)
{
	const GoSlice *s = slice_of(x);
	if ((go_uint)i >= (go_uint)s->len)
		gort_panic_index(i, s->len);
	if ((go_uint)j >= (go_uint)s->len)
		gort_panic_index(j, s->len);
	uintptr_t size = x.type->elem->size;
	uint8_t *a = (uint8_t *)s->ptr + (uintptr_t)i * size;
	uint8_t *b = (uint8_t *)s->ptr + (uintptr_t)j * size;
	switch (size) {
	case 0:
		return;
	case 8: {
		uint64_t t;
		memcpy(&t, a, 8);
		memcpy(a, b, 8);
		memcpy(b, &t, 8);
		return;
	}
	}
	uint8_t tmp[256];
	while (size > 0) {
		uintptr_t n = size < sizeof tmp ? size : sizeof tmp;
		memcpy(tmp, a, n);
		memcpy(a, b, n);
		memcpy(b, tmp, n);
		a += n;
		b += n;
		size -= n;
	}
}
