/*
 * netpoll_test.c: goroutines parked on non-blocking descriptors
 * (rt_netpoll.c): readiness wakes a parked reader, deadlines time out a
 * wait, Close evicts a waiter and waits for the operations in flight, a
 * goroutine blocked in I/O is not a deadlock (nor, as under gc, is
 * anything once the netpoller is in use), and the soft RLIMIT_NOFILE was
 * raised.  Each scenario runs in a
 * forked child as the program's main goroutine (stderr is checked).
 */
#define _GNU_SOURCE
#include "test.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>

static const GoType t_chan_int = { .kind = GOKIND_CHAN, .size = 8, .elem = &gort_type_int };

static void say(const char *s)
{
	gort_print_string(gort_cstr(s));
}

static void sayi(go_int v)
{
	gort_print_int(v);
	gort_print_sp();
}

static int sv[2];
static GoPollDesc *pd0, *pd1;
static GoChan *done;

static void open_pair(void)
{
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) != 0)
		say("socketpair failed\n");
	go_int e;
	pd0 = gort_poll_open(sv[0], &e);
	pd1 = gort_poll_open(sv[1], &e);
	if (!pd0 || !pd1)
		say("poll_open failed\n");
}

/* Reads one byte from sv[0], parking as needed: the byte, or -status. */
static go_int read_byte(void)
{
	go_int r = gort_poll_acquire(pd0, 'r');
	if (r)
		return -r;
	char c;
	for (;;) {
		uint32_t seq = gort_poll_seq(pd0, 'r');
		ssize_t n = read(sv[0], &c, 1);
		if (n == 1) {
			r = c;
			break;
		}
		if (n < 0 && errno == EAGAIN) {
			go_int w = gort_poll_wait(pd0, 'r', seq);
			if (w == GORT_POLL_OK)
				continue;
			r = -w;
			break;
		}
		r = -100;
		break;
	}
	gort_poll_release(pd0);
	return r;
}

static void reader(void *arg)
{
	(void)arg;
	go_int v = read_byte();
	gort_chansend(done, &v);
}

/* ---- a parked reader wakes when the peer writes, with GOMAXPROCS=1 and 2 */
static void s_ready(void)
{
	open_pair();
	done = gort_makechan(&t_chan_int, 0);
	gort_go(reader, NULL);
	gort_sleep(20000000);          /* the reader parks meanwhile */
	say("main ran\n");
	if (write(sv[1], "x", 1) != 1)
		say("write failed\n");
	go_int v;
	gort_chanrecv(done, &v);
	sayi(v);
	say("\n");
}

/* ---- only the netpoller can wake main: the idle M blocks in epoll_wait */
static void writer(void *arg)
{
	(void)arg;
	/* a blocking system call: the P is handed off and main's M idles */
	struct timespec ts = { 0, 30000000 };
	gort_entersyscall();
	nanosleep(&ts, NULL);
	gort_exitsyscall();
	if (write(sv[1], "y", 1) != 1)
		say("write failed\n");
}
static void s_epoll_wait(void)
{
	gort_gomaxprocs(1);
	open_pair();
	gort_go(writer, NULL);
	sayi(read_byte());
	say("\n");
}

/* ---- deadlines: a past one fails at once, a future one wakes the waiter */
static void s_deadline(void)
{
	open_pair();
	gort_poll_deadline(pd0, -1, 1, 'r');
	sayi(read_byte() == -GORT_POLL_TIMEOUT);
	int64_t t0 = gort_nanotime();
	gort_poll_deadline(pd0, 20000000, 1, 'r');
	go_int r = read_byte();
	int64_t dt = gort_nanotime() - t0;
	sayi(r == -GORT_POLL_TIMEOUT);
	sayi(dt >= 20000000 && dt < 2000000000);
	gort_poll_deadline(pd0, 0, 0, 'r');   /* cleared: reads work again */
	if (write(sv[1], "z", 1) != 1)
		say("write failed\n");
	sayi(read_byte());
	say("\n");
}

static int fcntl_closed(void)
{
	return fcntl(sv[0], F_GETFD) == -1 && errno == EBADF;
}

/* ---- Close evicts a parked reader and closes the descriptor */
static void s_close(void)
{
	open_pair();
	done = gort_makechan(&t_chan_int, 0);
	gort_go(reader, NULL);
	gort_sleep(10000000);
	sayi(gort_poll_close(pd0));
	go_int v;
	gort_chanrecv(done, &v);
	sayi(v == -GORT_POLL_CLOSING);
	sayi(gort_poll_close(pd0) == -GORT_POLL_CLOSING);
	sayi(fcntl_closed());
	say("\n");
}

/* ---- Close waits for operations in flight on other threads (references
 * are one atomic word: the last release under the closing mark wakes it);
 * no reference is taken once it started */
static int32_t inside;
static GoChan *started;
static void worker(void *arg)
{
	(void)arg;
	go_int n = 0;
	while (gort_poll_acquire(pd0, 'r') == GORT_POLL_OK) {
		__atomic_add_fetch(&inside, 1, __ATOMIC_SEQ_CST);
		if (++n % 3 == 0)
			gort_gosched();
		__atomic_sub_fetch(&inside, 1, __ATOMIC_SEQ_CST);
		gort_poll_release(pd0);
		if (n == 1)
			gort_chansend(started, &n);
	}
	gort_chansend(done, &n);
}
static void s_close_waits(void)
{
	gort_gomaxprocs(2);
	open_pair();
	done = gort_makechan(&t_chan_int, 4);
	started = gort_makechan(&t_chan_int, 4);
	for (int i = 0; i < 4; i++)
		gort_go(worker, NULL);
	for (int i = 0; i < 4; i++) {
		go_int one;
		gort_chanrecv(started, &one);
	}
	gort_sleep(5000000);
	sayi(gort_poll_close(pd0));
	sayi(__atomic_load_n(&inside, __ATOMIC_SEQ_CST) == 0);
	sayi(fcntl_closed());
	go_int ran = 1;
	for (int i = 0; i < 4; i++) {
		go_int n;
		gort_chanrecv(done, &n);
		ran &= n > 0;
	}
	sayi(ran);
	sayi(gort_poll_acquire(pd0, 'r') == GORT_POLL_CLOSING);
	say("\n");
}

/* ---- a goroutine parked on I/O with nothing to wake it is not a deadlock
 * the runtime can see (as in gc): a timer must still fire meanwhile */
static void sleeper(void *arg)
{
	(void)arg;
	gort_sleep(20000000);
	say("timer fired\n");
	gort_exit(0);
}
static void s_not_deadlock(void)
{
	open_pair();
	gort_go(sleeper, NULL);
	read_byte();
	say("unreachable\n");
}

/* ---- once the netpoller is in use, gc reports no deadlock: the program
 * hangs (a watchdog thread ends the child) */
static void *watchdog(void *arg)
{
	(void)arg;
	struct timespec ts = { 0, 200000000 };
	nanosleep(&ts, NULL);
	rt_write_errs("hung, as gc does\n");
	_exit(0);
	return NULL;
}
static void s_no_deadlock_report(void)
{
	open_pair();
	gort_poll_close(pd0);
	gort_poll_close(pd1);
	pthread_t th;
	pthread_create(&th, NULL, watchdog, NULL);
	GoChan *c = gort_makechan(&t_chan_int, 0);
	go_int v;
	gort_chanrecv(c, &v);
	say("unreachable\n");
}

static void s_rlimit(void)
{
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	sayi(rl.rlim_cur == rl.rlim_max);
	say("\n");
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	run("ready", s_ready, "main ran\n120 \n", 0);
	run("epoll_wait", s_epoll_wait, "121 \n", 0);
	run("deadline", s_deadline, "1 1 1 122 \n", 0);
	run("close", s_close, "0 1 1 1 \n", 0);
	run("close_waits", s_close_waits, "0 1 1 1 1 \n", 0);
	run("not_deadlock", s_not_deadlock, "timer fired\n", 0);
	run("no_deadlock_report", s_no_deadlock_report, "hung, as gc does\n", 0);
	run("rlimit", s_rlimit, "1 \n", 0);
	TEST_END();
}
