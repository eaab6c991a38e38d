/*
 * iface_test.c: itabs (lookup, cache, missing methods), type assertion
 * messages as gc prints them, interface equality (uncomparable dynamic types
 * panic), boxing, type identity of duplicated unnamed descriptors, and
 * Error()/String() calls through method tables.
 */
#include "test.h"

#define GS(lit) { (const uint8_t *)(lit), sizeof(lit) - 1 }

static const GoType *const out_int[] = { &gort_type_int };
static const GoType t_func_int = { .kind = GOKIND_FUNC, .size = 8, .str = GS("func() int"), .out = out_int, .nout = 1 };
/* a second, separately emitted descriptor of the same unnamed type */
static const GoType t_func_int2 = { .kind = GOKIND_FUNC, .size = 8, .str = GS("func() int"), .out = out_int, .nout = 1 };
static const GoType *const out_str[] = { &gort_type_string };
static const GoType t_func_str = { .kind = GOKIND_FUNC, .size = 8, .str = GS("func() string"), .out = out_str, .nout = 1 };

/* type T struct{ x int }; func (T) Get() int; func (T) String() string */
typedef struct { go_int x; } T;
static go_int T_Get(void *d) { return ((T *)d)->x; }
static GoString T_String(void *d) { return ((T *)d)->x == 7 ? gort_cstr("seven") : gort_cstr("other"); }
static const GoMethod T_methods[] = {
	{ .name = GS("Get"), .mtype = &t_func_int2, .ifn = (void (*)(void))T_Get },
	{ .name = GS("String"), .mtype = &t_func_str, .ifn = (void (*)(void))T_String },
};
static const GoType t_T = { .kind = GOKIND_STRUCT, .size = 8, .align = 8, .flags = GOTYPE_NAMED | GOTYPE_COMPARABLE,
	.equal = gort_memequal64, .hashfn = gort_memhash64, .str = GS("main.T"), .pkgpath = GS("main"),
	.name = GS("T"), .methods = T_methods, .nmethods = 2 };

/* type I interface { Get() int } ; type J interface { Get() int; Set() } */
static const GoIMethod I_m[] = { { .name = GS("Get"), .mtype = &t_func_int } };
static const GoType t_I = { .kind = GOKIND_INTERFACE, .size = 16, .flags = GOTYPE_NAMED | GOTYPE_COMPARABLE,
	.equal = gort_ifaceequal, .hashfn = gort_ifacehash, .str = GS("main.I"), .imethods = I_m, .nimethods = 1 };
static const GoType t_func_void = { .kind = GOKIND_FUNC, .size = 8, .str = GS("func()") };
static const GoIMethod J_m[] = { { .name = GS("Get"), .mtype = &t_func_int }, { .name = GS("Set"), .mtype = &t_func_void } };
static const GoType t_J = { .kind = GOKIND_INTERFACE, .size = 16, .flags = GOTYPE_NAMED | GOTYPE_COMPARABLE,
	.equal = gort_ifaceequal, .hashfn = gort_ifacehash, .str = GS("main.J"), .imethods = J_m, .nimethods = 2 };
static const GoType t_slice_int = { .kind = GOKIND_SLICE, .size = 24, .ptrdata = 8, .str = GS("[]int") };

static void assert_J(void *arg)
{
	GoEface *e = arg;
	gort_assertE2I(&gort_type_any, &t_J, *e);
}

static void assert_int(void *arg)
{
	GoEface *e = arg;
	if (!gort_eface_is(*e, &gort_type_int))
		gort_panic_assert(&gort_type_any, e->type, &gort_type_int);
}

static void assert_T_from_I(void *arg)
{
	GoIface *i = arg;
	if (!gort_iface_is(*i, &t_T))
		gort_panic_assert(&t_I, i->tab ? i->tab->type : NULL, &t_T);
}

static void cmp_slices(void *arg)
{
	(void)arg;
	GoSlice s = { NULL, 0, 0 };
	GoEface a = { &t_slice_int, gort_box_slice(s) }, b = { &t_slice_int, gort_box_slice(s) };
	gort_efaceeq(a, b);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	T v = { 42 };
	GoEface e = { &t_T, gort_box(&t_T, &v) };
	const GoItab *tab = gort_getitab(&t_I, &t_T, 0);
	ASSERT(1, tab != NULL);
	ASSERT(1, tab == gort_getitab(&t_I, &t_T, 0));   /* cached */
	ASSERT(42, ((go_int (*)(void *))tab->fun[0])(e.data));
	ASSERT(0, gort_getitab(&t_J, &t_T, 1) != NULL);
	ASSERT(0, gort_getitab(&t_J, &t_T, 1) != NULL);  /* cached miss */

	GoIface i;
	ASSERT(1, gort_assertE2I2(&t_I, e, &i));
	ASSERT(1, i.tab == tab);
	ASSERT(0, gort_assertE2I2(&t_J, e, NULL));
	ASSERT(0, gort_assertE2I2(&t_I, (GoEface){ NULL, NULL }, &i));

	GoEface p;
	ASSERT(1, catch_panic(assert_J, &e, &p));
	ASSERT_STR("interface conversion: main.T is not main.J: missing method Set", panic_text(p));
	ASSERT_STR("*runtime.TypeAssertionError", p.type->str);
	GoEface nil = { NULL, NULL };
	ASSERT(1, catch_panic(assert_J, &nil, &p));
	ASSERT_STR("interface conversion: interface is nil, not main.J", panic_text(p));
	GoEface str = { &gort_type_string, gort_box_string(gort_cstr("x")) };
	ASSERT(1, catch_panic(assert_int, &str, &p));
	ASSERT_STR("interface conversion: interface {} is string, not int", panic_text(p));
	ASSERT(1, catch_panic(assert_int, &nil, &p));
	ASSERT_STR("interface conversion: interface {} is nil, not int", panic_text(p));
	GoIface in = { NULL, NULL };
	ASSERT(1, catch_panic(assert_T_from_I, &in, &p));
	ASSERT_STR("interface conversion: main.I is nil, not main.T", panic_text(p));
	ASSERT(0, catch_panic(assert_int, &(GoEface){ &gort_type_int, gort_box_u64(3) }, &p));

	/* equality */
	T w = { 42 };
	GoEface e2 = { &t_T, gort_box(&t_T, &w) };
	ASSERT(1, gort_efaceeq(e, e2));
	w.x = 1;
	ASSERT(1, gort_efaceeq_val(e2, &t_T, &(T){ 42 }));
	ASSERT(0, gort_efaceeq_val(e2, &gort_type_int, &(go_int){ 42 }));
	ASSERT(1, gort_efaceeq(nil, nil));
	ASSERT(0, gort_efaceeq(nil, e));
	GoEface i5 = { &gort_type_int, gort_box_u64(5) }, i64_5 = { &gort_type_int64, gort_box_u64(5) };
	ASSERT(0, gort_efaceeq(i5, i64_5));
	ASSERT(1, gort_efaceeq(i5, (GoEface){ &gort_type_int, gort_box_u64(5) }));
	GoEface s1 = { &gort_type_string, gort_box_string(gort_concatstring2(S("ab"), S("c"))) };
	GoEface s2 = { &gort_type_string, gort_box_string(S("abc")) };
	ASSERT(1, gort_efaceeq(s1, s2));
	ASSERT(1, catch_panic(cmp_slices, NULL, &p));
	ASSERT_STR("runtime error: comparing uncomparable type []int", panic_text(p));
	GoIface ia = gort_iface(&t_I, &t_T, e.data), ib = gort_iface(&t_I, &t_T, e2.data);
	ASSERT(1, gort_ifaceeq(ia, ib));
	ASSERT(1, gort_iface_to_eface(ia).type == &t_T);

	/* identity */
	ASSERT(1, gort_type_eq(&t_func_int, &t_func_int2));
	ASSERT(0, gort_type_eq(&t_func_int, &t_func_str));
	ASSERT(0, gort_type_eq(&t_I, &t_J));

	/* boxing */
	ASSERT(1, gort_box_u64(7) == gort_box_u64(7));
	ASSERT(7, *(go_int *)gort_box_u64(7));
	ASSERT(1000, *(go_int *)gort_box_u64(1000));
	uint8_t bt = 200;
	ASSERT(200, *(uint8_t *)gort_box(&gort_type_uint8, &bt));
	int32_t neg = -5;
	ASSERT(-5, *(int32_t *)gort_box(&gort_type_int32, &neg));
	void *ptr = &v;
	ASSERT(1, gort_box(&gort_type_unsafeptr, &ptr) == ptr);

	/* Error / String through method tables */
	go_bool ok;
	GoString s = gort_call_string(e, &ok);
	ASSERT(1, ok);
	ASSERT_STR("other", s);
	gort_call_error(e, &ok);
	ASSERT(0, ok);
	/* I -> I conversion */
	GoIface conv = gort_convI2I(&t_I, ia);
	ASSERT(1, conv.tab == ia.tab);
	TEST_END();
}
