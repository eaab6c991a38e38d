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
