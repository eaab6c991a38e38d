// sync.RWMutex with readers and writers contending (a writer never overlaps a
// reader: no torn reads), plus everything sync_rwmutex.go checks.
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

	// Writers and readers: a reader never sees a half-done update.
	var data [2]int
	var bad int32
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				data[0]++
				runtime.Gosched()
				data[1]++
				rw.Unlock()
			}
		}()
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				if data[0] != data[1] {
					atomic.AddInt32(&bad, 1)
				}
				rw.RUnlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println("data:", data, "torn reads:", bad)

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
