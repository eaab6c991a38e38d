package main

import "fmt"

func main() {
	a, b, c := 6, 3, 2
	fmt.Println(a+b*c, (a+b)*c, a-b-c, a/b/c, a%b*c, a<<1+b, a<<(1+b))
	fmt.Println(a&b|c, a&(b|c), a^b&c, a|b^c, a&^b|c, ^a&b, -a%b, -(a % b))
	fmt.Println((a > b) == (b > c), a+b > c*4 && c < b || a == 0, !(a < b) != (b < c))
	x := 5
	x += x * 2
	x -= 3 << 1
	x *= -x
	x /= 3
	x %= 7
	x <<= 2
	x >>= 1
	x &= 0xFE
	x |= 1
	x ^= 0x10
	x &^= 2
	fmt.Println(x)
	var u uint8 = 0x0F
	fmt.Println(^u, -u, u<<4>>4, u>>1<<1, +u)
	p := &a
	fmt.Println(*p**p, *p/ *p, -*p)
	f := 7.0
	fmt.Println(f/2*3, f-2-1, -f*-1)
	s := "x"
	s += "y" + "z"
	fmt.Println(s, s+s == "xyzxyz")
	t := true
	fmt.Println(!t || t && !t, !!t)
}
