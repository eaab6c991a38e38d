package main

import "fmt"

type Big struct {
	a, b, c, d, e int64
}

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("int", len(s), cap(s))
			prev = cap(s)
		}
	}
	var b []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Println("byte", len(b), cap(b))
			prev = cap(b)
		}
	}
	var bs []Big
	prev = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, Big{a: int64(i)})
		if cap(bs) != prev {
			fmt.Println("Big", len(bs), cap(bs))
			prev = cap(bs)
		}
	}
	var strs []string
	strs = append(strs, "a", "b", "c", "d", "e")
	fmt.Println(len(strs), cap(strs))
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(y), cap(y))
	z := append(make([]byte, 0, 3), "hello world"...)
	fmt.Println(len(z), cap(z), string(z))
	w := append([]int32{1}, make([]int32, 700)...)
	fmt.Println(len(w), cap(w))
}
