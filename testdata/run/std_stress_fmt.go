package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func hash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

type P struct {
	A int
	B string
	C []float64
}

func main() {
	verbs := []string{"%v", "%+v", "%#v", "%d", "%x", "%X", "%o", "%b", "%e", "%f", "%g", "%s", "%q", "%c", "%U", "%t", "%8.3f", "%-10v|", "%010d", "%+.2e", "% x", "%#x", "%6.2v", "%.0f", "%#g", "%T"}
	var h uint64
	for i := 0; i < 4000; i++ {
		var arg interface{}
		switch i % 9 {
		case 0:
			arg = int64(next())
		case 1:
			arg = math.Float64frombits(next())
		case 2:
			arg = float64(next()%100000) / 64
		case 3:
			b0 := byte(next())
			b1 := byte(next() % 128)
			arg = string([]byte{b0, b1, 'a'})
		case 4:
			arg = uint8(next())
		case 5:
			a := int(next() % 100)
			b := -int(next() % 100)
			arg = []int{a, b}
		case 6:
			a := int(next() % 50)
			c := float64(next()%9) / 4
			arg = P{a, "s", []float64{c}}
		case 7:
			b := int(next() % 10)
			arg = map[string]int{"b": b, "a": 1}
		default:
			arg = rune(next() % 0x11000)
		}
		for _, v := range verbs {
			s := fmt.Sprintf(v, arg)
			h = hash(h, s)
		}
		if i%500 == 0 {
			fmt.Printf("%v|%+v|%x\n", arg, arg, arg)
		}
	}
	fmt.Println(h)
}
