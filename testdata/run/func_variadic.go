package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = -1
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	fmt.Println(describe("x"), describe("y", 1, "two", nil))
	args := []interface{}{1, 2}
	fmt.Println(describe("z", args...), describe("w", args))
	modify(s...)
	fmt.Println(s)
	modify(7, 8)
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	f := func(xs ...string) int { return len(xs) }
	fmt.Println(f(), f("a", "b"))
	fmt.Printf("%T\n", f)
}
