/* errors.c: the C half of package errors (type-descriptor inspection). */
#include "gosub_rt.h"
#include <stdlib.h>

static int str_eq(GoString a, GoString b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

static int type_eq(const GoType *a, const GoType *b)
{
	if (a == b)
		return 1;
	if (!a || !b)
		return 0;
	return a->kind == b->kind && str_eq(a->str, b->str) && str_eq(a->pkgpath, b->pkgpath);
}

/* Finds the method of t implementing interface method m, or NULL. */
static const GoMethod *find_method(const GoType *t, const GoIMethod *m)
{
	for (uintptr_t i = 0; i < t->nmethods; i++) {
		const GoMethod *tm = &t->methods[i];
		if (str_eq(tm->name, m->name) && str_eq(tm->pkgpath, m->pkgpath) &&
		    type_eq(tm->mtype, m->mtype))
			return tm;
	}
	return NULL;
}

static int implements(const GoType *t, const GoType *iface)
{
	for (uintptr_t i = 0; i < iface->nimethods; i++)
		if (!find_method(t, &iface->imethods[i]))
			return 0;
	return 1;
}

/* A small cache of itabs built here (never freed: like the runtime's). */
struct itab_entry {
	struct itab_entry *next;
	GoItab *tab;
};
static struct itab_entry *itabs;

static GoItab *get_itab(const GoType *iface, const GoType *t)
{
	for (struct itab_entry *e = itabs; e; e = e->next)
		if (e->tab->inter == iface && e->tab->type == t)
			return e->tab;
	GoItab *tab = calloc(1, sizeof(GoItab) + iface->nimethods * sizeof(void (*)(void)));
	struct itab_entry *e = calloc(1, sizeof *e);
	if (!tab || !e)
		abort();
	tab->inter = iface;
	tab->type = t;
	tab->hash = t->hash;
	for (uintptr_t i = 0; i < iface->nimethods; i++)
		tab->fun[i] = find_method(t, &iface->imethods[i])->ifn;
	e->tab = tab;
	e->next = itabs;
	itabs = e;
	return tab;
}

go_bool errors__comparable(GoEface err)
{
	return err.type != NULL && err.type->equal != NULL;
}

go_int errors__checkTarget(GoEface target)
{
	const GoType *pt = target.type;
	if (!pt || pt->kind != GOKIND_POINTER || target.data == NULL)
		return 1;
	const GoType *t = pt->elem;
	if (t->kind == GOKIND_INTERFACE)
		return 0;
	/* Must implement error: a method Error() string. */
	for (uintptr_t i = 0; i < t->nmethods; i++) {
		const GoMethod *m = &t->methods[i];
		if (m->name.len == 5 && memcmp(m->name.ptr, "Error", 5) == 0 && m->pkgpath.len == 0 &&
		    m->mtype && m->mtype->nin == 0 && m->mtype->nout == 1 &&
		    m->mtype->out[0]->kind == GOKIND_STRING)
			return 0;
	}
	return 2;
}

go_bool errors__asTarget(GoEface err, GoEface target)
{
	const GoType *t = target.type->elem;
	if (!err.type)
		return 0;
	if (t->kind == GOKIND_INTERFACE) {
		if (!implements(err.type, t))
			return 0;
		if (t->nimethods == 0) {
			*(GoEface *)target.data = err;
		} else {
			GoIface v = { get_itab(t, err.type), err.data };
			*(GoIface *)target.data = v;
		}
		return 1;
	}
	if (!type_eq(err.type, t))
		return 0;
	if (t->flags & GOTYPE_POINTERSHAPED)
		*(void **)target.data = err.data;
	else
		memcpy(target.data, err.data, t->size);
	return 1;
}
