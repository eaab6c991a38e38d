/*
 * rt_netpoll.c: the network poller.  Goroutines doing I/O on non-blocking
 * file descriptors (sockets) park here when the kernel says EAGAIN, and the
 * scheduler (rt_sched.c) polls epoll for the ones that can go on.
 *
 * Model (Go's netpoll, runtime/netpoll.go, in our own shape):
 *   - one epoll instance, created on first use; every descriptor is
 *     registered once, edge-triggered, for input and output together, with
 *     its GoPollDesc as the event's data;
 *   - a GoPollDesc has two sides, read and write.  An event bumps the
 *     side's sequence number and readies every goroutine parked on it.  An
 *     operation reads the sequence number before its system call
 *     (gort_poll_seq); after EAGAIN it waits with it (gort_poll_wait): a
 *     changed number means an edge came in between, so it retries at once,
 *     else it parks.  Several goroutines may wait on one side (two readers,
 *     many acceptors): all are woken and retry, since with edge triggering
 *     one edge may stand for several datagrams or connections;
 *   - deadlines are runtime timers (one per side, made on first use) whose
 *     callback marks the side expired (dl = -1) and readies its waiters; an
 *     expired side fails every wait until the deadline is set again;
 *   - operations hold a reference (gort_poll_acquire/release) from before
 *     their system call to after their last wait.  Close marks the
 *     descriptor closing, readies every waiter (they return
 *     GORT_POLL_CLOSING), waits for the references to drop, then removes it
 *     from epoll and closes it: no system call can run on a recycled
 *     descriptor number.  The count and the closing mark share one atomic
 *     word (state), so taking and dropping a reference is one atomic
 *     operation, not a lock round trip each (an echo round trip makes four
 *     socket operations);
 *   - the scheduler calls rt_netpoll(0) before it steals work, and its last
 *     idle M blocks in rt_netpoll(until the next timer); rt_netpoll_break
 *     (an eventfd write) wakes that M early.
 *
 * Rejected: a `ready` flag per side consumed by the next waiter (one
 * waiter per side): two goroutines that both saw EAGAIN can then miss an
 * edge that stands for two items, and the second parks with data pending.
 *
 * Locking: pd->lock protects every field of a GoPollDesc but fd, state and
 * the list links (polllock); the sequence numbers and deadlines are also
 * read without it (atomically).  Close sets POLL_CLOSING in state under
 * pd->lock and sleeps there until the count is 0; the release that drops the
 * count to 0 under the mark takes pd->lock to wake it.
 * Lock order: pd->lock, then a P's timer lock, then sched.lock.  A
 * goroutine parks with rt_park_unlock(pd->lock), so a waker holding
 * pd->lock that finds a PollWaiter knows its goroutine is off its stack
 * (and the record, on that stack, stays valid until the waker unlocks).
 *
 * Memory: descriptors are collected memory kept reachable from `pollall`
 * (the kernel's copy of the pointer is invisible to the collector) until
 * they are closed; the Go side holds them too, so a stale event that
 * another M copied out of epoll_wait before the close still points at a
 * live object (it finds no waiter).
 */
#define _GNU_SOURCE
#include "rt_impl.h"
#include <errno.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* A parked goroutine, on its own stack while it waits. */
typedef struct PollWaiter {
	GoG *g;
	struct PollWaiter *next;
} PollWaiter;

typedef struct PollSide {
	PollWaiter *waitq;           /* parked goroutines */
	int64_t dl;                  /* deadline (nanotime): 0 none, -1 expired; atomic reads allowed */
	GoTimer *timer;              /* made on first deadline */
	uint32_t seq;                /* atomic reads allowed: events so far */
} PollSide;

struct GoPollDesc {
	RtLock lock;
	int32_t fd;
	uint32_t state;              /* atomic: POLL_CLOSING | operations in progress */
	GoG *closer;                 /* Close waiting for the operations to end */
	PollSide r, w;
	GoPollDesc *prev, *next;     /* pollall (polllock) */
};

/* The timer callback's closure: the shape gort_timer_new calls. */
typedef struct {
	GoFunc f;
	GoPollDesc *pd;
	int mode;
} PollTimerFunc;

static RtLock polllock;              /* protects pollall, initialising */
static GoPollDesc *pollall;
/* every open descriptor stays alive (epoll's event data points at it) */
GORT_ROOT(pollall, &gort_type_unsafeptr);
static int32_t epfd = -1;            /* atomic once set */
static int32_t evfd = -1;
static uint32_t wakesig;             /* atomic: a break is pending in evfd */
static int32_t waiters;              /* atomic: goroutines parked on descriptors */
static uint32_t ninit;               /* atomic: epoll is set up */
static char breakmark;               /* event data of evfd */

#define POLL_CLOSING ((uint32_t)1 << 31)

#define LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define XADD(p, v) __atomic_add_fetch((p), (v), __ATOMIC_SEQ_CST)

/* At start-up, as gc does: many connections must not need a ulimit. */
void rt_netpoll_rlimit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

static bool netpoll_init(void)
{
	if (LOAD(&ninit))
		return true;
	rt_lock(&polllock);
	if (!ninit) {
		int ep = epoll_create1(EPOLL_CLOEXEC);
		int ev = ep >= 0 ? eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC) : -1;
		if (ev < 0) {
			if (ep >= 0)
				close(ep);
			rt_unlock(&polllock);
			return false;
		}
		struct epoll_event e = { .events = EPOLLIN, .data.ptr = &breakmark };
		if (epoll_ctl(ep, EPOLL_CTL_ADD, ev, &e) != 0)
			gort_throw("runtime: netpoll: epoll_ctl eventfd");
		epfd = ep;
		evfd = ev;
		STORE(&ninit, 1);
	}
	rt_unlock(&polllock);
	return true;
}

bool rt_netpoll_waiting(void)
{
	return LOAD(&waiters) > 0;
}

bool rt_netpoll_inited(void)
{
	return LOAD(&ninit) != 0;
}

/* Wakes the M blocked in rt_netpoll, if any (one write per wakeup). */
void rt_netpoll_break(void)
{
	if (!LOAD(&ninit))
		return;
	uint32_t z = 0;
	if (!__atomic_compare_exchange_n(&wakesig, &z, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
		return;
	uint64_t one = 1;
	while (write(evfd, &one, sizeof one) < 0 && errno == EINTR)
		;
}

static PollSide *side(GoPollDesc *pd, go_int mode)
{
	return mode == 'r' ? &pd->r : &pd->w;
}

/* Takes the side's waiters onto list (linked by schedlink; pd->lock held:
 * a waiter cannot leave before we are done reading its record). */
static GoG *take_waiters(PollSide *s, GoG *list)
{
	for (PollWaiter *w = s->waitq; w; w = w->next) {
		w->g->schedlink = list;
		list = w->g;
		XADD(&waiters, -1);
	}
	s->waitq = NULL;
	return list;
}

static void ready_list(GoG *list)
{
	while (list) {
		GoG *g = list;
		list = g->schedlink;
		rt_ready(g);
	}
}

uint32_t gort_poll_seq(GoPollDesc *pd, go_int mode)
{
	return LOAD(&side(pd, mode)->seq);
}

GoPollDesc *gort_poll_open(go_int fd, go_int *err)
{
	if (!netpoll_init()) {
		*err = errno;
		return NULL;
	}
	GoPollDesc *pd = rt_alloc_bytes(sizeof *pd, true);
	pd->fd = (int32_t)fd;
	struct epoll_event e = { .events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, .data.ptr = pd };
	if (epoll_ctl(epfd, EPOLL_CTL_ADD, (int)fd, &e) != 0) {
		*err = errno;
		return NULL;
	}
	rt_lock(&polllock);
	pd->next = pollall;
	if (pollall)
		pollall->prev = pd;
	pollall = pd;
	rt_unlock(&polllock);
	*err = 0;
	return pd;
}

static bool closing(GoPollDesc *pd)
{
	return LOAD(&pd->state) & POLL_CLOSING;
}

/* Before an operation: a reference, or why there can be none. */
go_int gort_poll_acquire(GoPollDesc *pd, go_int mode)
{
	uint32_t st = LOAD(&pd->state);
	do {
		if (st & POLL_CLOSING)
			return GORT_POLL_CLOSING;
	} while (!__atomic_compare_exchange_n(&pd->state, &st, st + 1, true,
		__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE));
	if (mode && LOAD(&side(pd, mode)->dl) < 0) {
		gort_poll_release(pd);
		return GORT_POLL_TIMEOUT;
	}
	return GORT_POLL_OK;
}

void gort_poll_release(GoPollDesc *pd)
{
	if (XADD(&pd->state, -1) != POLL_CLOSING)
		return;
	/* the last operation of a closing descriptor: Close may be asleep */
	rt_lock(&pd->lock);
	GoG *g = pd->closer;
	pd->closer = NULL;
	rt_unlock(&pd->lock);
	if (g)
		rt_ready(g);
}

/* After EAGAIN: parks until an event newer than seq, closing, or the
 * deadline. */
go_int gort_poll_wait(GoPollDesc *pd, go_int mode, uint32_t seq)
{
	PollSide *s = side(pd, mode);
	go_int r;
	rt_lock(&pd->lock);
	for (;;) {
		if (closing(pd)) {
			r = GORT_POLL_CLOSING;
			break;
		}
		if (s->dl < 0) {
			r = GORT_POLL_TIMEOUT;
			break;
		}
		if (s->seq != seq) {
			r = GORT_POLL_OK;
			break;
		}
		PollWaiter w = { gort_curg, s->waitq };
		s->waitq = &w;
		XADD(&waiters, 1);
		rt_park_unlock("IO wait", &pd->lock);
		rt_lock(&pd->lock);
	}
	rt_unlock(&pd->lock);
	return r;
}

static void deadline_fired(GoFunc *f)
{
	PollTimerFunc *tf = (PollTimerFunc *)f;
	GoPollDesc *pd = tf->pd;
	PollSide *s = side(pd, tf->mode);
	GoG *list = NULL;
	rt_lock(&pd->lock);
	/* A timer re-armed or stopped meanwhile finds a later or no deadline. */
	if (s->dl > 0 && s->dl <= gort_nanotime()) {
		STORE(&s->dl, -1);
		list = take_waiters(s, NULL);
	}
	rt_unlock(&pd->lock);
	ready_list(list);
}

static void set_side_deadline(GoPollDesc *pd, go_int mode, int64_t when)
{
	PollSide *s = side(pd, mode);
	STORE(&s->dl, when);
	if (when > 0) {
		if (s->timer == NULL) {
			PollTimerFunc *tf = rt_alloc_bytes(sizeof *tf, true);
			tf->f.fn = (void (*)(void))deadline_fired;
			tf->pd = pd;
			tf->mode = (int)mode;
			s->timer = gort_timer_new(&tf->f, 0);
		}
		gort_timer_start(s->timer, when, 0);
	} else if (s->timer) {
		gort_timer_stop(s->timer);
	}
}

/* Sets the deadline of side mode ('r', 'w', or 'r'+'w' for both):
 * d nanoseconds from now, or none if !set; d <= 0 expires it now. */
void gort_poll_deadline(GoPollDesc *pd, int64_t d, go_bool set, go_int mode)
{
	int64_t when = 0;
	if (set) {
		int64_t now = gort_nanotime();
		when = d <= 0 ? -1 : (d > INT64_MAX - now ? INT64_MAX : now + d);
	}
	GoG *list = NULL;
	rt_lock(&pd->lock);
	if (!closing(pd)) {
		if (mode == 'r' || mode == 'r' + 'w')
			set_side_deadline(pd, 'r', when);
		if (mode == 'w' || mode == 'r' + 'w')
			set_side_deadline(pd, 'w', when);
		if (pd->r.dl < 0)
			list = take_waiters(&pd->r, list);
		if (pd->w.dl < 0)
			list = take_waiters(&pd->w, list);
	}
	rt_unlock(&pd->lock);
	ready_list(list);
}

/* Evicts the waiters, waits for the operations in progress, then closes
 * the descriptor.  Returns 0, the errno of close, or -GORT_POLL_CLOSING if
 * it was already closed. */
go_int gort_poll_close(GoPollDesc *pd)
{
	rt_lock(&pd->lock);
	if (closing(pd)) {
		rt_unlock(&pd->lock);
		return -GORT_POLL_CLOSING;
	}
	__atomic_or_fetch(&pd->state, POLL_CLOSING, __ATOMIC_SEQ_CST);
	GoG *list = take_waiters(&pd->w, take_waiters(&pd->r, NULL));
	if (pd->r.timer)
		gort_timer_stop(pd->r.timer);
	if (pd->w.timer)
		gort_timer_stop(pd->w.timer);
	ready_list(list);   /* they see closing once we park or unlock */
	while (LOAD(&pd->state) != POLL_CLOSING) {
		pd->closer = gort_curg;
		rt_park_unlock("IO wait", &pd->lock);
		rt_lock(&pd->lock);
	}
	rt_unlock(&pd->lock);
	struct epoll_event e = { 0 };
	epoll_ctl(epfd, EPOLL_CTL_DEL, pd->fd, &e);
	rt_lock(&polllock);
	if (pd->prev)
		pd->prev->next = pd->next;
	else
		pollall = pd->next;
	if (pd->next)
		pd->next->prev = pd->prev;
	pd->prev = pd->next = NULL;
	rt_unlock(&polllock);
	int r = close(pd->fd);
	return r == 0 || errno == EINTR ? 0 : errno;
}

/* Polls epoll: ns < 0 blocks, 0 does not, > 0 waits at most that long.
 * Returns the goroutines made runnable, linked through schedlink, still
 * G_WAITING: the scheduler queues them. */
GoG *rt_netpoll(int64_t ns)
{
	if (!LOAD(&ninit))
		return NULL;
	struct epoll_event ev[128];
	int n;
	if (ns > 0) {
		struct timespec ts = { ns / 1000000000, ns % 1000000000 };
		n = epoll_pwait2(epfd, ev, 128, &ts, NULL);
		if (n < 0 && errno == ENOSYS) {
			int64_t ms = (ns + 999999) / 1000000;
			n = epoll_wait(epfd, ev, 128, ms > 1000000000 ? 1000000000 : (int)ms);
		}
	} else {
		n = epoll_wait(epfd, ev, 128, ns < 0 ? -1 : 0);
	}
	GoG *list = NULL;
	for (int i = 0; i < n; i++) {
		void *data = ev[i].data.ptr;
		uint32_t m = ev[i].events;
		if (data == &breakmark) {
			uint64_t v;
			while (read(evfd, &v, sizeof v) < 0 && errno == EINTR)
				;
			STORE(&wakesig, 0);
			continue;
		}
		GoPollDesc *pd = data;
		bool rd = m & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR);
		bool wr = m & (EPOLLOUT | EPOLLHUP | EPOLLERR);
		rt_lock(&pd->lock);
		if (rd) {
			STORE(&pd->r.seq, pd->r.seq + 1);
			list = take_waiters(&pd->r, list);
		}
		if (wr) {
			STORE(&pd->w.seq, pd->w.seq + 1);
			list = take_waiters(&pd->w, list);
		}
		rt_unlock(&pd->lock);
	}
	return list;
}
