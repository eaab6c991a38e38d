/* net.c: the C half of package net: socket system calls on non-blocking
 * descriptors, parking on the runtime's netpoller (gort_poll_*) when the
 * kernel says EAGAIN.
 *
 * Results: >= 0 for success, -errno for a system call error, and
 * ERR_CLOSING / ERR_TIMEOUT (below any errno) when the descriptor was
 * closed or its deadline passed.  Addresses cross as a 16-byte buffer
 * (4 bytes used for AF_INET) plus family, port and IPv6 scope id. */
#define _GNU_SOURCE
#include "gosub_rt.h"
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

/* GORT_POLL_CLOSING, GORT_POLL_TIMEOUT -> the Go side's errCodeClosing, errCodeTimeout */
static go_int pollerr(go_int r)
{
	return -100000 - r;
}

go_int net__socket(go_int family, go_int sotype, go_int proto)
{
	int fd = socket((int)family, (int)sotype | SOCK_NONBLOCK | SOCK_CLOEXEC, (int)proto);
	return fd < 0 ? -errno : fd;
}

go_int net__setsockoptInt(go_int fd, go_int level, go_int opt, go_int v)
{
	int iv = (int)v;
	return setsockopt((int)fd, (int)level, (int)opt, &iv, sizeof iv) ? -errno : 0;
}

static socklen_t to_sockaddr(struct sockaddr_storage *ss, go_int family, GoSlice ip, go_int port, go_int scope)
{
	memset(ss, 0, sizeof *ss);
	const unsigned char *b = ip.ptr;
	if (family == AF_INET) {
		struct sockaddr_in *sa = (struct sockaddr_in *)ss;
		sa->sin_family = AF_INET;
		sa->sin_port = htons((uint16_t)port);
		if (ip.len >= 4)
			memcpy(&sa->sin_addr, b + ip.len - 4, 4);
		return sizeof *sa;
	}
	struct sockaddr_in6 *sa = (struct sockaddr_in6 *)ss;
	sa->sin6_family = AF_INET6;
	sa->sin6_port = htons((uint16_t)port);
	sa->sin6_scope_id = (uint32_t)scope;
	if (ip.len == 16)
		memcpy(&sa->sin6_addr, b, 16);
	return sizeof *sa;
}

/* out: family, port, scope id; ip gets 4 or 16 bytes. */
static void from_sockaddr(const struct sockaddr_storage *ss, GoSlice ip, GoSlice out)
{
	go_int *o = out.ptr;
	unsigned char *b = ip.ptr;
	if (ss->ss_family == AF_INET) {
		const struct sockaddr_in *sa = (const struct sockaddr_in *)ss;
		memcpy(b, &sa->sin_addr, 4);
		o[0] = AF_INET;
		o[1] = ntohs(sa->sin_port);
		o[2] = 0;
	} else if (ss->ss_family == AF_INET6) {
		const struct sockaddr_in6 *sa = (const struct sockaddr_in6 *)ss;
		memcpy(b, &sa->sin6_addr, 16);
		o[0] = AF_INET6;
		o[1] = ntohs(sa->sin6_port);
		o[2] = sa->sin6_scope_id;
	} else {
		o[0] = 0;
		o[1] = 0;
		o[2] = 0;
	}
}

go_int net__bind(go_int fd, go_int family, GoSlice ip, go_int port, go_int scope)
{
	struct sockaddr_storage ss;
	socklen_t n = to_sockaddr(&ss, family, ip, port, scope);
	return bind((int)fd, (struct sockaddr *)&ss, n) ? -errno : 0;
}

go_int net__listen(go_int fd, go_int backlog)
{
	return listen((int)fd, (int)backlog) ? -errno : 0;
}

/* The socket's address (or its peer's) into ip; returns family << 48 |
 * scope id << 16 | port (family 0: none), or -errno.  One result instead
 * of an out slice: accept calls it twice per connection. */
go_int net__sockname(go_int fd, go_bool peer, GoSlice ip)
{
	struct sockaddr_storage ss;
	socklen_t n = sizeof ss;
	memset(&ss, 0, sizeof ss);
	int r = peer ? getpeername((int)fd, (struct sockaddr *)&ss, &n)
	             : getsockname((int)fd, (struct sockaddr *)&ss, &n);
	if (r)
		return -errno;
	go_int out[3];
	GoSlice o = { out, 3, 3 };
	from_sockaddr(&ss, ip, o);
	return out[0] << 48 | (go_int)(uint32_t)out[2] << 16 | out[1];
}

void *net__pollOpen(go_int fd, GoSlice errout)
{
	go_int e = 0;
	GoPollDesc *pd = gort_poll_open(fd, &e);
	((go_int *)errout.ptr)[0] = e;
	return pd;
}

go_int net__pollClose(void *pd)
{
	go_int r = gort_poll_close(pd);
	if (r == -GORT_POLL_CLOSING)
		return pollerr(GORT_POLL_CLOSING);
	return -r;
}

void net__closefd(go_int fd)
{
	close((int)fd);
}

go_int net__deadline(void *pd, int64_t d, go_bool set, go_int mode)
{
	go_int r = gort_poll_acquire(pd, 0);
	if (r)
		return pollerr(r);
	gort_poll_deadline(pd, d, set, mode);
	gort_poll_release(pd);
	return 0;
}

/* One system call that may have to wait for the descriptor: op(fd, arg)
 * returns >= 0, or -1 with errno.  EINTR retries; EAGAIN parks the goroutine
 * on the poller until the descriptor is ready (or closed, or past its
 * deadline).  The result: op's, -errno, or a poll error. */
typedef ssize_t (*IoOp)(int fd, void *arg);

static go_int io_wait(void *pd, int mode, go_int fd, IoOp op, void *arg)
{
	for (;;) {
		uint32_t seq = gort_poll_seq(pd, mode);
		ssize_t n = op((int)fd, arg);
		if (n >= 0)
			return n;
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN)
			return -errno;
		go_int w = gort_poll_wait(pd, mode, seq);
		if (w)
			return pollerr(w);
	}
}

/* io_wait between gort_poll_acquire and gort_poll_release */
static go_int io_once(void *pd, int mode, go_int fd, IoOp op, void *arg)
{
	go_int r = gort_poll_acquire(pd, mode);
	if (r)
		return pollerr(r);
	r = io_wait(pd, mode, fd, op, arg);
	gort_poll_release(pd);
	return r;
}

static ssize_t op_accept(int fd, void *arg)
{
	(void)arg;
	int nfd = accept4(fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (nfd < 0 && errno == ECONNABORTED)
		errno = EINTR;   /* the peer gave up: wait for the next one */
	return nfd;
}

go_int net__accept(void *pd, go_int fd)
{
	return io_once(pd, 'r', fd, op_accept, NULL);
}

go_int net__connect(void *pd, go_int fd, go_int family, GoSlice ip, go_int port, go_int scope)
{
	struct sockaddr_storage ss;
	socklen_t n = to_sockaddr(&ss, family, ip, port, scope);
	go_int r = gort_poll_acquire(pd, 'w');
	if (r)
		return pollerr(r);
	int c;
	uint32_t seq = gort_poll_seq(pd, 'w');
	do
		c = connect((int)fd, (struct sockaddr *)&ss, n);
	while (c < 0 && errno == EINTR);
	if (c == 0) {
		r = 0;
	} else if (errno != EINPROGRESS) {
		r = -errno;
	} else {
		/* Writable means connected or failed: SO_ERROR says which. */
		for (;;) {
			go_int w = gort_poll_wait(pd, 'w', seq);
			if (w) {
				r = pollerr(w);
				break;
			}
			int err = 0;
			socklen_t len = sizeof err;
			if (getsockopt((int)fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
				r = -errno;
				break;
			}
			if (err == EINPROGRESS || err == EALREADY || err == EINTR) {
				seq = gort_poll_seq(pd, 'w');
				continue;
			}
			r = -err;
			break;
		}
	}
	gort_poll_release(pd);
	return r;
}

/* One read: bytes (0 at end of stream) or an error.  recv, not read: every
 * descriptor here is a socket, and the kernel's recv path skips the file
 * layer's position lock and access checks that read goes through. */
static ssize_t op_read(int fd, void *arg)
{
	GoSlice *b = arg;
	return recv(fd, b->ptr, (size_t)b->len, 0);
}

go_int net__read(void *pd, go_int fd, GoSlice b)
{
	return io_once(pd, b.len ? 'r' : 0, fd, op_read, &b);
}

typedef struct {
	GoSlice b;
	go_int off;                      /* bytes of b already sent */
	struct sockaddr_storage ss;      /* the peer (sendto, recvfrom) */
	socklen_t sslen;                 /* 0: the connected peer (sendto) */
} Msg;

static ssize_t op_send(int fd, void *arg)
{
	Msg *m = arg;
	return sendto(fd, (char *)m->b.ptr + m->off, (size_t)(m->b.len - m->off), MSG_NOSIGNAL,
	              m->sslen ? (struct sockaddr *)&m->ss : NULL, m->sslen);
}

static ssize_t op_recvfrom(int fd, void *arg)
{
	Msg *m = arg;
	m->sslen = sizeof m->ss;
	memset(&m->ss, 0, sizeof m->ss);
	return recvfrom(fd, m->b.ptr, (size_t)m->b.len, 0, (struct sockaddr *)&m->ss, &m->sslen);
}

/* Writes all of b: the byte count, or after an error -(written << 20 | code)
 * with code the positive errno or poll error (< 2^20). */
go_int net__write(void *pd, go_int fd, GoSlice b)
{
	Msg m = { .b = b };
	go_int r = gort_poll_acquire(pd, 'w');
	if (r)
		return pollerr(r);
	/* at least one send: an empty datagram is a datagram */
	do {
		r = io_wait(pd, 'w', fd, op_send, &m);
		if (r < 0)
			break;
		m.off += r;
		r = 0;
	} while (m.off < b.len);
	gort_poll_release(pd);
	return r ? -(m.off << 20 | -r) : m.off;
}

go_int net__recvfrom(void *pd, go_int fd, GoSlice b, GoSlice ip, GoSlice out)
{
	Msg m = { .b = b };
	go_int r = io_once(pd, 'r', fd, op_recvfrom, &m);
	if (r >= 0)
		from_sockaddr(&m.ss, ip, out);
	return r;
}

/* family 0: the connected peer (send). */
go_int net__sendto(void *pd, go_int fd, GoSlice b, go_int family, GoSlice ip, go_int port, go_int scope)
{
	Msg m = { .b = b };
	if (family)
		m.sslen = to_sockaddr(&m.ss, family, ip, port, scope);
	return io_once(pd, 'w', fd, op_send, &m);
}

go_int net__shutdown(void *pd, go_int fd, go_int how)
{
	go_int r = gort_poll_acquire(pd, 0);
	if (r)
		return pollerr(r);
	r = shutdown((int)fd, (int)how) ? -errno : 0;
	gort_poll_release(pd);
	return r;
}
