package time

import (
	"sync"
	rt "time"
)

var lastNsec int64

func sleep(ns int64)               { rt.Sleep(rt.Duration(ns)) }
func nanotime() int64              { return int64(rt.Since(start)) }
func walltimeSec() int64           { n := rt.Now(); lastNsec = int64(n.Nanosecond()); return n.Unix() }
func walltimeNsec() int64          { return lastNsec }
func localOffset(sec int64) int    { _, off := rt.Unix(sec, 0).Zone(); return off }
func localName(sec int64) string   { name, _ := rt.Unix(sec, 0).Zone(); return name }

var start = rt.Now()

// Runtime timers on real Go's timers.
type shimTimer struct {
	f      func()
	mode   int
	t      *rt.Timer
	period int64
}

var shimMu sync.Mutex
var shimTimers = map[*rtimer]*shimTimer{}

func timerNew(f func(), mode int) *rtimer {
	r := new(rtimer)
	shimMu.Lock()
	shimTimers[r] = &shimTimer{f: f, mode: mode}
	shimMu.Unlock()
	return r
}

func timerStart(r *rtimer, when int64, period int64) {
	shimMu.Lock()
	st := shimTimers[r]
	shimMu.Unlock()
	st.period = period
	var fire func()
	fire = func() {
		if st.period > 0 {
			st.t = rt.AfterFunc(rt.Duration(st.period), fire)
		}
		if st.mode == 1 {
			go st.f()
		} else {
			st.f()
		}
	}
	st.t = rt.AfterFunc(rt.Duration(when-nanotime()), fire)
}

func timerStop(r *rtimer) bool {
	shimMu.Lock()
	st := shimTimers[r]
	shimMu.Unlock()
	st.period = 0
	return st.t != nil && st.t.Stop()
}
