// Arbitrary-precision natural numbers in base 1e9: factorials, Fibonacci, powers.
package main

import (
	"fmt"
	"strings"
)

const base = 1000000000

type Nat []uint32 // little-endian limbs

func FromInt(v uint64) Nat {
	var n Nat
	for v > 0 {
		n = append(n, uint32(v%base))
		v /= base
	}
	return n
}

func (a Nat) Add(b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	r := make(Nat, 0, len(a)+1)
	var carry uint64
	for i := range a {
		s := uint64(a[i]) + carry
		if i < len(b) {
			s += uint64(b[i])
		}
		r = append(r, uint32(s%base))
		carry = s / base
	}
	if carry > 0 {
		r = append(r, uint32(carry))
	}
	return r
}

func (a Nat) Mul(b Nat) Nat {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	t := make([]uint64, len(a)+len(b))
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := t[i+j] + uint64(x)*uint64(y) + carry
			t[i+j] = cur % base
			carry = cur / base
		}
		k := i + len(b)
		for carry > 0 {
			cur := t[k] + carry
			t[k] = cur % base
			carry = cur / base
			k++
		}
	}
	r := make(Nat, len(t))
	for i, v := range t {
		r[i] = uint32(v)
	}
	for len(r) > 0 && r[len(r)-1] == 0 {
		r = r[:len(r)-1]
	}
	return r
}

func (a Nat) String() string {
	if len(a) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", a[i])
	}
	return sb.String()
}

func digitSum(s string) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func main() {
	f := FromInt(1)
	for i := uint64(2); i <= 100; i++ {
		f = f.Mul(FromInt(i))
	}
	s := f.String()
	fmt.Println("100! =", s)
	fmt.Println("digits:", len(s), "digit sum:", digitSum(s), "trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(300) =", a)
	p := FromInt(1)
	two := FromInt(2)
	for i := 0; i < 256; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^256 =", p)
	fmt.Println(FromInt(18446744073709551615).Mul(FromInt(18446744073709551615)))
	fmt.Println(Nat(nil), FromInt(0).Add(FromInt(0)), FromInt(999999999).Add(FromInt(1)))
}
