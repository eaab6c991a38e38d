package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	s := fmt.Sprint("p", 1, 2, "q")
	t := fmt.Sprintln("p", 1, 2, "q")
	fmt.Printf("%q %q\n", s, t)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%s=%d\n", "x", 10)
	fmt.Println(n)
	fmt.Fprint(os.Stdout, "F", 1, 2, "\n")
	fmt.Fprintf(os.Stdout, "%s|%v\n", "fprintf", []int{1})
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(1.0, 2.0, "\n")
	fmt.Print(Stringy("s1"), Stringy("s2"), "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(""), fmt.Sprint(nil))
	e := fmt.Errorf("%d-%s", 1, "two")
	fmt.Println(e.Error())
}

type Stringy string
