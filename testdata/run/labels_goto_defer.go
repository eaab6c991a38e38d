package main

import "fmt"

func retry(attempts int) (result string) {
	n := 0
	defer func() { result += fmt.Sprintf(" after %d tries", n) }()
again:
	n++
	if n < attempts {
		goto again
	}
	return "done"
}

func scan(grid [][]rune) (int, int, bool) {
	for y, row := range grid {
		for x, c := range row {
			switch c {
			case '#':
				continue
			case 'X':
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	fmt.Println(retry(4))
	fmt.Println(scan([][]rune{[]rune("..#"), []rune("#.X")}))
	i := 0
loop:
	for {
		switch {
		case i > 5:
			break loop
		case i%2 == 0:
			i += 3
			continue loop
		}
		i++
	}
	fmt.Println(i)
	count := 0
outer:
	for a := 0; a < 5; a++ {
		for b := 0; b < 5; b++ {
			for c := 0; c < 5; c++ {
				if a+b+c == 6 {
					count++
					continue outer
				}
			}
		}
	}
	fmt.Println(count)
	{
		goto inner
	inner:
		fmt.Println("jumped within block")
	}
}
