// Mismatched types in operations, assignments and conversions.

package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var a int = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in variable declaration"
	b := 1 + "x" // ERROR "mismatched types untyped int and untyped string"
	var i int = 3
	var f float64 = 2.5
	fmt.Println(i + f) // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	var c Celsius = 10
	var h Fahrenheit = 50
	fmt.Println(c == h) // ERROR "mismatched types Celsius and Fahrenheit"
	var s string = i // ERROR "cannot use i \(variable of type int\) as (type )?string( value)? in variable declaration"
	var ok bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	fmt.Println(a, b, s, ok, !i) // ERROR "operator ! not defined on i"
}
