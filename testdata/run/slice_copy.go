package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println(n, src)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	big := make([]int, 10)
	n = copy(big, []int{9, 8})
	fmt.Println(n, big)
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src, clone)
}
