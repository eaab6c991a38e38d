// PENDING (compiler): a select whose only case is `default` is emitted with an
// unused C temporary (gcc: "warning: unused variable 'gs_tN'"), which lands in
// the program's output.
//
// A select with only a default case runs the default.
package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		select {
		default:
			fmt.Println("lone default", i)
		}
	}
}
