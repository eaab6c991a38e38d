/*
 * rt_chan.c: channels and select.
 *
 * A channel has a circular buffer of cap elements and two wait queues of
 * sudogs (records living on the stacks of parked goroutines).  Semantics are
 * gc's: a send hands its value directly to a waiting receiver, else buffers
 * it, else parks; a receive takes from a waiting sender (through the buffer
 * when there is one, keeping FIFO order), else from the buffer, else parks;
 * close wakes everyone (receivers get zero values, senders panic).
 *
 * Invariants: qcount and dataqsiz are the first two words (gort_chanlen/cap);
 * a waiting receiver implies an empty buffer and a waiting sender a full one;
 * a sudog of a select is live until its select fires (sel->done), after
 * which any queue holding it skips and drops it.
 */
#include "rt_impl.h"

typedef struct SelState {
	bool done;
} SelState;

typedef struct Sudog {
	struct Sudog *next, *prev;
	GoG *g;
	void *elem;
	SelState *sel;               /* NULL for plain send/receive */
	go_int caseidx;
	bool success;                /* woken by a partner (not by close) */
	bool inq;
} Sudog;

typedef struct {
	Sudog *first, *last;
} WaitQ;

struct GoChan {
	go_int qcount;               /* must stay first: gort_chanlen */
	go_int dataqsiz;             /* must stay second: gort_chancap */
	char *buf;
	const GoType *elemtype;
	uintptr_t elemsize;
	uintptr_t sendx, recvx;
	WaitQ recvq, sendq;
	bool closed;
};

static void enqueue(WaitQ *q, Sudog *s)
{
	s->next = NULL;
	s->prev = q->last;
	if (q->last)
		q->last->next = s;
	else
		q->first = s;
	q->last = s;
	s->inq = true;
}

static void unlink_sudog(WaitQ *q, Sudog *s)
{
	if (!s->inq)
		return;
	if (s->prev)
		s->prev->next = s->next;
	else
		q->first = s->next;
	if (s->next)
		s->next->prev = s->prev;
	else
		q->last = s->prev;
	s->next = s->prev = NULL;
	s->inq = false;
}

/* First live waiter, claimed (its select marked done); NULL if none. */
static Sudog *dequeue(WaitQ *q)
{
	Sudog *s;
	while ((s = q->first) != NULL) {
		unlink_sudog(q, s);
		if (s->sel) {
			if (s->sel->done)
				continue;
			s->sel->done = true;
		}
		return s;
	}
	return NULL;
}

static void wake(Sudog *s, bool success)
{
	s->success = success;
	s->g->param = s;
	rt_ready(s->g);
}

static inline void *slot(GoChan *c, uintptr_t i)
{
	return c->buf + i * c->elemsize;
}

static inline void copy_elem(GoChan *c, void *dst, const void *src)
{
	if (dst && c->elemsize)
		memcpy(dst, src, c->elemsize);
}

GoChan *gort_makechan(const GoType *chantype, go_int size)
{
	const GoType *elem = chantype->elem;
	if (size < 0 || (elem->size && (uintptr_t)size > RT_MAXALLOC / elem->size))
		gort_panic_plain("makechan: size out of range");
	GoChan *c = rt_alloc_bytes(sizeof *c, true);
	c->dataqsiz = size;
	c->elemtype = elem;
	c->elemsize = elem->size;
	if (size > 0 && elem->size > 0)
		c->buf = rt_alloc_bytes((size_t)size * elem->size, elem->ptrdata != 0);
	return c;
}

static GORT_NORETURN void block_forever(const char *reason)
{
	rt_park(reason);
	gort_throw("unreachable: woke a goroutine blocked forever");
}

/* Operations that complete without blocking; return false if they would block. */
static bool try_send(GoChan *c, const void *ep)
{
	if (c->closed)
		gort_panic_plain("send on closed channel");
	Sudog *r = dequeue(&c->recvq);
	if (r) {
		copy_elem(c, r->elem, ep);
		wake(r, true);
		return true;
	}
	if (c->qcount < c->dataqsiz) {
		copy_elem(c, slot(c, c->sendx), ep);
		if (++c->sendx == (uintptr_t)c->dataqsiz)
			c->sendx = 0;
		c->qcount++;
		return true;
	}
	return false;
}

static bool try_recv(GoChan *c, void *ep, go_bool *ok)
{
	Sudog *s = dequeue(&c->sendq);
	if (s) {
		if (c->dataqsiz == 0) {
			copy_elem(c, ep, s->elem);
		} else {
			/* Buffer is full: take its head, append the sender's value. */
			copy_elem(c, ep, slot(c, c->recvx));
			copy_elem(c, slot(c, c->recvx), s->elem);
			if (++c->recvx == (uintptr_t)c->dataqsiz)
				c->recvx = 0;
			c->sendx = c->recvx;
		}
		wake(s, true);
		*ok = 1;
		return true;
	}
	if (c->qcount > 0) {
		void *p = slot(c, c->recvx);
		copy_elem(c, ep, p);
		if (c->elemsize)
			memset(p, 0, c->elemsize);
		if (++c->recvx == (uintptr_t)c->dataqsiz)
			c->recvx = 0;
		c->qcount--;
		*ok = 1;
		return true;
	}
	if (c->closed) {
		if (ep && c->elemsize)
			memset(ep, 0, c->elemsize);
		*ok = 0;
		return true;
	}
	return false;
}

void gort_chansend(GoChan *c, const void *ep)
{
	if (c == NULL)
		block_forever("chan send (nil chan)");
	if (try_send(c, ep))
		return;
	Sudog me;
	memset(&me, 0, sizeof me);
	me.g = gort_curg;
	me.elem = (void *)ep;
	enqueue(&c->sendq, &me);
	rt_park("chan send");
	if (!me.success)
		gort_panic_plain("send on closed channel");
}

go_bool gort_chanrecv(GoChan *c, void *ep)
{
	go_bool ok;
	if (c == NULL)
		block_forever("chan receive (nil chan)");
	if (try_recv(c, ep, &ok))
		return ok;
	Sudog me;
	memset(&me, 0, sizeof me);
	me.g = gort_curg;
	me.elem = ep;
	enqueue(&c->recvq, &me);
	rt_park("chan receive");
	return me.success;
}

void gort_chanclose(GoChan *c)
{
	Sudog *s;
	if (c == NULL)
		gort_panic_plain("close of nil channel");
	if (c->closed)
		gort_panic_plain("close of closed channel");
	c->closed = true;
	while ((s = dequeue(&c->recvq)) != NULL) {
		if (s->elem && c->elemsize)
			memset(s->elem, 0, c->elemsize);
		wake(s, false);
	}
	while ((s = dequeue(&c->sendq)) != NULL)
		wake(s, false);
}

go_int gort_select(GoSelectCase *cases, go_int n, go_bool block, go_bool *recvok)
{
	go_int orderbuf[16], *order = orderbuf;
	Sudog sgbuf[16], *sgs = sgbuf;
	go_bool ok = 0;
	if (n > 16) {
		order = rt_alloc_bytes(sizeof(go_int) * (size_t)n, false);
		sgs = rt_alloc_bytes(sizeof(Sudog) * (size_t)n, true);
	}
	/* Poll in random order, as gc does. */
	for (go_int i = 0; i < n; i++) {
		go_int j = (go_int)(rt_fastrand() % (uint64_t)(i + 1));
		order[i] = order[j];
		order[j] = i;
	}
	for (go_int k = 0; k < n; k++) {
		go_int i = order[k];
		GoSelectCase *sc = &cases[i];
		if (sc->c == NULL)
			continue;
		if (sc->send) {
			if (try_send(sc->c, sc->elem))
				return i;
		} else if (try_recv(sc->c, sc->elem, &ok)) {
			if (recvok)
				*recvok = ok;
			return i;
		}
	}
	if (!block)
		return -1;
	if (n == 0)
		block_forever("select (no cases)");
	SelState st = { false };
	bool any = false;
	for (go_int i = 0; i < n; i++) {
		GoSelectCase *sc = &cases[i];
		Sudog *s = &sgs[i];
		memset(s, 0, sizeof *s);
		if (sc->c == NULL)
			continue;
		s->g = gort_curg;
		s->elem = sc->elem;
		s->sel = &st;
		s->caseidx = i;
		enqueue(sc->send ? &sc->c->sendq : &sc->c->recvq, s);
		any = true;
	}
	if (!any)
		block_forever("select");
	rt_park("select");
	Sudog *fired = gort_curg->param;
	gort_curg->param = NULL;
	for (go_int i = 0; i < n; i++)
		if (cases[i].c)
			unlink_sudog(cases[i].send ? &cases[i].c->sendq : &cases[i].c->recvq, &sgs[i]);
	go_int idx = fired->caseidx;
	if (cases[idx].send) {
		if (!fired->success)
			gort_panic_plain("send on closed channel");
	} else if (recvok) {
		*recvok = fired->success;
	}
	return idx;
}
