// A general comment that is never closed.

package main

var x = 1

/* runs off the end // ERROR "comment not terminated"
var y = 2
