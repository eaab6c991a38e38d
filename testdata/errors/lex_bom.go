// A byte order mark is only allowed as the first character.

package main

var a = 1 ﻿ // ERROR "invalid BOM in the middle of the file"
