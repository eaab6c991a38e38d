// Package sync provides basic synchronization primitives (gosub standard
// library).  gosub schedules goroutines cooperatively on one thread (M:1), so
// state changes between blocking points are atomic; waiting is done on the
// runtime's semaphores.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() {
	for m.locked {
		m.waiters++
		semacquire(&m.sema)
		m.waiters--
	}
	m.locked = true
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
	if m.waiters > 0 {
		semrelease(&m.sema)
	}
}

// An RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	readers    int32 // active readers
	writer     bool  // a writer holds the lock
	readerWait int32 // readers blocked
	writerWait int32 // writers blocked
	readerSem  uint32
	writerSem  uint32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.writer || rw.writerWait > 0 {
		rw.readerWait++
		semacquire(&rw.readerSem)
		rw.readerWait--
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writerWait > 0 {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writerWait > 0 {
		semrelease(&rw.writerSem)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	for rw.writer || rw.readers > 0 {
		rw.writerWait++
		semacquire(&rw.writerSem)
		rw.writerWait--
	}
	rw.writer = true
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	if rw.readerWait > 0 {
		for i := int32(0); i < rw.readerWait; i++ {
			semrelease(&rw.readerSem)
		}
	} else if rw.writerWait > 0 {
		semrelease(&rw.writerSem)
	}
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// RLocker returns a Locker interface that implements Lock and Unlock by
// calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	counter int64
	waiters int32
	sema    uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	wg.counter += int64(delta)
	if wg.counter < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.counter == 0 {
		for wg.waiters > 0 {
			wg.waiters--
			semrelease(&wg.sema)
		}
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.counter == 0 {
		return
	}
	wg.waiters++
	semacquire(&wg.sema)
}

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	L       Locker
	waiters int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine; after resuming, Wait locks c.L before returning.
func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
}

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	items []any
	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Map is like a Go map[interface{}]interface{} but is safe for concurrent use.
type Map struct {
	m map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for the key if present; otherwise
// it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	delete(m.m, key)
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}
