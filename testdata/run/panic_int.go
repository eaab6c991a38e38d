package main

func main() {
	println("panicking with an int")
	panic(7)
}
