package time

// Implemented in C (time.c) on the runtime's clocks.

func sleep(ns int64)
func nanotime() int64              // monotonic clock
func walltimeSec() int64           // wall clock: seconds since the epoch
func walltimeNsec() int64          // and the nanoseconds of the same reading (call right after walltimeSec)
func localOffset(sec int64) int    // offset of the local zone at that instant, in seconds east of UTC
func localName(sec int64) string   // its abbreviation ("UTC", "CET", ...)

// Runtime timers (the scheduler's per-P heaps): timerNew(f, 0) calls f on the
// scheduler when due (f must not block), timerNew(f, 1) runs go f().
func timerNew(f func(), mode int) *rtimer
func timerStart(r *rtimer, when int64, period int64) // when: nanotime() clock
func timerStop(r *rtimer) bool                       // reports whether it was pending
