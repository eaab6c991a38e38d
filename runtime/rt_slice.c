/*
 * rt_slice.c: make([]T, len, cap) and append's growth (growslice) with gc
 * 1.19's exact capacities: double below 256 elements, then grow by
 * (cap + 3*256)/4 until large enough, then round the byte size up to gc's
 * malloc size class.  Invariant: memory beyond len in a new backing array is
 * zeroed (the precise GC will rely on it).
 */
#include "rt_impl.h"

GoSlice gort_makeslice(const GoType *elem, go_int len, go_int cap)
{
	uintptr_t size = elem->size;
	if (len < 0 || (size && (uintptr_t)len > RT_MAXALLOC / size))
		gort_panic_makeslicelen();
	if (cap < len || (size && (uintptr_t)cap > RT_MAXALLOC / size))
		gort_panic_makeslicecap();
	GoSlice s = { rt_alloc_layout((size_t)cap * size, elem->ptrdata ? elem : NULL, (uintptr_t)cap), len, cap };
	return s;
}

GoSlice gort_growslice(const GoType *elem, GoSlice old, go_int newlen)
{
	if (newlen < old.cap)
		gort_panic_errorstring("growslice: cap out of range");
	uintptr_t size = elem->size;
	if (size == 0) {
		GoSlice s = { &gort_zerobase, newlen, newlen };
		return s;
	}
	go_int newcap = old.cap, dbl = old.cap + old.cap;
	if (newlen > dbl) {
		newcap = newlen;
	} else if (old.cap < 256) {
		newcap = dbl;
	} else {
		while (0 < newcap && newcap < newlen)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap <= 0)
			newcap = newlen;
	}
	if ((uintptr_t)newcap > RT_MAXALLOC / size)
		gort_panic_errorstring("growslice: cap out of range");
	uintptr_t capmem = gort_roundupsize((uintptr_t)newcap * size);
	newcap = (go_int)(capmem / size);
	capmem = (uintptr_t)newcap * size;
	size_t oldmem = (size_t)old.len * size;
	void *p;
	RtPin pin;
	RT_PIN(pin, old.ptr, NULL, 1);   /* the caller may hold old only in a temporary */
	if (elem->ptrdata == 0) {
		p = rt_alloc_raw_noscan(capmem);
		memset((char *)p + oldmem, 0, capmem - oldmem);
	} else {
		p = rt_alloc_layout(capmem, elem, (uintptr_t)newcap);
	}
	RT_UNPIN(pin);
	if (oldmem)
		memcpy(p, old.ptr, oldmem);
	GoSlice s = { p, newlen, newcap };
	return s;
}
