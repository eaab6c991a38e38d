// time.Duration: constants, arithmetic, String, the unit accessors, Round and
// Truncate; time.Since and time.Until on the monotonic clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		1234567 * time.Nanosecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second,
		-3 * time.Millisecond, 100 * time.Hour, 1<<63 - 1, -1 << 63,
		2*time.Second + 500*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Println(int64(d), d, d.String())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Round(0))
	fmt.Println((-d).Abs(), d/time.Second, d%time.Second, time.Duration(2.5*float64(time.Second)))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, 2*time.Minute, time.Second)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err)
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)

	start := time.Now()
	time.Sleep(3 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("Since >= 3ms:", el >= 3*time.Millisecond, "and < 10s:", el < 10*time.Second)
	fmt.Println("Until of a past time is negative:", time.Until(start) < 0)
	later := start.Add(time.Hour)
	fmt.Println("Sub:", later.Sub(start), "Until > 59m:", time.Until(later) > 59*time.Minute)
}
