package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1.5)
	fmt.Printf("%c\n", "x")
	fmt.Printf("%e\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra", nil, 2.5)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%[5]d %d\n", 1, 2)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[1]*d\n", "w", 1)
	fmt.Printf("%.*d\n", "p", 1)
	fmt.Printf("%*d\n", 10000000, 1)
	fmt.Printf("%z %Z\n", S{1}, &S{2})
	fmt.Printf("%d\n", S{3})
	fmt.Printf("%s\n", []interface{}{1, "a", nil})
	fmt.Printf("%x\n", struct {
		B []byte
		S string
	}{[]byte("hi"), "yo"})
	fmt.Printf("%p\n", 5)
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%s %v\n", error(nil), []error{nil})
	fmt.Printf("%.3q|%10.3q|\n", "abcdef", "abcdef")
	fmt.Printf("%-010d|%-08.3f|\n", 5, 1.5)
	fmt.Printf("%w\n", fmt.Errorf("e"))
	fmt.Println(fmt.Sprintf("%d%%%d", 1, 2))
}
