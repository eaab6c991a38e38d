package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area())
	var i interface{} = s
	c := i.(fmt.Stringer)
	fmt.Println(c)
}
