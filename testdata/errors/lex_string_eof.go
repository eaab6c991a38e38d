// A string literal that runs to the end of the file.

package main

var s = "abc // ERROR `string not terminated`