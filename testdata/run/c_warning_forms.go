// Go forms whose straightforward C draws warnings (gosub's C must have
// none): an empty tagged switch (unused temporary), var _, _ = f() at
// package level, x == x (self-comparison), ^x of a small unsigned type
// compared with a constant (promoted complement).  From bug128.go,
// bug264.go, issue15175.go and issue9604.go.
package main

import (
	"fmt"
	"math"
)

var calls int

func two() (int, int) {
	calls++
	return 1, 2
}

var _, _ = two()

type P struct{ x int }

func main() {
	switch tag := 0; tag {
	}
	switch calls {
	}
	fmt.Println("calls", calls)

	a, b := 3, true
	p := &P{1}
	var q *P
	f := math.NaN()
	fmt.Println(a == a, a != a, a < a, a <= a, a > a, a >= a)
	fmt.Println(b == b, b != b, p == p, q != q, f == f, f != f)

	var x uint16 = 0xffff
	var y uint16 = 0xfffe
	var z uint8 = 0xf0
	fmt.Println(^x != 0, ^y != 1, ^z == 0x0f, ^x == 0, ^uint8(z+15) == 0)
	var s int8 = -1
	fmt.Println(^s == 0, ^s != 0)
}
