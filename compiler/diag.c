/*
 * diag.c: diagnostics ("file:line:col: message" on stderr, as gc prints them)
 * and the table of source file names that positions refer to.
 */
#include <stdarg.h>
#include <stdlib.h>
#include "gosub.h"

int nerrors;

static Vec srcfiles;   /* const char * paths */

int srcfile_add(const char *path)
{
	vec_push(&srcfiles, (void *)xstrdup(path));
	return srcfiles.n - 1;
}

const char *srcfile_name(int file)
{
	if (file < 0 || file >= srcfiles.n)
		return "<unknown>";
	return VEC_AT(srcfiles, file);
}

void errorf(Pos pos, const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	if (pos.line > 0)
		fprintf(stderr, "%s:%d:%d: ", srcfile_name(pos.file), pos.line, pos.col);
	else if (pos.file >= 0 && pos.file < srcfiles.n)
		fprintf(stderr, "%s: ", srcfile_name(pos.file));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (++nerrors >= 10) {
		/* gc stops after ten errors, naming the position of the last */
		if (pos.line > 0)
			fprintf(stderr, "%s:%d:%d: ", srcfile_name(pos.file), pos.line, pos.col);
		fprintf(stderr, "too many errors\n");
		exit(1);
	}
}

_Noreturn void fatal(const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fprintf(stderr, "gosub: internal error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}
