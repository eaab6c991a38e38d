// Functions with frames bigger than a first stack segment (2 KiB), called
// from fresh goroutines: the entry check must not run with the frame
// already below the segment (emit_func.c, "big frames").
package main

import (
	"fmt"
	"strconv"
)

func bigLocal(n int) int {
	var a [1000]int
	for i := range a {
		a[i] = i * n
	}
	return a[999] + a[1]
}

type rec struct {
	buf [600]byte
	n   int
}

func bigStruct(s string) int {
	var r rec
	copy(r.buf[:], s)
	r.n = len(s)
	sum := 0
	for _, b := range r.buf[:r.n] {
		sum += int(b)
	}
	return sum
}

func deep(d int) int {
	if d == 0 {
		return bigLocal(3)
	}
	var pad [64]int
	pad[d%64] = d
	return deep(d-1) + pad[d%64]
}

func main() {
	done := make(chan string)
	for g := 0; g < 40; g++ {
		go func(g int) {
			s := 0
			for i := 0; i < 50; i++ {
				s += bigLocal(i+g) + bigStruct("goroutine "+strconv.Itoa(g))
			}
			s += deep(g)
			// strconv's slow decimal path and long formatting have big frames
			f, _ := strconv.ParseFloat("1.000000000000000000000000000000000000000000000000000000001e-300", 64)
			done <- fmt.Sprintf("%d %.300g %v", s, 1.0/3.0, f)[:40]
		}(g)
	}
	count := map[string]int{}
	for g := 0; g < 40; g++ {
		count[<-done]++
	}
	fmt.Println(len(count), "distinct results from 40 goroutines")
	for g := 0; g < 3; g++ {
		fmt.Println(bigLocal(g), bigStruct("main"), deep(g))
	}
}
