package time

// Timers and tickers run on goroutines that sleep (gosub's scheduler is
// cooperative: a timer fires when its goroutine gets to run after the
// deadline).

// The Timer type represents a single event.  When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C      <-chan Time
	c      chan Time
	f      func()
	gen    int  // incremented by Stop and Reset: stale goroutines do nothing
	active bool // armed and not yet fired or stopped
}

func (t *Timer) start(d Duration) {
	t.gen++
	t.active = true
	gen := t.gen
	go func() {
		Sleep(d)
		if t.gen != gen || !t.active {
			return
		}
		t.active = false
		if t.f != nil {
			go t.f()
			return
		}
		if len(t.c) < cap(t.c) {
			t.c <- Now()
		}
	}()
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// Stop prevents the Timer from firing; it reports whether the call stopped it.
func (t *Timer) Stop() bool {
	was := t.active
	t.active = false
	t.gen++
	return was
}

// Reset changes the timer to expire after duration d; it reports whether
// the timer had been active.
func (t *Timer) Reset(d Duration) bool {
	was := t.active
	t.start(d)
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
	t := &Timer{f: f}
	t.start(d)
	return t
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C      <-chan Time
	c      chan Time
	period Duration
	gen    int
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, period: d}
	t.run()
	return t
}

func (t *Ticker) run() {
	t.gen++
	gen := t.gen
	go func() {
		next := Now().Add(t.period)
		for {
			Sleep(Until(next))
			if t.gen != gen {
				return
			}
			if len(t.c) < cap(t.c) {
				t.c <- Now()
			}
			next = next.Add(t.period)
		}
	}()
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() { t.gen++ }

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.period = d
	t.run()
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
