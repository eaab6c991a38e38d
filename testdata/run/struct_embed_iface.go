package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return strings.ToUpper(l.Speaker.Speak()) + "!" }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Counted struct {
	Speaker
	calls int
}

func (c *Counted) Speak() string {
	c.calls++
	return fmt.Sprintf("%s (#%d)", c.Speaker.Speak(), c.calls)
}

type Named interface {
	Speaker
	Name() string
}

type Robot struct{ id int }

func (r Robot) Speak() string { return "beep" }
func (r Robot) Name() string  { return fmt.Sprint("robot-", r.id) }

type Wrapper struct {
	Named
	extra string
}

func main() {
	var s Speaker = Dog{"rex"}
	fmt.Println(s.Speak())
	s = Loud{s}
	fmt.Println(s.Speak())
	c := &Counted{Speaker: Loud{Dog{"fido"}}}
	s = c
	s.Speak()
	fmt.Println(s.Speak(), c.calls)
	w := Wrapper{Robot{7}, "x"}
	fmt.Println(w.Name(), w.Speak())
	var n Named = w
	fmt.Println(n.Name())
	var empty Loud
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty.Speak())
	}()
}
