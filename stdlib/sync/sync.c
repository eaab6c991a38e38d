/* sync.c: the C half of package sync. */
#include "gosub_rt.h"
#include <stdlib.h>

void sync__semacquire(uint32_t *addr) { gort_semacquire(addr); }
void sync__semrelease(uint32_t *addr) { gort_semrelease(addr); }

void sync__fatal(GoString msg)
{
	/* gort_throw takes a C string */
	char *s = malloc((size_t)msg.len + 1);
	if (!s)
		abort();
	memcpy(s, msg.ptr, (size_t)msg.len);
	s[msg.len] = 0;
	gort_throw(s);
}
