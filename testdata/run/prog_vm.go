// A small stack-based VM with an assembler: runs factorial, fib and a loop.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	POP
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	CALL
	RET
	LOAD
	STORE
	PRINT
	HALT
	LT
)

var names = map[string]Op{"push": PUSH, "pop": POP, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV, "dup": DUP, "swap": SWAP, "jmp": JMP, "jz": JZ, "call": CALL, "ret": RET, "load": LOAD, "store": STORE, "print": PRINT, "halt": HALT, "lt": LT}

type Instr struct {
	Op  Op
	Arg int64
}

type VMError struct {
	PC  int
	Msg string
}

func (e *VMError) Error() string { return fmt.Sprintf("vm error at pc=%d: %s", e.PC, e.Msg) }

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, l := range strings.Split(src, "\n") {
		if i := strings.IndexByte(l, ';'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	prog := make([]Instr, 0, len(lines))
	for i, f := range lines {
		op, ok := names[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", i, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if n, err := strconv.ParseInt(f[1], 10, 64); err == nil {
				in.Arg = n
			} else if addr, ok := labels[f[1]]; ok {
				in.Arg = int64(addr)
			} else {
				return nil, fmt.Errorf("line %d: bad operand %q", i, f[1])
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type VM struct {
	stack  []int64
	calls  []int
	mem    [16]int64
	out    []string
	steps  int
}

func (vm *VM) pop(pc int) int64 {
	if len(vm.stack) == 0 {
		panic(&VMError{pc, "stack underflow"})
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(*VMError); ok {
				err = ve
				return
			}
			if re, ok := r.(error); ok {
				err = fmt.Errorf("runtime: %v", re)
				return
			}
			panic(r)
		}
	}()
	pc := 0
	for {
		vm.steps++
		if vm.steps > 100000 {
			return &VMError{pc, "step limit"}
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case POP:
			vm.pop(pc)
		case ADD, SUB, MUL, DIV, LT:
			b, a := vm.pop(pc), vm.pop(pc)
			var r int64
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				r = a / b
			case LT:
				if a < b {
					r = 1
				}
			}
			vm.stack = append(vm.stack, r)
		case DUP:
			v := vm.pop(pc)
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			b, a := vm.pop(pc), vm.pop(pc)
			vm.stack = append(vm.stack, b, a)
		case JMP:
			pc = int(in.Arg)
		case JZ:
			if vm.pop(pc) == 0 {
				pc = int(in.Arg)
			}
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = int(in.Arg)
		case RET:
			if len(vm.calls) == 0 {
				return &VMError{pc, "return without call"}
			}
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case LOAD:
			vm.stack = append(vm.stack, vm.mem[in.Arg])
		case STORE:
			vm.mem[in.Arg] = vm.pop(pc)
		case PRINT:
			vm.out = append(vm.out, strconv.FormatInt(vm.pop(pc), 10))
		case HALT:
			return nil
		}
	}
}

const factorial = `
	push 20
	call fact
	print
	halt
fact:           ; n -> n!
	dup
	push 2
	lt
	jz recurse
	pop
	push 1
	ret
recurse:
	dup
	push 1
	sub
	call fact
	mul
	ret
`

const fibLoop = `
	push 0
	store 0     ; a
	push 1
	store 1     ; b
	push 0
	store 2     ; i
loop:
	load 2
	push 15
	lt
	jz done
	load 0
	print
	load 0
	load 1
	dup
	store 0
	add
	store 1
	load 2
	push 1
	add
	store 2
	jmp loop
done:
	halt
`

func main() {
	progs := []struct{ name, src string }{
		{"factorial", factorial},
		{"fib", fibLoop},
		{"underflow", "push 1\nadd\nhalt"},
		{"divzero", "push 1\npush 0\ndiv\nhalt"},
		{"badop", "push 1\nfrobnicate\n"},
		{"badret", "ret"},
		{"forever", "top: jmp top"},
	}
	for _, p := range progs {
		prog, err := assemble(p.src)
		if err != nil {
			fmt.Printf("%s: assemble: %v\n", p.name, err)
			continue
		}
		vm := &VM{}
		err = vm.Run(prog)
		fmt.Printf("%s: %d instrs, out=[%s] err=%v steps=%d\n", p.name, len(prog), strings.Join(vm.out, " "), err, vm.steps)
	}
}
