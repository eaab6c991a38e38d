// os errors and Getwd from goroutines (their C runs with enough stack).
package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := os.Open("/nonexistent/file")
			fmt.Println(err)
			wd, _ := os.Getwd()
			fmt.Println(wd != "")
		}()
		wg.Wait()
	}
}
