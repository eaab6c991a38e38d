/*
 * This file implements package loading: finding the source files of an
 * import path (in stdlib/ or the program's module), reading and parsing them,
 * and loading their imports, recursively, in a cache keyed by import path.
 *
 * Loading parses only; check_package type-checks.  After loading the main
 * package, package_all() gives every loaded package in dependency order
 * (imports before importers), which is the order of initialisation and of
 * emission.
 */
#include "gosub.h"

#include <stdlib.h>

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

const char *gosub_stdlib_dir;
const char *gosub_module_dir;
const char *gosub_module_path;

static Vec loaded;          /* Package*, in completion order = dependency order */
static Vec loading;         /* import stack, for cycle detection */

Vec *package_all(void) { return &loaded; }

char *
read_file(const char *path, size_t *lenp)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	Buf b = {0};
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_putn(&b, tmp, n);
	fclose(f);
	buf_putc(&b, 0);          /* NUL-terminate for the lexer */
	*lenp = b.n - 1;
	return b.s;
}

/* The C prefix of an import path: unicode/utf8 -> unicode_utf8. */
static const char *
cprefix_of(const char *path)
{
	char *s = xstrdup(path);
	for (char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			*p = '_';
	return s;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Does a file opt out of the build with a //go:build ignore line (or a
 * constraint we cannot satisfy)?  Only the header before `package` counts. */
static bool
build_ignored(const char *src)
{
	const char *p = src;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (strncmp(p, "//go:build ", 11) == 0) {
			const char *e = strchr(p, '\n');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			char *line = xstrndup(p + 11, n - 11);
			/* Accept what this target satisfies; reject the rest. */
			bool ok = !strstr(line, "ignore") && !(strstr(line, "windows") && !strstr(line, "!windows"))
			    && !(strstr(line, "darwin") && !strstr(line, "!darwin"));
			return !ok;
		}
		if (strncmp(p, "//", 2) == 0) {
			p = strchr(p, '\n');
			if (!p)
				break;
			continue;
		}
		break;
	}
	return false;
}

static Package *
new_package(const char *path, const char *dir)
{
	Package *pkg = xmalloc(sizeof *pkg);
	pkg->path = intern(path, strlen(path));
	pkg->dir = dir;
	pkg->cprefix = cprefix_of(path);
	return pkg;
}

static bool load_imports(Package *pkg);

/* Parses the given files into pkg; false after errors. */
static bool
parse_files(Package *pkg, const char **files, int n)
{
	for (int i = 0; i < n; i++) {
		size_t len;
		char *src = read_file(files[i], &len);
		if (!src) {
			fprintf(stderr, "gosub: open %s: %s\n", files[i], strerror(errno));
			nerrors++;
			return false;
		}
		if (pkg->path[0] != 'm' || strcmp(pkg->path, "main") != 0 || n > 1)
			if (build_ignored(src))
				continue;
		SrcFile *sf = xmalloc(sizeof *sf);
		sf->path = files[i];
		sf->file = srcfile_add(files[i]);
		sf->src = src;
		sf->len = len;
		sf->ast = parse_file(sf->file, src, len);
		if (!sf->ast)
			return false;
		if (!pkg->name)
			pkg->name = sf->ast->name;
		else if (strcmp(pkg->name, sf->ast->name) != 0) {
			errorf(sf->ast->pos, "package %s; expected package %s", sf->ast->name, pkg->name);
			return false;
		}
		vec_push(&pkg->files, sf);
	}
	if (pkg->files.n == 0) {
		fprintf(stderr, "gosub: no buildable Go source files in %s\n", pkg->dir);
		nerrors++;
		return false;
	}
	return true;
}

/* Lists dir's buildable .go files (sorted, no _test.go). */
static int
list_go_files(const char *dir, const char ***out)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	Vec names = {0};
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n < 4 || strcmp(e->d_name + n - 3, ".go") != 0 || e->d_name[0] == '.' || e->d_name[0] == '_')
			continue;
		if (n > 8 && strcmp(e->d_name + n - 8, "_test.go") == 0)
			continue;
		vec_push(&names, xsprintf("%s/%s", dir, e->d_name));
	}
	closedir(d);
	qsort(names.v, names.n, sizeof(void *), cmpstr);
	*out = (const char **)names.v;
	return names.n;
}

static bool
isdir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where does an import path live?  Module packages first, then stdlib. */
static const char *
resolve_dir(const char *path)
{
	if (gosub_module_path) {
		size_t n = strlen(gosub_module_path);
		if (strcmp(path, gosub_module_path) == 0)
			return gosub_module_dir;
		if (strncmp(path, gosub_module_path, n) == 0 && path[n] == '/')
			return xsprintf("%s/%s", gosub_module_dir, path + n + 1);
	}
	const char *d = xsprintf("%s/%s", gosub_stdlib_dir, path);
	return isdir(d) ? d : NULL;
}

static Package *
find_loaded(const char *path)
{
	for (int i = 0; i < loaded.n; i++) {
		Package *p = loaded.v[i];
		if (strcmp(p->path, path) == 0)
			return p;
	}
	return NULL;
}

static Package unsafe_pkg;

Package *
package_load(const char *path, Pos pos)
{
	if (strcmp(path, "unsafe") == 0) {
		if (!unsafe_pkg.path) {
			unsafe_pkg.path = "unsafe";
			unsafe_pkg.name = "unsafe";
			unsafe_pkg.cprefix = "unsafe";
			unsafe_pkg.fake = true;
		}
		return &unsafe_pkg;
	}
	Package *p = find_loaded(path);
	if (p)
		return p;
	for (int i = 0; i < loading.n; i++) {
		Package *q = loading.v[i];
		if (strcmp(q->path, path) == 0) {
			errorf(pos, "import cycle not allowed");
			return NULL;
		}
	}
	const char *dir = resolve_dir(path);
	if (!dir) {
		errorf(pos, "package %s is not in std (%s/%s)", path, gosub_stdlib_dir, path);
		return NULL;
	}
	const char **files;
	int n = list_go_files(dir, &files);
	if (n <= 0) {
		errorf(pos, "no Go files in %s", dir);
		return NULL;
	}
	p = new_package(path, dir);
	vec_push(&loading, p);
	bool ok = parse_files(p, files, n) && load_imports(p);
	loading.n--;
	if (!ok)
		return NULL;
	p->order = loaded.n;
	vec_push(&loaded, p);
	return p;
}

/* Loads every package that pkg's files import, into pkg->imports (each once, in
 * first-seen order). */
static bool
load_imports(Package *pkg)
{
	bool ok = true;
	for (int i = 0; i < pkg->files.n; i++) {
		SrcFile *sf = pkg->files.v[i];
		for (int j = 0; j < sf->ast->list.n; j++) {
			Node *decl = sf->ast->list.v[j];
			for (int k = 0; k < decl->list.n; k++) {
				Node *spec = decl->list.v[k];
				if (spec->kind != N_IMPORTSPEC)
					continue;
				Package *imp = package_load(spec->str, spec->pos);
				if (!imp) {
					ok = false;
					continue;
				}
				if (imp->fake)
					continue;
				bool seen = false;
				for (int m = 0; m < pkg->imports.n; m++)
					if (pkg->imports.v[m] == imp)
						seen = true;
				if (!seen)
					vec_push(&pkg->imports, imp);
			}
		}
	}
	return ok;
}

/* Finds go.mod in dir or its parents and records the module. */
static void
find_module(const char *dir)
{
	char *d = realpath(dir, NULL);
	if (!d)
		return;
	for (;;) {
		char *mod = xsprintf("%s/go.mod", d);
		size_t len;
		char *src = read_file(mod, &len);
		if (src) {
			char *m = strstr(src, "module");
			if (m) {
				m += 6;
				while (*m == ' ' || *m == '\t')
					m++;
				char *e = m;
				while (*e && *e != '\n' && *e != '\r' && *e != ' ' && *e != '\t')
					e++;
				if (*m == '"' && e > m + 1 && e[-1] == '"') {
					m++;
					e--;
				}
				gosub_module_path = xstrndup(m, e - m);
				gosub_module_dir = d;
			}
			return;
		}
		char *slash = strrchr(d, '/');
		if (!slash || slash == d)
			return;
		*slash = 0;
	}
}

/* Loads the main package from files or one directory. */
Package *
package_load_files(const char *path, const char **files, int nfiles)
{
	const char *dir;
	if (nfiles == 1 && isdir(files[0])) {
		dir = files[0];
		nfiles = list_go_files(dir, &files);
		if (nfiles <= 0) {
			fprintf(stderr, "gosub: no Go files in %s\n", dir);
			nerrors++;
			return NULL;
		}
	} else {
		const char *slash = strrchr(files[0], '/');
		dir = slash ? xstrndup(files[0], slash - files[0]) : ".";
	}
	find_module(dir);
	Package *p = new_package(path, dir);
	vec_push(&loading, p);
	bool ok = parse_files(p, files, nfiles) && load_imports(p);
	loading.n--;
	if (!ok)
		return NULL;
	p->order = loaded.n;
	vec_push(&loaded, p);
	return p;
}
