package os

import (
	ros "os"
	"syscall"
)

func runtimeArgs() []string             { return append([]string(nil), ros.Args...) }
func runtimeEnviron() []string          { return ros.Environ() }
func setenv(key, value string) int     { ros.Setenv(key, value); return 0 }
func unsetenv(key string)              { ros.Unsetenv(key) }
func exit(code int)                    { ros.Exit(code) }
func write(fd int, b []byte) int {
	n, err := syscall.Write(fd, b)
	if err != nil {
		return -int(err.(syscall.Errno))
	}
	return n
}
func writeString(fd int, s string) int { return write(fd, []byte(s)) }
func read(fd int, b []byte) int {
	n, err := syscall.Read(fd, b)
	if err != nil {
		return -int(err.(syscall.Errno))
	}
	return n
}
func closefd(fd int) int    { syscall.Close(fd); return 0 }
func errstr(e int) string   { return syscall.Errno(e).Error() }
func getpid() int           { return ros.Getpid() }
func hostname() string      { h, _ := ros.Hostname(); return h }

func open(path string, flag int, perm int) int {
	fd, err := syscall.Open(path, flag, uint32(perm))
	if err != nil {
		return -int(err.(syscall.Errno))
	}
	return fd
}
func unlink(path string) int {
	if err := syscall.Unlink(path); err != nil {
		return int(err.(syscall.Errno))
	}
	return 0
}
func rmdir(path string) int {
	if err := syscall.Rmdir(path); err != nil {
		return int(err.(syscall.Errno))
	}
	return 0
}
func mkdir(path string, perm int) int {
	if err := syscall.Mkdir(path, uint32(perm)); err != nil {
		return int(err.(syscall.Errno))
	}
	return 0
}
func getwd() string { d, _ := ros.Getwd(); return d }

func stat(path string, follow bool, out []int64) int {
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(path, &st)
	} else {
		err = syscall.Lstat(path, &st)
	}
	if err != nil {
		return int(err.(syscall.Errno))
	}
	out[0] = int64(st.Mode)
	out[1] = st.Size
	out[2] = st.Mtim.Sec
	out[3] = st.Mtim.Nsec
	return 0
}

var dirNames = map[int][]string{}
var nextDir = 0

func opendir(path string) int {
	f, err := ros.Open(path)
	if err != nil {
		return -int(err.(*ros.PathError).Err.(syscall.Errno))
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	nextDir++
	dirNames[nextDir] = names
	return nextDir
}

func readdir(h int, buf []byte) int {
	if len(dirNames[h]) == 0 {
		return -1
	}
	n := copy(buf, dirNames[h][0])
	dirNames[h] = dirNames[h][1:]
	return n
}

func closedir(h int)                 { delete(dirNames, h) }
func chdir(path string) int          { if ros.Chdir(path) != nil { return 2 }; return 0 }
func rename(from, to string) int     { if ros.Rename(from, to) != nil { return 2 }; return 0 }
