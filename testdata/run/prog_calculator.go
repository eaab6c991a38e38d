// A tokenizer and recursive-descent calculator with variables.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	ASSIGN
	EOF
)

func (k TokKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "ASSIGN", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Num  float64
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(src[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q", src[i:j])
			}
			toks = append(toks, Token{NUM, src[i:j], v})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			toks = append(toks, Token{Kind: IDENT, Text: src[i:j]})
			i = j
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{Kind: OP, Text: string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		case c == '=':
			toks = append(toks, Token{Kind: ASSIGN, Text: "="})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

var errDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) expr() (float64, error) {
	l, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			l += r
		} else {
			l -= r
		}
	}
	return l, nil
}

func (p *Parser) term() (float64, error) {
	l, err := p.power()
	if err != nil {
		return 0, err
	}
	for p.peek().Kind == OP && strings.Contains("*/%", p.peek().Text) {
		op := p.next().Text
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		switch op {
		case "*":
			l *= r
		case "/":
			if r == 0 {
				return 0, errDivZero
			}
			l /= r
		case "%":
			l = float64(int(l) % int(r))
		}
	}
	return l, nil
}

func (p *Parser) power() (float64, error) {
	b, err := p.unary()
	if err != nil {
		return 0, err
	}
	if p.peek().Kind == OP && p.peek().Text == "^" {
		p.next()
		e, err := p.power()
		if err != nil {
			return 0, err
		}
		r := 1.0
		for i := 0; i < int(e); i++ {
			r *= b
		}
		return r, nil
	}
	return b, nil
}

func (p *Parser) unary() (float64, error) {
	if p.peek().Kind == OP && p.peek().Text == "-" {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return t.Num, nil
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", t.Text)
		}
		return v, nil
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, errors.New("expected )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %v %q", t.Kind, t.Text)
}

func eval(line string, vars map[string]float64) (string, error) {
	toks, err := tokenize(line)
	if err != nil {
		return "", err
	}
	p := &Parser{toks: toks, vars: vars}
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Kind == ASSIGN {
		target = toks[0].Text
		p.pos = 2
	}
	v, err := p.expr()
	if err != nil {
		return "", err
	}
	if p.peek().Kind != EOF {
		return "", fmt.Errorf("trailing %q", p.peek().Text)
	}
	if target != "" {
		vars[target] = v
		return target + " = " + strconv.FormatFloat(v, 'g', -1, 64), nil
	}
	return strconv.FormatFloat(v, 'g', -1, 64), nil
}

func main() {
	vars := map[string]float64{"pi": 3.141592653589793}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-4 - -2",
		"x = 10 / 4",
		"y = x * 2 + 1",
		"y % 4",
		"r = 2",
		"pi * r ^ 2",
		"1 / 0",
		"z + 1",
		"3 $ 4",
		"(1 + 2",
		"1 2",
		"1.5.5",
	}
	for _, l := range lines {
		res, err := eval(l, vars)
		if err != nil {
			fmt.Printf("%-14s => error: %v\n", l, err)
		} else {
			fmt.Printf("%-14s => %s\n", l, res)
		}
	}
	toks, _ := tokenize("a1 = (b+2)")
	for _, t := range toks {
		fmt.Print(t.Kind, ":", t.Text, " ")
	}
	fmt.Println()
}
