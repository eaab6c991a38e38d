package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			sb.WriteString(fmt.Sprintf("%6.2f", v))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	m := Matrix{{1, 2.5, -3}, {4.125, 0, 6e3}}
	fmt.Print(m)
	table := []struct {
		name  string
		qty   int
		price float64
	}{{"widget", 3, 2.5}, {"gadget", 12, 10.125}, {"doohickey", 100, 0.015}}
	fmt.Printf("%-10s %5s %10s\n", "NAME", "QTY", "TOTAL")
	for _, r := range table {
		fmt.Printf("%-10s %5d %10.2f\n", r.name, r.qty, float64(r.qty)*r.price)
	}
	parts := []string{}
	for i := 1; i <= 5; i++ {
		parts = append(parts, strconv.Itoa(i*i))
	}
	fmt.Println(strings.Join(parts, "+"))
	s := fmt.Sprintf("%08.3f|%x|%q|%v", 3.14159, "go", 'x', []string{"a b", "c"})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"))
	fmt.Println(fmt.Sprintln("end") == "end\n")
	var iface interface{} = 42
	fmt.Printf("%v %T %d\n", iface, iface, iface)
	iface = "str"
	fmt.Printf("%v %T %s\n", iface, iface, iface)
	fmt.Println(fmt.Sprintf("%5.2f%%", 12.3456), fmt.Sprintf("%+.3e", -0.000123))
	fmt.Println(fmt.Sprintf("[%*s]", -8, "left"), fmt.Sprintf("[%*s]", 8, "right"))
	fmt.Println(fmt.Sprintf("%[1]d %[1]x %[1]o %[1]b %[1]c", 65))
	fmt.Println(fmt.Sprintf("%v %v", int8(-128), uint8(255)), fmt.Sprintf("%d", []int8{-1, 2}))
	fmt.Println(fmt.Sprintf("%t", 1), fmt.Sprintf("%s", 1.5), fmt.Sprintf("%d", true))
	fmt.Println(fmt.Sprintf("%.2s", "日本語"), fmt.Sprintf("%5s|", "日本"), fmt.Sprintf("%-5q|", "é"))
	b := fmt.Append([]byte("pre:"), 1, "x")
	b = fmt.Appendf(b, " %d", 2)
	b = fmt.Appendln(b, "!")
	fmt.Print(string(b))
}
