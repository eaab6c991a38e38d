// sync.Map: Load, Store, LoadOrStore, LoadAndDelete, Delete, Range, used
// concurrently; output sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(g*100+i, g)
			}
		}(g)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += k.(int)
		return true
	})
	fmt.Println("entries:", n, "key sum:", sum)

	// LoadOrStore from many goroutines: exactly one stores.
	var stored int32
	var mu sync.Mutex
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			if _, loaded := m.LoadOrStore("winner", g); !loaded {
				mu.Lock()
				stored++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("stores that won:", stored)

	v, ok := m.Load(5)
	fmt.Println(v, ok)
	v, ok = m.Load("missing")
	fmt.Println(v, ok)
	v, loaded := m.LoadAndDelete(5)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete(5)
	fmt.Println(v, loaded)
	m.Delete(6)
	m.Delete("never there")
	act, loaded := m.LoadOrStore(7, "new")
	fmt.Println(act, loaded)

	// Range stops when f returns false.
	seen := 0
	m.Range(func(k, v any) bool {
		seen++
		return seen < 3
	})
	fmt.Println("stopped after", seen)

	var s sync.Map
	for _, w := range []string{"pear", "apple", "fig"} {
		s.Store(w, len(w))
	}
	var keys []string
	s.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}
