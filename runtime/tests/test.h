/*
 * test.h: tiny harness for the runtime's C unit tests.  ASSERT(expected,
 * actual) compares integers, ASSERT_STR a C string with a GoString; failures
 * are counted and reported, and TEST_END() exits non-zero if any failed.
 * catch_panic runs a function under a defer frame that recovers, exercising
 * the same defer/panic path generated code uses.
 */
#ifndef GOSUB_RT_TEST_H
#define GOSUB_RT_TEST_H

#include "rt_impl.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int test_failures;

#define ASSERT(expected, actual) do { \
	long long e_ = (long long)(expected), a_ = (long long)(actual); \
	if (e_ != a_) { \
		fprintf(stderr, "%s:%d: ASSERT(%s, %s): expected %lld, got %lld\n", \
			__FILE__, __LINE__, #expected, #actual, e_, a_); \
		test_failures++; \
	} \
} while (0)

#define ASSERT_STR(expected, gostr) do { \
	const char *e_ = (expected); \
	GoString a_ = (gostr); \
	if ((size_t)a_.len != strlen(e_) || memcmp(e_, a_.ptr, (size_t)a_.len) != 0) { \
		fprintf(stderr, "%s:%d: ASSERT_STR(%s): expected \"%s\", got \"%.*s\"\n", \
			__FILE__, __LINE__, #gostr, e_, (int)a_.len, (const char *)a_.ptr); \
		test_failures++; \
	} \
} while (0)

#define TEST_BEGIN(argc, argv) rt_init((argc), (argv))
#define TEST_END() do { \
	if (test_failures) { \
		fprintf(stderr, "%s: %d failure(s)\n", __FILE__, test_failures); \
		return 1; \
	} \
	return 0; \
} while (0)

static inline GoString S(const char *s)
{
	return gort_cstr(s);
}

static GoEface test_caught;

static void test_catcher(void *arg)
{
	(void)arg;
	test_caught = gort_recover();
}

/* Runs fn(arg); returns 1 if it panicked, with the recovered value in *out. */
static __attribute__((unused)) int catch_panic(void (*fn)(void *), void *arg, GoEface *out)
{
	GoDeferFrame df;
	test_caught.type = NULL;
	test_caught.data = NULL;
	gort_defer_enter(&df);
	if (gort_setjmp(df.jb))
		goto done;
	gort_defer_push(&df, test_catcher, NULL);
	fn(arg);
done:
	gort_defer_leave(&df);
	if (out)
		*out = test_caught;
	return test_caught.type != NULL;
}

/* The text a panic value prints as (Error() for errors, else a string value). */
static __attribute__((unused)) GoString panic_text(GoEface e)
{
	go_bool ok;
	GoString s = gort_call_error(e, &ok);
	if (ok)
		return s;
	if (e.type && e.type->kind == GOKIND_STRING)
		return *(GoString *)e.data;
	return S("?");
}

/* run_in_child executes fn in a child process, as a program's main
 * (as_main) or directly, and checks that its stderr starts with want_prefix
 * and that it exits with want_status. */
static __attribute__((unused)) void
run_in_child(const char *name, void (*fn)(void), bool as_main, const char *want_prefix, int want_status)
{
	int fds[2];
	if (pipe(fds) != 0)
		abort();
	fflush(stderr);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		if (as_main)
			rt_run_main(fn);
		else
			fn();
		_exit(0);
	}
	close(fds[1]);
	static char buf[1 << 16];
	size_t n = 0;
	ssize_t r;
	while ((r = read(fds[0], buf + n, sizeof buf - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = 0;
	close(fds[0]);
	int st;
	waitpid(pid, &st, 0);
	int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	if (strncmp(buf, want_prefix, strlen(want_prefix)) != 0 || code != want_status) {
		fprintf(stderr, "%s: got status %d, output:\n%s\n--- want status %d, prefix:\n%s\n---\n",
			name, code, buf, want_status, want_prefix);
		test_failures++;
	}
}

/* run executes fn as a program's main in a child process (see run_in_child). */
static __attribute__((unused)) void
run(const char *name, void (*fn)(void), const char *want_prefix, int want_status)
{
	run_in_child(name, fn, true, want_prefix, want_status);
}

#endif
