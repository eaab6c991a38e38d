/*
 * precise_gc_test.c: the precise collector's allocator, mark and sweep
 * (rt_heap.c, rt_gc.c), on the main goroutine with explicit GC frames, as
 * generated code keeps them:
 *   - size classes, zeroed memory, slot reuse after a sweep;
 *   - objects reachable from frame slots, globals (GORT_ROOT), interior
 *     pointers and pins survive; everything else is freed and reused;
 *   - pointer-free objects are never scanned; large objects by their type;
 *   - a value held only by a goroutine parked in a channel send survives;
 *   - finalizers run on a goroutine after the object is unreachable;
 *   - ReadMemStats figures move as they should;
 *   - lazy sweep: after a collection that leaves the sweep to the allocator,
 *     new objects reuse the dead ones' slots (the heap does not grow), and
 *     rt_sweep_all leaves nothing unswept;
 *   - parallel mark: with two Ps a helper thread marks part of a big graph
 *     (a tree and many short lists, so work is handed over), and every
 *     node survives.
 * Runs under GODEBUG=gcstress=1 as well (every allocation collects, the heap
 * verifier checks each cycle).
 */
#include "test.h"
#include "rt_heap.h"

void rt_run_main(void (*fn)(void));

typedef struct Node { struct Node *next; go_int v; struct Node *other; } Node;
static const uint8_t node_gc[] = { 5 };       /* words 0 and 2 */
static const GoType t_node = { .kind = GOKIND_STRUCT, .size = 24, .align = 8, .ptrdata = 24, .gcdata = node_gc };
static const uint8_t ptr_gc[] = { 1 };
static const GoType t_ptr = { .kind = GOKIND_POINTER, .size = 8, .align = 8, .ptrdata = 8, .gcdata = ptr_gc };
static const GoType t_chan = { .kind = GOKIND_CHAN, .size = 8, .align = 8, .ptrdata = 8, .gcdata = ptr_gc, .elem = &t_ptr };

/* a frame with two pointer slots, like generated code's gs_fr */
typedef struct { GoFrame f; void *a; void *b; } Frame2;
static const uint8_t frame2_gc[] = { 12 };   /* words 2 and 3 (after prev, desc) */
static const GoType frame2_desc = { .size = sizeof(Frame2), .ptrdata = sizeof(Frame2), .gcdata = frame2_gc };

static Node *global_list;
GORT_ROOT(global_list, &t_ptr);

static uint64_t stat(int i)
{
	uint64_t st[GORT_MS_N];
	gort_readmemstats(st);
	return st[i];
}

static bool allocated(void *p)
{
	RtSpan *s = rt_span_of((uintptr_t)p);
	if (s == NULL || s->state != SPAN_INUSE)
		return false;
	uint32_t i = rt_span_index(s, (uintptr_t)p);
	return rt_obj_allocated(s, i);
}

static Node *list(go_int n)
{
	Frame2 fr = {0};
	GOSUB_FRAME_PUSH(&fr.f, &frame2_desc);
	for (go_int i = 0; i < n; i++) {
		Node *x = gort_alloc(&t_node);
		x->next = fr.a;
		x->v = i;
		fr.a = x;
	}
	GOSUB_FRAME_POP(&fr.f);
	return fr.a;
}

static go_int check(Node *l, go_int n)
{
	go_int bad = 0;
	for (go_int i = n - 1; i >= 0; i--, l = l->next)
		if (l == NULL || l->v != i)
			return bad + 1;
	return l != NULL;
}

static void test_classes(void)
{
	ASSERT(1, rt_size_class(1));
	ASSERT(8, rt_class_size[rt_size_class(8)]);
	ASSERT(48, rt_class_size[rt_size_class(33)]);
	ASSERT(32768, rt_class_size[rt_size_class(32768)]);
	ASSERT(0, rt_size_class(32769));
	/* zeroed, distinct, in the heap */
	Frame2 fr = {0};
	GOSUB_FRAME_PUSH(&fr.f, &frame2_desc);
	char *a = fr.a = gort_alloc_noscan(100), *b = gort_alloc_noscan(100);
	ASSERT(1, a != b && allocated(a) && allocated(b));
	GOSUB_FRAME_POP(&fr.f);
	for (int i = 0; i < 112; i++)
		ASSERT(0, a[i]);
	ASSERT(1, gort_alloc_noscan(0) == (void *)&gort_zerobase);
}

static volatile bool fin_ran;
static uint32_t fin_done;
static void finalizer(GoFunc *f, void *obj)
{
	(void)f;
	fin_ran = ((Node *)obj)->v == 77;
	gort_semrelease(&fin_done);
}
static const GoFunc fin_func = { (void (*)(void))finalizer };
static const GoType t_nodeptr = { .kind = GOKIND_POINTER, .size = 8, .align = 8, .ptrdata = 8, .gcdata = ptr_gc,
	.elem = &t_node, .str = { (const uint8_t *)"*Node", 5 } };
static const GoType *const fin_in[] = { &t_nodeptr };
static const GoType t_finfunc = { .kind = GOKIND_FUNC, .size = 8, .align = 8, .ptrdata = 8, .gcdata = ptr_gc,
	.in = fin_in, .nin = 1, .str = { (const uint8_t *)"func(*Node)", 11 } };

static void sender(void *arg)
{
	GoChan *c = arg;
	Node *n = gort_alloc(&t_node);   /* held only by the parked send */
	n->v = 4242;
	gort_chansend(c, &n);
}

/* list lengths: every allocation collects under gcstress, so keep them short there */
static go_int N;

/* a tree of 2^depth - 1 nodes (next, other: children) */
static Node *tree(int depth)
{
	if (depth == 0)
		return NULL;
	Frame2 fr = {0};
	GOSUB_FRAME_PUSH(&fr.f, &frame2_desc);
	fr.a = tree(depth - 1);
	fr.b = tree(depth - 1);
	Node *n = gort_alloc(&t_node);
	n->next = fr.a;
	n->other = fr.b;
	n->v = depth;
	GOSUB_FRAME_POP(&fr.f);
	return n;
}

static go_int tree_check(Node *n, int depth)
{
	if (depth == 0)
		return n == NULL ? 0 : 1;
	if (n == NULL || n->v != depth)
		return 1;
	return tree_check(n->next, depth - 1) + tree_check(n->other, depth - 1);
}

static void test_lazy_sweep(go_int n)
{
	Frame2 fr = {0};
	GOSUB_FRAME_PUSH(&fr.f, &frame2_desc);
	gort_gc();
	fr.a = list(n);
	list(n);                          /* garbage */
	rt_gc_lazy();
	uint64_t sys, inuse, rel;
	rt_heap_stats(&sys, &inuse, &rel);
	fr.b = list(n);                   /* sweeps on demand, into the garbage's slots */
	uint64_t sys2, inuse2;
	rt_heap_stats(&sys2, &inuse2, &rel);
	if (!rt_gcstress)         /* there the garbage went at once, with its pages */
		ASSERT(1, (int64_t)(inuse2 - inuse) < (int64_t)n * 32 / 2);
	ASSERT(0, check(fr.a, n));
	ASSERT(0, check(fr.b, n));
	rt_sweep_all();
	ASSERT(0, rt_unswept());
	ASSERT(0, check(fr.a, n));
	GOSUB_FRAME_POP(&fr.f);
}

static void test_parallel_mark(int depth, go_int nlists)
{
	Frame2 fr = {0};
	GOSUB_FRAME_PUSH(&fr.f, &frame2_desc);
	go_int old = gort_gomaxprocs(2);
	fr.a = tree(depth);
	Node **lists = gort_alloc_n(&t_ptr, nlists);
	fr.b = lists;
	for (go_int i = 0; i < nlists; i++)
		lists[i] = list(3);
	/* the helper may not get a core at once on a busy machine: a few tries */
	uint64_t before = __atomic_load_n(&rt_gc_helper_scanned, __ATOMIC_RELAXED);
	for (int i = 0; i < 20 && __atomic_load_n(&rt_gc_helper_scanned, __ATOMIC_RELAXED) == before; i++)
		gort_gc();
	ASSERT(1, __atomic_load_n(&rt_gc_helper_scanned, __ATOMIC_RELAXED) > before);
	list(4 * N);                      /* reuses anything wrongly freed */
	ASSERT(0, tree_check(fr.a, depth));
	for (go_int i = 0; i < nlists; i++)
		ASSERT(0, check(lists[i], 3));
	gort_gomaxprocs(old);
	GOSUB_FRAME_POP(&fr.f);
}


static void body(void)
{
	N = rt_gcstress ? 200 : 10000;
	Frame2 fr = {0};
	GOSUB_FRAME_PUSH(&fr.f, &frame2_desc);
	test_classes();

	/* frames keep a list, garbage goes */
	fr.a = list(N);
	for (int r = 0; r < 20; r++)
		list(N);
	uint64_t before = stat(GORT_MS_HEAPALLOC);
	gort_gc();
	uint64_t after = stat(GORT_MS_HEAPALLOC);
	ASSERT(0, check(fr.a, N));
	ASSERT(1, after < before);
	ASSERT(1, after >= (uint64_t)N * 24);
	ASSERT(1, stat(GORT_MS_NUMGC) >= 1);
	ASSERT(1, stat(GORT_MS_FREES) >= (uint64_t)N * 20);
	/* freed slots are reused: overwrite them, the kept list is intact */
	for (int r = 0; r < 20; r++)
		list(N);
	ASSERT(0, check(fr.a, N));

	/* globals; interior pointers */
	global_list = list(100);
	Node *in = list(1);
	fr.b = &in->other;        /* interior pointer only */
	gort_gc();
	list(5 * N);
	ASSERT(0, check(global_list, 100));
	ASSERT(1, allocated(in));
	ASSERT(0, in->v);

	/* pointer-free objects are not scanned */
	Node *hidden = list(1);
	uintptr_t *box = gort_alloc_noscan(8);
	*box = (uintptr_t)hidden;
	fr.b = box;
	gort_gc();
	ASSERT(0, allocated(hidden));

	/* large objects: typed scan */
	Node **big = gort_alloc_n(&t_ptr, 10000);
	fr.b = big;
	for (int i = 0; i < 10000; i += 100)
		big[i] = list(2);
	gort_gc();
	list(2 * N);
	for (int i = 0; i < 10000; i += 100)
		ASSERT(0, check(big[i], 2));
	fr.b = NULL;
	uint64_t inuse = stat(GORT_MS_HEAPINUSE);
	gort_gc();
	ASSERT(1, stat(GORT_MS_HEAPINUSE) < inuse);
	/* pages free for a whole cycle go back to the OS */
	gort_alloc_noscan(8 << 20);
	gort_gc();
	gort_gc();
	gort_gc();
	ASSERT(1, stat(GORT_MS_HEAPRELEASED) >= (8 << 20) - (1 << 20));

	/* pins */
	Node *pinned = list(3);
	RtPin pin;
	RT_PIN(pin, &pinned, &t_ptr, 1);
	gort_gc();
	list(N);
	ASSERT(0, check(pinned, 3));
	RT_UNPIN(pin);

	/* a value only a parked sender holds */
	GoChan *c = gort_makechan(&t_chan, 0);
	fr.b = c;
	gort_go(sender, c);
	for (int i = 0; i < 10 && gort_numgoroutine() > 0; i++)
		gort_gosched();
	gort_gc();
	list(N);
	Node *got = NULL;
	gort_chanrecv(c, &got);
	ASSERT(4242, got->v);

	test_lazy_sweep(N);
	if (!rt_gcstress)
		test_parallel_mark(17, 20000);

	/* finalizer */
	Node *f = list(1);
	f->v = 77;
	gort_setfinalizer((GoEface){ &t_nodeptr, f }, (GoEface){ &t_finfunc, (void *)&fin_func });
	f = NULL;
	gort_gc();
	gort_semacquire(&fin_done);
	ASSERT(1, fin_ran);

	GOSUB_FRAME_POP(&fr.f);
	gort_exit(test_failures ? 1 : 0);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	rt_run_main(body);
	TEST_END();
}
