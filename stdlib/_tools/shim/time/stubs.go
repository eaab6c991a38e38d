package time

import rt "time"

var lastNsec int64

func sleep(ns int64)               { rt.Sleep(rt.Duration(ns)) }
func nanotime() int64              { return int64(rt.Since(start)) }
func walltimeSec() int64           { n := rt.Now(); lastNsec = int64(n.Nanosecond()); return n.Unix() }
func walltimeNsec() int64          { return lastNsec }
func localOffset(sec int64) int    { _, off := rt.Unix(sec, 0).Zone(); return off }
func localName(sec int64) string   { name, _ := rt.Unix(sec, 0).Zone(); return name }

var start = rt.Now()
