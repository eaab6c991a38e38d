// Package os provides a platform-independent interface to operating system
// functionality (gosub standard library: process arguments, environment,
// exit, and the standard files).
package os

import (
	"errors"
	"io"
	"io/fs"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = runtimeArgs()
}

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int) {
	exit(code)
}

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	appendMode bool // opened with O_APPEND (WriteAt refuses)
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// ErrInvalid indicates an invalid argument.
var ErrInvalid = fs.ErrInvalid

// ErrClosed is returned for operations on a closed file.
var ErrClosed = fs.ErrClosed

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// Errno is an operating system error number.
type Errno int

func (e Errno) Error() string { return errstr(int(e)) }

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) wrapErr(op string, e int) error {
	return &PathError{Op: op, Path: f.name, Err: Errno(e)}
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	for n < len(b) {
		m := write(f.fd, b[n:])
		if m < 0 {
			return n, f.wrapErr("write", -m)
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	for n < len(s) {
		m := writeString(f.fd, s[n:])
		if m < 0 {
			return n, f.wrapErr("write", -m)
		}
		n += m
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File. At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	m := read(f.fd, b)
	if m < 0 {
		return 0, f.wrapErr("read", -m)
	}
	if m == 0 {
		return 0, io.EOF
	}
	return m, nil
}

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	e := closefd(f.fd)
	f.fd = -1
	if e != 0 {
		return f.wrapErr("close", e)
	}
	return nil
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool) {
	env := runtimeEnviron()
	for _, kv := range env {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	env := runtimeEnviron()
	out := make([]string, len(env))
	copy(out, env)
	return out
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{"setenv", Errno(22)}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &SyscallError{"setenv", Errno(22)}
		}
	}
	if e := setenv(key, value); e != 0 {
		return &SyscallError{"setenv", Errno(e)}
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Getpid returns the process id of the caller.
func Getpid() int { return getpid() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	return hostname(), nil
}

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Timeout reports whether the error says an operation timed out.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Timeout reports whether the errno is a timeout (EAGAIN, ETIMEDOUT).
func (e Errno) Timeout() bool {
	return e == 11 || e == 110
}

// Temporary reports whether a retry may succeed (EINTR, EMFILE, ENFILE,
// ECONNRESET, ECONNABORTED, or a timeout).
func (e Errno) Temporary() bool {
	return e == 4 || e == 24 || e == 23 || e == 104 || e == 103 || e.Timeout()
}

// deadlineExceededError is ErrDeadlineExceeded: "i/o timeout", a timeout.
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// ErrDeadlineExceeded is returned for an I/O call whose deadline passed.
var ErrDeadlineExceeded error = &deadlineExceededError{}

// ErrNoDeadline is returned for setting a deadline on a file that does not
// support one.
var ErrNoDeadline = errors.New("file type does not support deadline")
