package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }

func main() {
	c := Counter{1}
	get := c.Get // receiver copied now
	inc := c.Inc // &c taken now
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	p := &c
	getp := p.Get // *p copied now
	p.n = 100
	fmt.Println(getp(), p.Get())
	var g Getter = c // boxed copy
	c.n = 7
	fmt.Println(g.Get(), c.Get())
	ig := g.Get
	fmt.Println(ig())
	arr := []Counter{{1}, {2}}
	f := arr[0].Inc
	arr[0].n = 50
	f()
	fmt.Println(arr[0].n)
	arr = append(arr, Counter{3}) // may move the backing array; f still points at the old element
	f()
	fmt.Println(len(arr))
	fs := []func(){}
	for i := range arr {
		fs = append(fs, arr[i].Inc)
	}
	for _, h := range fs {
		h()
	}
	fmt.Println(arr[1].n, arr[2].n)
}
