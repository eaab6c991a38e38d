package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2023-03-15T10:20:30Z"},
		{time.RFC3339, "2023-03-15T10:20:30+05:30"},
		{time.RFC3339Nano, "2023-03-15T10:20:30.123456789-07:00"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02 15:04:05", "2021-12-31 23:59:59.5"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "13:04PM"},
		{"02/01/2006", "31/12/1999"},
		{"2006 002", "2020 060"},
		{"2006-01-02", "2021-1-2"},
		{"15:04", "12:60"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{"2006-01-02", "2021-01-02 extra"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t, t.Unix(), t.Weekday(), t.Format(time.RFC3339Nano))
	}
	est := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2022-06-01 08:30", est)
	fmt.Println(t, err, t.UTC())
	var pe *time.ParseError
	_, err = time.Parse("2006", "x")
	pe, ok := err.(*time.ParseError)
	fmt.Println(ok, pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem)
}
