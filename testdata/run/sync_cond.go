// sync.Cond: Wait releases the lock and reacquires it; Signal wakes one
// waiter, Broadcast wakes all; a bounded queue built on two conditions.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(3)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= 250; i++ {
				q.Put(i)
			}
		}(p)
	}
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += q.Get()
	}
	wg.Wait()
	fmt.Println("sum:", sum)

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var woke sync.WaitGroup
	for i := 0; i < 5; i++ {
		woke.Add(1)
		go func() {
			defer woke.Done()
			mu.Lock()
			waiting++
			for !ready {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == 5 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	woke.Wait()
	fmt.Println("broadcast woke all")

	// Signal wakes one waiter at a time.
	tokens := 0
	served := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			mu.Lock()
			for tokens == 0 {
				c.Wait()
			}
			tokens--
			mu.Unlock()
			served <- id
		}(i)
	}
	total := 0
	for i := 0; i < 3; i++ {
		mu.Lock()
		tokens++
		c.Signal()
		mu.Unlock()
		total += <-served
	}
	fmt.Println("signal served all three:", total)
	// Signal and Broadcast with no waiters are no-ops.
	c.Signal()
	c.Broadcast()
	fmt.Println("done")
}
