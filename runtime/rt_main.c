/*
 * rt_main.c: the program entry point.  Kept alone in its file so that C unit
 * tests (which bring their own main) never pull it out of the library.
 * main initialises the runtime (GC, random seeds, os args), then runs the
 * compiled program (package inits, then main.main) on the goroutine stack
 * with the fault handlers installed, and exits 0.
 */
#include "rt_impl.h"


int main(int argc, char **argv)
{
	rt_init(argc, argv);
	rt_run_main(gosub_program_main);
	gort_exit(0);
}
