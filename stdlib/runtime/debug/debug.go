// Package debug contains facilities for programs to debug themselves while
// they are running (gosub standard library: a few no-op controls).
package debug

import "runtime"

var gcPercent = 100

// SetGCPercent sets the garbage collection target percentage and returns the previous setting.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

// FreeOSMemory forces a garbage collection.
func FreeOSMemory() { runtime.GC() }

// SetMaxStack sets the maximum amount of memory that can be used by a single
// goroutine stack and returns the previous setting (not enforced by gosub).
func SetMaxStack(bytes int) int { return 1000000000 }

// Stack returns a formatted stack trace of the goroutine that calls it (empty in gosub).
func Stack() []byte { return []byte{} }

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {}
