package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // ranges over a copy of the array
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr { // a pointer: sees the change
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i, v := range sl { // slices share the backing array
		if i == 0 {
			sl[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty *= 10 // modifies the copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	m := map[string]Item{"x": {"x", 1}}
	it := m["x"]
	it.Qty = 99
	fmt.Println(m["x"].Qty, it.Qty)
	m["x"] = it
	fmt.Println(m["x"].Qty)
	str := "abc"
	for i := range str {
		str = "zzzzzz" // range expression evaluated once
		fmt.Print(i)
	}
	fmt.Println(" ", str)
	n := 3
	for i := 0; i < n; i++ {
		n = 2 // the condition is re-evaluated
		fmt.Print(i)
	}
	fmt.Println()
}
