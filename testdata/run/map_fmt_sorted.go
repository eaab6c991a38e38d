package main

import "fmt"

type Color int

func main() {
	fmt.Println(map[string]int{"zebra": 1, "apple": 2, "mango": 3, "Banana": 4})
	fmt.Println(map[int]string{10: "ten", -5: "minus five", 3: "three", 0: "zero"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 100: true})
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"b": {2}, "a": {1, 1}}, map[string]int{"y": 2, "x": 1}, map[string]int{"y": 2, "x": 1})
	fmt.Println(map[Color]int{3: 3, 1: 1, 2: 2})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	type P struct{ A, B int }
	fmt.Println(map[P]int{{2, 1}: 3, {1, 2}: 2, {1, 1}: 1})
	nested := map[string]map[string]int{"outer2": {"b": 2, "a": 1}, "outer1": {"z": 26}}
	fmt.Println(nested)
	fmt.Println(map[string]int{}, map[string]int(nil))
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(map[uint8]int{255: 1, 0: 2, 128: 3})
}
