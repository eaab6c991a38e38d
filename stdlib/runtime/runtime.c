/* runtime.c: the C half of package runtime. */
#include "gosub_rt.h"

void runtime__gc(void) { gort_gc(); }
void runtime__gosched(void) { gort_gosched(); }
void runtime__goexit(void) { gort_goexit(); }
go_int runtime__numGoroutine(void) { return gort_numgoroutine(); }

go_int runtime__numCPU(void) { return gort_numcpu(); }
go_int runtime__gomaxprocs(go_int n) { return gort_gomaxprocs(n); }

void runtime__breakpoint(void) { __builtin_trap(); }

go_int runtime__heapAlloc(void)
{
	uint64_t st[GORT_MS_N];
	gort_readmemstats(st);
	return (go_int)st[GORT_MS_HEAPALLOC];
}

void runtime__readMemStats(GoSlice st)
{
	uint64_t v[GORT_MS_N];
	gort_readmemstats(v);
	memcpy(st.ptr, v, sizeof(uint64_t) * (size_t)(st.len < GORT_MS_N ? st.len : GORT_MS_N));
}

void runtime__setFinalizer(GoEface obj, GoEface fin)
{
	gort_setfinalizer(obj, fin);
}

/* Not inlined, and the argument escapes into an asm: x stays in its GC
 * frame slot up to the call. */
__attribute__((noinline)) void runtime__keepAlive(GoEface x)
{
	__asm__ volatile("" : : "r"(x.data) : "memory");
}
