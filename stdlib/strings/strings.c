/* strings.c: the C half of package strings. */
#include "gosub_rt.h"

GoString strings__bytesString(GoSlice b)
{
	GoString s = { b.ptr, b.len };
	return s;
}

go_int strings__IndexByte(GoString s, uint8_t c)
{
	const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
	return p ? (go_int)(p - s.ptr) : -1;
}
