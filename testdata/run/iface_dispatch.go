package main

import (
	"fmt"
	"sort"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                  { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }
func (b *Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op")
}
func (b *Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) || (len(s[i]) == len(s[j]) && s[i] < s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	e := &Bin{'+', Num(2), &Bin{'*', Var("x"), &Bin{'-', Var("y"), Num(0.5)}}}
	env := map[string]float64{"x": 3, "y": 4}
	fmt.Println(e, "=", e.Eval(env))
	env["y"] = 1
	fmt.Println(e.Eval(env))
	words := strings.Fields("the quick brown fox jumped over lazy dogs a")
	sort.Sort(byLen(words))
	fmt.Println(words)
	var st fmt.Stringer = Num(1.25)
	fmt.Println(st.String(), st)
	fmt.Printf("%v %s %d\n", Var("v"), e, []Expr{Num(1)})
}
