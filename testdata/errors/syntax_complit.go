// A composite literal element list broken by a newline without a comma.

package main

func main() {
	x := []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = x
}
