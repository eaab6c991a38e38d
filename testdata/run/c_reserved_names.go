// Go names that are macros or reserved words in C: capitals with an
// underscore (stdint.h's SIZE_MAX, INT64_MAX, INT8_C) and _X or __x names
// (C11's _Alignof, _Generic) as fields, parameters, locals and methods.
package main

import "fmt"

type INT8_MAX struct{ v int }

type Limits struct {
	SIZE_MAX int
	INT8_MAX
	_Atomic bool
}

func (l Limits) UINT16_MAX() int { return l.SIZE_MAX * 2 }

func clamp(v, UINT8_MAX int) int {
	if v > UINT8_MAX {
		return UINT8_MAX
	}
	return v
}

func main() {
	INT64_MAX := 7
	_Alignof := 2
	_Generic, __x := 3, 4
	INT8_C := func(x int) int { return x + 1 }
	NULL := "null"
	l := Limits{SIZE_MAX: 10, INT8_MAX: INT8_MAX{5}, _Atomic: true}
	fmt.Println(l.SIZE_MAX, clamp(300, 255), INT64_MAX, _Alignof, _Generic, __x, INT8_C(1), NULL)
	fmt.Printf("%+v %d %d\n", l, l.v, l.UINT16_MAX())
	var s fmt.Stringer = name{"EOF_X"}
	fmt.Println(s)
}

type name struct{ PTRDIFF_MIN string }

func (n name) String() string { return n.PTRDIFF_MIN }
