/* time.c: the C half of package time. */
#include "gosub_rt.h"
/* <time.h> is not included: the driver puts the generated header of this
 * package ("time.h") on the -I path.  glibc's x86-64 struct tm: */
struct tm {
	int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};
typedef long time_t;
struct tm *localtime_r(const time_t *t, struct tm *tm);

void time__sleep(int64_t ns) { gort_sleep(ns); }

void *time__timerNew(GoFunc *f, go_int mode) { return gort_timer_new(f, mode); }
void time__timerStart(void *r, int64_t when, int64_t period) { gort_timer_start(r, when, period); }
go_bool time__timerStop(void *r) { return gort_timer_stop(r); }
int64_t time__nanotime(void) { return gort_nanotime(); }

/* walltimeNsec returns the nanoseconds of this thread's last walltimeSec
 * (the two calls run back to back on one thread: no safepoint between them). */
static _Thread_local int32_t last_nsec;

int64_t time__walltimeSec(void)
{
	int64_t sec;
	gort_walltime(&sec, &last_nsec);
	return sec;
}

int64_t time__walltimeNsec(void) { return last_nsec; }

/* The first localtime_r reads the zone file, ~1 KB deep in glibc: more than
 * a goroutine's first stack segment may have left, so through
 * gort_stack_ensure. */
typedef struct { time_t t; struct tm tm; go_bool ok; } LocalArgs;

static void local_call(void *arg)
{
	LocalArgs *a = arg;
	a->ok = localtime_r(&a->t, &a->tm) != NULL;
}

go_int time__localOffset(int64_t sec)
{
	LocalArgs a = { .t = (time_t)sec };
	gort_stack_ensure(GORT_STACK_CLIB, local_call, &a);
	if (!a.ok)
		return 0;
	return a.tm.tm_gmtoff;
}

GoString time__localName(int64_t sec)
{
	LocalArgs a = { .t = (time_t)sec };
	gort_stack_ensure(GORT_STACK_CLIB, local_call, &a);
	if (!a.ok || !a.tm.tm_zone)
		return gort_cstr("UTC");
	return gort_cstr(a.tm.tm_zone);   /* points into the C library's zone data */
}
