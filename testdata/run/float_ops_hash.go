// Sampled float64/float32 arithmetic and conversions, summarised by hashes of the bits.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type hasher uint64

func (h *hasher) add(v uint64) { *h = (*h ^ hasher(v)) * 1099511628211 }

func main() {
	var h64, h32, hconv hasher = 1, 2, 3
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), 1e-310}
	for i := 0; i < 100000; i++ {
		var a, b float64
		if i < len(specials)*len(specials) {
			a, b = specials[i%len(specials)], specials[i/len(specials)]
		} else {
			a = math.Float64frombits(rnd()&^(0x7FF<<52) | (uint64(1000+rnd()%47) << 52))
			b = float64(int64(rnd())>>(rnd()%64)) / 1024
		}
		for _, r := range []float64{a + b, a - b, a * b, a / b, math.Sqrt(math.Abs(a)), math.Floor(a), math.Trunc(b)} {
			if r != r {
				h64.add(1) // NaN payloads are not portable
			} else {
				h64.add(math.Float64bits(r))
			}
		}
		fa, fb := float32(a), float32(b)
		for _, r := range []float32{fa + fb, fa - fb, fa * fb, fa / fb} {
			if r != r {
				h32.add(1)
			} else {
				h32.add(uint64(math.Float32bits(r)))
			}
		}
		if math.Abs(b) < 9e18 {
			hconv.add(uint64(int64(b)))
			hconv.add(uint64(int32(int64(b))))
		}
		hconv.add(math.Float64bits(float64(int64(rnd()))))
		hconv.add(math.Float64bits(float64(rnd())))
		hconv.add(uint64(math.Float32bits(float32(rnd()))))
		hconv.add(uint64(math.Float32bits(float32(int32(rnd())))))
	}
	fmt.Printf("f64 %016x\nf32 %016x\nconv %016x\n", uint64(h64), uint64(h32), uint64(hconv))
	x := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += x
	}
	fmt.Println(sum, sum == 1, 1-sum)
	fmt.Println(math.Float64bits(0.1*3), math.Float64bits(0.3))
	var f32 float32 = 0.1
	fmt.Println(f32*3, float64(f32*3), float32(float64(f32)*3))
}
