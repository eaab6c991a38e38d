package main

import "fmt"

type Mat3 [3][3]float64

func (m Mat3) Mul(o Mat3) (r Mat3) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func (m Mat3) Det() float64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func (m *Mat3) Transpose() {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

type Board [8][8]byte

func main() {
	a := Mat3{{1, 2, 3}, {0, 1, 4}, {5, 6, 0}}
	id := Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(a.Mul(id) == a, a.Det())
	b := a
	b.Transpose()
	fmt.Println(a[0], b[0], b.Det())
	fmt.Println(a.Mul(b))
	var board Board
	for i := range board {
		for j := range board[i] {
			if (i+j)%2 == 0 {
				board[i][j] = '#'
			} else {
				board[i][j] = '.'
			}
		}
	}
	board[3][4] = 'Q'
	for _, row := range board[2:5] {
		fmt.Println(string(row[:]))
	}
	grid := [2][3]string{}
	grid[1][2] = "x"
	fmt.Printf("%q %d %d\n", grid, len(grid), len(grid[0]))
}
