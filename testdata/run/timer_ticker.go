// time.NewTicker: ticks, Stop, Reset; a slow reader drops ticks instead of
// queueing them (the channel has a buffer of one).
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)
	// After Stop no more ticks arrive (at most one was already buffered).
	select {
	case <-tk.C:
	default:
	}
	time.Sleep(10 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}

	// Reset changes the period of a running ticker.
	tk = time.NewTicker(time.Hour)
	tk.Reset(time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("reset ticker ticks")
	tk.Stop()

	// A reader that sleeps past several periods finds one tick buffered.
	slow := time.NewTicker(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("buffered ticks:", len(slow.C), cap(slow.C))
	slow.Stop()

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
