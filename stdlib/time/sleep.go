package time

// Timers and tickers are runtime timers (rtimer, in the scheduler's per-P
// heaps).  A channel timer's function sends the current time without
// blocking, so a slow reader gets the first tick and later ones are dropped,
// as in Go.

// rtimer is the runtime's timer record, opaque to Go code.
type rtimer struct{ _ [8]byte }

// The Timer type represents a single event.  When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *rtimer
}

// when is the nanotime at which a timer of duration d fires.
func when(d Duration) int64 {
	now := nanotime()
	if d <= 0 {
		return now
	}
	t := now + int64(d)
	if t < now {
		t = 1<<63 - 1 // overflow
	}
	return t
}

func sendTime(c chan Time) func() {
	return func() {
		select {
		case c <- Now():
		default:
		}
	}
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: timerNew(sendTime(c), 0)}
	timerStart(t.r, when(d), 0)
	return t
}

// Stop prevents the Timer from firing; it reports whether the call stopped it.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return timerStop(t.r)
}

// Reset changes the timer to expire after duration d; it reports whether
// the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	was := timerStop(t.r)
	timerStart(t.r, when(d), 0)
	return was
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: timerNew(f, 1)}
	timerStart(t.r, when(d), 0)
	return t
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *rtimer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: timerNew(sendTime(c), 0)}
	timerStart(t.r, when(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	timerStop(t.r)
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	timerStop(t.r)
	timerStart(t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
