/*
 * emit_support.c: small runtime entry points requested by the emitter (see
 * the "requested by the emitter" section of gosub_rt.h).
 */
#include "gosub_rt.h"

/* copy(dst, src) for slices (and strings as src): n = min(len) elements. */
go_int gort_copy(void *dst, go_int dlen, const void *src, go_int slen, size_t esize)
{
	go_int n = dlen < slen ? dlen : slen;
	if (n > 0 && dst != src)
		memmove(dst, src, (size_t)n * esize);
	return n;
}
