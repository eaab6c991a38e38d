// Package runtime exposes a few operations of gosub's native runtime
// (gosub standard library: the subset programs commonly use).
package runtime

// The Error interface identifies a run time error (the runtime's panic
// values for index errors, nil dereferences, failed type assertions, ...).
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors.
	RuntimeError()
}

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary
// ("gc" so that programs checking it behave as under the reference toolchain).
const Compiler = "gc"

// Version returns the Go tree's version string.
func Version() string { return "go1.19" }

// GOROOT returns the root of the Go tree (empty under gosub).
func GOROOT() string { return "" }

// GC runs a garbage collection.
func GC() { gc() }

// Gosched yields the processor, allowing other goroutines to run.
func Gosched() { gosched() }

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int { return numGoroutine() }

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int { return numCPU() }

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting.  It defaults to the
// value of runtime.NumCPU (or the GOMAXPROCS environment variable).  If
// n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int { return gomaxprocs(n) }

// KeepAlive marks its argument as currently reachable: x is passed to a
// call the compiler cannot see through, so it sits in the caller's GC frame
// until this point.
func KeepAlive(x any) { keepAlive(x) }

// SetFinalizer sets the finalizer associated with obj, a pointer to a heap
// object: once obj is unreachable, finalizer(obj) runs on a goroutine of its
// own (not under --gc=boehm).  A nil finalizer removes it.
func SetFinalizer(obj any, finalizer any) {
	if obj == nil {
		panic("runtime.SetFinalizer: first argument is nil")
	}
	setFinalizer(obj, finalizer)
}

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit() { goexit() }

// Breakpoint executes a breakpoint trap.
func Breakpoint() { breakpoint() }

// MemStats records statistics about the memory allocator (mostly zero under gosub).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	var st [18]uint64 // the order of gosub_rt.h's GORT_MS_*
	readMemStats(st[:])
	*m = MemStats{}
	m.Alloc = st[0]
	m.TotalAlloc = st[1]
	m.Sys = st[2]
	m.Mallocs = st[3]
	m.Frees = st[4]
	m.HeapAlloc = st[5]
	m.HeapSys = st[6]
	m.HeapIdle = st[7]
	m.HeapInuse = st[8]
	m.HeapReleased = st[9]
	m.HeapObjects = st[10]
	m.StackInuse = st[11]
	m.StackSys = st[12]
	m.NextGC = st[13]
	m.LastGC = st[14]
	m.PauseTotalNs = st[15]
	m.NumGC = uint32(st[16])
	if m.NumGC > 0 {
		m.PauseNs[(m.NumGC+255)%256] = st[17]
	}
	m.EnableGC = true
}

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile (unused by gosub).
var MemProfileRate int = 512 * 1024
