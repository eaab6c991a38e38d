package main

import "fmt"

type Engine struct{ hp int }

func (e *Engine) Power() int { return e.hp }

type Car struct {
	*Engine
	name string
}

func main() {
	c := Car{&Engine{300}, "fast"}
	fmt.Println(c.name, c.Power())
	d := Car{name: "no engine"}
	fmt.Println(d.name)
	fmt.Println(d.Power())
}
