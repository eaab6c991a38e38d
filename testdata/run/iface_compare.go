package main

import "fmt"

type Key struct{ a, b int }
type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

type PErr struct{ msg string }

func (e *PErr) Error() string { return e.msg }

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println(a == b)
	a, b = 1.0, 1
	fmt.Println(a == b)
	var e1 error = MyErr{"m"}
	var e2 error = MyErr{"m"}
	fmt.Println(e1 == e2)
	p := &PErr{"p"}
	var e3 error = p
	var e4 error = p
	var e5 error = &PErr{"p"}
	fmt.Println(e3 == e4, e3 == e5)
	var x interface{} = 5
	fmt.Println(x == 5, x != 6, x == "5")
	var s fmt.Stringer
	var i interface{} = s
	fmt.Println(i == nil)
	a, b = nil, (*int)(nil)
	fmt.Println(a == b, b == (*int)(nil))
	a = [2]string{"a", "b"}
	fmt.Println(a == [2]string{"a", "b"})
}
