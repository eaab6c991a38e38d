/*
 * sched_test.c: goroutines, channels, select, sleep, semaphores, deadlock
 * detection, panics in goroutines, and GC of data reachable only from
 * parked goroutines' stacks.  Each scenario runs in a forked child on the
 * runtime's main goroutine (rt_run_main); stderr and exit status are checked.
 */
#include "test.h"
#include <gc.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <unistd.h>


static const GoType t_chan_int = { .kind = GOKIND_CHAN, .size = 8, .elem = &gort_type_int };
static const GoType t_chan_ptr = { .kind = GOKIND_CHAN, .size = 8, .elem = &gort_type_unsafeptr };

static void say(const char *s)
{
	gort_print_string(gort_cstr(s));
}

static void sayi(go_int v)
{
	gort_print_int(v);
	gort_print_sp();
}

/* ---- ping-pong on an unbuffered channel */
static GoChan *ping, *pong;
static void ponger(void *arg)
{
	(void)arg;
	for (;;) {
		go_int v;
		if (!gort_chanrecv(ping, &v))
			break;
		v *= 10;
		gort_chansend(pong, &v);
	}
	say("ponger done\n");
}
static void s_pingpong(void)
{
	ping = gort_makechan(&t_chan_int, 0);
	pong = gort_makechan(&t_chan_int, 0);
	gort_go(ponger, NULL);
	for (go_int i = 1; i <= 3; i++) {
		go_int r;
		gort_chansend(ping, &i);
		gort_chanrecv(pong, &r);
		sayi(r);
	}
	say("\n");
	gort_chanclose(ping);
	gort_sleep(1000000);
	say("main done\n");
}

/* ---- buffered producer/consumer with close and range */
static GoChan *work;
static void producer(void *arg)
{
	go_int n = (go_int)(uintptr_t)arg;
	for (go_int i = 0; i < n; i++)
		gort_chansend(work, &i);
	gort_chanclose(work);
}
static void s_buffered(void)
{
	work = gort_makechan(&t_chan_int, 4);
	gort_go(producer, (void *)(uintptr_t)100);
	go_int v, sum = 0, cnt = 0;
	while (gort_chanrecv(work, &v)) {
		sum += v;
		cnt++;
	}
	sayi(cnt);
	sayi(sum);
	ASSERT(0, gort_chanrecv(work, &v));
	sayi(v);
	say("\n");
}

/* ---- select */
static GoChan *ca, *cb, *quit;
static void sel_sender(void *arg)
{
	GoChan *c = arg;
	for (go_int i = 0; i < 5; i++)
		gort_chansend(c, &i);
}
static void s_select(void)
{
	ca = gort_makechan(&t_chan_int, 0);
	cb = gort_makechan(&t_chan_int, 0);
	quit = gort_makechan(&t_chan_int, 0);
	go_int v = 0, got = 0, sum = 0;
	GoSelectCase cs[3] = { { ca, &v, 0 }, { cb, &v, 0 }, { NULL, NULL, 0 } };
	go_bool ok;
	ASSERT(-1, gort_select(cs, 3, 0, &ok));    /* default */
	gort_go(sel_sender, ca);
	gort_go(sel_sender, cb);
	while (got < 10) {
		go_int i = gort_select(cs, 3, 1, &ok);
		if (i < 0 || i > 1 || !ok)
			say("bad select\n");
		sum += v;
		got++;
	}
	sayi(sum);
	/* select send */
	GoChan *buf = gort_makechan(&t_chan_int, 1);
	go_int x = 42;
	GoSelectCase s2[2] = { { buf, &x, 1 }, { quit, &v, 0 } };
	ASSERT(0, gort_select(s2, 2, 1, &ok));
	ASSERT(-1, gort_select(s2, 2, 0, &ok));   /* full, nobody on quit */
	gort_chanrecv(buf, &v);
	sayi(v);
	say("\n");
}

/* ---- sleep ordering (steps of 10 ms, 100 ms under TSan, which is slow) */
static int64_t sleep_unit = 1000000;
static void sleeper(void *arg)
{
	go_int ms = (go_int)(uintptr_t)arg;
	gort_sleep(ms * sleep_unit);
	sayi(ms);
}
static void s_sleep(void)
{
	gort_go(sleeper, (void *)(uintptr_t)30);
	gort_go(sleeper, (void *)(uintptr_t)10);
	gort_go(sleeper, (void *)(uintptr_t)20);
	int64_t t0 = gort_nanotime();
	gort_sleep(50 * sleep_unit);
	int64_t dt = gort_nanotime() - t0;
	say(dt >= 50 * sleep_unit && dt < 500 * sleep_unit ? "\nok\n" : "\nbad time\n");
}

/* ---- many goroutines + semaphore as WaitGroup */
static uint32_t sema;
static go_int counter;
static GoChan *results;
static void worker(void *arg)
{
	go_int v = (go_int)(uintptr_t)arg;
	gort_gosched();
	__atomic_add_fetch(&counter, v, __ATOMIC_SEQ_CST);
	gort_chansend(results, &v);
}
static int nmany = 10000;      /* 1000 under TSan (a fiber per goroutine) */
static void s_many(void)
{
	results = gort_makechan(&t_chan_int, 0);
	for (go_int i = 1; i <= nmany; i++)
		gort_go(worker, (void *)(uintptr_t)i);
	sayi(gort_numgoroutine());
	go_int v, sum = 0;
	for (int i = 0; i < nmany; i++) {
		gort_chanrecv(results, &v);
		sum += v;
	}
	sayi(sum);
	sayi(counter);
	/* the senders exit soon after their send completes, on any thread */
	for (int i = 0; i < 1000 && gort_numgoroutine() > 1; i++)
		gort_sleep(1000000);
	sayi(gort_numgoroutine());
	say("\n");
}

static void sem_worker(void *arg)
{
	(void)arg;
	gort_sleep(1000000);
	__atomic_add_fetch(&counter, 1, __ATOMIC_SEQ_CST);
	gort_semrelease(&sema);
}
static void s_sema(void)
{
	counter = 0;
	for (int i = 0; i < 5; i++)
		gort_go(sem_worker, NULL);
	for (int i = 0; i < 5; i++)
		gort_semacquire(&sema);
	sayi(counter);
	say("\n");
}

/* ---- GC: values live only on parked goroutine stacks */
typedef struct Node { struct Node *next; go_int v; } Node;
static const GoType t_node = { .kind = GOKIND_STRUCT, .size = 16, .align = 8, .ptrdata = 8 };
static GoChan *gcgo, *gcdone;
static void holder(void *arg)
{
	(void)arg;
	Node *head = NULL;
	for (go_int i = 0; i < 50000; i++) {
		Node *n = gort_alloc(&t_node);
		n->next = head;
		n->v = i;
		head = n;
	}
	go_int x;
	gort_chanrecv(gcgo, &x);     /* parked while main collects */
	go_int cnt = 0, bad = 0;
	for (Node *n = head; n; n = n->next, cnt++)
		if (n->v != 49999 - cnt)
			bad++;
	go_int r = bad ? -1 : cnt;
	gort_chansend(gcdone, &r);
}
static void s_gc(void)
{
	gcgo = gort_makechan(&t_chan_int, 0);
	gcdone = gort_makechan(&t_chan_int, 0);
	for (int i = 0; i < 4; i++)
		gort_go(holder, NULL);
	gort_sleep(1000);
	GC_gcollect();
	for (int r = 0; r < 300000; r++) {
		Node *junk = gort_alloc(&t_node);
		junk->v = -5;
	}
	GC_gcollect();
	go_int x = 0, r;
	for (int i = 0; i < 4; i++)
		gort_chansend(gcgo, &x);
	for (int i = 0; i < 4; i++) {
		gort_chanrecv(gcdone, &r);
		sayi(r);
	}
	say("\n");
}

/* ---- GC: values live only on the stacks of goroutines running on other
 * threads, on their 2 KiB first segments.  The collector stops those threads
 * with Boehm's suspend signal, which runs on the alternate signal stack;
 * push_goroutine_stacks must scan the stack each thread stopped on. */
static volatile int gc_stop;
static uint32_t gc_started;
static void runner(void *arg)
{
	(void)arg;
	Node *volatile head = NULL;     /* in the frame, on the first segment */
	for (go_int i = 0; i < 20000; i++) {
		Node *n = gort_alloc(&t_node);
		n->next = head;
		n->v = i;
		head = n;
	}
	go_int walks = 0, bad = 0;
	gort_semrelease(&gc_started);
	while (!gc_stop) {
		go_int cnt = 0;
		for (Node *n = head; n && cnt <= 20000; n = n->next, cnt++)
			if (n->v != 19999 - cnt)
				bad++;      /* freed and reused (junk), or a cycle */
		bad += cnt != 20000;
		walks++;
		GOSUB_POLL();       /* a safepoint, as Go loops have */
	}
	go_int r = bad ? -1 : walks > 0;
	gort_chansend(gcdone, &r);
}
static void s_gc_running(void)
{
	gcdone = gort_makechan(&t_chan_int, 0);
	for (int i = 0; i < 2; i++)
		gort_go(runner, NULL);
	/* wait until they run (on the other threads, mostly) */
	for (int i = 0; i < 2; i++)
		gort_semacquire(&gc_started);
	for (int k = 0; k < 5; k++) {
		for (int r = 0; r < 200000; r++) {
			Node *junk = gort_alloc(&t_node);
			junk->v = -5;
		}
		GC_gcollect();
	}
	gc_stop = 1;
	go_int r;
	for (int i = 0; i < 2; i++) {
		gort_chanrecv(gcdone, &r);
		sayi(r);
	}
	say("\n");
}

/* ---- println from many goroutines at once: each call's output stays one
 * line (every argument is a separate write, so without the print lock they
 * interleave).  stderr goes to a file meanwhile, which is checked after. */
#define PL_G 4
#define PL_N 3000
static GoChan *pldone;
static void printer(void *arg)
{
	go_int id = (go_int)(uintptr_t)arg;
	for (go_int i = 0; i < PL_N; i++) {
		gort_print_lock();
		gort_print_string(gort_cstr("line"));
		gort_print_sp();
		gort_print_int(id);
		gort_print_sp();
		gort_print_int(i);
		gort_print_sp();
		gort_print_int(id * 1000000 + i);
		gort_print_nl();
		gort_print_unlock();
	}
	go_int z = 0;
	gort_chansend(pldone, &z);
}
static void s_println_lines(void)
{
	char path[] = "/tmp/gosub_println_XXXXXX";
	int fd = mkstemp(path);
	int saved = dup(2);
	dup2(fd, 2);
	pldone = gort_makechan(&t_chan_int, 0);
	for (int i = 0; i < PL_G; i++)
		gort_go(printer, (void *)(uintptr_t)(i + 1));
	go_int z;
	for (int i = 0; i < PL_G; i++)
		gort_chanrecv(pldone, &z);
	dup2(saved, 2);
	FILE *f = fdopen(fd, "r");
	rewind(f);
	char line[128];
	long next[PL_G + 1] = { 0 }, good = 0, bad = 0;
	while (fgets(line, sizeof line, f)) {
		long id, i, both;
		char nl;
		if (sscanf(line, "line %ld %ld %ld%c", &id, &i, &both, &nl) == 4 && nl == '\n' &&
		    id >= 1 && id <= PL_G && i == next[id] && both == id * 1000000 + i) {
			next[id]++;
			good++;
		} else {
			bad++;
		}
	}
	fclose(f);
	unlink(path);
	sayi(good == (long)PL_G * PL_N);
	sayi(bad);
	say("\n");
}

/* ---- fatal cases */
static void s_deadlock(void)
{
	GoChan *c = gort_makechan(&t_chan_int, 0);
	go_int v;
	gort_chanrecv(c, &v);
}
static void blocked_sender(void *arg)
{
	go_int v = 1;
	gort_chansend(arg, &v);
}
static void s_deadlock2(void)
{
	GoChan *c = gort_makechan(&t_chan_int, 0);
	gort_go(blocked_sender, c);
	GoSelectCase none[1] = { { NULL, NULL, 0 } };
	gort_select(none, 0, 1, NULL);
}
static void boom(void *arg)
{
	(void)arg;
	gort_panic(gort_eface(&gort_type_string, gort_box_string(gort_cstr("boom"))));
}
static void s_gopanic(void)
{
	gort_go(boom, NULL);
	gort_sleep(100000000);
	say("not reached\n");
}
static void s_closed_send(void)
{
	GoChan *c = gort_makechan(&t_chan_ptr, 1);
	gort_chanclose(c);
	void *p = NULL;
	gort_chansend(c, &p);
}
static void s_close_nil(void)
{
	gort_chanclose(NULL);
}
static void waiter_closed(void *arg)
{
	go_int v = 7;
	gort_chansend(arg, &v);
}
static void s_close_wakes_sender(void)
{
	GoChan *c = gort_makechan(&t_chan_int, 0);
	gort_go(waiter_closed, c);
	gort_gosched();
	gort_chanclose(c);
	gort_sleep(500000000);   /* the panic must end the program first */
}
static void exiter(void *arg)
{
	(void)arg;
	say("in goroutine\n");
	gort_goexit();
}
static void s_goexit(void)
{
	gort_go(exiter, NULL);
	gort_sleep(100000000);
	say("main ok\n");
}

/* ---- a goroutine blocked in a system call gives its P away (GOMAXPROCS=1) */
static int pipefd[2];
static GoChan *sysdone;
static void reader(void *arg)
{
	(void)arg;
	char c = 0;
	gort_entersyscall();
	ssize_t r = read(pipefd[0], &c, 1);
	gort_exitsyscall();
	go_int v = r == 1 ? c : -1;
	gort_chansend(sysdone, &v);
}
static void s_syscall(void)
{
	gort_gomaxprocs(1);
	if (pipe(pipefd) != 0)
		say("pipe failed\n");
	sysdone = gort_makechan(&t_chan_int, 0);
	gort_go(reader, NULL);
	gort_sleep(20000000);          /* the reader blocks in read meanwhile */
	say("main ran\n");
	char c = 'x';
	if (write(pipefd[1], &c, 1) != 1)
		say("write failed\n");
	go_int v;
	gort_chanrecv(sysdone, &v);
	sayi(v);
	say("\n");
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	if (getenv("GC_DONT_GC")) {   /* the TSan run (CMakeLists.txt) */
		nmany = 1000;
		sleep_unit = 10000000;
	}
	run("pingpong", s_pingpong, "10 20 30 \nponger done\nmain done\n", 0);
	run("buffered", s_buffered, "100 4950 0 \n", 0);
	run("select", s_select, "20 42 \n", 0);
	run("sleep", s_sleep, "10 20 30 \nok\n", 0);
	if (getenv("GC_DONT_GC")) {
		run("many", s_many, "1001 500500 500500 1 \n", 0);
	} else {
		run("many", s_many, "10001 50005000 50005000 1 \n", 0);
	}
	run("sema", s_sema, "5 \n", 0);
	run("syscall", s_syscall, "main ran\n120 \n", 0);
	if (!getenv("GC_DONT_GC"))     /* the TSan run disables collection (CMakeLists.txt) */
		run("gc", s_gc, "50000 50000 50000 50000 \n", 0);
	if (!getenv("GC_DONT_GC")) {
		setenv("GOMAXPROCS", "3", 1);   /* main and two runners at once */
		run("gc_running", s_gc_running, "1 1 \n", 0);
		unsetenv("GOMAXPROCS");
	}
	run("deadlock", s_deadlock, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", 2);
	run("deadlock2", s_deadlock2, "fatal error: all goroutines are asleep - deadlock!\n\n"
		"goroutine 1 [select (no cases)]:\n", 2);
	run("gopanic", s_gopanic, "panic: boom\n\ngoroutine 6 [running]:\n", 2);
	run("closed_send", s_closed_send, "panic: send on closed channel\n\ngoroutine 1 [running]:\n", 2);
	run("close_nil", s_close_nil, "panic: close of nil channel\n", 2);
	run("close_wakes_sender", s_close_wakes_sender, "panic: send on closed channel\n\ngoroutine 6 [running]:\n", 2);
	run("goexit", s_goexit, "in goroutine\nmain ok\n", 0);
	setenv("GOMAXPROCS", "4", 1);
	run("println_lines", s_println_lines, "1 0 \n", 0);
	unsetenv("GOMAXPROCS");
	TEST_END();
}
