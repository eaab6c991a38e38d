package main

import (
	"errors"
	"fmt"
	"math"
)

var errOverflow = errors.New("overflow")
var errSyntax = errors.New("syntax")

func atoi(s string) (int64, error) {
	if s == "" {
		return 0, errSyntax
	}
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
		if s == "" {
			return 0, errSyntax
		}
	}
	var n uint64
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, errSyntax
		}
		d := uint64(c - '0')
		if n > (math.MaxUint64-d)/10 {
			return 0, errOverflow
		}
		n = n*10 + d
	}
	if neg {
		if n > 1<<63 {
			return 0, errOverflow
		}
		return -int64(n), nil
	}
	if n > math.MaxInt64 {
		return 0, errOverflow
	}
	return int64(n), nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	u := uint64(n)
	if n < 0 {
		u = uint64(-n)
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	s := string(buf[i:])
	if n < 0 {
		s = "-" + s
	}
	return s
}

func main() {
	for _, s := range []string{"0", "42", "-17", "+5", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809", "99999999999999999999", "12a", "", "-"} {
		n, err := atoi(s)
		fmt.Printf("%q -> %d %v %q\n", s, n, err, itoa(n))
	}
	fmt.Println(itoa(math.MinInt64), itoa(math.MaxInt64))
}
