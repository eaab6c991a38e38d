package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	var wg sync.WaitGroup
	c := Counter{n: map[string]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc(fmt.Sprint("k", i%3))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var total int64
	var wg2 sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg2.Add(1)
		go func(v int64) {
			atomic.AddInt64(&total, v)
			wg2.Done()
		}(int64(i))
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&total))

	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(2)
		go func() {
			defer wg3.Done()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
		go func() {
			defer wg3.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg3.Wait()
	fmt.Println(shared)

	var ai atomic.Int32
	ai.Store(5)
	ai.Add(3)
	fmt.Println(ai.Load(), ai.CompareAndSwap(8, 1), ai.Load(), ai.Swap(9))
	var ab atomic.Bool
	ab.Store(true)
	fmt.Println(ab.Load())
	var av atomic.Value
	av.Store("hello")
	fmt.Println(av.Load())

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	m.Delete("a")
	_, ok = m.Load("a")
	fmt.Println(ok)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)

	p := sync.Pool{New: func() any { return new(int) }}
	x := p.Get().(*int)
	*x = 7
	p.Put(x)
	fmt.Println(*p.Get().(*int) >= 0)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	fmt.Println(<-done)
	fmt.Println(mu.TryLock(), mu.TryLock())
}
