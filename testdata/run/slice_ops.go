package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	s = remove(s, 1)
	fmt.Println(s)
	s = insert(s, 2, 35)
	fmt.Println(s)
	words := []string{"one", "two", "three", "four"}
	reverse(words)
	fmt.Println(words)
	evens := filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, len(evens), cap(evens))
	fmt.Println(sum(), sum(1), sum(s...))
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []string{"a", "b", "c"}
	for len(queue) > 0 {
		fmt.Print(queue[0])
		queue = queue[1:]
	}
	fmt.Println()
}
