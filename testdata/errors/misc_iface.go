// Interface satisfaction and type assertion errors.

package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

func main() {
	var s Shape = Square{2} // ERROR "Square does not implement Shape \(missing (method Perimeter|Perimeter method)\)"
	var t Shape = Circle{1} // ERROR "Circle does not implement Shape \((method Area has pointer receiver|Area method has pointer receiver)\)"
	n := 3
	_ = n.(int) // ERROR "n \(variable of type int\) is not an interface"
	var u Shape = &Circle{1}
	_ = u.(Square) // ERROR "impossible type assertion"
	fmt.Println(s, t)
}
