// PENDING: under GODEBUG=gcstress=1 gosub run --gc=precise (and testdata/run/gc_stress.go
// without gcstress), the new slice is only in a C temporary while gort_mapassign grows
// the map (compiler: the value of an assignment must be in a GC frame slot across
// the runtime call).
package main

func main() {
	m := map[int][]int{}
	for i := 0; i < 100; i++ {
		m[i] = make([]int, 4) // the new slice is a temporary while mapassign grows the map
		m[i][0] = i
	}
	println(m[99][0])
}
