/* os.c: the C half of package os (system calls through the runtime). */
#define _GNU_SOURCE
#include "gosub_rt.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char *cdup(GoString s)
{
	char *p = malloc((size_t)s.len + 1);
	if (!p)
		abort();
	if (s.len)
		memcpy(p, s.ptr, (size_t)s.len);
	p[s.len] = 0;
	return p;
}

GoSlice os__runtimeArgs(void)
{
	return gort_args();
}

GoSlice os__runtimeEnviron(void)
{
	return gort_environ();
}

/* setenv and unsetenv run ~3.3 KB deep in glibc: more than a goroutine's
 * first stack segment has, so through gort_stack_ensure. */
typedef struct { GoString key, value; go_bool set; go_int err; } EnvArgs;

static void env_call(void *arg)
{
	EnvArgs *a = arg;
	char *k = cdup(a->key), *v = a->set ? cdup(a->value) : NULL;
	int r = a->set ? setenv(k, v, 1) : unsetenv(k);
	a->err = r ? errno : 0;
	free(k);
	free(v);
}

go_int os__setenv(GoString key, GoString value)
{
	EnvArgs a = { key, value, 1, 0 };
	gort_stack_ensure(GORT_STACK_CLIB, env_call, &a);
	return a.err;
}

void os__unsetenv(GoString key)
{
	EnvArgs a = { key, key, 0, 0 };
	gort_stack_ensure(GORT_STACK_CLIB, env_call, &a);
}

void os__exit(go_int code)
{
	gort_exit(code);
}

go_int os__write(go_int fd, GoSlice b)
{
	return gort_write(fd, b.ptr, b.len);
}

go_int os__writeString(go_int fd, GoString s)
{
	return gort_write(fd, s.ptr, s.len);
}

go_int os__read(go_int fd, GoSlice b)
{
	for (;;) {
		/* may block (pipes, terminals): let the scheduler run others meanwhile */
		gort_entersyscall();
		ssize_t r = read((int)fd, b.ptr, (size_t)b.len);
		gort_exitsyscall();
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

/* Go spells errno texts in lower case ("bad file descriptor").  libc
 * formatting needs more stack than a goroutine segment's reserve, so it runs
 * through gort_stack_ensure. */
typedef struct {
	go_int e;
	GoString r;
} ErrstrArg;

static GoString copy_cstr(const char *p)
{
	size_t n = strlen(p);
	void *mem = gort_alloc_noscan(n);
	memcpy(mem, p, n);
	GoString s = { mem, (go_int)n };
	return s;
}

static void errstr_fill(void *arg)
{
	ErrstrArg *a = arg;
	char buf[128];
	if (a->e > 0 && a->e < 160) {
		snprintf(buf, sizeof buf, "%s", strerror((int)a->e));
		if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z'))
			buf[0] += 'a' - 'A';
	} else {
		snprintf(buf, sizeof buf, "errno %lld", (long long)a->e);
	}
	a->r = copy_cstr(buf);
}

GoString os__errstr(go_int e)
{
	ErrstrArg a = { e, { NULL, 0 } };
	gort_stack_ensure(GORT_STACK_CLIB, errstr_fill, &a);
	return a.r;
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
	return gort_cstr(name);
}

#include <fcntl.h>
#include <sys/stat.h>

go_int os__open(GoString path, go_int flag, go_int perm)
{
	char *p = cdup(path);
	int fd;
	do
		fd = open(p, (int)flag, (mode_t)perm);
	while (fd < 0 && errno == EINTR);
	int e = errno;
	free(p);
	return fd < 0 ? -e : fd;
}

/* fn(path) for a system call that takes one path: 0 or the errno. */
static go_int path_call(GoString path, int (*fn)(const char *))
{
	char *p = cdup(path);
	int r = fn(p);
	int e = errno;
	free(p);
	return r ? e : 0;
}

go_int os__unlink(GoString path)
{
	return path_call(path, unlink);
}

go_int os__rmdir(GoString path)
{
	return path_call(path, rmdir);
}

go_int os__mkdir(GoString path, go_int perm)
{
	char *p = cdup(path);
	int r = mkdir(p, (mode_t)perm);
	int e = errno;
	free(p);
	return r ? e : 0;
}

static void getwd_fill(void *arg)
{
	char buf[4096];
	*(GoString *)arg = getcwd(buf, sizeof buf) ? copy_cstr(buf) : gort_cstr("");
}

GoString os__getwd(void)
{
	GoString s;
	gort_stack_ensure(GORT_STACK_CLIB, getwd_fill, &s);
	return s;
}

#include <dirent.h>

go_int os__stat(GoString path, go_bool follow, GoSlice out)
{
	char *p = cdup(path);
	struct stat st;
	int r = follow ? stat(p, &st) : lstat(p, &st);
	int e = errno;
	free(p);
	if (r)
		return e;
	int64_t *o = out.ptr;
	o[0] = st.st_mode;
	o[1] = st.st_size;
	o[2] = st.st_mtim.tv_sec;
	o[3] = st.st_mtim.tv_nsec;
	return 0;
}

/* Directory handles: a small table of open DIR streams. */
static DIR *dirs[64];

go_int os__opendir(GoString path)
{
	char *p = cdup(path);
	DIR *d = opendir(p);
	int e = errno;
	free(p);
	if (!d)
		return -e;
	for (int i = 0; i < 64; i++)
		if (!dirs[i]) {
			dirs[i] = d;
			return i;
		}
	closedir(d);
	return -24; /* EMFILE */
}

go_int os__readdir(go_int h, GoSlice buf)
{
	struct dirent *de = readdir(dirs[h]);
	if (!de)
		return -1;
	size_t n = strlen(de->d_name);
	if ((go_int)n > buf.len)
		n = (size_t)buf.len;
	memcpy(buf.ptr, de->d_name, n);
	return (go_int)n;
}

void os__closedir(go_int h)
{
	closedir(dirs[h]);
	dirs[h] = NULL;
}

go_int os__chdir(GoString path)
{
	return path_call(path, chdir);
}

go_int os__rename(GoString from, GoString to)
{
	char *a = cdup(from), *b = cdup(to);
	int r = rename(a, b);
	int e = errno;
	free(a);
	free(b);
	return r ? e : 0;
}

/* Positioned and seeking I/O.  pread/pwrite/fsync may block on slow
 * devices: the P is handed off meanwhile. */
int64_t os__lseek(go_int fd, int64_t off, go_int whence)
{
	off_t r = lseek((int)fd, (off_t)off, (int)whence);
	return r < 0 ? -errno : (int64_t)r;
}

go_int os__pread(go_int fd, GoSlice b, int64_t off)
{
	for (;;) {
		gort_entersyscall();
		ssize_t r = pread((int)fd, b.ptr, (size_t)b.len, (off_t)off);
		gort_exitsyscall();
		if (r >= 0)
			return r;
		if (errno != EINTR)
			return -errno;
	}
}

go_int os__pwrite(go_int fd, GoSlice b, int64_t off)
{
	for (;;) {
		gort_entersyscall();
		ssize_t r = pwrite((int)fd, b.ptr, (size_t)b.len, (off_t)off);
		gort_exitsyscall();
		if (r >= 0)
			return r;
		if (errno != EINTR)
			return -errno;
	}
}

go_int os__fsync(go_int fd)
{
	gort_entersyscall();
	int r = fsync((int)fd);
	gort_exitsyscall();
	return r ? errno : 0;
}

go_int os__ftruncate(go_int fd, int64_t size)
{
	return ftruncate((int)fd, (off_t)size) ? errno : 0;
}

go_int os__pipe(GoSlice fds)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) != 0)
		return errno;
	((go_int *)fds.ptr)[0] = p[0];
	((go_int *)fds.ptr)[1] = p[1];
	return 0;
}

/* ---------------------------------------------------------------- processes */

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

static void exe_fill(void *arg)
{
	char buf[4096];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	*(GoString *)arg = copy_cstr(buf);
}

GoString os__executable(void)
{
	GoString s;
	gort_stack_ensure(GORT_STACK_CLIB, exe_fill, &s);
	return s;
}

/* A NULL-terminated array of C strings (malloc'd) from a []string. */
static char **cvec(GoSlice v)
{
	GoString *s = v.ptr;
	char **out = malloc(((size_t)v.len + 1) * sizeof *out);
	if (!out)
		abort();
	for (go_int i = 0; i < v.len; i++)
		out[i] = cdup(s[i]);
	out[v.len] = NULL;
	return out;
}

static void cvec_free(char **v)
{
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}

typedef struct {
	GoString name, dir;
	GoSlice argv, env, fds;
	go_int r;
} SpawnArgs;

/* posix_spawn (a vfork-like clone: safe with our threads and Boehm's).  The
 * sources of the child's descriptors are first duplicated above the highest
 * target, so dup2 onto target i cannot clobber a later source; everything
 * from there up is closed in the child, as gc's descriptors are close-on-exec. */
static void spawn_call(void *arg)
{
	SpawnArgs *a = arg;
	go_int *fds = a->fds.ptr;
	int n = (int)a->fds.len, *tmp = malloc(((size_t)n + 1) * sizeof *tmp);
	char *name = cdup(a->name), *dir = a->dir.len ? cdup(a->dir) : NULL;
	char **argv = cvec(a->argv), **env = cvec(a->env);
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none, all;
	int e = 0;
	if (!tmp)
		abort();
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&at);
	for (int i = 0; i < n; i++) {
		tmp[i] = -1;
		if (fds[i] >= 0 && e == 0) {
			tmp[i] = fcntl((int)fds[i], F_DUPFD_CLOEXEC, n < 3 ? 3 : n);
			if (tmp[i] < 0)
				e = errno;
		}
	}
	for (int i = 0; i < n && e == 0; i++)
		e = tmp[i] >= 0 ? posix_spawn_file_actions_adddup2(&fa, tmp[i], i)
		                : posix_spawn_file_actions_addclose(&fa, i);
	if (e == 0)
		e = posix_spawn_file_actions_addclosefrom_np(&fa, n);
	if (e == 0 && dir)
		e = posix_spawn_file_actions_addchdir_np(&fa, dir);
	/* the child starts with no signal blocked and default dispositions */
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &all);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	pid_t pid = -1;
	if (e == 0)
		e = posix_spawn(&pid, name, &fa, &at, argv, env);
	for (int i = 0; i < n; i++)
		if (tmp[i] >= 0)
			close(tmp[i]);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	cvec_free(argv);
	cvec_free(env);
	free(name);
	free(dir);
	free(tmp);
	a->r = e ? -e : pid;
}

go_int os__spawn(GoString name, GoSlice argv, GoSlice env, GoString dir, GoSlice fds)
{
	SpawnArgs a = { name, dir, argv, env, fds, 0 };
	gort_stack_ensure(GORT_STACK_CLIB, spawn_call, &a);
	return a.r;
}

go_int os__waitpid(go_int pid, go_int *status)
{
	int st = 0;
	pid_t r;
	gort_entersyscall();   /* blocks: the P runs other goroutines meanwhile */
	do
		r = waitpid((pid_t)pid, &st, 0);
	while (r < 0 && errno == EINTR);
	int e = errno;
	gort_exitsyscall();
	if (r < 0)
		return e;
	*status = st;
	return 0;
}

go_int os__kill(go_int pid, go_int sig)
{
	return kill((pid_t)pid, (int)sig) ? errno : 0;
}

/* gc's names: "killed", "interrupt", "terminated" (strsignal, lower case). */
typedef struct { go_int sig; GoString r; } SignameArg;

static void signame_fill(void *arg)
{
	SignameArg *a = arg;
	char buf[64];
	const char *d = strsignal((int)a->sig);
	snprintf(buf, sizeof buf, "%s", d ? d : "unknown signal");
	if (buf[0] >= 'A' && buf[0] <= 'Z')
		buf[0] += 'a' - 'A';
	a->r = copy_cstr(buf);
}

GoString os__signame(go_int sig)
{
	SignameArg a = { sig, { NULL, 0 } };
	gort_stack_ensure(GORT_STACK_CLIB, signame_fill, &a);
	return a.r;
}
