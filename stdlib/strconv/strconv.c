/* strconv.c: the C half of package strconv. */
#include "gosub_rt.h"

GoString strconv__bytesString(GoSlice b)
{
	GoString s = { b.ptr, b.len };
	return s;
}
