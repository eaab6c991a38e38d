package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"Alice", 30}
	fmt.Println(p, p.Name)
	fmt.Printf("%+v %T\n", p, p)
	people := []struct {
		Name string
		Age  int
	}{{"Bob", 25}, {"Carol", 35}}
	for _, q := range people {
		fmt.Println(q.Name, q.Age)
	}
	var cfg struct {
		Debug bool
		Level int
		Tags  []string
	}
	cfg.Level = 3
	cfg.Tags = append(cfg.Tags, "x")
	fmt.Printf("%+v\n", cfg)
	nested := struct {
		Inner struct{ A, B int }
		C     string
	}{C: "c"}
	nested.Inner.A = 1
	fmt.Printf("%v %+v\n", nested, nested)
	type Named struct {
		Name string
		Age  int
	}
	n := Named(p)
	fmt.Println(n)
	m := map[string]struct{ X, Y float64 }{"origin": {0, 0}, "unit": {1, 1}}
	fmt.Println(m["unit"].X, len(m))
	empty := struct{}{}
	set := map[string]struct{}{"a": empty, "b": {}}
	_, has := set["a"]
	fmt.Println(has, len(set), empty)
}
