package sync

import "runtime"

func gosched() { runtime.Gosched() }
