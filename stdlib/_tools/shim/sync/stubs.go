package sync

// Real-Go stand-ins: a channel-free busy wait is wrong under preemption,
// so the shim only supports the uncontended paths used by tests.
func semacquire(addr *uint32) {
	for *addr == 0 {
		gosched()
	}
	*addr--
}
func semrelease(addr *uint32) { *addr++ }
func fatal(msg string)         { panic(msg) }
