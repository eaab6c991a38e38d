// A backtracking sudoku solver with constraint bitmasks.
package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func parse(s string) (g Grid) {
	s = strings.Join(strings.Fields(s), "")
	for i, c := range s {
		if c >= '1' && c <= '9' {
			g[i/9][i%9] = int(c - '0')
		}
	}
	return
}

type Solver struct {
	g                 Grid
	rows, cols, boxes [9]uint16
	steps             int
}

func NewSolver(g Grid) *Solver {
	s := &Solver{g: g}
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if v := g[r][c]; v != 0 {
				bit := uint16(1) << v
				s.rows[r] |= bit
				s.cols[c] |= bit
				s.boxes[r/3*3+c/3] |= bit
			}
		}
	}
	return s
}

func popcount(x uint16) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func (s *Solver) solve() bool {
	s.steps++
	br, bc, best := -1, -1, 10
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s.g[r][c] != 0 {
				continue
			}
			used := s.rows[r] | s.cols[c] | s.boxes[r/3*3+c/3]
			n := 9 - popcount(used>>1)
			if n < best {
				br, bc, best = r, c, n
			}
		}
	}
	if br < 0 {
		return true
	}
	b := br/3*3 + bc/3
	used := s.rows[br] | s.cols[bc] | s.boxes[b]
	for v := 1; v <= 9; v++ {
		bit := uint16(1) << v
		if used&bit != 0 {
			continue
		}
		s.g[br][bc] = v
		s.rows[br] |= bit
		s.cols[bc] |= bit
		s.boxes[b] |= bit
		if s.solve() {
			return true
		}
		s.g[br][bc] = 0
		s.rows[br] &^= bit
		s.cols[bc] &^= bit
		s.boxes[b] &^= bit
	}
	return false
}

func (g Grid) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			if g[r][c] == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", g[r][c])
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func (g Grid) valid() bool {
	for i := 0; i < 9; i++ {
		var r, c, b [10]bool
		for j := 0; j < 9; j++ {
			rv, cv, bv := g[i][j], g[j][i], g[i/3*3+j/3][i%3*3+j%3]
			if r[rv] || c[cv] || b[bv] || rv == 0 {
				return false
			}
			r[rv], c[cv], b[bv] = true, true, true
		}
	}
	return true
}

func main() {
	puzzles := []string{
		`53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`,
		`8........ ..36..... .7..9.2.. .5...7... ....457.. ...1...3. ..1....68 ..85...1. .9....4..`,
		`12345678. ........9 ......... ......... ......... ......... ......... ......... .........`,
	}
	for _, p := range puzzles {
		g := parse(p)
		s := NewSolver(g)
		if s.solve() {
			fmt.Print(s.g)
			fmt.Println("valid:", s.g.valid(), "steps>0:", s.steps > 0)
		} else {
			fmt.Println("no solution")
		}
	}
}
