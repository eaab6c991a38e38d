/* runtime.c: the C half of package runtime. */
#include "gosub_rt.h"
#include <unistd.h>

void runtime__gc(void) { gort_gc(); }
void runtime__gosched(void) { gort_gosched(); }
void runtime__goexit(void) { gort_goexit(); }
go_int runtime__numGoroutine(void) { return gort_numgoroutine(); }

go_int runtime__numCPU(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? n : 1;
}

void runtime__breakpoint(void) { __builtin_trap(); }

go_int runtime__heapAlloc(void) { return 0; }
