/* errors.c: the C half of package errors (type-descriptor inspection). */
#include "gosub_rt.h"

go_bool errors__typeComparable(GoEface x)
{
	return x.type != NULL && x.type->equal != NULL;
}

go_int errors__checkTarget(GoEface target)
{
	const GoType *pt = target.type;
	if (!pt || pt->kind != GOKIND_POINTER || target.data == NULL)
		return 1;
	const GoType *t = pt->elem;
	if (t->kind == GOKIND_INTERFACE)
		return 0;
	if (gort_getitab(&gort_type_error, t, 1))
		return 0;
	return 2;
}

go_bool errors__asTarget(GoEface err, GoEface target)
{
	const GoType *t = target.type->elem;
	if (!err.type)
		return 0;
	if (t->kind == GOKIND_INTERFACE) {
		if (t->nimethods == 0) {
			*(GoEface *)target.data = err;
			return 1;
		}
		const GoItab *tab = gort_getitab(t, err.type, 1);
		if (!tab)
			return 0;
		GoIface v = { tab, err.data };
		*(GoIface *)target.data = v;
		return 1;
	}
	if (!gort_type_eq(err.type, t))
		return 0;
	if (t->flags & GOTYPE_POINTERSHAPED)
		*(void **)target.data = err.data;
	else
		memcpy(target.data, err.data, t->size);
	return 1;
}
