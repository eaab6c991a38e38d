// A 3-index slice needs its middle and final indices.

package main

func main() {
	s := []int{1, 2, 3}
	_ = s[0:2:] // ERROR "final index required in 3-index slice"
}
