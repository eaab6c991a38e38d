/*
 * rt_chan.c: channels and select, safe with goroutines on many threads.
 *
 * A channel has a circular buffer of cap elements and two wait queues of
 * sudogs (records living on the stacks of parked goroutines), all under the
 * channel's lock.  Semantics are gc's: a send hands its value directly to a
 * waiting receiver (copying into the receiver's stack), else buffers it,
 * else parks; a receive takes from a waiting sender (through the buffer when
 * there is one, keeping FIFO order), else from the buffer, else parks; close
 * wakes everyone (receivers get zero values, senders panic).
 *
 * Invariants: qcount and dataqsiz are the first two words (gort_chanlen/cap,
 * read without the lock); a waiting receiver implies an empty buffer and a
 * waiting sender a full one; a goroutine parks with rt_park_unlock so the
 * lock is released only once it is off its stack.  A blocked select has a
 * sudog on every channel; the first partner to win the CAS on the
 * goroutine's selectdone fires it, and partners that lose drop the sudog.
 * A select locks its channels in address order (each once) and releases
 * them in reverse order, touching nothing of the parked select after the
 * last unlock: the goroutine may be running again by then.
 *
 * Wakeups happen after the channel lock is released (rt_ready takes
 * scheduler locks; the lock order is channel, then scheduler).
 */
#include "rt_impl.h"

typedef struct Sudog {
	struct Sudog *next, *prev;
	GoG *g;
	void *elem;
	const GoType *elemtype;      /* for the collector: the value at elem */
	go_int caseidx;
	bool isselect;
	bool success;                /* woken by a partner (not by close) */
	bool inq;
} Sudog;

typedef struct {
	Sudog *first, *last;
} WaitQ;

struct GoChan {
	go_int qcount;               /* must stay first: gort_chanlen; written atomically */
	go_int dataqsiz;             /* must stay second: gort_chancap */
	char *buf;
	const GoType *elemtype;
	uintptr_t elemsize;
	RtLock lock;                 /* protects everything below and qcount */
	uintptr_t sendx, recvx;
	WaitQ recvq, sendq;
	bool closed;
	bool hasptr;                 /* elements hold pointers (constant) */
};

/* GoChan's layout for the precise collector: buf and the wait queues'
 * sudog pointers (a sudog of a big select lives in the heap). */
#define CHAN_W(f) (offsetof(GoChan, f) / 8)
#define CHAN_BIT(w, byte) ((w) / 8 == (byte) ? 1u << ((w) % 8) : 0u)
#define CHAN_BITS(byte) (CHAN_BIT(CHAN_W(buf), byte) | CHAN_BIT(CHAN_W(recvq.first), byte) | \
	CHAN_BIT(CHAN_W(recvq.last), byte) | CHAN_BIT(CHAN_W(sendq.first), byte) | CHAN_BIT(CHAN_W(sendq.last), byte))
static const uint8_t gochan_gc[] = { CHAN_BITS(0), CHAN_BITS(1) };
static const GoType gochan_type = {
	.kind = GOKIND_STRUCT, .size = sizeof(GoChan), .align = 8,
	.ptrdata = offsetof(GoChan, sendq.last) + 8, .gcdata = gochan_gc,
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
		if (s->isselect) {
			uint32_t zero = 0;
			if (!__atomic_compare_exchange_n(&s->g->selectdone, &zero, 1, 0,
				__ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
				continue;
		}
		return s;
	}
	return NULL;
}

/* Marks s as fired; returns its goroutine for rt_ready after unlocking. */
static GoG *claim(Sudog *s, bool success)
{
	GoG *g = s->g;
	s->success = success;
	g->param = s;
	return g;
}

/* What a parked goroutine's sudogs are, for the precise collector: the
 * values at their elem pointers live on its stack, often outside its GC
 * frames (a send's temporary, a receive's destination once a partner has
 * filled it). */
static inline void park_waiting(GoG *g, Sudog *sgs, const go_int *order, int32_t n)
{
	g->waitsg = sgs;
	g->waitorder = order;
	g->nwaitsg = n;
}

void rt_chan_scan_wait(GoG *g, void (*scan)(const void *p, const GoType *t, uintptr_t n))
{
	Sudog *sgs = g->waitsg;
	if (sgs == NULL)
		return;
	scan(sgs, NULL, 1);        /* a big select's sudogs are on the heap */
	if (g->waitorder)
		scan(g->waitorder, NULL, 1);
	for (int32_t k = 0; k < g->nwaitsg; k++) {
		Sudog *s = &sgs[g->waitorder ? g->waitorder[k] : k];
		if (s->elem && s->elemtype)
			scan(s->elem, s->elemtype, 1);
	}
}

static inline void *slot(GoChan *c, uintptr_t i)
{
	return c->buf + i * c->elemsize;
}

/* Element copies inline for the common sizes: they run under the lock. */
static inline void copy_elem(GoChan *c, void *dst, const void *src)
{
	if (dst == NULL)
		return;
	switch (c->elemsize) {
	case 0:
		break;
	case 8:
		memcpy(dst, src, 8);
		break;
	case 16:
		memcpy(dst, src, 16);
		break;
	case 4:
		memcpy(dst, src, 4);
		break;
	default:
		memcpy(dst, src, c->elemsize);
		break;
	}
}

/* A buffer slot just emptied: clear it so the collector does not keep what
 * it pointed to (pointer-free elements need nothing). */
static inline void clear_slot(GoChan *c, void *p)
{
	if (c->hasptr)
		memset(p, 0, c->elemsize);
}

static inline void set_qcount(GoChan *c, go_int n)
{
	__atomic_store_n(&c->qcount, n, __ATOMIC_RELAXED);
}

GoChan *gort_makechan(const GoType *chantype, go_int size)
{
	const GoType *elem = chantype->elem;
	if (size < 0 || (elem->size && (uintptr_t)size > RT_MAXALLOC / elem->size))
		gort_panic_plain("makechan: size out of range");
	GoChan *c = rt_alloc_layout(sizeof *c, &gochan_type, 1);
	c->dataqsiz = size;
	c->elemtype = elem;
	c->elemsize = elem->size;
	c->hasptr = elem->ptrdata != 0 && elem->size != 0;
	if (size > 0 && elem->size > 0) {
		RtPin pin;
		RT_PIN(pin, c, NULL, 1);
		c->buf = rt_alloc_layout((size_t)size * elem->size, elem->ptrdata ? elem : NULL, (uintptr_t)size);
		RT_UNPIN(pin);
	}
	return c;
}

static GORT_NORETURN void block_forever(const char *reason)
{
	rt_park(reason);
	gort_throw("unreachable: woke a goroutine blocked forever");
}

/* Operations that complete without blocking, with c locked.  Return 1 if
 * done (*wake: a goroutine to ready once unlocked), 0 if they would block,
 * -1 for a send on a closed channel. */
static int try_send(GoChan *c, const void *ep, GoG **wake)
{
	if (c->closed)
		return -1;
	Sudog *r = dequeue(&c->recvq);
	if (r) {
		copy_elem(c, r->elem, ep);
		*wake = claim(r, true);
		return 1;
	}
	if (c->qcount < c->dataqsiz) {
		copy_elem(c, slot(c, c->sendx), ep);
		if (++c->sendx == (uintptr_t)c->dataqsiz)
			c->sendx = 0;
		set_qcount(c, c->qcount + 1);
		return 1;
	}
	return 0;
}

static int try_recv(GoChan *c, void *ep, go_bool *ok, GoG **wake)
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
		*wake = claim(s, true);
		*ok = 1;
		return 1;
	}
	if (c->qcount > 0) {
		void *p = slot(c, c->recvx);
		copy_elem(c, ep, p);
		clear_slot(c, p);
		if (++c->recvx == (uintptr_t)c->dataqsiz)
			c->recvx = 0;
		set_qcount(c, c->qcount - 1);
		*ok = 1;
		return 1;
	}
	if (c->closed) {
		if (ep && c->elemsize)
			memset(ep, 0, c->elemsize);
		*ok = 0;
		return 1;
	}
	return 0;
}

void gort_chansend(GoChan *c, const void *ep)
{
	if (c == NULL)
		block_forever("chan send (nil chan)");
	GoG *wake = NULL;
	rt_lock(&c->lock);
	int r = try_send(c, ep, &wake);
	if (r != 0) {
		rt_unlock(&c->lock);
		if (r < 0)
			gort_panic_plain("send on closed channel");
		if (wake)
			rt_ready(wake);
		return;
	}
	Sudog me;
	memset(&me, 0, sizeof me);
	me.g = gort_curg;
	me.elem = (void *)ep;
	me.elemtype = c->elemtype;
	enqueue(&c->sendq, &me);
	park_waiting(me.g, &me, NULL, 1);
	rt_park_unlock("chan send", &c->lock);
	park_waiting(me.g, NULL, NULL, 0);
	if (!me.success)
		gort_panic_plain("send on closed channel");
}

go_bool gort_chanrecv(GoChan *c, void *ep)
{
	go_bool ok;
	if (c == NULL)
		block_forever("chan receive (nil chan)");
	GoG *wake = NULL;
	rt_lock(&c->lock);
	if (try_recv(c, ep, &ok, &wake)) {
		rt_unlock(&c->lock);
		if (wake)
			rt_ready(wake);
		return ok;
	}
	Sudog me;
	memset(&me, 0, sizeof me);
	me.g = gort_curg;
	me.elem = ep;
	me.elemtype = c->elemtype;
	enqueue(&c->recvq, &me);
	park_waiting(me.g, &me, NULL, 1);
	rt_park_unlock("chan receive", &c->lock);
	park_waiting(me.g, NULL, NULL, 0);
	return me.success;
}

void gort_chanclose(GoChan *c)
{
	Sudog *s, *woken = NULL;
	if (c == NULL)
		gort_panic_plain("close of nil channel");
	rt_lock(&c->lock);
	if (c->closed) {
		rt_unlock(&c->lock);
		gort_panic_plain("close of closed channel");
	}
	c->closed = true;
	while ((s = dequeue(&c->recvq)) != NULL) {
		if (s->elem && c->elemsize)
			memset(s->elem, 0, c->elemsize);
		claim(s, false);
		s->next = woken;
		woken = s;
	}
	while ((s = dequeue(&c->sendq)) != NULL) {
		claim(s, false);
		s->next = woken;
		woken = s;
	}
	/* Read every link before the first wakeup: a woken goroutine's stack
	 * (which holds its sudog) may change as soon as it runs. */
	GoG *gs[16], **list = gs;
	size_t n = 0, cap = 16;
	for (s = woken; s; s = s->next) {
		if (n == cap) {
			rt_nogc++;   /* c is locked */
			GoG **nl = rt_alloc_bytes(sizeof *nl * cap * 2, false);
			rt_nogc--;
			memcpy(nl, list, sizeof *nl * n);
			list = nl;
			cap *= 2;
		}
		list[n++] = s->g;
	}
	rt_unlock(&c->lock);
	for (size_t i = 0; i < n; i++)
		rt_ready(list[i]);
}

/* ---------------------------------------------------------------- select */

typedef struct {
	GoChan **locks;              /* distinct channels in address order */
	go_int n;
} SelLocks;

static void sellock(SelLocks *l)
{
	for (go_int i = 0; i < l->n; i++)
		rt_lock(&l->locks[i]->lock);
}

/* Reverse order: after the last unlock (locks[0], which a resumed select
 * needs first) nothing of *l is touched. */
static void selunlock(void *arg)
{
	SelLocks *l = arg;
	for (go_int i = l->n - 1; i >= 0; i--)
		rt_unlock(&l->locks[i]->lock);
}

typedef struct {
	GoSelectCase *cases;
	go_int n;
	go_bool block;
	go_bool *recvok;
	go_int r;
} SelectArgs;

static go_int selectgo(GoSelectCase *cases, go_int n, go_bool block, go_bool *recvok);

static void select_thunk(void *arg)
{
	SelectArgs *a = arg;
	a->r = selectgo(a->cases, a->n, a->block, a->recvok);
}

/* select keeps ~1.5 KB of per-case state on the stack: more than a stack
 * segment's reserve, so run it on a bigger segment when short. */
#define SELECT_NEED ((size_t)2048)

go_int gort_select(GoSelectCase *cases, go_int n, go_bool block, go_bool *recvok)
{
	if (rt_stack_avail() < SELECT_NEED) {
		SelectArgs a = { cases, n, block, recvok, -1 };
		rt_stack_ensure(SELECT_NEED, select_thunk, &a);
		return a.r;
	}
	return selectgo(cases, n, block, recvok);
}

static go_int selectgo(GoSelectCase *cases, go_int n, go_bool block, go_bool *recvok)
{
	go_int orderbuf[16], *order = orderbuf;
	GoChan *lockbuf[16], **lockv = lockbuf;
	Sudog sgbuf[16], *sgs = sgbuf;
	go_bool ok = 0;
	if (n > 16) {
		/* one block: nothing may be collected between the three (the
		 * sudogs are found through g->waitsg while parked) */
		char *b = rt_alloc_bytes((sizeof(go_int) + sizeof(GoChan *) + sizeof(Sudog)) * (size_t)n, true);
		sgs = (Sudog *)b;
		order = (go_int *)(b + sizeof(Sudog) * (size_t)n);
		lockv = (GoChan **)(b + (sizeof(Sudog) + sizeof(go_int)) * (size_t)n);
	}
	/* Poll order: a uniformly random permutation of the non-nil cases. */
	go_int m = 0;
	for (go_int i = 0; i < n; i++) {
		if (cases[i].c == NULL)
			continue;
		go_int j = (go_int)(rt_fastrand() % (uint64_t)(m + 1));
		order[m] = order[j];
		order[j] = i;
		m++;
	}
	if (m == 0) {
		if (!block)
			return -1;
		block_forever(n == 0 ? "select (no cases)" : "select");
	}
	/* Lock order: distinct channels sorted by address (insertion sort). */
	go_int nl = 0;
	for (go_int k = 0; k < m; k++) {
		GoChan *c = cases[order[k]].c;
		go_int i = nl;
		while (i > 0 && (uintptr_t)lockv[i - 1] > (uintptr_t)c)
			i--;
		if (i > 0 && lockv[i - 1] == c)
			continue;
		memmove(&lockv[i + 1], &lockv[i], sizeof *lockv * (size_t)(nl - i));
		lockv[i] = c;
		nl++;
	}
	SelLocks locks = { lockv, nl };
	sellock(&locks);
	for (go_int k = 0; k < m; k++) {
		go_int i = order[k];
		GoSelectCase *sc = &cases[i];
		GoG *wake = NULL;
		int r;
		if (sc->send)
			r = try_send(sc->c, sc->elem, &wake);
		else
			r = try_recv(sc->c, sc->elem, &ok, &wake);
		if (r == 0)
			continue;
		selunlock(&locks);
		if (r < 0)
			gort_panic_plain("send on closed channel");
		if (wake)
			rt_ready(wake);
		if (!sc->send && recvok)
			*recvok = ok;
		return i;
	}
	if (!block) {
		selunlock(&locks);
		return -1;
	}
	GoG *g = gort_curg;
	g->param = NULL;
	__atomic_store_n(&g->selectdone, 0, __ATOMIC_RELAXED);
	for (go_int k = 0; k < m; k++) {
		go_int i = order[k];
		GoSelectCase *sc = &cases[i];
		Sudog *s = &sgs[i];
		memset(s, 0, sizeof *s);
		s->g = g;
		s->elem = sc->elem;
		s->elemtype = sc->c->elemtype;
		s->isselect = true;
		s->caseidx = i;
		enqueue(sc->send ? &sc->c->sendq : &sc->c->recvq, s);
	}
	park_waiting(g, sgs, order, (int32_t)m);
	rt_park_fn("select", selunlock, &locks);
	park_waiting(g, NULL, NULL, 0);
	sellock(&locks);
	Sudog *fired = g->param;
	g->param = NULL;
	for (go_int k = 0; k < m; k++) {
		go_int i = order[k];
		unlink_sudog(cases[i].send ? &cases[i].c->sendq : &cases[i].c->recvq, &sgs[i]);
	}
	selunlock(&locks);
	if (fired == NULL)
		gort_throw("select: woken without a case");
	go_int idx = fired->caseidx;
	if (cases[idx].send) {
		if (!fired->success)
			gort_panic_plain("send on closed channel");
	} else if (recvok) {
		*recvok = fired->success;
	}
	return idx;
}
