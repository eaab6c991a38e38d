// A NaN inside an interface (or in a struct or array inside one) is not
// equal to itself: interface equality does not compare data pointers
// first.  Map keys holding NaN never match, so each insert adds a key.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i interface{} = math.NaN()
	j := i
	fmt.Println(i == i, i == j, i != j)
	type S struct{ f float64 }
	var k interface{} = S{math.NaN()}
	fmt.Println(k == k)
	a := [1]interface{}{math.NaN()}
	fmt.Println(a == a)
	var e error
	var f fmt.Stringer
	fmt.Println(e == nil, f == nil, interface{}(1) == interface{}(1))

	m := map[interface{}]int{}
	m[i] = 1
	m[i] = 2
	fmt.Println(len(m))
	type K struct{ f float64 }
	m2 := map[K]int{}
	kk := K{math.NaN()}
	m2[kk] = 1
	m2[kk] = 2
	fmt.Println(len(m2))
	m3 := map[[2]interface{}]int{}
	arr := [2]interface{}{1, i}
	m3[arr]++
	m3[arr]++
	fmt.Println(len(m3))
}
