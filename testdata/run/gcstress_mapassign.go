// Under GODEBUG=gcstress=1, the new slice must survive while the map assignment
// grows the map: the value waits in a GC frame slot.
package main

func main() {
	m := map[int][]int{}
	for i := 0; i < 100; i++ {
		m[i] = make([]int, 4) // the new slice is a temporary while mapassign grows the map
		m[i][0] = i
	}
	println(m[99][0])
}
