package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s))
	t := make([]int, 3, 10)
	copy(t, []int{1, 2, 3})
	t = append(t[:1], t...) // overlapping source and destination: copy has memmove semantics
	fmt.Println(t)
	u := []int{1, 2, 3, 4, 5}
	u = append(u[:1], u[2:]...)
	fmt.Println(u, len(u), cap(u))
	v := []byte("hello")
	v = append(v[:2], v[1:]...)
	fmt.Println(string(v))
	w := []string{"a"}
	for i := 0; i < 4; i++ {
		w = append(w, w...)
	}
	fmt.Println(len(w), w[15])
	x := make([]int, 0, 4)
	x = append(x, 1, 2)
	y := append(x, 3)
	z := append(x, 4)
	fmt.Println(y, z, len(x))
	r := []rune("héllo")
	r = append(r[:1], append([]rune("EE"), r[2:]...)...)
	fmt.Println(string(r))
}
