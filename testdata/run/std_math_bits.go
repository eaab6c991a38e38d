package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 0xff, 0x8000000000000000, 0xdeadbeefcafebabe, 1<<64 - 1, 12345678}
	for _, v := range vals {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v),
			bits.RotateLeft64(v, 7), bits.RotateLeft64(v, -3), bits.Reverse64(v), bits.ReverseBytes64(v))
		fmt.Println("  ", bits.LeadingZeros32(uint32(v)), bits.TrailingZeros16(uint16(v)), bits.OnesCount8(uint8(v)), bits.Len16(uint16(v)), bits.RotateLeft8(uint8(v), 3), bits.Reverse8(uint8(v)), bits.ReverseBytes16(uint16(v)))
	}
	hi, lo := bits.Mul64(0xdeadbeefcafebabe, 0x123456789abcdef0)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(1, 2, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.Rem64(5, 7, 3))
	h32, l32 := bits.Mul32(0xffffffff, 0xffffffff)
	fmt.Println(h32, l32, bits.UintSize)
	fmt.Println(bits.Len(255), bits.OnesCount(7), bits.TrailingZeros(8), bits.LeadingZeros(1))
}
