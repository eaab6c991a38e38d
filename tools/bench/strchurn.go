// strchurn: string and strconv churn: numbers formatted and parsed back,
// strings concatenated, split and joined, all short-lived.
// Argument: iterations (default 1000000).
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total, length := 0, 0
	for i := 0; i < n; i++ {
		s := strconv.Itoa(i) + "," + strconv.FormatFloat(float64(i)/7, 'g', 6, 64) + "," + strconv.Quote("k"+strconv.Itoa(i%97))
		parts := strings.Split(s, ",")
		v, err := strconv.Atoi(parts[0])
		if err != nil {
			panic(err)
		}
		f, _ := strconv.ParseFloat(parts[1], 64)
		total += v + int(f)
		length += len(strings.Join(parts, ";")) + len(strings.ToUpper(parts[2]))
	}
	fmt.Println(total, length)
}
