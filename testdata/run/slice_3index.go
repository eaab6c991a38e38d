package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	b := base[2:5:6]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(base)
	b = append(b, 200)
	fmt.Println(base, b, len(b))
	b[0] = -1
	fmt.Println(base[2], b[0])
	c := base[:0:0]
	c = append(c, 42)
	fmt.Println(base[0], c)
	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	d := base[5:]
	fmt.Println(d[:cap(d)], cap(d))
	e := base[3:3]
	fmt.Println(len(e), cap(e), e[:2])
}
