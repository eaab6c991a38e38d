package main

import "fmt"

func main() {
	for _, w := range []int{1, 4, 8} {
		fmt.Printf("|%*s|%-*s|%*d|%*.2f|\n", w, "ab", w, "ab", w, -12, w, 3.14159)
	}
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|%+08.3f|% 8.3f|\n", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159)
	fmt.Printf("|%10.4e|%-12.2E|%.0e|\n", 123456.789, 0.000123, 5.5)
	fmt.Printf("|%g|%.2g|%.10g|%g|%g|\n", 100000.0, 123.456, 1.0/3, 1e21, 1e-7)
	fmt.Printf("|%6t|%-6t|\n", true, false)
	fmt.Printf("|%3d|%3d|\n", 12345, -1)
	fmt.Printf("|%.1f|%.1f|%.1f|%.1f|\n", 0.05, 0.15, 0.25, 0.35)
	fmt.Printf("|%5.0f|%.3f|\n", 2.5, 1.0005)
	fmt.Printf("|%#g|%#.3g|%#x|%#o|\n", 1.0, 2.0, "hex", 8)
	fmt.Printf("|%x|%.3x|%10.4x|\n", "abcdef", "abcdef", "abcdef")
	fmt.Printf("|%v|%.2v|\n", []float64{1.234, 5.678}, []float64{1.234, 5.678})
	fmt.Printf("|%6v|%-6v|%06v|\n", []int{1, 22}, []int{1, 22}, []int{1, 22})
	fmt.Printf("|%+d|%+d|% d|% d|\n", 5, -5, 5, -5)
	fmt.Printf("|%[2]d %[1]d|%[2]*[1]d|\n", 1, 5)
	fmt.Printf("|%-+6d|%+-6d|\n", 42, 42)
}
