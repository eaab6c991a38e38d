package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Status int

func (s Status) String() string {
	switch s {
	case 0:
		return "Off"
	case 1:
		return "On"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("error code %d", int(e)) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Holder struct {
	S Status
	C Celsius
}

type Formatted struct{ v int }

func (f Formatted) GoString() string { return fmt.Sprintf("Formatted<%d>", f.v) }

func main() {
	c := Celsius(36.6)
	fmt.Println(c)
	fmt.Printf("%v %s %d %.2f\n", c, c, c, c)
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, &p)
	fmt.Println(Status(0), Status(1), Status(5), []Status{0, 1})
	fmt.Println(Holder{1, 20})
	fmt.Printf("%+v %#v\n", Holder{0, -3}, Holder{0, -3})
	var e error = ErrCode(404)
	fmt.Println(e)
	fmt.Printf("%v %s %d %q\n", e, e, e, e)
	fmt.Println(Both{})
	fmt.Println(errors.New("plain"), fmt.Errorf("num %d: %w", 1, e))
	fmt.Printf("%#v\n", Formatted{3})
	fmt.Printf("%x %X\n", Status(1), c)
	m := map[Status]Celsius{1: 100, 0: 0}
	fmt.Println(m)
	var sp fmt.Stringer = Status(1)
	fmt.Println(sp.String(), fmt.Sprint(sp), fmt.Sprintf("%10s|%-10v|", sp, sp))
}
