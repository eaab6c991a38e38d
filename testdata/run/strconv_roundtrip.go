package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int64{0, 1, -1, 42, -9223372036854775808, 9223372036854775807} {
		s := strconv.FormatInt(n, 10)
		back, err := strconv.ParseInt(s, 10, 64)
		fmt.Println(s, back == n, err, strconv.FormatInt(n, 16), strconv.FormatInt(n, 2), strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.Itoa(-123), strconv.FormatUint(18446744073709551615, 10))
	i, err := strconv.Atoi("  12")
	fmt.Println(i, err)
	i, err = strconv.Atoi("-0042")
	fmt.Println(i, err)
	for _, f := range []float64{0, 1.5, -2.25, 0.1, 1.0 / 3, 1e21, 1e-7, 123456789.125} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f, err, strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(f, 'e', 2, 64), strconv.FormatFloat(f, 'f', -1, 32))
	}
	for _, s := range []string{"3.14", "-0", "1e10", "inf", "-Inf", "NaN", ".5", "1_000.5", "0x1p4", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err, strconv.FormatBool(false))
	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(u, err)
	n, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0b101", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(n, err)
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	uq, err = strconv.Unquote("`raw\\n`")
	fmt.Println(uq, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -5, 10)), string(strconv.AppendQuote(nil, "q")))
}
