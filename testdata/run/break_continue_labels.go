package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	primes := []int{}
next:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	i := 0
sw:
	switch {
	case i == 0:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break sw
			}
			fmt.Print("k", k, " ")
		}
		fmt.Println("not reached")
	}
	fmt.Println()
	for x := 0; x < 5; x++ {
		switch x {
		case 1:
			continue
		case 3:
			break
		default:
			fmt.Print("x", x, " ")
		}
	}
	fmt.Println()
	count := 0
	for {
		count++
		if count%2 == 0 {
			continue
		}
		if count > 7 {
			break
		}
		fmt.Print(count, " ")
	}
	fmt.Println()
	m := map[string][]int{"a": {1, 2, 3}}
search:
	for _, vs := range m {
		for _, v := range vs {
			if v == 2 {
				fmt.Println("found 2")
				break search
			}
		}
	}
}
