// Malformed rune literals.

package main

var a = 'ab' // ERROR "more than one character in rune literal"
var b = '' // ERROR "empty rune literal or unescaped '"
var c = '\' // ERROR `newline in rune literal`
