package main

import "fmt"

type Big struct {
	Data  [64]int64
	Name  string
	Tags  []string
	Inner struct {
		M [4][4]float64
		B bool
	}
}

func fill(b Big, seed int64) Big {
	for i := range b.Data {
		b.Data[i] = seed * int64(i)
	}
	b.Name = fmt.Sprint("big", seed)
	b.Inner.M[1][2] = float64(seed) / 2
	b.Tags = append(b.Tags, b.Name)
	return b
}

func sum(b Big) (s int64) {
	for _, v := range b.Data {
		s += v
	}
	return
}

func swap(a, b Big) (Big, Big) { return b, a }

func main() {
	var zero Big
	x := fill(zero, 3)
	y := fill(x, 5)
	fmt.Println(sum(zero), sum(x), sum(y), x.Name, y.Name, y.Tags, x.Inner.M[1][2], y.Inner.M[1][2])
	x, y = swap(x, y)
	fmt.Println(x.Name, y.Name, sum(x) > sum(y))
	arr := [3]Big{}
	arr[1] = fill(arr[1], 2)
	fmt.Println(sum(arr[0]), sum(arr[1]), arr[1].Data[63])
	m := map[string]Big{"k": x}
	fmt.Println(m["k"].Data[10], len(m["k"].Tags))
	ch := []Big{x, y}
	ch[0].Data[0] = 999
	fmt.Println(x.Data[0], ch[0].Data[0])
	p := &ch[1]
	p.Inner.B = true
	fmt.Println(ch[1].Inner.B, y.Inner.B, x.Data == ch[0].Data)
}
