package main

// Chains of string + compile to one concatenation: operands are still
// evaluated left to right, parentheses and named string types work, and
// operands stay alive while later ones allocate.

import (
	"fmt"
	"runtime"
	"strings"
)

type Name string

var trace []string

func f(s string) string {
	trace = append(trace, s)
	return s
}

func big(n int) string {
	runtime.GC()
	return strings.Repeat("x", n)
}

func main() {
	a, b := "a", "b"
	s := f("1") + f("2") + (f("3") + f("4")) + f("5")
	fmt.Println(s, trace)
	fmt.Println(a + "-" + b + "-" + a + b)
	fmt.Println("" + a + "" + "" + b + "")
	fmt.Println("" + "" + a + "")
	e := ""
	fmt.Println(len(e+e+e), e+e+e == "")
	var n Name = "n"
	m := n + "+" + n + Name(a)
	fmt.Printf("%T %v\n", m, m)
	const c = "c"
	fmt.Println(c + c + a + c + c)
	for i := 0; i < 3; i++ {
		t := strings.Repeat("y", i) + big(1000) + strings.Repeat("z", i) + big(3)
		fmt.Println(len(t), t[:i+1], t[len(t)-i-4:])
	}
	x := []string{"p", "q"}
	fmt.Println(x[0] + x[1] + x[0] + fmt.Sprint(len(x)) + x[1])
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprint(i) + "," + a + ";")
	}
	r := sb.String()
	sb.WriteString("more")
	fmt.Println(r, sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(r, sb.String())
}
