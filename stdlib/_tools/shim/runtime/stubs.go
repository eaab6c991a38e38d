package runtime

import rr "runtime"

func gc()               { rr.GC() }
func gosched()          { rr.Gosched() }
func goexit()           { rr.Goexit() }
func numGoroutine() int { return rr.NumGoroutine() }
func numCPU() int       { return rr.NumCPU() }
func breakpoint()       { rr.Breakpoint() }
func heapAlloc() int    { return 0 }
func gomaxprocs(n int) int { return rr.GOMAXPROCS(n) }
