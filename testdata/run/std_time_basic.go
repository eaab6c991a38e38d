package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Second, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond, -2 * time.Minute, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Println("  ", d.Round(time.Second), d.Truncate(time.Minute), d.Round(7*time.Millisecond))
	}
	fmt.Printf("%v %s %d %T\n", time.Second, 2*time.Millisecond, time.Minute, time.Hour)
	for _, s := range []string{"1h30m", "1.5s", "-300ms", "2h45m30.5s", "1µs", "100ns", "bad", "5", ""} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixNano(), t.UnixMilli())
	for _, l := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822Z, time.Kitchen, time.ANSIC, time.UnixDate, time.StampMilli, "2006-01-02", "Mon Jan 2 15:04:05 -0700 MST 2006", "02/01/06 03:04:05.000 PM", "Monday, January 2, 2006 at 3:04pm (MST)", "__2 002 .999999 ,000"} {
		fmt.Println(t.Format(l))
	}
	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	fmt.Println(te, te.Format(time.RFC3339), te.Location(), t.Equal(te))
	name, off := te.Zone()
	fmt.Println(name, off)
	t2 := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(t2, t2.Sub(t), t2.After(t), t2.Before(t))
	fmt.Println(t.AddDate(0, 1, 25), t.AddDate(-10, 0, 0).Weekday())
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).YearDay())
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute), t.Truncate(24*time.Hour))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0).UTC().Format(time.RFC1123Z), time.UnixMilli(1500).UTC())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	fmt.Println(time.March, time.Friday, time.Month(14), time.Weekday(9))
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < 5*time.Second, time.Until(start) < 0, start.Location())
	fmt.Printf("%#v\n", t)
}
