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

go_int net__sockname(go_int fd, go_bool peer, GoSlice ip, GoSlice out)
{
	struct sockaddr_storage ss;
	socklen_t n = sizeof ss;
	memset(&ss, 0, sizeof ss);
	int r = peer ? getpeername((int)fd, (struct sockaddr *)&ss, &n)
	             : getsockname((int)fd, (struct sockaddr *)&ss, &n);
	if (r)
		return -errno;
	from_sockaddr(&ss, ip, out);
	return 0;
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

go_int net__accept(void *pd, go_int fd)
{
	go_int r = gort_poll_acquire(pd, 'r');
	if (r)
		return pollerr(r);
	for (;;) {
		uint32_t seq = gort_poll_seq(pd, 'r');
		int nfd = accept4((int)fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (nfd >= 0) {
			r = nfd;
			break;
		}
		if (errno == EINTR || errno == ECONNABORTED)
			continue;
		if (errno == EAGAIN) {
			go_int w = gort_poll_wait(pd, 'r', seq);
			if (w == 0)
				continue;
			r = pollerr(w);
			break;
		}
		r = -errno;
		break;
	}
	gort_poll_release(pd);
	return r;
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

/* One read: bytes (0 at end of stream) or an error. */
go_int net__read(void *pd, go_int fd, GoSlice b)
{
	go_int r = gort_poll_acquire(pd, b.len ? 'r' : 0);
	if (r)
		return pollerr(r);
	for (;;) {
		uint32_t seq = gort_poll_seq(pd, 'r');
		ssize_t n = read((int)fd, b.ptr, (size_t)b.len);
		if (n >= 0) {
			r = n;
			break;
		}
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN) {
			go_int w = gort_poll_wait(pd, 'r', seq);
			if (w == 0)
				continue;
			r = pollerr(w);
			break;
		}
		r = -errno;
		break;
	}
	gort_poll_release(pd);
	return r;
}

/* Writes all of b: the byte count, or after an error -(written << 20 | code)
 * with code the positive errno or poll error (< 2^20). */
go_int net__write(void *pd, go_int fd, GoSlice b)
{
	go_int r = gort_poll_acquire(pd, 'w');
	go_int off = 0;
	if (r)
		return pollerr(r);
	r = 0;
	/* at least one send: an empty datagram is a datagram */
	for (;;) {
		uint32_t seq = gort_poll_seq(pd, 'w');
		ssize_t n = send((int)fd, (char *)b.ptr + off, (size_t)(b.len - off), MSG_NOSIGNAL);
		if (n >= 0) {
			off += n;
			if (off >= b.len)
				break;
			continue;
		}
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN) {
			go_int w = gort_poll_wait(pd, 'w', seq);
			if (w == 0)
				continue;
			r = pollerr(w);
			break;
		}
		r = -errno;
		break;
	}
	gort_poll_release(pd);
	return r ? -(off << 20 | -r) : off;
}

go_int net__recvfrom(void *pd, go_int fd, GoSlice b, GoSlice ip, GoSlice out)
{
	go_int r = gort_poll_acquire(pd, 'r');
	if (r)
		return pollerr(r);
	for (;;) {
		uint32_t seq = gort_poll_seq(pd, 'r');
		struct sockaddr_storage ss;
		socklen_t len = sizeof ss;
		memset(&ss, 0, sizeof ss);
		ssize_t n = recvfrom((int)fd, b.ptr, (size_t)b.len, 0, (struct sockaddr *)&ss, &len);
		if (n >= 0) {
			from_sockaddr(&ss, ip, out);
			r = n;
			break;
		}
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN) {
			go_int w = gort_poll_wait(pd, 'r', seq);
			if (w == 0)
				continue;
			r = pollerr(w);
			break;
		}
		r = -errno;
		break;
	}
	gort_poll_release(pd);
	return r;
}

/* family 0: the connected peer (send). */
go_int net__sendto(void *pd, go_int fd, GoSlice b, go_int family, GoSlice ip, go_int port, go_int scope)
{
	struct sockaddr_storage ss;
	socklen_t len = family ? to_sockaddr(&ss, family, ip, port, scope) : 0;
	go_int r = gort_poll_acquire(pd, 'w');
	if (r)
		return pollerr(r);
	for (;;) {
		uint32_t seq = gort_poll_seq(pd, 'w');
		ssize_t n = sendto((int)fd, b.ptr, (size_t)b.len, MSG_NOSIGNAL,
		                   family ? (struct sockaddr *)&ss : NULL, len);
		if (n >= 0) {
			r = n;
			break;
		}
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN) {
			go_int w = gort_poll_wait(pd, 'w', seq);
			if (w == 0)
				continue;
			r = pollerr(w);
			break;
		}
		r = -errno;
		break;
	}
	gort_poll_release(pd);
	return r;
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
