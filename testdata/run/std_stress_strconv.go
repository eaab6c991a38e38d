package main

import (
	"fmt"
	"math"
	"strconv"
)

// Hashes of many conversions: any difference from gc shows up in a hash.

var seed uint64 = 0x9E3779B97F4A7C15

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

func main() {
	fmts := []byte{'e', 'f', 'g', 'b', 'x'}
	var h [6]uint64
	for i := 0; i < 30000; i++ {
		var f float64
		switch i % 3 {
		case 0:
			f = math.Float64frombits(next())
		case 1:
			m := next() % 2000000
			e := next() % 15
			f = float64(m) / math.Pow(10, float64(e))
		default:
			a := next()
			b := next() | 1
			f = float64(int64(a)) / float64(b)
		}
		for k, c := range fmts {
			h[k] = hash(h[k], strconv.FormatFloat(f, c, -1, 64))
			p := int(next() % 20)
			h[k] = hash(h[k], strconv.FormatFloat(f, c, p, 64))
		}
		s := strconv.FormatFloat(f, 'g', -1, 32)
		h[5] = hash(h[5], s)
		p := int(next() % 25)
		g, err := strconv.ParseFloat(strconv.FormatFloat(f, 'e', p, 64), 64)
		h[5] = hash(h[5], fmt.Sprint(math.Float64bits(g), err != nil))
		if i%5000 == 0 {
			fmt.Println(i, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 32), s)
		}
	}
	fmt.Println(h)
	var hi uint64
	for i := 0; i < 20000; i++ {
		x := next()
		sh := next() % 64
		v := int64(x) >> sh
		b := 2 + int(next()%35)
		s := strconv.FormatInt(v, b)
		w, err := strconv.ParseInt(s, b, 64)
		hi = hash(hi, s+fmt.Sprint(w == v, err))
		b0 := byte(next())
		b1 := byte(next())
		b2 := byte(next() % 128)
		q := strconv.Quote(string([]byte{b0, b1, b2, 0xe4, 0xb8, 0x96}))
		u, err := strconv.Unquote(q)
		hi = hash(hi, q+u+fmt.Sprint(err))
	}
	fmt.Println(hi)
}
