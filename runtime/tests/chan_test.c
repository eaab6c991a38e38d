/*
 * chan_test.c: the scheduler's run queues (runnext, FIFO order, stealing
 * half, concurrent owner and thieves on plain threads) and channels/select
 * under real parallelism (GOMAXPROCS=4): every value arrives exactly once.
 * Also built with ThreadSanitizer (ctest rt_tsan_chan_test).
 */
#include "test.h"
#include <pthread.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- run queues */

static GoG gs[4096];

static void t_runq_basic(void)
{
	void *p = rt_test_newp();
	ASSERT(0, rt_test_runqlen(p));
	ASSERT(1, rt_test_runqget(p) == NULL);
	for (int i = 0; i < 10; i++)
		rt_test_runqput(p, &gs[i], false);
	rt_test_runqput(p, &gs[100], true);      /* runnext goes first */
	rt_test_runqput(p, &gs[101], true);      /* kicks 100 to the tail */
	ASSERT(12, rt_test_runqlen(p));
	ASSERT(1, rt_test_runqget(p) == &gs[101]);
	for (int i = 0; i < 10; i++)
		ASSERT(1, rt_test_runqget(p) == &gs[i]);
	ASSERT(1, rt_test_runqget(p) == &gs[100]);
	ASSERT(1, rt_test_runqget(p) == NULL);
}

static void t_runq_steal(void)
{
	void *p = rt_test_newp(), *q = rt_test_newp();
	for (int i = 0; i < 20; i++)
		rt_test_runqput(p, &gs[i], false);
	GoG *g = rt_test_runqsteal(q, p, false);
	ASSERT(1, g == &gs[9]);                 /* half (10) taken, the last returned */
	ASSERT(9, rt_test_runqlen(q));
	ASSERT(10, rt_test_runqlen(p));
	for (int i = 0; i < 9; i++)
		ASSERT(1, rt_test_runqget(q) == &gs[i]);
	/* runnext is stolen only when asked and nothing else is left */
	void *r = rt_test_newp();
	rt_test_runqput(r, &gs[50], true);
	ASSERT(1, rt_test_runqsteal(q, r, false) == NULL);
	ASSERT(1, rt_test_runqsteal(q, r, true) == &gs[50]);
}

/* One owner pushing and popping, three thieves: each G is taken exactly once. */
#define NCONC 3000
static void *conc_p;
static int conc_seen[NCONC];
static int conc_done;

static void take(GoG *g)
{
	__atomic_add_fetch(&conc_seen[g - gs], 1, __ATOMIC_RELAXED);
}

static void *thief(void *arg)
{
	void *mine = arg;                       /* allocated by the main thread (Boehm) */
	while (!__atomic_load_n(&conc_done, __ATOMIC_ACQUIRE)) {
		GoG *g = rt_test_runqsteal(mine, conc_p, true);
		if (g) {
			take(g);
			while ((g = rt_test_runqget(mine)) != NULL)
				take(g);
		}
	}
	return NULL;
}

static void t_runq_concurrent(void)
{
	pthread_t th[3];
	conc_p = rt_test_newp();
	for (int i = 0; i < 3; i++)
		pthread_create(&th[i], NULL, thief, rt_test_newp());
	for (int i = 0; i < NCONC; i++) {
		while (rt_test_runqlen(conc_p) > 200) {
			GoG *g = rt_test_runqget(conc_p);
			if (g)
				take(g);
		}
		rt_test_runqput(conc_p, &gs[i], (i % 7) == 0);
		if (i % 3 == 0) {
			GoG *g = rt_test_runqget(conc_p);
			if (g)
				take(g);
		}
	}
	GoG *g;
	while ((g = rt_test_runqget(conc_p)) != NULL)
		take(g);
	__atomic_store_n(&conc_done, 1, __ATOMIC_RELEASE);
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
	int bad = 0;
	for (int i = 0; i < NCONC; i++)
		bad += conc_seen[i] != 1;
	ASSERT(0, bad);
}

/* ---------------------------------------------------------------- channels on many threads */

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

#define NPROD 4
#define PER 20000
static GoChan *data, *done;
static int64_t recv_sum, recv_count;

static void producer(void *arg)
{
	go_int base = (go_int)(uintptr_t)arg * PER;
	for (go_int i = 0; i < PER; i++) {
		go_int v = base + i;
		gort_chansend(data, &v);
	}
	go_int one = 1;
	gort_chansend(done, &one);
}

static void consumer(void *arg)
{
	(void)arg;
	go_int v;
	int64_t s = 0, n = 0;
	while (gort_chanrecv(data, &v)) {
		s += v;
		n++;
	}
	__atomic_add_fetch(&recv_sum, s, __ATOMIC_SEQ_CST);
	__atomic_add_fetch(&recv_count, n, __ATOMIC_SEQ_CST);
	go_int one = 1;
	gort_chansend(done, &one);
}

static void run_prodcons(go_int cap)
{
	data = gort_makechan(&t_chan_int, cap);
	done = gort_makechan(&t_chan_int, 0);
	recv_sum = recv_count = 0;
	for (int i = 0; i < NPROD; i++)
		gort_go(producer, (void *)(uintptr_t)i);
	for (int i = 0; i < 4; i++)
		gort_go(consumer, NULL);
	go_int x;
	for (int i = 0; i < NPROD; i++)
		gort_chanrecv(done, &x);
	gort_chanclose(data);
	for (int i = 0; i < 4; i++)
		gort_chanrecv(done, &x);
	int64_t n = (int64_t)NPROD * PER;
	sayi(recv_count == n && recv_sum == n * (n - 1) / 2);
}

static void s_prodcons(void)
{
	run_prodcons(0);
	run_prodcons(1);
	run_prodcons(64);
	say("\n");
}

/* select fan-in from 4 channels, with a quit channel closed at the end */
static GoChan *ins[4], *quit;
static void fan_sender(void *arg)
{
	GoChan *c = arg;
	for (go_int i = 1; i <= 5000; i++)
		gort_chansend(c, &i);
	go_int z = 0;
	gort_chansend(done, &z);
}

static void s_select_fanin(void)
{
	done = gort_makechan(&t_chan_int, 4);
	quit = gort_makechan(&t_chan_int, 0);
	for (int i = 0; i < 4; i++) {
		ins[i] = gort_makechan(&t_chan_int, i);    /* capacities 0..3 */
		gort_go(fan_sender, ins[i]);
	}
	go_int v = 0, sum = 0, got = 0, finished = 0;
	int hits[4] = { 0 };
	GoSelectCase cs[6] = {
		{ ins[0], &v, 0 }, { ins[1], &v, 0 }, { ins[2], &v, 0 }, { ins[3], &v, 0 },
		{ done, &v, 0 }, { quit, &v, 0 },
	};
	go_bool ok;
	while (got < 4 * 5000 || finished < 4) {
		go_int i = gort_select(cs, 6, 1, &ok);
		if (i < 4) {
			sum += v;
			got++;
			hits[i]++;
		} else if (i == 4) {
			finished++;
		} else {
			say("quit fired\n");
		}
	}
	sayi(sum == 4 * (5000 * 5001 / 2));
	sayi(hits[0] == 5000 && hits[1] == 5000 && hits[2] == 5000 && hits[3] == 5000);
	/* a closed channel makes its case ready */
	gort_chanclose(quit);
	ASSERT(0, gort_select(&cs[5], 1, 1, &ok));
	sayi(ok);
	say("\n");
}

/* ping-pong between two goroutines on (possibly) different threads */
static GoChan *ping, *pong;
static void ponger(void *arg)
{
	(void)arg;
	go_int v;
	while (gort_chanrecv(ping, &v)) {
		v++;
		gort_chansend(pong, &v);
	}
}

static void s_pingpong(void)
{
	ping = gort_makechan(&t_chan_int, 0);
	pong = gort_makechan(&t_chan_int, 0);
	gort_go(ponger, NULL);
	go_int v = 0;
	for (int i = 0; i < 50000; i++) {
		gort_chansend(ping, &v);
		gort_chanrecv(pong, &v);
	}
	gort_chanclose(ping);
	sayi(v);
	say("\n");
}

/* semaphores: a mutex built on gort_sem* protects a plain counter */
static uint32_t sem = 1;
static int64_t plain;
static GoChan *fin;
static void sem_worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < 2000; i++) {
		gort_semacquire(&sem);
		plain++;
		gort_semrelease(&sem);
	}
	go_int z = 0;
	gort_chansend(fin, &z);
}

static void s_sema(void)
{
	fin = gort_makechan(&t_chan_int, 0);
	for (int i = 0; i < 8; i++)
		gort_go(sem_worker, NULL);
	go_int z;
	for (int i = 0; i < 8; i++)
		gort_chanrecv(fin, &z);
	gort_semacquire(&sem);
	sayi(plain);
	gort_semrelease(&sem);
	say("\n");
}

/* Elements of every size pass intact, buffered and unbuffered (copies are
 * inlined for some sizes), and struct{} channels count without copying. */
static const GoType t_e1 = { .kind = GOKIND_ARRAY, .size = 1, .align = 1 };
static const GoType t_e3 = { .kind = GOKIND_ARRAY, .size = 3, .align = 1 };
static const GoType t_e4 = { .kind = GOKIND_ARRAY, .size = 4, .align = 4 };
static const GoType t_e16 = { .kind = GOKIND_STRUCT, .size = 16, .align = 8 };
static const GoType t_e24 = { .kind = GOKIND_STRUCT, .size = 24, .align = 8 };
static const GoType t_e40p = { .kind = GOKIND_STRUCT, .size = 40, .align = 8, .ptrdata = 40 };
static const GoType t_e0 = { .kind = GOKIND_STRUCT, .size = 0, .align = 1 };
static GoChan *ec;
static size_t esize;

static void fill(unsigned char *b, int i)
{
	for (size_t k = 0; k < esize; k++)
		b[k] = (unsigned char)(i * 7 + k);
}

static void elem_sender(void *arg)
{
	(void)arg;
	unsigned char b[64];
	for (int i = 0; i < 1000; i++) {
		fill(b, i);
		gort_chansend(ec, b);
	}
	gort_chanclose(ec);
}

static void s_elemsizes(void)
{
	const GoType *ts[] = { &t_e1, &t_e3, &t_e4, &gort_type_int, &t_e16, &t_e24, &t_e40p, &t_e0 };
	for (size_t t = 0; t < sizeof ts / sizeof ts[0]; t++) {
		for (go_int cap = 0; cap <= 5; cap += 5) {
			GoType ct = { .kind = GOKIND_CHAN, .size = 8, .elem = ts[t] };
			ec = gort_makechan(&ct, cap);
			esize = ts[t]->size;
			gort_go(elem_sender, NULL);
			unsigned char b[64], want[64];
			int n = 0, bad = 0;
			memset(b, 0xee, sizeof b);
			while (gort_chanrecv(ec, b)) {
				fill(want, n++);
				bad += memcmp(b, want, esize) != 0 || b[esize] != 0xee;
			}
			bad += b[esize] != 0xee;
			for (size_t k = 0; k < esize; k++)
				bad += b[k] != 0;       /* closed: zero value */
			sayi(n == 1000 && bad == 0);
		}
	}
	say("\n");
}

int main(int argc, char **argv)
{
	setenv("GOMAXPROCS", "4", 1);
	TEST_BEGIN(argc, argv);
	t_runq_basic();
	t_runq_steal();
	t_runq_concurrent();
	run("prodcons", s_prodcons, "1 1 1 \n", 0);
	run("select_fanin", s_select_fanin, "1 1 0 \n", 0);
	run("pingpong", s_pingpong, "50000 \n", 0);
	run("sema", s_sema, "16000 \n", 0);
	run("elemsizes", s_elemsizes, "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 \n", 0);
	TEST_END();
}
