// main waits on a WaitGroup that never reaches zero; the goroutine that
// should have called Done has returned.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	done := make(chan bool)
	go func() {
		wg.Done()
		done <- true
	}()
	<-done
	fmt.Println("one Done of two")
	wg.Wait()
}
