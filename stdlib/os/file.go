package os

import (
	"io"
	"io/fs"
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const oCloexec = 0x80000

// Portable analogs of some common system call errors.
var (
	ErrNotExist   = fs.ErrNotExist
	ErrExist      = fs.ErrExist
	ErrPermission = fs.ErrPermission
)

// Errno values the error predicates look at.
const (
	ePERM     = 1
	eNOENT    = 2
	eEXIST    = 17
	eACCES    = 13
	eNOTEMPTY = 39
)

// Is makes errors.Is(err, os.ErrNotExist) and friends work on errnos.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	}
	return false
}

func underlyingErrorIs(err, target error) bool {
	if err == target {
		return true
	}
	e, ok := err.(Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// IsNotExist reports whether err says a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(underlyingError(err), ErrNotExist) }

// IsExist reports whether err says a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(underlyingError(err), ErrExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(underlyingError(err), ErrPermission)
}

// FileMode represents a file's mode and permission bits (permission bits only in gosub).
type FileMode uint32

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := open(name, flag|oCloexec, int(perm&0777))
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: Errno(-fd)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			f.Close()
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != 20 { // ENOTDIR: report the unlink error
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: Errno(e)}
}

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, int(perm&0777)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: Errno(e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	return getwd(), nil
}
