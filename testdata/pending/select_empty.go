// PENDING (compiler): `select {}` is emitted with an unused C temporary, so
// gcc prints "warning: unused variable 'gs_tN' [-Wunused-variable]" into the
// output. The runtime side (deadlock report "[select (no cases)]") is right.
//
// select {} with no other goroutines is a deadlock.
package main

import "fmt"

func main() {
	fmt.Println("before select {}")
	select {}
}
