// Label errors, reported (as gc does) at the label after the keyword;
// the blank label is never defined as a target.

package main

func main() {
L:
	if true {
		continue L // ERROR "invalid continue label L"
	}
M:
	{
		break M // ERROR "invalid break label M"
	}
	for {
		break N // ERROR "break label not defined: N"
	}
_:
	for {
		break _ // ERROR "break label not defined: _"
	}
	goto Q // ERROR "label Q not defined"
}
