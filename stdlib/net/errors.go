package net

import (
	"errors"
	"os"
)

// Error is a network error.
type Error interface {
	error
	Timeout() bool   // the error is due to a timeout
	Temporary() bool // deprecated in Go, kept for its interface
}

type timeout interface{ Timeout() bool }
type temporary interface{ Temporary() bool }

// closedError is ErrClosed: an operation on a closed connection or listener.
type closedError struct{}

func (closedError) Error() string   { return "use of closed network connection" }
func (closedError) Timeout() bool   { return false }
func (closedError) Temporary() bool { return false }

// ErrClosed is the error of an I/O call on a closed network connection, or
// of one that another goroutine's Close interrupted.
var ErrClosed error = closedError{}

// ErrWriteToConnected is WriteTo's error on a connected socket.
var ErrWriteToConnected = errors.New("use of WriteTo with pre-connected connection")

var errMissingAddress = errors.New("missing address")
var errNoSuitableAddress = errors.New("no suitable address found")

// OpError is the error type usually returned by functions in the net
// package: it describes the operation, network type and addresses.
type OpError struct {
	Op     string // "read", "write", "dial", "listen", "accept", "close", "set"
	Net    string // "tcp", "udp6", ...
	Source Addr   // local address, if any
	Addr   Addr   // remote address (or the listener's), if any
	Err    error
}

func (e *OpError) Unwrap() error { return e.Err }

func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
		if e.Addr != nil {
			s += "->" + e.Addr.String()
		}
	} else if e.Addr != nil {
		s += " " + e.Addr.String()
	}
	return s + ": " + e.Err.Error()
}

func (e *OpError) Timeout() bool {
	err := e.Err
	if se, ok := err.(*os.SyscallError); ok {
		err = se.Err
	}
	t, ok := err.(timeout)
	return ok && t.Timeout()
}

func (e *OpError) Temporary() bool {
	if e.Op == "accept" && isConnError(e.Err) {
		return true
	}
	err := e.Err
	if se, ok := err.(*os.SyscallError); ok {
		err = se.Err
	}
	t, ok := err.(temporary)
	return ok && t.Temporary()
}

func isConnError(err error) bool {
	if se, ok := err.(*os.SyscallError); ok {
		err = se.Err
	}
	e, ok := err.(os.Errno)
	return ok && (e == 103 || e == 104) // ECONNABORTED, ECONNRESET
}

// AddrError describes a malformed address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError names a network this package does not know.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// DNSError is a name that could not be resolved (gosub resolves only
// numeric addresses and localhost).
type DNSError struct {
	Err         string
	Name        string
	Server      string
	IsTimeout   bool
	IsTemporary bool
	IsNotFound  bool
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	return s + ": " + e.Err
}

func (e *DNSError) Timeout() bool   { return e.IsTimeout }
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// ParseError is the error type of literal network address parsers.
type ParseError struct {
	Type string
	Text string
}

func (e *ParseError) Error() string   { return "invalid " + e.Type + ": " + e.Text }
func (e *ParseError) Timeout() bool   { return false }
func (e *ParseError) Temporary() bool { return false }

// Error codes of the C half (below every -errno).
const (
	errCodeClosing = -100001
	errCodeTimeout = -100002
)

// codeError turns a C result into the error Go's net package reports:
// ErrClosed, os.ErrDeadlineExceeded, or the system call's errno.
func codeError(call string, r int) error {
	switch r {
	case errCodeClosing:
		return ErrClosed
	case errCodeTimeout:
		return os.ErrDeadlineExceeded
	}
	return os.NewSyscallError(call, os.Errno(-r))
}
