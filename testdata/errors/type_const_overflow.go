// Constant overflow and truncation.

package main

func main() {
	var b uint8 = 256  // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var n int = 1.5    // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	x := 1 << 70       // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in (assignment|variable declaration) \(overflows\)"
	u := uint(-1)      // ERROR "cannot convert -1 \(untyped int constant\) to type uint"
	const c int8 = 100
	_ = c * 2          // ERROR "c \* 2 \(constant 200 of type int8\) overflows int8"
	_ = int8(x) + 200  // ERROR "200 \(untyped int constant\) overflows int8"
	_ = float32(1e300) // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type float32"
	_, _, _, _ = b, i8, n, u
}
