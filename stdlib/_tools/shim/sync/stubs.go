package sync

import rs "sync"

// Real-Go stand-ins for the runtime's semaphores: a counter under a real
// mutex and condition variable.
var semMu rs.Mutex
var semCond = rs.NewCond(&semMu)

func semacquire(addr *uint32) {
	semMu.Lock()
	for *addr == 0 {
		semCond.Wait()
	}
	*addr--
	semMu.Unlock()
}

func semrelease(addr *uint32) {
	semMu.Lock()
	*addr++
	semMu.Unlock()
	semCond.Broadcast()
}

func fatal(msg string) { panic(msg) }
