/*
 * gc_test.c: objects reachable only from the goroutine stack (the runtime's
 * private big stack, not the C main stack) survive collections, and garbage
 * is reclaimed.  Runs the body on the goroutine stack in a forked child.
 */
#include "test.h"
#include <gc.h>
#include <sys/wait.h>
#include <unistd.h>

void rt_run_main(void (*fn)(void));

typedef struct Node { struct Node *next; go_int v; } Node;
static const GoType t_node = { .kind = GOKIND_STRUCT, .size = 16, .align = 8, .ptrdata = 8 };

static void body(void)
{
	Node *head = NULL;
	for (go_int i = 0; i < 200000; i++) {
		Node *n = gort_alloc(&t_node);
		n->next = head;
		n->v = i;
		head = n;
		if (i % 1000 == 0)
			gort_alloc_noscan(100000);   /* garbage */
	}
	GC_gcollect();
	for (int r = 0; r < 200; r++)
		gort_alloc_noscan(1 << 20);
	GC_gcollect();
	/* reuse any wrongly freed node memory */
	for (int r = 0; r < 400000; r++) {
		Node *junk = gort_alloc(&t_node);
		junk->v = -5;
		junk->next = (Node *)(uintptr_t)8;
	}
	go_int expect = 199999, bad = 0;
	for (Node *n = head; n; n = n->next, expect--)
		if (n->v != expect)
			bad++;
	if (bad || expect != -1)
		gort_exit(1);
	if (GC_get_heap_size() > (size_t)200 << 20)
		gort_exit(4);
	gort_exit(0);
}

int main(int argc, char **argv)
{
	TEST_BEGIN(argc, argv);
	pid_t pid = fork();
	if (pid == 0) {
		rt_run_main(body);
		_exit(9);
	}
	int st;
	waitpid(pid, &st, 0);
	ASSERT(1, WIFEXITED(st));
	ASSERT(0, WEXITSTATUS(st));
	TEST_END();
}
