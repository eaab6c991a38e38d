// PENDING: under GODEBUG=gcstress=1 gosub run --gc=precise, p is only in a C local
// during new(N) (compiler: locals and parameters are not spilled to their GC frame
// slots before runtime calls that allocate).
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
