// Escape sequences in string and rune literals.

package main

var a = "\q"         // ERROR "unknown escape"
var b = "\x4g"       // ERROR "invalid character 'g' in hexadecimal escape"
var c = "\400"       // ERROR "octal escape value 256 > 255"
var d = "\uD800"     // ERROR "escape is invalid Unicode code point U\+D800"
var e = '\"'         // ERROR "unknown escape"
var f = "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
var g = "\'"         // ERROR "unknown escape"
