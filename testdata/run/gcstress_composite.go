// Under GODEBUG=gcstress=1 (a collection at every allocation), the first slice's
// array must survive while the second composite literal allocates: it waits in a
// GC frame slot.
package main

type T struct{ a, b []int }

func main() {
	t := &T{a: []int{1, 2, 3}, b: []int{4, 5, 6}} // a's array is a temporary while b's is allocated
	println(t.a[0], t.b[0])
}
