package main

import "fmt"

func main() {
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	for _, row := range grid {
		fmt.Println(len(row), row)
	}
	tri := [][]string{{"a"}, {"b", "c"}, {}}
	tri[2] = append(tri[2], "d", "e")
	fmt.Println(tri, len(tri[2]))
	var jag [][]int
	for i := 0; i < 3; i++ {
		jag = append(jag, []int{i, i * i})
	}
	jag[1][0] = 99
	fmt.Println(jag)
	flat := []int{1, 2, 3, 4, 5, 6}
	rows := [][]int{flat[0:2], flat[2:4], flat[4:6]}
	rows[1][1] = 0
	fmt.Println(flat, rows)
	cube := [][][]byte{{{'a', 'b'}}, {{'c'}, {'d', 'e'}}}
	fmt.Println(len(cube), len(cube[1]), string(cube[1][1]))
}
