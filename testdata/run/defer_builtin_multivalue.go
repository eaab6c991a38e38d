// defer and go of a builtin whose arguments are the results of one
// multi-valued call: the call runs at the defer statement, the builtin
// when the deferred calls run.
package main

import "fmt"

var d = make([]int, 3)

func two() ([]int, []int) {
	fmt.Println("two called")
	return d, []int{1, 2, 3, 4}
}

var shared = map[string]int{"a": 1, "b": 2}

func kv() (map[string]int, string) {
	fmt.Println("kv called")
	return shared, "a"
}

func pair() (string, int) { return "pair", 7 }

var bs = make([]byte, 2)

func strs() ([]byte, string) { return bs, "yz!" }

func main() {
	defer func() { fmt.Println("after all:", d, shared) }()
	defer copy(two())
	defer delete(kv())
	defer println(pair())
	done := make(chan bool)
	go func() {
		defer close(done)
		defer copy(strs())
	}()
	<-done
	fmt.Println(string(bs))
	d[0] = 9
	fmt.Println("end of main", d, shared)
}
