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
func unlink(path string) int                    // 0 or errno
func rmdir(path string) int
func mkdir(path string, perm int) int
func getwd() string
func stat(path string, follow bool, out []int64) int // fills mode, size, mtime sec, nsec; 0 or errno
func opendir(path string) int                        // handle or -errno
func readdir(h int, buf []byte) int                  // name length, -1 at the end
func closedir(h int)
func chdir(path string) int
func rename(from, to string) int
