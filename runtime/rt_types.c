/*
 * rt_types.c: type descriptors owned by the runtime: the predeclared types
 * (gort_type_int, ..., gort_type_error, gort_type_any), the types of the
 * runtime's own error values (runtime.errorString, runtime.plainError,
 * runtime.boundsError, *runtime.TypeAssertionError) with their method tables,
 * and type identity.
 *
 * Invariants: descriptors are immutable; .hash is FNV-1a of .str (see
 * gort_typehash); named types are unique objects, so two named descriptors
 * are identical only if they are the same object, while unnamed types may be
 * emitted by several packages and are identified by their spelling.
 */
#include "rt_impl.h"

#define S(lit) { (const uint8_t *)(lit), sizeof(lit) - 1 }

static const uint8_t gc_1[] = { 1 };
static const uint8_t gc_3[] = { 3 };

const GoType gort_type_bool = {
	.size = 1, .ptrdata = 0, .hash = 3365180733u, .kind = GOKIND_BOOL, .align = 1,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal8, .hashfn = gort_memhash8, .str = S("bool"), .name = S("bool"),
};
const GoType gort_type_int = {
	.size = 8, .ptrdata = 0, .hash = 2515107422u, .kind = GOKIND_INT, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("int"), .name = S("int"),
};
const GoType gort_type_int8 = {
	.size = 1, .ptrdata = 0, .hash = 1687288466u, .kind = GOKIND_INT8, .align = 1,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal8, .hashfn = gort_memhash8, .str = S("int8"), .name = S("int8"),
};
const GoType gort_type_int16 = {
	.size = 2, .ptrdata = 0, .hash = 132346577u, .kind = GOKIND_INT16, .align = 2,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal16, .hashfn = gort_memhash16, .str = S("int16"), .name = S("int16"),
};
const GoType gort_type_int32 = {
	.size = 4, .ptrdata = 0, .hash = 4225688255u, .kind = GOKIND_INT32, .align = 4,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal32, .hashfn = gort_memhash32, .str = S("int32"), .name = S("int32"),
};
const GoType gort_type_int64 = {
	.size = 8, .ptrdata = 0, .hash = 64103268u, .kind = GOKIND_INT64, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("int64"), .name = S("int64"),
};
const GoType gort_type_uint = {
	.size = 8, .ptrdata = 0, .hash = 3415750305u, .kind = GOKIND_UINT, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("uint"), .name = S("uint"),
};
const GoType gort_type_uint8 = {
	.size = 1, .ptrdata = 0, .hash = 429781723u, .kind = GOKIND_UINT8, .align = 1,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal8, .hashfn = gort_memhash8, .str = S("uint8"), .name = S("uint8"),
};
const GoType gort_type_uint16 = {
	.size = 2, .ptrdata = 0, .hash = 2928590578u, .kind = GOKIND_UINT16, .align = 2,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal16, .hashfn = gort_memhash16, .str = S("uint16"), .name = S("uint16"),
};
const GoType gort_type_uint32 = {
	.size = 4, .ptrdata = 0, .hash = 848563180u, .kind = GOKIND_UINT32, .align = 4,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal32, .hashfn = gort_memhash32, .str = S("uint32"), .name = S("uint32"),
};
const GoType gort_type_uint64 = {
	.size = 8, .ptrdata = 0, .hash = 2929723411u, .kind = GOKIND_UINT64, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("uint64"), .name = S("uint64"),
};
const GoType gort_type_uintptr = {
	.size = 8, .ptrdata = 0, .hash = 4241580389u, .kind = GOKIND_UINTPTR, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("uintptr"), .name = S("uintptr"),
};
const GoType gort_type_float32 = {
	.size = 4, .ptrdata = 0, .hash = 3902764048u, .kind = GOKIND_FLOAT32, .align = 4,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_f32equal, .hashfn = gort_f32hash, .str = S("float32"), .name = S("float32"),
};
const GoType gort_type_float64 = {
	.size = 8, .ptrdata = 0, .hash = 2090339911u, .kind = GOKIND_FLOAT64, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_f64equal, .hashfn = gort_f64hash, .str = S("float64"), .name = S("float64"),
};
const GoType gort_type_complex64 = {
	.size = 8, .ptrdata = 0, .hash = 3775297125u, .kind = GOKIND_COMPLEX64, .align = 4,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_c64equal, .hashfn = gort_c64hash, .str = S("complex64"), .name = S("complex64"),
};
const GoType gort_type_complex128 = {
	.size = 16, .ptrdata = 0, .hash = 2952839400u, .kind = GOKIND_COMPLEX128, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = NULL,
	.equal = gort_c128equal, .hashfn = gort_c128hash, .str = S("complex128"), .name = S("complex128"),
};
const GoType gort_type_string = {
	.size = 16, .ptrdata = 8, .hash = 398550328u, .kind = GOKIND_STRING, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = gc_1,
	.equal = gort_strequal, .hashfn = gort_strhash, .str = S("string"), .name = S("string"),
};
const GoType gort_type_unsafeptr = {
	.size = 8, .ptrdata = 8, .hash = 2991553696u, .kind = GOKIND_UNSAFEPOINTER, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE | GOTYPE_POINTERSHAPED, .gcdata = gc_1,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("unsafe.Pointer"), .name = S("unsafe.Pointer"),
};

/* func() string and func(): method types of Error/String and RuntimeError. */
static const GoType *const out_string[] = { &gort_type_string };
const GoType rt_type_func_string = {
	.size = 8, .ptrdata = 8, .hash = 831551413u, .kind = GOKIND_FUNC, .align = 8,
	.flags = GOTYPE_POINTERSHAPED, .gcdata = gc_1, .str = S("func() string"),
	.out = out_string, .nout = 1,
};
static const GoType rt_type_func_void = {
	.size = 8, .ptrdata = 8, .hash = 2173681852u, .kind = GOKIND_FUNC, .align = 8,
	.flags = GOTYPE_POINTERSHAPED, .gcdata = gc_1, .str = S("func()"),
};

static const GoIMethod error_imethods[] = {
	{ .name = S("Error"), .mtype = &rt_type_func_string },
};
const GoType gort_type_error = {
	.size = 16, .ptrdata = 16, .hash = 563185489u, .kind = GOKIND_INTERFACE, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = gc_3,
	.equal = gort_ifaceequal, .hashfn = gort_ifacehash, .str = S("error"), .name = S("error"),
	.imethods = error_imethods, .nimethods = 1,
};
const GoType gort_type_any = {
	.size = 16, .ptrdata = 16, .hash = 3640092676u, .kind = GOKIND_INTERFACE, .align = 8,
	.flags = GOTYPE_COMPARABLE, .gcdata = gc_3,
	.equal = gort_efaceequal, .hashfn = gort_efacehash, .str = S("interface {}"),
};
static const GoIMethod stringer_imethods[] = {
	{ .name = S("String"), .mtype = &rt_type_func_string },
};
const GoType rt_type_stringer = {
	.size = 16, .ptrdata = 16, .hash = 1190772549u, .kind = GOKIND_INTERFACE, .align = 8,
	.flags = GOTYPE_COMPARABLE, .gcdata = gc_3,
	.equal = gort_ifaceequal, .hashfn = gort_ifacehash, .str = S("interface { String() string }"),
	.imethods = stringer_imethods, .nimethods = 1,
};

/* ---------------------------------------------------------------- runtime errors
 * errorString and boundsError hold the message without the "runtime error: "
 * prefix that Error() adds; plainError and TypeAssertionError hold the full
 * message.  All data words point at a GoString. */
static GoString error_with_prefix(void *data)
{
	return gort_concatstring2(gort_cstr("runtime error: "), *(GoString *)data);
}
static GoString error_plain(void *data)
{
	return *(GoString *)data;
}
static void runtime_error(void *data)
{
	(void)data;
}

#define ERRMETHODS(tabname, fn) \
static const GoMethod tabname[] = { \
	{ .name = S("Error"), .mtype = &rt_type_func_string, .ifn = (void (*)(void))fn }, \
	{ .name = S("RuntimeError"), .mtype = &rt_type_func_void, .ifn = (void (*)(void))runtime_error }, \
};
ERRMETHODS(prefix_methods, error_with_prefix)
ERRMETHODS(plain_methods, error_plain)

const GoType rt_type_errorString = {
	.size = 16, .ptrdata = 8, .hash = 2833271418u, .kind = GOKIND_STRING, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = gc_1,
	.equal = gort_strequal, .hashfn = gort_strhash, .str = S("runtime.errorString"),
	.pkgpath = S("runtime"), .name = S("errorString"), .methods = prefix_methods, .nmethods = 2,
};
const GoType rt_type_boundsError = {
	.size = 16, .ptrdata = 8, .hash = 626020732u, .kind = GOKIND_STRING, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = gc_1,
	.equal = gort_strequal, .hashfn = gort_strhash, .str = S("runtime.boundsError"),
	.pkgpath = S("runtime"), .name = S("boundsError"), .methods = prefix_methods, .nmethods = 2,
};
const GoType rt_type_plainError = {
	.size = 16, .ptrdata = 8, .hash = 4270699853u, .kind = GOKIND_STRING, .align = 8,
	.flags = GOTYPE_NAMED | GOTYPE_COMPARABLE, .gcdata = gc_1,
	.equal = gort_strequal, .hashfn = gort_strhash, .str = S("runtime.plainError"),
	.pkgpath = S("runtime"), .name = S("plainError"), .methods = plain_methods, .nmethods = 2,
};
static const GoType rt_type_TypeAssertionError = {
	.size = 16, .ptrdata = 8, .hash = 50619165u, .kind = GOKIND_STRUCT, .align = 8,
	.flags = GOTYPE_NAMED, .gcdata = gc_1, .str = S("runtime.TypeAssertionError"),
	.pkgpath = S("runtime"), .name = S("TypeAssertionError"),
};
const GoType rt_type_TypeAssertionError_ptr = {
	.size = 8, .ptrdata = 8, .hash = 3895843557u, .kind = GOKIND_POINTER, .align = 8,
	.flags = GOTYPE_POINTERSHAPED | GOTYPE_COMPARABLE, .gcdata = gc_1,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = S("*runtime.TypeAssertionError"),
	.elem = &rt_type_TypeAssertionError, .methods = plain_methods, .nmethods = 2,
};

/* ---------------------------------------------------------------- identity */

go_bool gort_type_eq_slow(const GoType *a, const GoType *b)
{
	if (a == b)
		return 1;
	if (a == NULL || b == NULL)
		return 0;
	if ((a->flags | b->flags) & GOTYPE_NAMED)
		return 0;
	if (a->kind != b->kind || a->size != b->size || a->str.len != b->str.len)
		return 0;
	if (memcmp(a->str.ptr, b->str.ptr, (size_t)a->str.len) != 0)
		return 0;
	/* Same spelling; where the structure is at hand, also compare the
	 * element types (two packages named util, or two local types named T,
	 * spell alike). */
	switch (a->kind) {
	case GOKIND_POINTER: case GOKIND_SLICE: case GOKIND_ARRAY: case GOKIND_CHAN:
		if (a->elem && b->elem && !gort_type_eq(a->elem, b->elem))
			return 0;
		return a->len == b->len && a->chandir == b->chandir;
	case GOKIND_MAP:
		if (a->key && b->key && !gort_type_eq(a->key, b->key))
			return 0;
		return !(a->elem && b->elem && !gort_type_eq(a->elem, b->elem));
	default:
		return 1;
	}
}

GoString rt_type_string(const GoType *t)
{
	if (t == NULL) {
		GoString s = S("nil");
		return s;
	}
	return t->str;
}
