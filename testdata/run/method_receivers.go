package main

import "fmt"

type Counter struct{ n int }

func (c Counter) ValueInc() int { c.n++; return c.n }
func (c *Counter) PtrInc() int  { c.n++; return c.n }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Set(v int)    { *m = MyInt(v) }

type Strs []string

func (s Strs) Len() int        { return len(s) }
func (s *Strs) Push(v string) { *s = append(*s, v) }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

func main() {
	c := Counter{}
	fmt.Println(c.ValueInc(), c.ValueInc(), c.n)
	fmt.Println(c.PtrInc(), c.PtrInc(), c.n)
	pc := &c
	fmt.Println(pc.ValueInc(), pc.n)
	var m MyInt = 21
	fmt.Println(m.Double())
	m.Set(5)
	fmt.Println(m, m.Double().Double())
	var s Strs
	s.Push("a")
	s.Push("b")
	fmt.Println(s, s.Len())
	inc := Fn(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(10))
	counters := []Counter{{1}, {2}}
	counters[0].PtrInc()
	fmt.Println(counters)
	cm := map[string]*Counter{"x": {10}}
	cm["x"].PtrInc()
	fmt.Println(cm["x"].n)
}
