// mandelbrot: writes an N x N bitmap of the Mandelbrot set as a binary PBM to stdout
// (the classic benchmark-game task; an independent single-threaded implementation).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 4500
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rowBytes := (n + 7) / 8
	out := make([]byte, 0, rowBytes*n+32)
	out = append(out, fmt.Sprintf("P4\n%d %d\n", n, n)...)
	inv := 2.0 / float64(n)
	for y := 0; y < n; y++ {
		ci := float64(y)*inv - 1.0
		var bits byte
		for x := 0; x < n; x++ {
			cr := float64(x)*inv - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < 50 && tr+ti <= 4.0; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= 4.0 {
				bits |= 1
			}
			if x%8 == 7 {
				out = append(out, bits)
				bits = 0
			}
		}
		if n%8 != 0 {
			out = append(out, bits<<uint(8-n%8))
		}
	}
	os.Stdout.Write(out)
}
