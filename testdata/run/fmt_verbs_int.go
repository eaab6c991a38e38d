package main

import "fmt"

func main() {
	vals := []int{0, 7, -7, 255, -255, 123456}
	for _, v := range vals {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%O] [%b] [%08b]\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%c] [%q] [%U] [%#U]\n", 'G', 'G', 'G', '世')
	fmt.Printf("[%x] [%X] [%d]\n", uint64(1<<63), int8(-1), uint8(200))
	fmt.Printf("[%*d] [%-*d] [%.3d] [%8.3d]\n", 6, 42, 6, 42, 7, 7)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []byte{1, 0xab}, "hi")
	fmt.Printf("%v %v %v\n", int8(-128), uint16(65535), int64(-9223372036854775808))
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}
