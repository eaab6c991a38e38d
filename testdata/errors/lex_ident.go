// Identifiers are Unicode letters and digits; other characters are rejected.

package main

var été = 1    // letters are fine
var x€y = 2 // ERROR "invalid character U\+20AC .€. in identifier"
var ١z = 3    // ERROR "identifier cannot begin with digit U\+0661"
