package os

import (
	"errors"
	"io"
)

var errNegativeOffset = errors.New("negative offset")
var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

func (f *File) checkOp(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Seek sets the offset for the next Read or Write: relative to the origin
// (io.SeekStart), the current offset (io.SeekCurrent) or the end
// (io.SeekEnd).  It returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkOp("seek"); err != nil {
		return 0, err
	}
	r := lseek(f.fd, offset, whence)
	if r < 0 {
		return 0, f.wrapErr("seek", int(-r))
	}
	return r, nil
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error
// (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkOp("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m := pread(f.fd, b, off)
		if m < 0 {
			err = f.wrapErr("read", -m)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, err
}

// WriteAt writes len(b) bytes at offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkOp("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errNegativeOffset}
	}
	for len(b) > 0 {
		m := pwrite(f.fd, b, off)
		if m < 0 {
			err = f.wrapErr("write", -m)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, err
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkOp("sync"); err != nil {
		return err
	}
	if e := fsync(f.fd); e != 0 {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkOp("truncate"); err != nil {
		return err
	}
	if e := ftruncate(f.fd, size); e != 0 {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Pipe returns a connected pair of Files; reads from r return bytes
// written to w.  A Read that blocks hands its P to other goroutines.
func Pipe() (r *File, w *File, err error) {
	fds := make([]int, 2)
	if e := pipe(fds); e != 0 {
		return nil, nil, NewSyscallError("pipe2", Errno(e))
	}
	return NewFile(uintptr(fds[0]), "|0"), NewFile(uintptr(fds[1]), "|1"), nil
}
