// Large array and struct values that live only in C temporaries count
// toward a function's stack need: a range over an array value copies it,
// a large result or argument is passed in the caller's frame.  On a
// goroutine's small first segment these overflowed before.  A large *p
// converted to an interface is boxed from *p after the nil check, not
// copied through the stack (nilptr2.go).
package main

import "fmt"

var big [1 << 17]int

type S struct{ a [1 << 16]int }

type Big struct {
	n int
	x [8 << 20]byte
}

func get(k int) S {
	var s S
	s.a[5] = k
	return s
}

func pass(s S) int { return s.a[5] + s.a[6] }

func sum() int {
	t := 0
	for _, v := range big {
		t += v
	}
	return t
}

var sink interface{}

func use(x interface{}) { sink = x }

func main() {
	big[3] = 4
	done := make(chan int)
	go func() {
		done <- sum() + get(5).a[5]
	}()
	go func() {
		done <- pass(get(7)) * 100
	}()
	a, b := <-done, <-done
	fmt.Println(a + b)

	var x interface{} = get(9)
	fmt.Println(x.(S).a[5])

	p := &Big{n: 1}
	use(*p)
	p.n = 2
	fmt.Println(sink.(Big).n, p.n)

	var np *Big
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		use(*np)
	}()
	go func() {
		defer func() { fmt.Println("recovered in goroutine:", recover() != nil); done <- 0 }()
		var e fmt.Stringer = *(*bigStringer)(nil)
		fmt.Println(e)
	}()
	<-done
}

type bigStringer struct{ b [4096]byte }

func (bigStringer) String() string { return "big" }
