// Assignability errors (gc 1.19 wording).

package main

type Celsius float64
type Meters int

func main() {
	var i int
	var s string
	var f float64
	var c Celsius
	var m Meters
	s = i       // ERROR "cannot use i \(variable of type int\) as type string in assignment"
	i = f       // ERROR "cannot use f \(variable of type float64\) as type int in assignment"
	c = f       // ERROR "cannot use f \(variable of type float64\) as type Celsius in assignment"
	m = i       // ERROR "cannot use i \(variable of type int\) as type Meters in assignment"
	var p *int = &f // ERROR "cannot use &f \(value of type \*float64\) as type \*int in variable declaration"
	var b bool = 1  // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	i = "x"     // ERROR "cannot use .x. \(untyped string constant\) as int value in assignment"
	_, _, _, _, _ = s, i, c, m, p
	_ = b
}
