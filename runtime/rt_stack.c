/*
 * rt_stack.c: goroutine stack segments, the entry check's slow path
 * (gort_morestack) and safepoint polls.
 *
 * Placeholder until segmented stacks land: goroutines run on big stacks
 * (rt_sched.c), the guard is 0 so the entry check never fails, and nobody
 * asks for preemption.
 */
#include "rt_impl.h"

_Thread_local uintptr_t gort_stackguard;

void gort_morestack(void (*thunk)(void *), void *args, size_t need)
{
	(void)need;
	if (gort_stackguard == GORT_STACK_PREEMPT)
		gort_preempt_poll();
	thunk(args);
}

void gort_preempt_poll(void)
{
	gort_stackguard = 0;
	gort_gosched();
}
