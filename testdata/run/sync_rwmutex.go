// sync.RWMutex: readers share the lock (all of them hold it at the same
// time), a waiting writer turns new readers away, RLocker, TryRLock/TryLock.
// (Many readers and writers contending: sync_rwmutex_mixed.go.)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	const readers = 5
	var inside int32
	var all sync.WaitGroup
	barrier := make(chan bool)
	all.Add(readers)
	for i := 0; i < readers; i++ {
		go func() {
			defer all.Done()
			rw.RLock()
			atomic.AddInt32(&inside, 1)
			<-barrier // every reader waits here holding the read lock
			rw.RUnlock()
		}()
	}
	for atomic.LoadInt32(&inside) < readers {
		runtime.Gosched()
	}
	fmt.Println("readers inside together:", atomic.LoadInt32(&inside))
	fmt.Println("TryLock with readers:", rw.TryLock())
	fmt.Println("TryRLock with readers:", rw.TryRLock())
	rw.RUnlock()
	close(barrier)
	all.Wait()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	rw.Unlock()

	// A waiting writer blocks new readers (no writer starvation).
	rw.RLock()
	wrote := make(chan bool)
	go func() {
		rw.Lock()
		wrote <- true
		rw.Unlock()
	}()
	for rw.TryRLock() { // until the writer is waiting
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("a waiting writer turns new readers away")
	rw.RUnlock()
	fmt.Println("writer got in:", <-wrote)

	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker holds a read lock; TryLock:", rw.TryLock())
	l.Unlock()
	fmt.Println("released; TryLock:", rw.TryLock())
	rw.Unlock()
}
