// Return statement errors.

package main

func none() {
	return 1 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func wrong() string {
	return 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func missing(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func loop() int {
	for {
		break
	}
} // ERROR "missing return"

func ok(x int) int {
	for {
	}
}

func main() {}
