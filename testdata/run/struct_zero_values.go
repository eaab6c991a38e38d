package main

import "fmt"

type Config struct {
	Name    string
	Port    int
	Ratio   float64
	Enabled bool
	Tags    []string
	Meta    map[string]string
	Next    *Config
	Handler func()
	Any     interface{}
	Arr     [2]uint8
	Inner   struct{ A, B int }
}

func main() {
	var c Config
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Tags == nil, c.Meta == nil, c.Next == nil, c.Handler == nil, c.Any == nil)
	fmt.Println(len(c.Tags), len(c.Meta), c.Meta["x"])
	p := new(Config)
	fmt.Println(p.Name == "", p.Port)
	d := Config{Name: "d", Port: 80}
	fmt.Printf("%v\n", d)
	var arr [3]Config
	arr[1].Port = 1
	fmt.Println(arr[0].Port, arr[1].Port, arr[2].Name == "")
	var ints [5]int
	var strs [2]string
	var bools [3]bool
	var floats [2]float64
	fmt.Println(ints, strs, bools, floats)
	fmt.Printf("%q\n", strs)
}
