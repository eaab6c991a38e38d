package runtime

// Implemented in C (runtime.c) on top of the native runtime.

func gc()
func gosched()
func goexit()
func numGoroutine() int
func numCPU() int
func gomaxprocs(n int) int
func breakpoint()
func heapAlloc() int
func readMemStats(st []uint64)
func setFinalizer(obj any, finalizer any)
func keepAlive(x any)
