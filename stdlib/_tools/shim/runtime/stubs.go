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
func readMemStats(st []uint64) {
	var m rr.MemStats
	rr.ReadMemStats(&m)
	st[0], st[1], st[2], st[3], st[4] = m.Alloc, m.TotalAlloc, m.Sys, m.Mallocs, m.Frees
	st[5], st[6], st[7], st[8], st[9] = m.HeapAlloc, m.HeapSys, m.HeapIdle, m.HeapInuse, m.HeapReleased
	st[10], st[11], st[12], st[13], st[14] = m.HeapObjects, m.StackInuse, m.StackSys, m.NextGC, m.LastGC
	st[15], st[16], st[17] = m.PauseTotalNs, uint64(m.NumGC), m.PauseNs[(m.NumGC+255)%256]
}
func setFinalizer(obj any, finalizer any) { rr.SetFinalizer(obj, finalizer) }
func keepAlive(x any)                     { rr.KeepAlive(x) }
