package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	m[1.0] = 4
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	vals := []int{}
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(nans, vals)
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	fmt.Println(len(im))
}
