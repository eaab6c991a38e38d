package os

// Implemented in C (os.c).

func runtimeArgs() []string
func runtimeEnviron() []string
func setenv(key, value string) int
func unsetenv(key string)
func exit(code int)
func write(fd int, b []byte) int // bytes written or -errno
func writeString(fd int, s string) int
func read(fd int, b []byte) int
func closefd(fd int) int
func errstr(e int) string
func getpid() int
func hostname() string
func open(path string, flag int, perm int) int // fd or -errno
func unlink(path string) int                   // 0 or errno
func rmdir(path string) int
func mkdir(path string, perm int) int
func getwd() string
func stat(path string, follow bool, out []int64) int // fills mode, size, mtime sec, nsec; 0 or errno
func opendir(path string) int                        // handle or -errno
func readdir(h int, buf []byte) int                  // name length, -1 at the end
func closedir(h int)
func chdir(path string) int
func rename(from, to string) int
func lseek(fd int, off int64, whence int) int64 // new offset or -errno
func pread(fd int, b []byte, off int64) int     // bytes or -errno
func pwrite(fd int, b []byte, off int64) int
func fsync(fd int) int // 0 or errno
func ftruncate(fd int, size int64) int
func pipe(fds []int) int                                               // 0 or errno; fds[0] read end, fds[1] write end
func executable() string                                               // "" if unknown
func spawn(name string, argv, env []string, dir string, fds []int) int // pid or -errno
func waitpid(pid int, status *int) int                                 // 0 or errno
func kill(pid int, sig int) int                                        // 0 or errno
func signame(sig int) string
