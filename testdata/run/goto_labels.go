package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func gotoLoop() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
}

func gotoForward(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func main() {
	gotoLoop()
	fmt.Println(gotoForward(-3), gotoForward(0), gotoForward(8))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("retry", n)
		goto retry
	}
	fmt.Println("done after", n)
}
