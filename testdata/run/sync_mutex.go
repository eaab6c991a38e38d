// sync.Mutex: mutual exclusion among many goroutines, TryLock, a Mutex
// embedded in a struct and used through sync.Locker.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Account struct {
	sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	defer a.Unlock()
	b := a.balance
	runtime.Gosched() // invite interleaving inside the critical section
	a.balance = b + n
}

func main() {
	var acct Account
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				acct.Deposit(i)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", acct.balance)

	var mu sync.Mutex
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	got := make(chan bool)
	go func() {
		mu.Lock() // blocks until main unlocks
		got <- true
		mu.Unlock()
	}()
	runtime.Gosched()
	mu.Unlock()
	fmt.Println("waiter got the lock:", <-got)

	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("TryLock via Locker held:", mu.TryLock())
	l.Unlock()

	// A lock handed between goroutines in strict alternation.
	var turn sync.Mutex
	ping, pong := make(chan bool), make(chan bool)
	count := 0
	go func() {
		for i := 0; i < 100; i++ {
			<-ping
			turn.Lock()
			count++
			turn.Unlock()
			pong <- true
		}
	}()
	for i := 0; i < 100; i++ {
		ping <- true
		<-pong
	}
	fmt.Println("alternations:", count)
}
