// Conway's Game of Life on a small torus: a glider and a blinker.
package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 8

type Grid [H][W]bool

func (g *Grid) Set(pattern []string, x0, y0 int) {
	for y, row := range pattern {
		for x, c := range row {
			if c == '#' {
				g[(y0+y)%H][(x0+x)%W] = true
			}
		}
	}
}

func (g Grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbours(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() int {
	n := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	g.Set([]string{".#.", "..#", "###"}, 1, 1)
	g.Set([]string{"###"}, 8, 5)
	fmt.Print(g, "\n")
	seen := map[Grid]int{}
	for gen := 1; gen <= 48; gen++ {
		g = g.Step()
		if gen%12 == 0 {
			fmt.Printf("generation %d, alive %d\n%v\n", gen, g.Alive(), g)
		}
		if prev, ok := seen[g]; ok {
			fmt.Println("cycle: generation", gen, "repeats", prev)
			break
		}
		seen[g] = gen
	}
}
