package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	j := 10
	for j > 7 {
		j--
	}
	fmt.Println(j)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var n int
	for n = 1; n < 100; n *= 3 {
	}
	fmt.Println(n)
	arr := [4]string{"a", "b", "c", "d"}
	for i := range arr {
		fmt.Print(i)
	}
	for _, v := range arr {
		fmt.Print(v)
	}
	for i, v := range &arr {
		fmt.Print(i, v)
	}
	fmt.Println()
	m := map[int]int{1: 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	var idx int
	var val string
	for idx, val = range []string{"x", "y"} {
	}
	fmt.Println(idx, val)
	cnt := 0
	for range [5]struct{}{} {
		cnt++
	}
	fmt.Println(cnt)
	s := []int{1, 2, 3}
	for i := range s {
		s = s[:2]
		_ = i
		cnt++
	}
	fmt.Println(cnt, s)
	for i := 0; i < 3; {
		i++
		fmt.Print(i)
	}
	fmt.Println()
	for i := 5; i > 0; i -= 2 {
		fmt.Print(i)
	}
	fmt.Println()
	for x := range (func() []int { fmt.Println("range expr evaluated once"); return []int{7, 8} })() {
		fmt.Print(x)
	}
	fmt.Println()
}
