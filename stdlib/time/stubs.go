package time

// Implemented in C (time.c) on the runtime's clocks.

func sleep(ns int64)
func nanotime() int64              // monotonic clock
func walltimeSec() int64           // wall clock: seconds since the epoch
func walltimeNsec() int64          // and the nanoseconds of the same reading (call right after walltimeSec)
func localOffset(sec int64) int    // offset of the local zone at that instant, in seconds east of UTC
func localName(sec int64) string   // its abbreviation ("UTC", "CET", ...)
