// Pointer types that point to themselves (type N *N) and cycles of named
// pointer types (type A *B; type B *A): chains built from them count like
// Peano numbers, survive collections, and work as map keys and in
// interfaces.
package main

import (
	"fmt"
	"runtime"
)

type N *N

type A *B
type B *A

func succ(n N) N {
	p := new(N)
	*p = n
	return p
}

func count(n N) int {
	c := 0
	for n != nil {
		n = *n
		c++
	}
	return c
}

func num(k int) N {
	var n N
	for i := 0; i < k; i++ {
		n = succ(n)
	}
	return n
}

func add(x, y N) N {
	for y != nil {
		x, y = succ(x), *y
	}
	return x
}

func main() {
	three := num(3)
	runtime.GC()
	fmt.Println(count(three), count(add(three, num(4))), count(**three))

	seen := map[N]string{}
	for n := three; n != nil; n = *n {
		seen[n] = fmt.Sprint(count(n))
	}
	fmt.Println(len(seen), seen[three], seen[*three], seen[**three])

	var a A = new(B)
	*a = new(A)
	**a = nil
	var b B = *a
	fmt.Println(a != nil, b != nil, *b == nil)

	var i interface{} = three
	m, ok := i.(N)
	fmt.Printf("%T %v %d\n", i, ok, count(m))

	big := num(100000)
	runtime.GC()
	fmt.Println(count(big))
}
