package main

// strconv's fast paths against gc: fixed-precision FormatFloat (halfway
// cases, carries, integer and fraction digits, the range edges), ParseFloat
// of short decimals (exact and inexact, exponents near the exact-power
// limits, float32), Itoa/FormatInt/AppendInt, Atoi and Quote.  Explicit lines
// for hand-picked cases, hashes for many random ones.

import (
	"fmt"
	"math"
	"strconv"
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

var fmts = []byte{'e', 'E', 'f', 'g', 'G'}

func formats(f float64, bits int) string {
	s := ""
	for _, c := range fmts {
		for _, p := range []int{0, 1, 2, 3, 5, 6, 10, 16, 17, 20} {
			s += strconv.FormatFloat(f, c, p, bits) + " "
		}
	}
	return s
}

func main() {
	// Hand-picked values: halves (ties to even), carries through nines,
	// the fast path's range edges (2^-8, 2^10 * 2^53, 2^64) and beyond.
	vals := []float64{
		0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1234.5, 1235.5, 9.5, 99.5, 999.5,
		0.05, 0.15, 0.25, 0.35, 0.45, 1e15, 1e16, 1e17, 123456789012345678, 9.999999,
		0.9999995, 99999.95, 1.0 / 3, 2.0 / 3, 142857.0 / 7, 1e6 / 7, 0.1, 0.2, 0.3,
		1.0 / 256, 1.0 / 512, 1.0 / 1024, 0.00390625, 0.0039, 0.0078125, 0.015625,
		math.Ldexp(1, 62), math.Ldexp(1, 63), math.Ldexp(1, 64), math.Ldexp(1, 65),
		math.Ldexp(0x1FFFFFFFFFFFFF, 10), math.Ldexp(0x1FFFFFFFFFFFFF, 11),
		math.Ldexp(0x1FFFFFFFFFFFFF, -60), math.Ldexp(0x1FFFFFFFFFFFFF, -61),
		math.Ldexp(0x10000000000000, -60), math.Ldexp(1, -8), math.Ldexp(1, -9),
		1e-5, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 1e300, -1e-300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 0.000123456, 65536.5,
	}
	for _, f := range vals {
		fmt.Println(formats(f, 64))
		fmt.Println(formats(f, 32))
	}

	// Random values in and around the fast path's range.
	var h [4]uint64
	for i := 0; i < 40000; i++ {
		var f float64
		switch i % 4 {
		case 0:
			f = math.Ldexp(float64(next()>>11), int(next()%90)-80)
		case 1:
			m := next() % 2000000
			f = float64(m) / math.Pow(10, float64(next()%8))
		case 2:
			f = float64(next()%100000) + float64(next()%8)/8 // exact binary fractions: ties
		default:
			f = math.Float64frombits(next())
		}
		if next()%2 == 0 {
			f = -f
		}
		c := fmts[next()%uint64(len(fmts))]
		p := int(next() % 22)
		h[0] = hash(h[0], strconv.FormatFloat(f, c, p, 64))
		h[1] = hash(h[1], strconv.FormatFloat(f, c, p, 32))
		h[2] = hash(h[2], string(strconv.AppendFloat([]byte("x"), f, c, p, 64)))
	}
	fmt.Printf("format %x %x %x\n", h[0], h[1], h[2])

	// ParseFloat: short decimals, exponents around the exact powers of ten,
	// syntax variants and errors.
	ins := []string{
		"0", "-0", "+0", "1", "-1", "0.5", ".5", "5.", "1e22", "1e23", "9007199254740993",
		"9007199254740992", "123456789012345678901", "1e-22", "1e-23", "4.35e-13", "1e37",
		"12345e30", "1.5e300", "1e400", "-1e400", "1e-400", "0.000001", "142857.1",
		"3.4028235e38", "3.4028236e38", "16777217", "1e10", "1e11", "1_000", "0x1p-2",
		"inf", "-Inf", "nan", "", ".", "e5", "1e", "1e+", "1.2.3", "12a", "+", "1e5x",
		"00000000000000000000000001", "0.0000000000000000000000001", "1E5", "1e+05",
		"99999999999999999999", "18446744073709551615", "18446744073709551616",
	}
	for _, s := range ins {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, math.Float64bits(f), err, math.Float64bits(g), err32)
	}
	var hp uint64
	for i := 0; i < 40000; i++ {
		var s string
		switch i % 3 {
		case 0:
			s = strconv.FormatFloat(float64(next()%10000000)/float64(uint64(1)<<(next()%20)), 'g', int(next()%18), 64)
		case 1:
			s = strconv.Itoa(int(next()%100000000)) + "e" + strconv.Itoa(int(next()%60)-30)
		default:
			s = "0." + strconv.Itoa(int(next()%1000000000000))
		}
		f, err := strconv.ParseFloat(s, 64)
		g, _ := strconv.ParseFloat(s, 32)
		hp = hash(hp, fmt.Sprint(math.Float64bits(f), math.Float64bits(g), err))
	}
	fmt.Printf("parse %x\n", hp)

	// Integers.
	for _, v := range []int64{0, 1, 9, 10, 99, 100, 101, -1, -99, -100, 1 << 62, -1 << 63, 1<<63 - 1} {
		fmt.Println(strconv.FormatInt(v, 10), strconv.FormatInt(v, 2), strconv.FormatInt(v, 36),
			strconv.FormatUint(uint64(v), 10), string(strconv.AppendInt([]byte("a="), v, 10)))
	}
	fmt.Println(strconv.Itoa(5), strconv.Itoa(42), strconv.Itoa(-7), strconv.Itoa(1000000))
	b := strconv.AppendInt(nil, 5, 10)
	fmt.Println(len(b), cap(b))
	b = strconv.AppendInt(make([]byte, 0, 3), 123456, 10)
	fmt.Println(string(b), len(b), cap(b))
	var hi uint64
	for i := 0; i < 40000; i++ {
		v := int64(next()) >> (next() % 64)
		hi = hash(hi, strconv.FormatInt(v, 10)+strconv.FormatInt(v, int(next()%35)+2)+strconv.Itoa(int(v%1000)))
	}
	fmt.Printf("ints %x\n", hi)

	for _, s := range []string{"0", "-0", "+5", "12345", "-9223372036854775808", "9223372036854775807",
		"9223372036854775808", "123456789012345678", "1234567890123456789", "", "-", "+", "12a",
		"1_000", " 1", "007", "-12345678901234567"} {
		v, err := strconv.Atoi(s)
		fmt.Println(v, err)
	}

	for _, s := range []string{"", "k42", "a\"b", "a\\b", "tab\there", "nl\n", "\x00\x7f",
		"héllo", "\u2028", "\xff\xfe", "日本語", "\U0001F600", "\u00a0"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
}
