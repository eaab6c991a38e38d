package os

import "errors"

// ProcAttr holds the attributes of a process started by StartProcess.
// Sys is not supported (gosub has no syscall package).
type ProcAttr struct {
	Dir   string   // working directory of the child; "" is the caller's
	Env   []string // environment; nil means the caller's
	Files []*File  // Files[i] becomes the child's descriptor i (nil: closed)
}

// Process is a process started by StartProcess.
type Process struct {
	Pid  int
	done bool
}

// ProcessState describes a process that Wait reaped.
type ProcessState struct {
	pid    int
	status int // the wait status, as waitpid gives it
}

// Signal is an operating system signal (a signal number here).
type Signal interface {
	String() string
	Signal()
}

type sig int

func (s sig) Signal() {}

func (s sig) String() string { return signame(int(s)) }

// Interrupt and Kill are the signals every system has.
var (
	Interrupt Signal = sig(2)
	Kill      Signal = sig(9)
)

// ErrProcessDone is returned by Signal on a process that was waited for.
var ErrProcessDone = errors.New("os: process already finished")

// Executable returns the path of the running program's executable.
func Executable() (string, error) {
	p := executable()
	if p == "" {
		return "", &PathError{Op: "readlink", Path: "/proc/self/exe", Err: Errno(2)}
	}
	return p, nil
}

// StartProcess starts a new process running the program name with
// arguments argv (argv[0] is conventionally the program name), as gc's
// does: name is a path (no PATH search), attr.Files are the child's first
// descriptors, every other descriptor of ours is closed in the child.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = -1
		if f != nil {
			fds[i] = f.fd
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	pid := spawn(name, argv, env, attr.Dir, fds)
	if pid < 0 {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: Errno(-pid)}
	}
	return &Process{Pid: pid}, nil
}

// Wait waits for the process to exit and reaps it.
func (p *Process) Wait() (*ProcessState, error) {
	st := 0
	if e := waitpid(p.Pid, &st); e != 0 {
		// gc waits with waitid first: a second Wait fails there (ECHILD)
		return nil, NewSyscallError("waitid", Errno(e))
	}
	p.done = true
	return &ProcessState{pid: p.Pid, status: st}, nil
}

// Signal sends a signal to the process.
func (p *Process) Signal(s Signal) error {
	n, ok := s.(sig)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if p.done {
		return ErrProcessDone
	}
	if e := kill(p.Pid, int(n)); e != 0 {
		return NewSyscallError("kill", Errno(e))
	}
	return nil
}

// Kill causes the process to exit immediately.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Release releases the resources of p (none here).
func (p *Process) Release() error { return nil }

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program exited (rather than being killed).
func (p *ProcessState) Exited() bool { return p.status&0x7f == 0 }

// ExitCode returns the exit status of the exited process, or -1 if it was
// killed by a signal.
func (p *ProcessState) ExitCode() int {
	if !p.Exited() {
		return -1
	}
	return p.status >> 8 & 0xff
}

// Success reports whether the program exited with status 0.
func (p *ProcessState) Success() bool { return p.ExitCode() == 0 }

// String formats the state as gc does for the common cases.
func (p *ProcessState) String() string {
	if p.Exited() {
		return "exit status " + itoa(p.ExitCode())
	}
	return "signal: " + signame(p.status&0x7f)
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
