// Matrix operations: multiply, transpose, determinant, Gaussian elimination, power.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	r := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			r[i][j] = s
		}
	}
	return r
}

func (a Matrix) T() Matrix {
	r := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			r[j][i] = a[i][j]
		}
	}
	return r
}

func (a Matrix) Det() float64 {
	n := len(a)
	m := New(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if m[p][c] == 0 {
			return 0
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			det = -det
		}
		det *= m[c][c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	return det
}

func Solve(a Matrix, b []float64) []float64 {
	n := len(a)
	m := New(n, n+1)
	for i := range a {
		copy(m[i], a[i])
		m[i][n] = b[i]
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[p], m[c] = m[c], m[p]
		for r := 0; r < n; r++ {
			if r != c {
				f := m[r][c] / m[c][c]
				for k := c; k <= n; k++ {
					m[r][k] -= f * m[c][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = m[i][n] / m[i][i]
	}
	return x
}

func (a Matrix) Pow(e int) Matrix {
	r := Identity(len(a))
	b := a
	for e > 0 {
		if e&1 == 1 {
			r = r.Mul(b)
		}
		b = b.Mul(b)
		e >>= 1
	}
	return r
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.T())
	sq := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Printf("det = %.6f\n", sq.Det())
	x := Solve(sq, []float64{1, 0, 1})
	fmt.Printf("x = %.6f\n", x)
	fmt.Print(sq.Mul(Matrix{{x[0]}, {x[1]}, {x[2]}}))
	fib := Matrix{{1, 1}, {1, 0}}
	fmt.Printf("fib(50) = %.0f\n", fib.Pow(50)[0][1])
	h := New(5, 5)
	for i := range h {
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("hilbert det = %.6e\n", h.Det())
	fmt.Print(Identity(3).Mul(sq).T())
}
