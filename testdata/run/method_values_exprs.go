package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }
func (g *Greeter) SetGreeting(s string)   { g.greeting = s }

type Op int

func (o Op) Apply(a, b int) int {
	switch o {
	case 0:
		return a + b
	case 1:
		return a * b
	}
	return 0
}

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	g := Greeter{"Hello"}
	f := g.Greet
	g.greeting = "Bye"
	fmt.Println(f("Ann"), g.Greet("Ann"))
	pg := &g
	h := pg.Greet
	pg.SetGreeting("Hi")
	fmt.Println(h("Bo"))
	set := pg.SetGreeting
	set("Yo")
	fmt.Println(g.Greet("Cy"))
	fe := Greeter.Greet
	fmt.Println(fe(Greeter{"Hey"}, "Di"))
	fp := (*Greeter).SetGreeting
	fp(&g, "Howdy")
	fmt.Println(g.greeting)
	fpg := (*Greeter).Greet
	fmt.Println(fpg(&g, "Ed"))
	ops := []func(int, int) int{Op(0).Apply, Op(1).Apply}
	for _, op := range ops {
		fmt.Println(op(6, 7))
	}
	fmt.Println(apply(strings.ToUpper, "shout"), apply(g.Greet, "Flo"))
	var greeters []func(string) string
	for _, s := range []string{"A", "B"} {
		gg := Greeter{s}
		greeters = append(greeters, gg.Greet)
	}
	for _, gr := range greeters {
		fmt.Println(gr("x"))
	}
	fmt.Printf("%T\n", fe)
}
