// An unrecovered panic in a goroutine ends the whole program with that
// goroutine's trace and exit status 2, after the goroutine's deferred calls;
// main's deferred calls do not run.
// Golden made with GOMAXPROCS=1 tools/golden: Go numbers goroutines per P, so
// the number in its trace header is only stable with one P.
package main

import "fmt"

func level2(s []int) int {
	defer fmt.Println("level2's defer runs")
	if len(s) < 3 {
		panic(fmt.Sprintf("boom in goroutine (len %d)", len(s)))
	}
	return s[0]
}

func level1() int {
	return level2([]int{1, 2}) + 1
}

func main() {
	defer fmt.Println("main's defer must not run")
	fmt.Println("main starts")
	block := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's defer runs")
		fmt.Println(level1())
		block <- true
	}()
	<-block
	fmt.Println("not reached")
}
