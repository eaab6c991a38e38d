/*
 * This file implements gosub's command line, which reads as the list of passes:
 *
 *   load (lex + parse every package)  ->  check  ->  emit C  ->  cc  ->  link
 *
 *   gosub build [-o out] [-O0|-O2] [--gc=boehm|precise] [-v] file.go...|dir
 *   gosub run [build flags] file.go... [-- ] [args]
 *   gosub emit file.go...|dir        generated C of the main package on stdout
 *   gosub version
 *   gosub --dump=ast file.go         (also --dump=types after checking)
 */
#include "gosub.h"

#include <stdlib.h>

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define GOSUB_VERSION "0.1.0"

bool driver_init(const char *argv0);
bool driver_build(const char *out, int opt, bool verbose, const char *gc);
void driver_emit(Package *pkg, FILE *out, bool is_main);

int opt_dump_ast, opt_dump_types;

static void
usage(void)
{
	fprintf(stderr,
	    "usage: gosub build [-o out] [-O0|-O2] [--gc=boehm|precise] [-v] file.go...|dir\n"
	    "       gosub run [build flags] file.go... [args]\n"
	    "       gosub emit file.go...|dir\n"
	    "       gosub version\n");
	exit(2);
}

static bool
is_go_input(const char *a)
{
	size_t n = strlen(a);
	struct stat st;
	if (n > 3 && strcmp(a + n - 3, ".go") == 0)
		return true;
	return stat(a, &st) == 0 && S_ISDIR(st.st_mode);
}

typedef struct {
	const char *out;
	int opt;
	bool verbose;
	const char *gc;
	Vec files;
	Vec args;        /* run: program arguments */
} Opts;

/* Parses flags and inputs; for `run`, the first non-.go argument after the
 * inputs starts the program's arguments, as with go run. */
static void
parse_args(int argc, char **argv, Opts *o, bool run)
{
	o->opt = 2;
	o->gc = "precise";
	int i = 0;
	for (; i < argc; i++) {
		char *a = argv[i];
		if (o->files.n > 0 && run && !is_go_input(a))
			break;
		if (strcmp(a, "-o") == 0 && i + 1 < argc)
			o->out = argv[++i];
		else if (strcmp(a, "-O0") == 0)
			o->opt = 0;
		else if (strcmp(a, "-O2") == 0)
			o->opt = 2;
		else if (strcmp(a, "-v") == 0)
			o->verbose = true;
		else if (strncmp(a, "--gc=", 5) == 0) {
			o->gc = a + 5;
			if (strcmp(o->gc, "boehm") != 0 && strcmp(o->gc, "precise") != 0) {
				fprintf(stderr, "gosub: unknown collector %s (supported: precise, boehm)\n", o->gc);
				exit(2);
			}
		} else if (strcmp(a, "--dump=ast") == 0)
			opt_dump_ast = 1;
		else if (strcmp(a, "--dump=types") == 0)
			opt_dump_types = 1;
		else if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (a[0] == '-' && o->files.n == 0)
			usage();
		else
			vec_push(&o->files, a);
	}
	for (; i < argc; i++)
		vec_push(&o->args, argv[i]);
	if (o->files.n == 0)
		usage();
}

/* load + check.  Returns the main package or NULL after errors. */
static Package *
frontend(Opts *o)
{
	Package *pkg = package_load_files("main", (const char **)o->files.v, o->files.n);
	if (!pkg || nerrors)
		return NULL;
	if (opt_dump_ast) {
		for (int i = 0; i < pkg->files.n; i++)
			ast_dump(stdout, ((SrcFile *)pkg->files.v[i])->ast, 0);
		exit(0);
	}
	if (strcmp(pkg->name, "main") != 0) {
		SrcFile *sf = pkg->files.v[0];
		errorf(sf->ast->pos, "package %s is not a main package", pkg->name);
		return NULL;
	}
	universe_init();
	if (!check_package(pkg) || nerrors)
		return NULL;
	return pkg;
}

static int
cmd_build(int argc, char **argv)
{
	Opts o = {0};
	parse_args(argc, argv, &o, false);
	if (!frontend(&o))
		return 1;
	if (!o.out) {
		const char *f = o.files.v[0];
		const char *base = strrchr(f, '/') ? strrchr(f, '/') + 1 : f;
		size_t n = strlen(base);
		o.out = n > 3 && strcmp(base + n - 3, ".go") == 0 ? xstrndup(base, n - 3) : base;
	}
	return driver_build(o.out, o.opt, o.verbose, o.gc) ? 0 : 1;
}

static const char *tmpdir;

static void
cleanup(void)
{
	if (tmpdir) {
		char *cmd[] = { "rm", "-rf", (char *)tmpdir, NULL };
		pid_t p = fork();
		if (p == 0) {
			execvp("rm", cmd);
			_exit(1);
		}
		if (p > 0)
			waitpid(p, NULL, 0);
	}
}

static int
cmd_run(int argc, char **argv)
{
	Opts o = {0};
	parse_args(argc, argv, &o, true);
	if (!frontend(&o))
		return 1;
	char tmpl[] = "/tmp/gosub-run-XXXXXX";
	tmpdir = mkdtemp(tmpl);
	if (!tmpdir) {
		fprintf(stderr, "gosub: mkdtemp: %s\n", strerror(errno));
		return 1;
	}
	tmpdir = xstrdup(tmpdir);
	atexit(cleanup);
	const char *exe = xsprintf("%s/prog", tmpdir);
	if (!driver_build(exe, o.opt, o.verbose, o.gc))
		return 1;
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		char **av = xmalloc(sizeof(char *) * (o.args.n + 2));
		av[0] = (char *)exe;
		for (int i = 0; i < o.args.n; i++)
			av[i + 1] = o.args.v[i];
		execv(exe, av);
		fprintf(stderr, "gosub: exec %s: %s\n", exe, strerror(errno));
		_exit(127);
	}
	/* Like go run: the child owns the terminal's signals. */
	signal(SIGINT, SIG_IGN);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	if (WIFEXITED(st)) {
		int code = WEXITSTATUS(st);
		if (code != 0)
			fprintf(stderr, "exit status %d\n", code);
		return code;
	}
	fprintf(stderr, "signal: %s\n", strsignal(WTERMSIG(st)));
	return 128 + WTERMSIG(st);
}

static int
cmd_emit(int argc, char **argv)
{
	Opts o = {0};
	parse_args(argc, argv, &o, false);
	Package *pkg = frontend(&o);
	if (!pkg)
		return 1;
	driver_emit(pkg, stdout, true);
	return nerrors ? 1 : 0;
}

int
main(int argc, char **argv)
{
	if (argc < 2)
		usage();
	if (!driver_init(argv[0]))
		return 2;
	const char *cmd = argv[1];
	if (strcmp(cmd, "build") == 0)
		return cmd_build(argc - 2, argv + 2);
	if (strcmp(cmd, "run") == 0)
		return cmd_run(argc - 2, argv + 2);
	if (strcmp(cmd, "emit") == 0)
		return cmd_emit(argc - 2, argv + 2);
	if (strcmp(cmd, "version") == 0) {
		printf("gosub version %s (Go 1.22 subset) linux/amd64\n", GOSUB_VERSION);
		return 0;
	}
	if (strncmp(cmd, "--dump=", 7) == 0) {
		Opts o = {0};
		parse_args(argc - 1, argv + 1, &o, false);
		return frontend(&o) ? 0 : 1;
	}
	usage();
}
