// N-queens: count all solutions for N = 1..9 and print the first board for N = 8.
package main

import (
	"fmt"
	"strings"
)

type Solver struct {
	n                int
	cols, d1, d2     []bool
	pos              []int
	count            int
	first            []int
}

func (s *Solver) place(row int) {
	if row == s.n {
		s.count++
		if s.first == nil {
			s.first = append([]int(nil), s.pos...)
		}
		return
	}
	for c := 0; c < s.n; c++ {
		if s.cols[c] || s.d1[row+c] || s.d2[row-c+s.n-1] {
			continue
		}
		s.cols[c], s.d1[row+c], s.d2[row-c+s.n-1] = true, true, true
		s.pos[row] = c
		s.place(row + 1)
		s.cols[c], s.d1[row+c], s.d2[row-c+s.n-1] = false, false, false
	}
}

func solve(n int) *Solver {
	s := &Solver{n: n, cols: make([]bool, n), d1: make([]bool, 2*n), d2: make([]bool, 2*n), pos: make([]int, n)}
	s.place(0)
	return s
}

func bitCount(n int) int {
	all := 1<<n - 1
	var rec func(cols, l, r int) int
	rec = func(cols, l, r int) int {
		if cols == all {
			return 1
		}
		total := 0
		free := all &^ (cols | l | r)
		for free != 0 {
			bit := free & -free
			free ^= bit
			total += rec(cols|bit, (l|bit)<<1&all, (r|bit)>>1)
		}
		return total
	}
	return rec(0, 0, 0)
}

func main() {
	for n := 1; n <= 9; n++ {
		s := solve(n)
		fmt.Printf("N=%d solutions=%d bitwise=%d\n", n, s.count, bitCount(n))
	}
	s := solve(8)
	for _, c := range s.first {
		fmt.Println(strings.Repeat(". ", c) + "Q" + strings.Repeat(" .", 8-c-1))
	}
	fmt.Println(bitCount(10), bitCount(11))
}
