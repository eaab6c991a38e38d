// Package sync provides basic synchronization primitives (gosub standard
// library).  Goroutines run on several threads: state words change with
// sync/atomic operations, and waiting is done on the runtime's semaphores
// (waiters park; nobody spins).
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// state is 0 (unlocked), 1 (locked) or 2 (locked, and goroutines may be
// waiting on sema).  A locker that finds it taken swaps in 2 and sleeps;
// an unlocker that swaps out 2 posts sema once.  A post nobody needed only
// costs a later locker one extra round.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, 1) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	for atomic.SwapInt32(&m.state, 2) != 0 {
		semacquire(&m.sema)
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.state, 0, 1)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock() {
	switch atomic.SwapInt32(&m.state, 0) {
	case 0:
		fatal("sync: unlock of unlocked mutex")
	case 2:
		semrelease(&m.sema)
	}
}

// An RWMutex is a reader/writer mutual exclusion lock.
//
// readers counts active readers, minus rwmaxReaders while a writer holds or
// waits for the lock (new readers then wait on readerSem).  A writer first
// takes w, subtracts rwmaxReaders, and waits on writerSem until the readers
// that were active (counted in departing) have left.
type RWMutex struct {
	w         Mutex
	readers   int32
	departing int32
	writerSem uint32
	readerSem uint32
}

const rwmaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readers, 1) < 0 {
		semacquire(&rw.readerSem)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readers)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readers, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readers, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// A writer is waiting: the last departing reader wakes it.
		if atomic.AddInt32(&rw.departing, -1) == 0 {
			semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := atomic.AddInt32(&rw.readers, -rwmaxReaders) + rwmaxReaders
	if r != 0 && atomic.AddInt32(&rw.departing, r) != 0 {
		semacquire(&rw.writerSem)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readers, 0, -rwmaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readers, rwmaxReaders)
	if r >= rwmaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Wake the readers that queued up while we held the lock.
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
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
//
// state holds the counter in its high 32 bits and the number of waiters in
// its low 32 bits, so Add and Wait agree on both with one atomic word.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	// Counter reached zero with waiters: nobody may Add or Wait now.
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if state>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			semacquire(&wg.sema)
			return
		}
	}
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 1 {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { atomic.StoreUint32(&o.done, 1) }

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	L       Locker
	mu      Mutex // protects waiters
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
	c.mu.Lock()
	c.waiters++
	c.mu.Unlock()
	c.L.Unlock()
	semacquire(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
	c.mu.Unlock()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
	c.mu.Unlock()
}

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	mu    Mutex
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
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Map is like a Go map[interface{}]interface{} but is safe for concurrent use
// (one mutex around a plain map).
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) storeLocked(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	m.storeLocked(key, value)
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present; otherwise
// it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.storeLocked(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	previous, loaded = m.m[key]
	m.storeLocked(key, value)
	m.mu.Unlock()
	return
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.  f runs without the lock
// (it may use the map): Range walks a snapshot.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}
