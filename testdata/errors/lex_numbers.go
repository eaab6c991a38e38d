// Malformed number literals.

package main

var a = 0x      // ERROR "hexadecimal literal has no digits"
var b = 0b102   // ERROR "invalid digit '2' in binary literal"
var c = 08      // ERROR "invalid digit '8' in octal literal"
var d = 1__0    // ERROR "'_' must separate successive digits"
var e = 1_      // ERROR "'_' must separate successive digits"
var f = 1e+     // ERROR "exponent has no digits"
var g = 0x1.8   // ERROR "hexadecimal mantissa requires a 'p' exponent"
var h = 0b1.0   // ERROR "invalid radix point in binary literal"
var i = 0b1e3   // ERROR "'e' exponent requires decimal mantissa"

// valid forms
var j = 0x_1F + 0o17 + 0O7 + 0b_1010 + 1_000_000 + 017 + 0
var k = 09.5 + .5 + 1. + 1e10 + 0x1p-2 + 0x.8p1 + 1_0.2_5e1_0
var l = 0129i + 1i + 0x1p2i + 1.5i
