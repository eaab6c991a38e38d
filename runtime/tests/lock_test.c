/*
 * lock_test.c: the runtime's futex lock (rt_lock, rt_sched.c) on plain
 * threads: mutual exclusion under heavy contention (short critical sections,
 * the spinning path), waiters that must sleep (a holder that sleeps, the
 * futex path) and no lost wakeup when both mix.  Also built with
 * ThreadSanitizer (ctest rt_tsan_lock_test), which checks the lock orders
 * the plain accesses it protects.
 */
#include "test.h"
#include <pthread.h>
#include <time.h>

#define NTHREADS 4

static RtLock lock;
static long counter;                 /* plain: protected by lock */
static int inside;                   /* plain: threads in the critical section */
static int overlap;                  /* atomic: a second thread got in */

static void enter(void)
{
	rt_lock(&lock);
	if (++inside != 1)
		__atomic_store_n(&overlap, 1, __ATOMIC_RELAXED);
}

static void leave(void)
{
	inside--;
	rt_unlock(&lock);
}

/* Many tiny critical sections from every thread: waiters spin and sometimes sleep. */
#define NSHORT 200000
static void *short_worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < NSHORT; i++) {
		enter();
		counter++;
		leave();
	}
	return NULL;
}

static void sleep_us(long us)
{
	struct timespec ts = { us / 1000000, (us % 1000000) * 1000 };
	nanosleep(&ts, NULL);
}

/* Holders that sleep inside: the others outlast their spin and futex-sleep. */
#define NLONG 40
static void *long_worker(void *arg)
{
	long id = (long)arg;
	for (int i = 0; i < NLONG; i++) {
		enter();
		counter++;
		if ((i + id) % 4 == 0)
			sleep_us(500);
		leave();
		if (i % 8 == 0)
			sleep_us(100);
	}
	return NULL;
}

static pthread_barrier_t start;
static void *(*worker)(void *);

/* Every thread starts at once, so they really contend. */
static void *starter(void *arg)
{
	pthread_barrier_wait(&start);
	return worker(arg);
}

static void run_threads(void *(*fn)(void *), int n)
{
	pthread_t th[NTHREADS * 2];
	worker = fn;
	pthread_barrier_init(&start, NULL, (unsigned)n);
	for (long i = 0; i < n; i++)
		if (pthread_create(&th[i], NULL, starter, (void *)i) != 0)
			abort();
	for (int i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&start);
}

static void t_contended(void)
{
	counter = 0;
	run_threads(short_worker, NTHREADS);
	ASSERT((long)NTHREADS * NSHORT, counter);
	ASSERT(0, overlap);
	ASSERT(0, lock.key);
}

static void t_sleepers(void)
{
	counter = 0;
	run_threads(long_worker, NTHREADS);
	ASSERT((long)NTHREADS * NLONG, counter);
	ASSERT(0, overlap);
	ASSERT(0, lock.key);
}

/* Half the threads hold briefly, half sleep while holding: a brief holder
 * that took the lock from under a sleeper's nose must still wake it. */
static void *mixed_worker(void *arg)
{
	return (long)arg % 2 ? short_worker(arg) : long_worker(arg);
}

static void t_mixed(void)
{
	counter = 0;
	run_threads(mixed_worker, NTHREADS * 2);
	ASSERT((long)NTHREADS * (NSHORT + NLONG), counter);
	ASSERT(0, overlap);
	ASSERT(0, lock.key);
}

/* Uncontended: the fast path leaves the key 1 while held, 0 after. */
static void t_uncontended(void)
{
	RtLock l = { 0 };
	rt_lock(&l);
	ASSERT(1, l.key);
	rt_unlock(&l);
	ASSERT(0, l.key);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	t_uncontended();
	t_contended();
	t_sleepers();
	t_mixed();
	TEST_END();
}
