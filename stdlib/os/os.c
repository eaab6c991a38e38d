/* os.c: the C half of package os (system calls). */
#include "gosub_rt.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>

extern char **environ;

/* The command line, read once from /proc/self/cmdline (kept for the process'
 * lifetime; Go strings point into it). */
static char *cmdline;
static go_int ncmd;
static const char **args;
static go_int nargs;

static void load_args(void)
{
	if (args)
		return;
	int fd = open("/proc/self/cmdline", O_RDONLY);
	size_t cap = 4096, n = 0;
	cmdline = malloc(cap);
	if (fd >= 0) {
		for (;;) {
			if (n == cap)
				cmdline = realloc(cmdline, cap *= 2);
			ssize_t r = read(fd, cmdline + n, cap - n);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			n += (size_t)r;
		}
		close(fd);
	}
	ncmd = (go_int)n;
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		if (cmdline[i] == 0)
			count++;
	args = malloc((count + 1) * sizeof *args);
	size_t start = 0;
	for (size_t i = 0; i < n; i++)
		if (cmdline[i] == 0) {
			args[nargs++] = cmdline + start;
			start = i + 1;
		}
}

static GoString cstr(const char *s)
{
	GoString g = { (const uint8_t *)s, (go_int)strlen(s) };
	return g;
}

static char *cdup(GoString s)
{
	char *p = malloc((size_t)s.len + 1);
	if (s.len)
		memcpy(p, s.ptr, (size_t)s.len);
	p[s.len] = 0;
	return p;
}

go_int os__argc(void)
{
	load_args();
	return nargs;
}

GoString os__argv(go_int i)
{
	load_args();
	return cstr(args[i]);
}

go_int os__envc(void)
{
	go_int n = 0;
	while (environ && environ[n])
		n++;
	return n;
}

GoString os__envv(go_int i)
{
	return cstr(environ[i]);
}

go_int os__setenv(GoString key, GoString value)
{
	char *k = cdup(key), *v = cdup(value);
	int r = setenv(k, v, 1);
	int e = r ? errno : 0;
	free(k);
	free(v);
	return e;
}

void os__unsetenv(GoString key)
{
	char *k = cdup(key);
	unsetenv(k);
	free(k);
}

void os__exit(go_int code)
{
	exit((int)code);
}

go_int os__write(go_int fd, GoSlice b)
{
	for (;;) {
		ssize_t r = write((int)fd, b.ptr, (size_t)b.len);
		if (r >= 0)
			return r;
		if (errno != EINTR && errno != EAGAIN)
			return -errno;
	}
}

go_int os__writeString(go_int fd, GoString s)
{
	for (;;) {
		ssize_t r = write((int)fd, s.ptr, (size_t)s.len);
		if (r >= 0)
			return r;
		if (errno != EINTR && errno != EAGAIN)
			return -errno;
	}
}

go_int os__read(go_int fd, GoSlice b)
{
	for (;;) {
		ssize_t r = read((int)fd, b.ptr, (size_t)b.len);
		if (r >= 0)
			return r;
		if (errno != EINTR && errno != EAGAIN)
			return -errno;
	}
}

go_int os__closefd(go_int fd)
{
	return close((int)fd) ? errno : 0;
}

/* Go spells errno texts in lower case ("bad file descriptor"). */
GoString os__errstr(go_int e)
{
	static char buf[160][128];
	if (e > 0 && e < 160) {
		if (!buf[e][0]) {
			snprintf(buf[e], sizeof buf[e], "%s", strerror((int)e));
			if (buf[e][0] >= 'A' && buf[e][0] <= 'Z' && !(buf[e][1] >= 'A' && buf[e][1] <= 'Z'))
				buf[e][0] += 'a' - 'A';
		}
		return cstr(buf[e]);
	}
	static char other[64];
	snprintf(other, sizeof other, "errno %lld", (long long)e);
	return cstr(other);
}

go_int os__getpid(void)
{
	return getpid();
}

GoString os__hostname(void)
{
	static char name[256];
	if (gethostname(name, sizeof name - 1) != 0)
		name[0] = 0;
	return cstr(name);
}
