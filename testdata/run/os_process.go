// os.StartProcess, Process.Wait/Kill and os.Executable: the program starts
// itself again as a child in several ways.
package main

import (
	"fmt"
	"io"
	"os"
)

func child(mode string) {
	switch mode {
	case "hello":
		fmt.Println("child: hello from", len(os.Args), "args:", os.Args[2:])
		os.Exit(3)
	case "env":
		fmt.Println("child: env", os.Getenv("GOSUB_PROC_TEST"), len(os.Environ()))
	case "dir":
		wd, _ := os.Getwd()
		fmt.Println("child: dir", wd)
	case "block":
		b := make([]byte, 1)
		os.Stdin.Read(b) // until killed
		fmt.Println("child: not killed")
	case "fds":
		// descriptor 3 is the pipe the parent passed; 4 must be closed
		f := os.NewFile(3, "three")
		f.Write([]byte("child: on fd 3\n"))
		_, err := os.NewFile(4, "four").Write([]byte("x"))
		fmt.Println("child: fd 4:", err != nil)
	}
}

func start(exe string, attr *os.ProcAttr, args ...string) *os.ProcessState {
	p, err := os.StartProcess(exe, append([]string{exe, "child"}, args...), attr)
	if err != nil {
		fmt.Println("start:", err)
		return nil
	}
	st, err := p.Wait()
	if err != nil {
		fmt.Println("wait:", err)
		return nil
	}
	return st
}

func main() {
	if len(os.Args) > 2 && os.Args[1] == "child" {
		child(os.Args[2])
		return
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Println(err)
		return
	}
	std := []*os.File{os.Stdin, os.Stdout, os.Stderr}

	st := start(exe, &os.ProcAttr{Files: std}, "hello", "a b", "")
	fmt.Println("parent:", st, st.ExitCode(), st.Success(), st.Exited(), st.Pid() > 0)

	st = start(exe, &os.ProcAttr{Files: std, Env: []string{"GOSUB_PROC_TEST=yes"}}, "env")
	fmt.Println("parent:", st, st.Success())

	st = start(exe, &os.ProcAttr{Files: std, Dir: "/"}, "dir")
	fmt.Println("parent:", st)

	// the child's stdout is a pipe; fd 3 is our stdout
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := os.StartProcess(exe, []string{exe, "child", "hello", "piped"}, &os.ProcAttr{Files: []*os.File{os.Stdin, w, os.Stderr}})
	if err != nil {
		fmt.Println(err)
		return
	}
	w.Close()
	out, err := io.ReadAll(r)
	fmt.Printf("parent: read %q %v\n", out, err)
	st, err = p.Wait()
	fmt.Println("parent:", st, err)
	_, err = p.Wait()
	fmt.Println("parent: second wait:", err)
	fmt.Println("parent: signal after wait:", p.Signal(os.Kill) == os.ErrProcessDone)

	r3, w3, _ := os.Pipe()
	p, err = os.StartProcess(exe, []string{exe, "child", "fds"}, &os.ProcAttr{Files: []*os.File{os.Stdin, os.Stdout, os.Stderr, w3}})
	if err != nil {
		fmt.Println(err)
		return
	}
	w3.Close()
	out, err = io.ReadAll(r3)
	fmt.Printf("parent: read %q %v\n", out, err)
	st, err = p.Wait()
	fmt.Println("parent:", st, err)
	r3.Close()

	// killed while it blocks reading a pipe we keep open
	r2, w2, _ := os.Pipe()
	p, err = os.StartProcess(exe, []string{exe, "child", "block"}, &os.ProcAttr{Files: []*os.File{r2, os.Stdout, os.Stderr}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("parent: kill:", p.Kill())
	st, err = p.Wait()
	fmt.Println("parent:", st, st.ExitCode(), st.Exited(), st.Success(), err)
	w2.Close()
	r2.Close()

	_, err = os.StartProcess("/nonexistent/prog", []string{"prog"}, &os.ProcAttr{Files: std})
	fmt.Println("parent:", err)
	_, err = os.StartProcess(exe, []string{exe}, &os.ProcAttr{Dir: "/nonexistent/dir"})
	fmt.Println("parent: bad dir:", err != nil)
}
