package sync

// Implemented in C (sync.c) on the runtime's semaphores.

func semacquire(addr *uint32)
func semrelease(addr *uint32)
func fatal(msg string)
