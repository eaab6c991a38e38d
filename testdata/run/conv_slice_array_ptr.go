package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	fmt.Println(s, *p, len(p))
	q := (*[2]int)(s[3:])
	q[1] = 500
	fmt.Println(s)
	z := (*[0]int)(s[:0])
	fmt.Println(z != nil, len(z))
	var nilS []int
	np := (*[0]int)(nilS)
	fmt.Println(np == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = (*[8]int)(s)
	}()
	b := []byte("hello")
	bp := (*[5]byte)(b)
	bp[0] = 'j'
	fmt.Println(string(b))
}
