package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"", "abc", "12a", "99999999999999999999", "-99999999999999999999", "1.5", "+7", " 3"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
		if ne, ok := err.(*strconv.NumError); ok {
			fmt.Println("  func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	v, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1.2.3", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
}
