// sync.Once: the function runs once even with many concurrent callers, and
// every caller returns only after it has finished; a panicking function
// counts as done.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	time.Sleep(5 * time.Millisecond) // callers arriving meanwhile must wait
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			results <- config["mode"] // never nil: Do returned after load
		}()
	}
	wg.Wait()
	close(results)
	n := 0
	for r := range results {
		if r == "fast" {
			n++
		}
	}
	fmt.Println("callers that saw the config:", n)

	var count int
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { count++ })
	}
	fmt.Println("count:", count)

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("first call panics") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("ran after panic:", ran)

	// A Once inside a struct, used by a method.
	type lazy struct {
		once sync.Once
		v    int
	}
	l := &lazy{}
	get := func() int {
		l.once.Do(func() { l.v = 42 })
		return l.v
	}
	fmt.Println(get(), get())
}
