package os

import (
	"sort"
	"time"
)

// FileMode bits (the high bits describe the file type, as in io/fs).
const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m.
func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func statPath(op, name string, follow bool) (FileInfo, error) {
	var raw [4]int64
	if e := stat(name, follow, raw[:]); e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: Errno(e)}
	}
	return makeStat(basename(name), raw), nil
}

func makeStat(name string, raw [4]int64) *fileStat {
	st := uint32(raw[0])
	mode := FileMode(st & 0777)
	switch st & 0170000 {
	case 0060000:
		mode |= ModeDevice
	case 0020000:
		mode |= ModeDevice | ModeCharDevice
	case 0040000:
		mode |= ModeDir
	case 0010000:
		mode |= ModeNamedPipe
	case 0120000:
		mode |= ModeSymlink
	case 0140000:
		mode |= ModeSocket
	}
	if st&04000 != 0 {
		mode |= ModeSetuid
	}
	if st&02000 != 0 {
		mode |= ModeSetgid
	}
	if st&01000 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: name, size: raw[1], mode: mode, modTime: time.Unix(raw[2], raw[3])}
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) { return statPath("stat", name, true) }

// Lstat returns a FileInfo describing the named file, not following a final symbolic link.
func Lstat(name string) (FileInfo, error) { return statPath("lstat", name, false) }

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return statPath("stat", f.name, true)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type dirEntry struct {
	dir  string
	name string
	info *fileStat
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.info.mode.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.info.mode.Type() }
func (d *dirEntry) Info() (FileInfo, error)    { return d.info, nil }
func (d *dirEntry) String() string             { return d.info.mode.Type().String() + " " + d.name }

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	names, e := readDirNames(name)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: Errno(e)}
	}
	sort.Strings(names)
	out := make([]DirEntry, 0, len(names))
	for _, n := range names {
		var raw [4]int64
		if stat(name+"/"+n, false, raw[:]) != 0 {
			continue
		}
		out = append(out, &dirEntry{dir: name, name: n, info: makeStat(n, raw)})
	}
	return out, nil
}

func readDirNames(name string) ([]string, int) {
	h := opendir(name)
	if h < 0 {
		return nil, -h
	}
	var names []string
	buf := make([]byte, 512)
	for {
		n := readdir(h, buf)
		if n < 0 {
			break
		}
		s := string(buf[:n])
		if s != "." && s != ".." {
			names = append(names, s)
		}
	}
	closedir(h)
	return names, 0
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or error.
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: Errno(20)} // ENOTDIR
	}
	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path)
	for i > 0 && path[i-1] == '/' { // Skip trailing path separator.
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' { // Scan backward over element.
		j--
	}
	if j > 1 {
		err = MkdirAll(path[:j-1], perm)
		if err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by double-checking that directory doesn't exist.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and any children it contains.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if Remove(path) == nil {
		return nil
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if fi.IsDir() {
		names, _ := readDirNames(path)
		for _, n := range names {
			if err := RemoveAll(path + "/" + n); err != nil {
				return err
			}
		}
	}
	err = Remove(path)
	if err != nil && IsNotExist(err) {
		return nil
	}
	return err
}

// TempDir returns the default directory to use for temporary files.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := chdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: Errno(e)}
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, Errno(e)}
	}
	return nil
}

// LinkError records an error during a link or symlink or rename system call.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }
