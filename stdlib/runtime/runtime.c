/* runtime.c: the C half of package runtime. */
#include "gosub_rt.h"

void runtime__gc(void) { gort_gc(); }
void runtime__gosched(void) { gort_gosched(); }
void runtime__goexit(void) { gort_goexit(); }
go_int runtime__numGoroutine(void) { return gort_numgoroutine(); }

go_int runtime__numCPU(void) { return gort_numcpu(); }
go_int runtime__gomaxprocs(go_int n) { return gort_gomaxprocs(n); }

void runtime__breakpoint(void) { __builtin_trap(); }

go_int runtime__heapAlloc(void) { return 0; }
