// Interface satisfaction.

package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

type Bad struct{}

func (Bad) Area() int          { return 0 }
func (Bad) Perimeter() float64 { return 0 }

func main() {
	var s Shape = Square{1} // ERROR "cannot use Square{…} \(value of type Square\) as type Shape in variable declaration:.*Square does not implement Shape \(missing Perimeter method\)"
	s = Circle{1}           // ERROR "Circle does not implement Shape \(Area method has pointer receiver\)"
	s = &Circle{1}
	s = Bad{} // ERROR "Bad does not implement Shape \(wrong type for Area method\)"
	var e error = s // ERROR "Shape does not implement error \(missing Error method\)"
	var i int = s   // ERROR "cannot use s \(variable of type Shape\) as type int in variable declaration"
	_, _ = e, i
}
