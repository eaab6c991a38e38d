package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// sync used from a single goroutine (no contention).

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Get(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.m[k]
}

func (s *SafeMap) Set(k string, v int) {
	s.Lock()
	s.m[k] = v
	s.Unlock()
}

func main() {
	sm := &SafeMap{m: map[string]int{}}
	sm.Set("a", 1)
	sm.Set("b", 2)
	fmt.Println(sm.Get("a"), sm.Get("b"), sm.Get("c"))
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("waited")
	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println(calls)
	var n int32
	for i := 0; i < 10; i++ {
		atomic.AddInt32(&n, 2)
	}
	fmt.Println(atomic.LoadInt32(&n))
	fmt.Println(atomic.CompareAndSwapInt32(&n, 20, 0))
	fmt.Println(n)
	fmt.Println(atomic.SwapInt32(&n, 5))
	fmt.Println(n)
	var u atomic.Uint64
	u.Add(10)
	fmt.Println(u.Load())
	var l sync.Locker = &sync.Mutex{}
	l.Lock()
	l.Unlock()
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	sum := 0
	m.Range(func(k, v any) bool {
		sum += v.(int)
		return true
	})
	fmt.Println(sum)
	v, loaded := m.LoadAndDelete(3)
	fmt.Println(v, loaded)
	runtime.GC()
	runtime.Gosched()
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.NumGoroutine())
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println("recovered:", r, isRT)
		var e error = r.(error)
		fmt.Println(e.Error())
	}()
	var arr []int
	idx := 3
	fmt.Println(arr[idx])
}
