package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(-9223372036854775808, 36))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(35, 36))
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendUint(nil, 7, 8)))
	for _, s := range []string{"0", "42", "-42", "+7", "0x1f", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "abc", "", "1_000", "12a"} {
		i, err := strconv.Atoi(s)
		fmt.Println("Atoi", s, i, err)
	}
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"0x1F", 0, 64}, {"0b1011", 0, 8}, {"0o777", 0, 16}, {"0777", 0, 64}, {"1_000_000", 0, 64},
		{"zz", 36, 64}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"ff", 16, 32}, {"1__0", 0, 64}, {"7", 1, 64}, {"7", 10, 65},
	}
	for _, c := range cases {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println("ParseInt", c.s, c.base, c.bits, i, err)
		u, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println("ParseUint", c.s, c.base, c.bits, u, err)
	}
	for _, s := range []string{"true", "FALSE", "t", "0", "yes", "True"} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), string(strconv.AppendBool([]byte("b:"), false)))
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrRange)
	}
	_, err = strconv.Atoi("x")
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrSyntax)
	fmt.Println(strconv.IntSize)
}
