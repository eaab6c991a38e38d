package errors

// Implemented in C (errors.c): they look at runtime type descriptors.

// typeComparable reports whether the dynamic type of x is comparable.
func typeComparable(x any) bool

// checkTarget: 0 ok, 1 target is not a non-nil pointer, 2 *target is neither
// an interface nor a type implementing error.
func checkTarget(target any) int

// asTarget stores err in *target and reports true if err's dynamic type is
// assignable to *target's type.
func asTarget(err any, target any) bool
