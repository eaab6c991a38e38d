package main

import (
	"fmt"
	"strconv"
)

type Num interface{ Value() float64 }
type I int
type F float64

func (i I) Value() float64 { return float64(i) }
func (f F) Value() float64 { return float64(f) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case I, F:
		// x has the interface type of v here
		return fmt.Sprintf("num %T %v", x, x.(Num).Value())
	case int8, int16, int32:
		return fmt.Sprintf("small int %v", x)
	case nil:
		return "nil!"
	case error, fmt.Stringer:
		return fmt.Sprintf("iface %v", x)
	case *int:
		if x == nil {
			return "nil *int"
		}
		return "*int " + strconv.Itoa(*x)
	case [2]int:
		return fmt.Sprint("array sum ", x[0]+x[1])
	case struct{ A int }:
		return fmt.Sprint("anon struct ", x.A)
	}
	return "other"
}

func main() {
	seven := 7
	var nilp *int
	vals := []interface{}{I(3), F(2.5), int8(1), int32(2), nil, fmt.Errorf("e"), nilp, &seven, [2]int{3, 4}, struct{ A int }{9}, "str", 1.5}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var n Num = I(4)
	switch n.(type) {
	case F:
		fmt.Println("F")
	case I:
		fmt.Println("I")
	}
	switch v := n.(type) {
	case interface{ Value() float64 }:
		fmt.Println("has Value", v.Value())
	}
}
