// Missing and mismatched return statements.

package main

func noReturn(n int) int {
	if n > 0 {
		return 1
	}
} // ERROR "missing return"

func loopBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(n int) string {
	switch n {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func tooMany() {
	return 1 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values"
}

func wrongType() string {
	return 2 // ERROR "cannot use 2 \(untyped int constant\) as string value in return statement"
}

// These are fine: terminating statements.
func ok1() int {
	for {
	}
}

func ok2(n int) int {
	if n > 0 {
		return 1
	} else {
		panic("no")
	}
}

func main() {
	noReturn(1)
	loopBreak()
	switchNoDefault(1)
	tooMany()
	notEnough()
	wrongType()
	ok1()
	ok2(1)
}
