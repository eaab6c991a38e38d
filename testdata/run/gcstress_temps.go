// Under GODEBUG=gcstress=1 (a collection at every allocation): values that wait
// between two allocations of one expression or statement (call arguments,
// operands, literal elements, method values, deferred and go records, range
// temporaries, map iterators) must all be in GC frame slots.
package main

type P struct {
	name string
	next *P
	vals []int
}

func (p *P) String() string { return "P(" + p.name + ")" }

func join(a, b string, c []int) string { return a + "/" + b + itoa(len(c)) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func pair() (*P, string) { return &P{name: "pair"}, "x" + itoa(7) }

var global = map[string]*P{"g": {name: "global", vals: []int{1, 2}}}

func main() {
	// arguments that each allocate
	println(join("a"+itoa(1), "b"+itoa(2), []int{1, 2, 3}))
	// nested literals
	l := &P{name: "l" + itoa(1), next: &P{name: "n" + itoa(2), vals: []int{4, 5}}, vals: make([]int, 3)}
	println(l.name, l.next.name, l.next.vals[1], len(l.vals))
	// interfaces and boxing
	xs := []any{itoa(10), 1000, []int{7}, l, 3.5}
	println(len(xs), xs[0].(string), xs[1].(int), xs[2].([]int)[0], xs[3].(*P).name)
	// method values and closures
	f := l.String
	g := func() string { return f() + l.next.String() }
	println(g())
	// multiple results
	p, s := pair()
	println(p.name, s)
	// maps with pointer values, map iteration
	m := map[string]*P{}
	for i := 0; i < 20; i++ {
		m["k"+itoa(i)] = &P{name: itoa(i * i)}
	}
	n := 0
	for k, v := range m {
		n += len(k) + len(v.name)
	}
	println(len(m), n, global["g"].name, global["g"].vals[1])
	// range over a fresh slice
	total := 0
	for _, q := range []*P{{name: "a"}, {name: "bb"}, {name: "ccc"}} {
		total += len(q.name + itoa(total))
	}
	println(total)
	// strings built in a loop
	str := ""
	for i := 0; i < 30; i++ {
		str += itoa(i % 10)
	}
	println(str)
	// deferred call and goroutine with fresh arguments
	done := make(chan string)
	go func(a *P, b string) { done <- a.name + b }(&P{name: "go"}, itoa(99))
	println(<-done)
	defer println("deferred", itoa(42), (&P{name: "d"}).String())
	// append of values that allocate
	var ps []*P
	for i := 0; i < 10; i++ {
		ps = append(ps, &P{name: itoa(i)}, &P{name: itoa(i + 100)})
	}
	println(len(ps), ps[19].name)
}
