package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	name string
	Tags []string `json:"tags,omitempty" xml:"t"`
}

type Celsius float64

func (c Celsius) String() string { return "C" }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1}, []int{2}), reflect.DeepEqual([]int(nil), []int{}))
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	fmt.Println(reflect.DeepEqual(Point{1, 2, "p", nil}, Point{1, 2, "p", nil}), reflect.DeepEqual(Point{1, 2, "p", nil}, Point{1, 2, "q", nil}))
	fmt.Println(reflect.DeepEqual(&Point{X: 1}, &Point{X: 1}), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual([]interface{}{1, "a"}, []interface{}{1, "a"}))
	a := &Node{1, nil}
	a.Next = a
	b := &Node{1, nil}
	b.Next = b
	fmt.Println(reflect.DeepEqual(a, b))

	for _, v := range []interface{}{1, "s", 2.5, []int{1}, map[string]bool{}, Point{}, &Point{}, Celsius(3), [2]int{}, true, uint8(7), complex(1, 2)} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind(), t.Name(), t.String())
	}
	t := reflect.TypeOf(Point{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("xml"), f.IsExported(), f.Offset)
	}
	fmt.Println(reflect.TypeOf([]string{}).Elem(), reflect.TypeOf(map[int]string{}).Key(), reflect.TypeOf([4]int{}).Len(), reflect.TypeOf(&Point{}).Elem().Name())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(""), reflect.TypeOf(Celsius(1)).NumMethod())

	v := reflect.ValueOf(Point{3, 4, "n", []string{"x"}})
	fmt.Println(v.Kind(), v.NumField(), v.Field(0).Int(), v.Field(2).String(), v.Field(3).Len(), v.Field(3).Index(0))
	fmt.Println(v.Field(0).CanSet(), v.Field(0).Interface())
	p := &Point{}
	pv := reflect.ValueOf(p).Elem()
	pv.Field(0).SetInt(42)
	pv.FieldByName("Y").SetInt(-1)
	fmt.Println(*p, pv.Field(0).CanSet(), pv.Field(2).CanSet())
	x := 10
	reflect.ValueOf(&x).Elem().SetInt(99)
	fmt.Println(x)
	s := []float64{1.5, 2.5}
	reflect.ValueOf(s).Index(1).SetFloat(9.25)
	fmt.Println(s)
	m := reflect.ValueOf(map[string]int{"k": 5})
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("k")), m.MapIndex(reflect.ValueOf("z")).IsValid())
	fmt.Println(reflect.ValueOf(complex(1, 2)).Complex(), reflect.ValueOf(uint16(9)).Uint(), reflect.ValueOf(true).Bool(), reflect.ValueOf(3.5).Float())
	var e interface{} = 5
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Int())
	var np *Point
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(nil).IsValid(), reflect.ValueOf([]int(nil)).IsNil())
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf("x").IsZero())
	fmt.Println(reflect.Zero(reflect.TypeOf(0)).Int(), reflect.ValueOf(42).String(), reflect.Indirect(reflect.ValueOf(&x)).Int())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf("s").Int()
}
