/*
 * This file implements the back half of the driver: turning checked packages
 * into an executable.  Each package becomes <cprefix>.h + <cprefix>.c (+ the C
 * files of a stdlib package), compiled to objects in a cache directory keyed
 * by a hash of everything that determines them, so a rebuild compiles only what
 * changed; then everything is linked with the runtime library.
 *
 * Layout found relative to the gosub executable (build tree and install alike):
 *   <exe dir>/lib/gosub/       or   <exe dir>/../lib/gosub/
 *       libgosubrt_boehm.a   include/gosub_rt.h   stdlib/
 */
#include "gosub.h"

#include <stdlib.h>

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

const char *gosub_libdir;     /* .../lib/gosub */
static const char *cache_dir;
static uint64_t compiler_hash;

/* ---- hashing (FNV-1a, 64 bit) ---- */

static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static uint64_t
hash_file(uint64_t h, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return fnv(h, path, strlen(path));
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		h = fnv(h, buf, n);
	fclose(f);
	return h;
}

static bool
exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

static void
mkdirs(const char *path)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++)
		if (*s == '/') {
			*s = 0;
			mkdir(p, 0777);
			*s = '/';
		}
	mkdir(p, 0777);
}

/* Finds lib/gosub beside the executable; sets the stdlib dir. */
bool
driver_init(const char *argv0)
{
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0) {
		snprintf(exe, sizeof exe, "%s", argv0);
		n = strlen(exe);
	}
	exe[n] = 0;
	char *slash = strrchr(exe, '/');
	const char *dir = slash ? xstrndup(exe, slash - exe) : ".";
	const char *cands[] = { xsprintf("%s/lib/gosub", dir), xsprintf("%s/../lib/gosub", dir) };
	for (int i = 0; i < 2; i++)
		if (exists(xsprintf("%s/include/gosub_rt.h", cands[i]))) {
			gosub_libdir = cands[i];
			break;
		}
	if (!gosub_libdir) {
		fprintf(stderr, "gosub: cannot find lib/gosub (runtime and stdlib) beside %s\n", exe);
		return false;
	}
	gosub_stdlib_dir = xsprintf("%s/stdlib", gosub_libdir);
	compiler_hash = hash_file(0xcbf29ce484222325ULL, exe);
	compiler_hash = hash_file(compiler_hash, xsprintf("%s/include/gosub_rt.h", gosub_libdir));

	const char *c = getenv("GOSUB_CACHE");
	if (c && *c)
		cache_dir = c;
	else if ((c = getenv("XDG_CACHE_HOME")) && *c)
		cache_dir = xsprintf("%s/gosub", c);
	else if ((c = getenv("HOME")) && *c)
		cache_dir = xsprintf("%s/.cache/gosub", c);
	else
		cache_dir = "/tmp/gosub-cache";
	return true;
}

/* ---- running the C compiler ---- */

static const char *
cc_name(void)
{
	const char *cc = getenv("CC");
	return cc && *cc ? cc : "cc";
}

/* What the C compiler is, from its predefined macros, asked once when a
 * package is first compiled: GCC (not clang, which also defines __GNUC__),
 * and whether it targets x86-64. */
static struct { bool known, gcc, x86; } cc_info;

static void
cc_probe(void)
{
	if (cc_info.known)
		return;
	cc_info.known = true;
	char *cmd = xsprintf("%s -dM -E -x c /dev/null 2>/dev/null", cc_name());
	FILE *f = popen(cmd, "r");
	free(cmd);
	if (!f)
		return;
	bool gnuc = false, clang = false, x86 = false;
	char line[256];
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "#define __GNUC__ ", 17) == 0)
			gnuc = true;
		if (strncmp(line, "#define __clang__ ", 18) == 0)
			clang = true;
		if (strncmp(line, "#define __x86_64__ ", 19) == 0)
			x86 = true;
	}
	bool ok = pclose(f) == 0;
	cc_info.gcc = ok && gnuc && !clang;
	cc_info.x86 = ok && x86;
}

static bool cc_is_gcc(void) { cc_probe(); return cc_info.gcc; }
static bool cc_is_x86(void) { cc_probe(); return cc_info.x86; }

/* Runs argv; returns its exit status (or -1). */
int
run_command(char **argv, bool verbose)
{
	if (verbose) {
		for (int i = 0; argv[i]; i++)
			fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
		fprintf(stderr, "\n");
	}
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "gosub: exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + WTERMSIG(st);
}

typedef struct {
	int opt;              /* 0 or 2 */
	bool verbose;
	bool werror;
	const char *gc;       /* "precise" or "boehm": runtime variant libgosubrt_<gc>.a */
} BuildOpts;

static void
push_cflags(Vec *args, BuildOpts *o, Vec *incdirs)
{
	vec_push(args, (void *)cc_name());
	vec_push(args, "-std=gnu11");
	vec_push(args, o->opt ? "-O2" : "-O0");
	vec_push(args, "-g");
	vec_push(args, "-ffp-contract=off");
	vec_push(args, "-fno-math-errno");      /* Go's math never sets errno: sqrt is one instruction */
	vec_push(args, "-fno-strict-aliasing");
	/* Go never turns recursion into a loop: func f() int { return f() + 1 }
	 * must end in gc's "fatal error: stack overflow", not spin forever
	 * (GCC and Clang rewrite it with an accumulator).  Costs about 1%. */
	if (o->opt)
		vec_push(args, "-fno-optimize-sibling-calls");
	/* short loops test a flag before their poll (emit_stmt.c): GCC's -O2
	 * keeps the test in the loop unless it may unswitch */
	if (o->opt && cc_is_gcc())
		vec_push(args, "-funswitch-loops");
	/* Unexported functions are static (emit_func.c).  Inlining one with a
	 * single caller into it regardless of size put nbody's system() into
	 * main, where the spill of the slice it returns (its length a constant
	 * now) and the reload for the next call differ in width: a failed
	 * store-to-load forward on every call, nbody 27% slower. */
	if (o->opt && cc_is_gcc())
		vec_push(args, "-fno-inline-functions-called-once");
	/* Slices, strings and interfaces are structs passed in memory.  With
	 * unaligned 16-byte stores GCC writes such a value as 16 + 8 bytes on
	 * one side of a call and reads it as 8 + 16 on the other: the read
	 * spans two stores, so the store cannot be forwarded and the load
	 * waits for the cache (FormatFloat's chain of calls 30% slower).
	 * Word-sized stores are forwarded to either reading. */
	if (o->opt && cc_is_gcc() && cc_is_x86())
		vec_push(args, "-mtune-ctrl=^sse_unaligned_store_optimal");
	/* Unrolling a loop whose trip count varies and is small (fannkuch's
	 * flips: 1 to 5 swaps) turns its hard-to-predict exit branch into one
	 * jump on the count: fannkuch 2.30 s to 1.98 s.  Long loops poll
	 * without a memory load (GOSUB_POLL_DUE), so they unroll well too. */
	if (o->opt && cc_is_gcc())
		vec_push(args, "-funroll-loops");
	vec_push(args, "-Wall");
	vec_push(args, "-Wextra");
	/* Go code may recurse with panic as the only way out */
	vec_push(args, "-Wno-infinite-recursion");
	/* Go allows comparisons a type's range decides (int8 <= 127) */
	vec_push(args, "-Wno-type-limits");
	if (o->werror)
		vec_push(args, "-Werror");
	vec_push(args, xsprintf("-I%s/include", gosub_libdir));
	for (int i = 0; i < incdirs->n; i++)
		vec_push(args, xsprintf("-iquote%s", (char *)incdirs->v[i]));
}

/* Per-package build state. */
typedef struct {
	uint64_t key;
	const char *dir;       /* cache entry */
	Vec objs;              /* object files */
} PkgBuild;

Vec
stdlib_cfiles(Package *pkg)
{
	Vec v = {0};
	if (strcmp(pkg->path, "main") == 0 && !gosub_module_path)
		return v;
	/* C files live beside the package's Go files (stdlib packages only). */
	if (strncmp(pkg->dir, gosub_stdlib_dir, strlen(gosub_stdlib_dir)) != 0)
		return v;
	DIR *d = opendir(pkg->dir);
	if (!d)
		return v;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n > 2 && strcmp(e->d_name + n - 2, ".c") == 0)
			vec_push(&v, xsprintf("%s/%s", pkg->dir, e->d_name));
	}
	closedir(d);
	return v;
}

static bool
compile_c(BuildOpts *o, const char *src, const char *obj, Vec *incdirs)
{
	Vec args = {0};
	push_cflags(&args, o, incdirs);
	vec_push(&args, "-c");
	vec_push(&args, (void *)src);
	vec_push(&args, "-o");
	vec_push(&args, (void *)obj);
	vec_push(&args, NULL);
	int st = run_command((char **)args.v, o->verbose);
	if (st != 0) {
		fprintf(stderr, "gosub: internal error: C compiler failed on %s (status %d)\n", src, st);
		return false;
	}
	return true;
}

/* Emits one package's C into f (used by `gosub emit`). */
void
driver_emit(Package *pkg, FILE *out, bool is_main)
{
	FILE *h = tmpfile();
	emit_package(pkg, h, out, is_main, package_all());
	fclose(h);
}

/* Emits and compiles one package into the cache entry dir.  The work happens
 * in a private temporary folder renamed into place at the end, so concurrent
 * builds sharing the cache never see a half-written entry. */
static bool
build_package(BuildOpts *o, Package *pkg, bool is_main, Vec *pkgs, const char *dir, Vec *cfiles, Vec *incdirs)
{
	const char *tmp = xsprintf("%s.tmp%ld", dir, (long)getpid());
	mkdirs(tmp);
	const char *hfile = xsprintf("%s/%s.gosub.h", tmp, pkg->cprefix);
	const char *cfile = xsprintf("%s/%s.c", tmp, pkg->cprefix);
	FILE *h = fopen(hfile, "w"), *c = fopen(cfile, "w");
	if (!h || !c) {
		fprintf(stderr, "gosub: cannot write %s: %s\n", tmp, strerror(errno));
		return false;
	}
	emit_package(pkg, h, c, is_main, pkgs);
	fclose(h);
	fclose(c);
	if (nerrors)
		return false;
	Vec inc = *incdirs;
	inc.v = xmalloc(sizeof(void *) * (incdirs->n + 1));
	memcpy(inc.v, incdirs->v, sizeof(void *) * incdirs->n);
	inc.n = inc.cap = incdirs->n;
	vec_push(&inc, (void *)tmp);
	if (!compile_c(o, cfile, xsprintf("%s/%s.o", tmp, pkg->cprefix), &inc))
		return false;
	for (int j = 0; j < cfiles->n; j++)
		if (!compile_c(o, cfiles->v[j], xsprintf("%s/c%d.o", tmp, j), &inc))
			return false;
	if (rename(tmp, dir) != 0) {
		/* Another build finished the same entry first: use theirs. */
		char *rm[] = { "rm", "-rf", (char *)tmp, NULL };
		run_command(rm, false);
	}
	return true;
}

/* Builds every loaded package and links the program at `out`. */
bool
driver_build(const char *out, int opt, bool verbose, const char *gc)
{
	BuildOpts o = { .opt = opt, .verbose = verbose, .gc = gc };
	const char *w = getenv("GOSUB_WERROR");
	o.werror = w && *w && strcmp(w, "0") != 0;
	Vec *pkgs = package_all();
	PkgBuild *pb = xmalloc(sizeof(PkgBuild) * (pkgs->n + 1));
	Vec incdirs = {0};
	for (int i = 0; i < pkgs->n; i++) {
		Package *pkg = pkgs->v[i];
		bool is_main = i == pkgs->n - 1;
		/* Key: compiler, flags, sources, C files, and the keys of its imports. */
		uint64_t k = compiler_hash;
		char flags[128];
		snprintf(flags, sizeof flags, "%s|O%d|%s|%d|%d|%s", cc_name(), opt, gc, is_main, o.werror, pkg->path);
		k = fnv(k, flags, strlen(flags));
		for (int j = 0; j < pkg->files.n; j++) {
			SrcFile *sf = pkg->files.v[j];
			k = fnv(k, sf->path, strlen(sf->path));
			k = fnv(k, sf->src, sf->len);
		}
		Vec cfiles = stdlib_cfiles(pkg);
		for (int j = 0; j < cfiles.n; j++)
			k = hash_file(k, cfiles.v[j]);
		/* Earlier packages include every import (and, for main, every
		 * package whose init it calls): depend on all of them. */
		for (int j = 0; j < i; j++)
			k = fnv(k, &pb[j].key, sizeof pb[j].key);
		pb[i].key = k;
		pb[i].dir = xsprintf("%s/%s-%016llx", cache_dir, pkg->cprefix, (unsigned long long)k);
		const char *ofile = xsprintf("%s/%s.o", pb[i].dir, pkg->cprefix);
		vec_push(&pb[i].objs, (void *)ofile);
		for (int j = 0; j < cfiles.n; j++)
			vec_push(&pb[i].objs, xsprintf("%s/c%d.o", pb[i].dir, j));
		if (!exists(pb[i].dir) && !build_package(&o, pkg, is_main, pkgs, pb[i].dir, &cfiles, &incdirs))
			return false;
		vec_push(&incdirs, (void *)pb[i].dir);
	}
	/* Link. */
	Vec args = {0};
	vec_push(&args, (void *)cc_name());
	vec_push(&args, "-o");
	vec_push(&args, (void *)out);
	for (int i = pkgs->n - 1; i >= 0; i--)
		for (int j = 0; j < pb[i].objs.n; j++)
			vec_push(&args, pb[i].objs.v[j]);
	vec_push(&args, xsprintf("%s/libgosubrt_%s.a", gosub_libdir, gc));
	if (strcmp(gc, "boehm") == 0)
		vec_push(&args, "-lgc");
	vec_push(&args, "-lm");
	vec_push(&args, "-lpthread");
	/* bind libc eagerly: the dynamic linker's first-call fix-up needs more
	 * stack than a goroutine segment's reserve */
	vec_push(&args, "-Wl,-z,now");
	/* like gc's executables: not position-independent, so the program's
	 * data sits low in the address space (nilptr.go relies on it) */
	vec_push(&args, "-no-pie");
	vec_push(&args, NULL);
	int st = run_command((char **)args.v, verbose);
	if (st != 0) {
		fprintf(stderr, "gosub: internal error: link failed (status %d)\n", st);
		return false;
	}
	return true;
}
