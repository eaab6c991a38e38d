// PENDING: under GODEBUG=gcstress=1 gosub run --gc=precise, the first slice's array
// is only in a C temporary while the second composite literal allocates (compiler:
// call/allocation results live across another allocation need GC frame slots).
package main

type T struct{ a, b []int }

func main() {
	t := &T{a: []int{1, 2, 3}, b: []int{4, 5, 6}} // a's array is a temporary while b's is allocated
	println(t.a[0], t.b[0])
}
