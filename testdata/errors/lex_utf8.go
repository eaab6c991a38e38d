// Source must be valid UTF-8, even inside literals and comments.

package main

var a = "ÿ" // ERROR "invalid UTF-8 encoding"

// a comment Ã( too // ERROR "invalid UTF-8 encoding"
