// Exhaustive int8/uint8 and sampled int16..int64 arithmetic, checked against wider
// arithmetic and summarised by hashes.
package main

import "fmt"

type hasher uint64

func (h *hasher) add(v uint64) { *h = (*h ^ hasher(v)) * 1099511628211 }

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	var h8 hasher = 14695981039346656037
	bad := 0
	for a := -128; a < 128; a++ {
		for b := -128; b < 128; b++ {
			x, y := int8(a), int8(b)
			if x+y != int8(a+b) || x-y != int8(a-b) || x*y != int8(a*b) {
				bad++
			}
			h8.add(uint64(x&y) | uint64(uint8(x|y))<<8 | uint64(uint8(x^y))<<16 | uint64(uint8(x&^y))<<24)
			s := uint(b) & 15
			h8.add(uint64(uint8(x<<s)) | uint64(uint8(x>>s))<<8)
			if y != 0 {
				q, r := x/y, x%y
				if a != -128 || b != -1 {
					if int(q) != a/b || int(r) != a%b {
						bad++
					}
				}
				h8.add(uint64(uint8(q))<<8 | uint64(uint8(r)))
			}
			ux, uy := uint8(a), uint8(b)
			h8.add(uint64(ux+uy) | uint64(ux-uy)<<8 | uint64(ux*uy)<<16 | uint64(ux<<s)<<24 | uint64(ux>>s)<<32)
			if uy != 0 {
				h8.add(uint64(ux/uy) | uint64(ux%uy)<<8)
			}
			if (x < y) != (a < b) || (ux < uy) != (uint8(a) < uint8(b)) {
				bad++
			}
		}
	}
	fmt.Printf("8-bit: bad=%d hash=%016x\n", bad, uint64(h8))

	var h16, h32, h64 hasher = 1, 2, 3
	for i := 0; i < 200000; i++ {
		r1, r2 := rnd(), rnd()
		a16, b16 := int16(r1), int16(r2)
		h16.add(uint64(uint16(a16 + b16)))
		h16.add(uint64(uint16(a16 * b16)))
		h16.add(uint64(uint16(a16 >> (r2 & 31))))
		if b16 != 0 {
			h16.add(uint64(uint16(a16/b16)) | uint64(uint16(a16%b16))<<16)
		}
		a32, b32 := int32(r1), int32(r2)
		u32, v32 := uint32(r1), uint32(r2)
		h32.add(uint64(uint32(a32*b32)) | uint64(u32*v32)<<32)
		h32.add(uint64(uint32(a32>>(r2&63))) | uint64(u32<<(r1&63))<<32)
		if b32 != 0 {
			h32.add(uint64(uint32(a32/b32)) | uint64(uint32(a32%b32))<<32)
		}
		if v32 != 0 {
			h32.add(uint64(u32/v32) | uint64(u32%v32)<<32)
		}
		a64, b64 := int64(r1), int64(r2)>>(r2&63)
		h64.add(uint64(a64 * b64))
		h64.add(uint64(a64 + b64))
		h64.add(uint64(a64 >> (r2 & 127)))
		h64.add(r1 << (r2 & 127))
		h64.add(r1 >> (r2 & 127))
		if b64 != 0 {
			h64.add(uint64(a64 / b64))
			h64.add(uint64(a64 % b64))
			h64.add(r1 / uint64(b64))
			h64.add(r1 % uint64(b64))
		}
		h64.add(uint64(a64 &^ b64))
	}
	fmt.Printf("16: %016x\n32: %016x\n64: %016x\n", uint64(h16), uint64(h32), uint64(h64))
	for _, d := range []int64{1, -1, 2, 3, 7, -7, 10, 1000, 1 << 32} {
		n := int64(-9223372036854775807) + 12345
		fmt.Print(n/d, " ", n%d, "; ")
	}
	fmt.Println()
}
