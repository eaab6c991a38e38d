// Panics recovered inside goroutines: each goroutine has its own panic and
// defer state, and a recovered goroutine returns normally.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func safe(id int, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("worker %d: %v", id, r)
		}
	}()
	f()
	return nil
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs <- safe(i, func() {
				switch i % 3 {
				case 0:
					var a []int
					_ = a[i]
				case 1:
					panic(errors.New("custom"))
				}
			})
		}(i)
	}
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		if e == nil {
			msgs = append(msgs, "<nil>")
		} else {
			msgs = append(msgs, e.Error())
		}
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
}
