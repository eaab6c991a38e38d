package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	strs := []string{"banana", "apple", "Cherry", "date", ""}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25, 0, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 0))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people, sort.IsSorted(ByAge(people)), sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age > people[j].Age }))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	idx, found := sort.Find(len(strs), func(i int) int {
		if "banana" < strs[i] {
			return -1
		} else if "banana" == strs[i] {
			return 0
		}
		return 1
	})
	fmt.Println(idx, found)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"))
}
