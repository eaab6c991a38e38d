/*
 * gosub_rt.h: the contract between generated C and the runtime.  Every
 * generated C file includes this header and nothing else from the runtime.
 * The runtime's private declarations live in rt_impl.h.
 *
 * Representations (fixed: the compiler, the runtime and the future precise GC
 * all depend on them):
 *   bool            go_bool (uint8_t, 0 or 1)
 *   int, uint, uintptr: 64-bit (amd64 model); int8..uint64 = <stdint.h> types
 *   float32/64      float / double;  complex64/128: GoComplex64 / GoComplex128
 *   string          GoString  {ptr, len}       (ptr may be NULL when len == 0)
 *   []T             GoSlice   {ptr, len, cap}
 *   map[K]V         GoMap *   (NULL = nil map)
 *   chan T          GoChan *  (NULL = nil channel)
 *   func            GoFunc *  (NULL = nil func): a closure object whose first
 *                   word is the code pointer; the code receives the closure
 *                   pointer as its first argument:  ((R(*)(GoFunc*,A,B))f->fn)(f,a,b)
 *   interface{}     GoEface   {type, data}
 *   non-empty iface GoIface   {itab, data}
 *                   data: pointer-shaped types (pointer, map, chan, func,
 *                   unsafe.Pointer) are stored directly; every other value is
 *                   boxed: data points to a heap copy (immutable once boxed).
 *   [N]T            struct { T a[N]; } (so arrays copy by value)
 *   struct          C struct with the same field order; layout = amd64 Go layout
 *   multiple results: a generated struct { R0 r0; R1 r1; ... }
 *
 * Method tables: an itab's fun[i] for interface method i (interface methods
 * sorted by name, as Go sorts them) points to a function whose first parameter
 * is the interface's data word (void *), followed by the method's parameters.
 *
 * GC frames (stack maps): every function keeps its pointer-holding locals in a
 * frame struct whose first member is a GoFrame; GOSUB_FRAME_PUSH links it into
 * the goroutine's frame chain and GOSUB_FRAME_POP unlinks it.  The frame's
 * descriptor lists which words hold pointers.  Under --gc=boehm the macros
 * still run (the chain is also how panics unwind), costing two stores.
 *
 * Safepoints: GOSUB_POLL() at function entry and on loop back-edges.
 */
#ifndef GOSUB_RT_H
#define GOSUB_RT_H

#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <setjmp.h>

typedef uint8_t go_bool;
typedef int64_t go_int;
typedef uint64_t go_uint;
typedef uintptr_t go_uintptr;
typedef int32_t go_rune;
typedef uint8_t go_byte;
typedef struct { float re, im; } GoComplex64;
typedef struct { double re, im; } GoComplex128;

typedef struct { const uint8_t *ptr; go_int len; } GoString;
typedef struct { void *ptr; go_int len, cap; } GoSlice;

typedef struct GoType GoType;
typedef struct GoItab GoItab;
typedef struct GoMap GoMap;
typedef struct GoChan GoChan;
typedef struct GoFunc { void (*fn)(void); } GoFunc;   /* captures follow fn */

typedef struct { const GoType *type; void *data; } GoEface;
typedef struct { const GoItab *tab; void *data; } GoIface;

/* Type kinds: same numbering as Go's reflect.Kind. */
enum {
	GOKIND_INVALID, GOKIND_BOOL, GOKIND_INT, GOKIND_INT8, GOKIND_INT16, GOKIND_INT32,
	GOKIND_INT64, GOKIND_UINT, GOKIND_UINT8, GOKIND_UINT16, GOKIND_UINT32,
	GOKIND_UINT64, GOKIND_UINTPTR, GOKIND_FLOAT32, GOKIND_FLOAT64, GOKIND_COMPLEX64,
	GOKIND_COMPLEX128, GOKIND_ARRAY, GOKIND_CHAN, GOKIND_FUNC, GOKIND_INTERFACE,
	GOKIND_MAP, GOKIND_POINTER, GOKIND_SLICE, GOKIND_STRING, GOKIND_STRUCT,
	GOKIND_UNSAFEPOINTER,
};

enum {
	GOTYPE_NAMED = 1,        /* defined (named) type */
	GOTYPE_POINTERSHAPED = 2,/* stored directly in an interface data word */
	GOTYPE_COMPARABLE = 4,
	GOTYPE_VARIADIC = 8,     /* func */
};

typedef struct GoStructField {
	GoString name;
	const GoType *type;
	GoString tag;
	uintptr_t offset;
	uint8_t embedded;
	uint8_t exported;
} GoStructField;

typedef struct GoMethod {
	GoString name;
	GoString pkgpath;        /* empty for exported names */
	const GoType *mtype;     /* func type without receiver */
	void (*ifn)(void);       /* called with the interface data word first */
} GoMethod;

typedef struct GoIMethod {
	GoString name;
	GoString pkgpath;
	const GoType *mtype;
} GoIMethod;

/* A type descriptor.  One per type, emitted by the compiler (anonymous types
 * may be emitted by several packages; the runtime compares descriptors with
 * gort_type_eq, which falls back to comparing `str` when pointers differ). */
struct GoType {
	uintptr_t size;
	uintptr_t ptrdata;           /* prefix length in bytes that can hold pointers */
	uint32_t hash;               /* hash of the type's string, for type switches */
	uint8_t kind;                /* GOKIND_* */
	uint8_t align;
	uint8_t flags;               /* GOTYPE_* */
	uint8_t chandir;             /* 1 recv, 2 send, 3 both */
	const uint8_t *gcdata;       /* pointer bitmap: bit i = word i holds a pointer */
	_Bool (*equal)(const void *, const void *);   /* NULL: not comparable */
	uintptr_t (*hashfn)(const void *, uintptr_t seed);
	GoString str;                /* gc's spelling: "main.Point", "[]int", "*main.T" */
	GoString pkgpath;            /* named types: package path */
	GoString name;               /* named types: "Point" */
	const GoType *elem;          /* pointer, slice, array, chan, map value */
	const GoType *key;           /* map key */
	uintptr_t len;               /* array length */
	const GoStructField *fields; /* struct */
	uintptr_t nfields;
	const GoMethod *methods;     /* method set of this type (value or pointer type),
	                                sorted by name */
	uintptr_t nmethods;
	const GoIMethod *imethods;   /* interface: methods sorted by name */
	uintptr_t nimethods;
	const GoType *const *in;     /* func */
	uintptr_t nin;
	const GoType *const *out;
	uintptr_t nout;
	const GoType *ptrto;         /* *T if the program uses it, else NULL */
};

struct GoItab {
	const GoType *inter;
	const GoType *type;
	uint32_t hash;               /* copy of type->hash */
	void (*fun[])(void);         /* interface methods, in inter->imethods order */
};

/* GC frame record (stack map).  desc describes the whole frame struct. */
typedef struct GoFrame {
	struct GoFrame *prev;
	const GoType *desc;
} GoFrame;

#endif
