package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %g", x+0.5)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case map[string]int:
		return fmt.Sprint("map with ", len(x))
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), 3.5, "hey", []int{1, 2}, fmt.Errorf("bad %d", 7), Dog{}, &Cat{"tom"}, Cat{"x"}, func() int { return 9 }, map[string]int{"a": 1}, uint8(3), struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a Animal = Dog{}
	switch a.(type) {
	case *Cat:
		fmt.Println("cat")
	case Dog:
		fmt.Println("dog")
	}
	switch t := a.(type) {
	default:
		fmt.Printf("%T\n", t)
	}
}
