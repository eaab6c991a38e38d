// Closures capturing pointers, interfaces holding pointers, method values,
// deferred calls and goroutines that hold the only reference to their data
// while parked.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type shape interface{ area() int }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

type counter struct {
	name string
	n    *int
}

func (c counter) bump() string { *c.n++; return c.name + fmt.Sprint(*c.n) }

func makeAdders(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		p := &rect{i, i + 1}
		fs = append(fs, func() int { return p.area() })
	}
	return fs
}

func main() {
	fs := makeAdders(1000)
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	fmt.Println("closures", sum)

	var shapes []shape
	for i := 0; i < 1000; i++ {
		shapes = append(shapes, &rect{i, 2})
	}
	var anys []any
	for i := 0; i < 1000; i++ {
		anys = append(anys, fmt.Sprint(i), i, []int{i, i})
	}
	a := 0
	for _, s := range shapes {
		a += s.area()
	}
	l := 0
	for _, x := range anys {
		switch v := x.(type) {
		case string:
			l += len(v)
		case int:
			l += v
		case []int:
			l += v[1]
		}
	}
	fmt.Println("interfaces", a, l)

	n := 0
	c := counter{"c", &n}
	bumps := make([]func() string, 0)
	for i := 0; i < 100; i++ {
		bumps = append(bumps, c.bump)
	}
	var out []string
	for _, b := range bumps {
		out = append(out, b())
	}
	fmt.Println("methods", out[0], out[99], n)

	// goroutines parked with the only reference to their data
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make(chan string, 100)
	for i := 0; i < 100; i++ {
		data := &rect{i, 3}
		words := []string{fmt.Sprint("g", i), strings.Repeat("y", i%5)}
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			results <- fmt.Sprint(words[0], ":", data.area(), words[1])
		}()
	}
	garbage := 0
	for i := 0; i < 20000; i++ {
		garbage += len(fmt.Sprint(i, "garbage"))
	}
	close(start)
	wg.Wait()
	close(results)
	var rs []string
	for r := range results {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	fmt.Println("goroutines", len(rs), rs[0], rs[99], garbage)

	// values sent on channels are only referenced by the channel
	ch := make(chan *rect, 10)
	go func() {
		for i := 0; i < 1000; i++ {
			ch <- &rect{i, 1}
		}
		close(ch)
	}()
	got := 0
	for r := range ch {
		got += r.area()
		_ = fmt.Sprint(r)
	}
	fmt.Println("channel", got)

	defer func(s []string) { fmt.Println("deferred", len(s), s[len(s)-1]) }(rs)
	for i := 0; i < 1000; i++ {
		_ = strings.Repeat("z", i)
	}
}
