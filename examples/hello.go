// hello.go: the example that README's first command compiles and runs.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Rect{W: 2, H: 0.5}}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d: %-6s area %6.2f\n", i, s.Name(), s.Area())
		total += s.Area()
	}
	counts := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		counts[w]++
	}
	fmt.Println("total area:", total)
	fmt.Println("word counts:", counts)
}
