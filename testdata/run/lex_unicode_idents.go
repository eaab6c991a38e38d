package main

import "fmt"

type Größe struct {
	Breite, Höhe int
}

func (g Größe) Fläche() int { return g.Breite * g.Höhe }

var π = 3.14159
var 世界 = "world"

func main() {
	δ := 0.5
	g := Größe{Breite: 3, Höhe: 4}
	fmt.Println(π, δ, 世界, g.Fläche())
	fmt.Printf("%+v %T\n", g, g)
	_x, x_, ǅ := 1, 2, 3
	fmt.Println(_x, x_, ǅ)
	var αβγ []string = []string{"α", "β", "γ"}
	for i, v := range αβγ {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
