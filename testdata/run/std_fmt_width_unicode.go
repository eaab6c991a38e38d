package main

import "fmt"

func main() {
	names := []string{"Zoë", "日本", "abc", "ñandú", ""}
	for _, n := range names {
		fmt.Printf("[%6s][%-6s][%.2s][%6.1s][%q][%x]\n", n, n, n, n, n, n)
	}
	fmt.Printf("[%5c][%-5c][%05d][%-05d][%+5d][% 5d]\n", '日', 'x', -12, -12, 12, 12)
	fmt.Printf("[%10.3e][%-10.2g][%010.4f][%+010.1f]\n", 12345.678, 0.000012345, -3.5, 2.25)
	fmt.Printf("[%8v][%-8v][%08v]\n", 1.5, true, "s")
	fmt.Printf("[%3v][%-3v]\n", []string{"a", "b"}, map[string]int{"k": 1})
	fmt.Printf("[%6.2v][%x][%X][% x]\n", "abcdef", "日本", []byte("日"), "ab")
	fmt.Printf("[%#10x][%#-10o][%#b]\n", 255, 8, 3)
	fmt.Printf("[%U][%#U][%#8U][%-10U]\n", 0x1F600, 'a', 'b', 'c')
	fmt.Printf("[%q][%+q][%#q][%#+q]\n", "日本\n", "日本\n", "日本", "`x`")
	fmt.Printf("[%v][%.1f][%8.2f]\n", 1e100, 1e100, -0.001)
	fmt.Printf("[%e][%E][%.0e][%#.0e]\n", 5e-324, 1.7976931348623157e308, 15.0, 15.0)
	fmt.Printf("[%g][%g][%g][%g][%.3g][%.10g]\n", 100000.0, 1000000.0, 0.0001, 0.00001, 1234567.0, 1.0/3)
	fmt.Printf("[%v][%v][%v]\n", float32(0.1), float32(16777216.0), float32(1e-8))
	fmt.Printf("[%6.3v][%.0v]\n", 3.14159, 2.5)
}
