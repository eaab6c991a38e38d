// Goroutines on several threads convert the same types to interfaces for the
// first time at once: the runtime's itab cache must stay consistent.
package main

import (
	"fmt"
	"sync"
)

type Namer interface{ Name() string }
type Sizer interface{ Size() int }
type Both interface {
	Namer
	Sizer
}

type T0 struct{}
type T1 struct{}
type T2 struct{}
type T3 struct{}
type T4 struct{}
type T5 struct{}
type T6 struct{}
type T7 struct{}

func (T0) Name() string { return "t0" }
func (T1) Name() string { return "t1" }
func (T2) Name() string { return "t2" }
func (T3) Name() string { return "t3" }
func (T4) Name() string { return "t4" }
func (T5) Name() string { return "t5" }
func (T6) Name() string { return "t6" }
func (T7) Name() string { return "t7" }
func (T0) Size() int    { return 0 }
func (T2) Size() int    { return 2 }
func (T4) Size() int    { return 4 }
func (T6) Size() int    { return 6 }

func main() {
	vals := []any{T0{}, T1{}, T2{}, T3{}, T4{}, T5{}, T6{}, T7{}, 1, "s", 2.5}
	var wg sync.WaitGroup
	var mu sync.Mutex
	names, sizes, both := 0, 0, 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			n, s, b := 0, 0, 0
			for r := 0; r < 200; r++ {
				for i := range vals {
					v := vals[(i+g+r)%len(vals)]
					if x, ok := v.(Namer); ok && x.Name() != "" {
						n++
					}
					if x, ok := v.(Sizer); ok {
						s += x.Size()
					}
					if _, ok := v.(Both); ok {
						b++
					}
				}
			}
			mu.Lock()
			names, sizes, both = names+n, sizes+s, both+b
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println(names, sizes, both)
}
