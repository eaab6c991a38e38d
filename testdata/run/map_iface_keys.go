package main

import "fmt"

type ID int
type Name string

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ a int }{1}] = "struct"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[ID(1)], m["1"], m[Name("1")], m[1.0], m[true])
	fmt.Println(m[[2]int{1, 1}], m[struct{ a int }{1}])
	_, ok := m[uint(1)]
	fmt.Println(ok)
	m[1] = "int one"
	fmt.Println(m[1], len(m))
	delete(m, ID(1))
	fmt.Println(len(m), m[ID(1)] == "")
	var nilkey interface{}
	m[nilkey] = "nil"
	fmt.Println(m[nil], len(m))
	type E interface{ Error() string }
	em := map[error]int{}
	var e error
	em[e] = 5
	fmt.Println(em[nil])
}
