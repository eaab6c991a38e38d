// go statements in all their forms: a function, a method on a value and on a
// pointer, a method value, an interface method, a closure, a function value;
// arguments (and the receiver) are evaluated when the go statement runs.
package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu  sync.Mutex
	log []string
	wg  sync.WaitGroup
)

func record(s string) {
	mu.Lock()
	log = append(log, s)
	mu.Unlock()
	wg.Done()
}

func f(x int, s string) { record(fmt.Sprint("f ", x, " ", s)) }

type T struct{ name string }

func (t T) Val(n int)  { record(fmt.Sprint("val ", t.name, " ", n)) }
func (t *T) Ptr(n int) { record(fmt.Sprint("ptr ", t.name, " ", n)) }

type Namer interface{ Val(n int) }

func variadic(prefix string, xs ...int) {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	record(fmt.Sprint(prefix, " ", len(xs), " ", sum))
}

func main() {
	x := 1
	wg.Add(1)
	go f(x, "a")
	x = 2 // the goroutine already has x == 1

	t := T{"t1"}
	wg.Add(2)
	go t.Val(10) // receiver copied now
	go t.Ptr(20)
	wg.Wait()
	t.name = "t2"

	m := t.Val // method value binds a copy of t
	t.name = "t3"
	wg.Add(1)
	go m(30)

	var n Namer = T{"iface"}
	wg.Add(1)
	go n.Val(40)

	y := 5
	wg.Add(1)
	go func() {
		record(fmt.Sprint("closure ", y))
	}()
	wg.Wait()

	wg.Add(1)
	go func(a, b int) {
		record(fmt.Sprint("literal ", a+b))
	}(x, 100)

	fv := func(s string) { record("funcvalue " + s) }
	wg.Add(1)
	go fv("z")

	wg.Add(2)
	go variadic("var", 1, 2, 3)
	go variadic("spread", []int{4, 5}...)

	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) { record(fmt.Sprint("loop ", i)) }(i)
	}
	wg.Wait()

	sort.Strings(log)
	for _, s := range log {
		fmt.Println(s)
	}
}
