package net

// Implemented in C (net.c).  Results: >= 0 success, -errno, or
// errCodeClosing / errCodeTimeout.  Addresses: ip is a 16-byte buffer
// (4 bytes used for AF_INET); out receives family, port, scope id.

// pollDesc is the runtime's netpoller record of a descriptor, opaque here.
type pollDesc struct{ _ [8]byte }

func socket(family, sotype, proto int) int // non-blocking, close-on-exec
func setsockoptInt(fd, level, opt, v int) int
func bind(fd, family int, ip []byte, port, scope int) int
func listen(fd, backlog int) int
func sockname(fd int, peer bool, ip []byte) int // family<<48 | scope<<16 | port, or -errno
func pollOpen(fd int, err []int) *pollDesc      // nil and err[0] = errno on failure
func pollClose(pd *pollDesc) int                // evicts waiters, closes the fd
func closefd(fd int)                            // a descriptor never registered
func deadline(pd *pollDesc, d int64, set bool, mode int) int
func accept(pd *pollDesc, fd int) int
func connect(pd *pollDesc, fd, family int, ip []byte, port, scope int) int
func read(pd *pollDesc, fd int, b []byte) int
func write(pd *pollDesc, fd int, b []byte) int // n, or -(written<<20 | -code) after an error
func recvfrom(pd *pollDesc, fd int, b []byte, ip []byte, out []int) int
func sendto(pd *pollDesc, fd int, b []byte, family int, ip []byte, port, scope int) int
func shutdown(pd *pollDesc, fd, how int) int
