package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1e22, 1e23, 123456789, 1.5e-7, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, math.E, -0.0, 2.5, 0.125, 1e-5, 1e-4, 3.0e10, 9007199254740993}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x'}
	for _, v := range vals {
		for _, f := range fmts {
			fmt.Print(strconv.FormatFloat(v, f, -1, 64), " ")
		}
		fmt.Println()
		for _, p := range []int{0, 1, 3, 10} {
			fmt.Print(strconv.FormatFloat(v, 'e', p, 64), " ", strconv.FormatFloat(v, 'f', p, 64), " ", strconv.FormatFloat(v, 'g', p, 64), " | ")
		}
		fmt.Println()
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'e', 5, 32))
	}
	fmt.Println(strconv.FormatFloat(math.Inf(1), 'f', 2, 64), strconv.FormatFloat(math.Inf(-1), 'g', -1, 64), strconv.FormatFloat(math.NaN(), 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(2.675, 'f', 2, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(123456789.123, 'f', 40, 64))
	fmt.Println(strconv.FormatFloat(1e-300, 'f', -1, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 1.25, 'g', -1, 64)))
	inputs := []string{"3.14", "-0", "1e10", "1E-10", ".5", "5.", "1_000.5", "0x1p-2", "0x1.8p1", "inf", "-Infinity", "NaN", "1e400", "-1e400", "1e-400", "abc", "1.2.3", "", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "123456789012345678901234567890"}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, "=>", f, math.Float64bits(f), err, "|", g, err32)
	}
}
