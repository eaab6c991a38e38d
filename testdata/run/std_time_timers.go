package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	<-time.After(5 * time.Millisecond)
	fmt.Println("after:", time.Since(start) >= 5*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop(), t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("reset fired")

	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(time.Millisecond, func() {
		fmt.Println("afterfunc ran")
		wg.Done()
	})
	wg.Wait()

	done := make(chan bool)
	go func() {
		time.Sleep(3 * time.Millisecond)
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("done first")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case <-done:
		fmt.Println("unexpected")
	case <-time.After(2 * time.Millisecond):
		fmt.Println("timeout second")
	}
}
