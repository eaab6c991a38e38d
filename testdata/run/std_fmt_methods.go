package main

import (
	"fmt"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "end"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v plus=%v sharp=%v minus=%v]", verb, w, hasW, p, hasP, f.Flag('+'), f.Flag('#'), f.Flag('-'))
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Boom struct{}

func (Boom) String() string { panic("kaboom") }

type NilPanic struct{ p *int }

func (n *NilPanic) String() string { return fmt.Sprint(*n.p) }

type GS struct{ A int }

func (GS) GoString() string { return "GS{...}" }

type wrapper struct {
	T Temp
	t Temp
}

func main() {
	fmt.Println(Temp(21.456), []Temp{1, 2})
	fmt.Printf("%v %s %d %.2f %q\n", Temp(3), Temp(3), Temp(3), Temp(3), Temp(3))
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list)
	fmt.Printf("%v|%+v|%s\n", list, list, list)
	var s Secret = "pw"
	fmt.Printf("%v %+8.3v %#v %-s %d\n", s, s, s, s, s)
	fmt.Println(s)
	fmt.Println(Code(404), error(Code(500)))
	fmt.Printf("%v %d %s %x\n", Code(1), Code(2), Code(3), Code(255))
	fmt.Println(Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	var np *NilPanic
	fmt.Println(np)
	fmt.Println(&NilPanic{})
	fmt.Printf("%#v %v\n", GS{1}, GS{2})
	fmt.Printf("%v %+v\n", wrapper{1, 2}, wrapper{3, 4})
	fmt.Fprintln(os.Stderr, "to stderr", Temp(0))
	fmt.Fprintf(os.Stdout, "%s\n", Temp(-1))
	n, err := fmt.Print("printed ", 3, " items", "\n")
	fmt.Println(n, err)
	str := fmt.Sprint(1, 2, "a", "b", 3, nil, 4.5)
	fmt.Println(str, len(str))
	fmt.Print(fmt.Sprintln("x", 1, true))
}
