// Under GODEBUG=gcstress=1, the parameter p must survive the allocation of new(N):
// locals are stored into their GC frame slots before runtime calls that allocate.
package main

type N struct {
	p *N
	v int
}

func wrap(p *N) *N {
	n := new(N) // p is only in a C local (not spilled) during this allocation
	n.p = p
	return n
}

func main() {
	x := wrap(wrap(&N{v: 7}))
	println(x.p.p.v)
}
