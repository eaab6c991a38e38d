// Unlocking an unlocked mutex is a fatal error that recover cannot catch.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered (must not happen):", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked")
	mu.Unlock()
}
