// A tiny JSON-like parser and pretty printer (objects keep key order).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Kind int

const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

type Value struct {
	Kind   Kind
	B      bool
	N      float64
	S      string
	Items  []*Value
	Keys   []string
	Fields map[string]*Value
}

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) fail(msg string) {
	panic(fmt.Sprintf("parse error at %d: %s", p.pos, msg))
}

func (p *parser) expect(c byte) {
	p.ws()
	if p.pos >= len(p.s) || p.s[p.pos] != c {
		p.fail("expected " + strconv.QuoteRune(rune(c)))
	}
	p.pos++
}

func (p *parser) value() *Value {
	p.ws()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		v := &Value{Kind: Object, Fields: map[string]*Value{}}
		p.ws()
		if p.s[p.pos] == '}' {
			p.pos++
			return v
		}
		for {
			p.ws()
			k := p.str()
			p.expect(':')
			v.Keys = append(v.Keys, k)
			v.Fields[k] = p.value()
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			p.expect('}')
			return v
		}
	case c == '[':
		p.pos++
		v := &Value{Kind: Array}
		p.ws()
		if p.s[p.pos] == ']' {
			p.pos++
			return v
		}
		for {
			v.Items = append(v.Items, p.value())
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			p.expect(']')
			return v
		}
	case c == '"':
		return &Value{Kind: String, S: p.str()}
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return &Value{Kind: Bool, B: true}
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return &Value{Kind: Bool}
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return &Value{Kind: Null}
	default:
		start := p.pos
		for p.pos < len(p.s) && strings.IndexByte("+-.eE0123456789", p.s[p.pos]) >= 0 {
			p.pos++
		}
		n, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			p.fail("bad number")
		}
		return &Value{Kind: Number, N: n}
	}
	return nil
}

func (p *parser) str() string {
	if p.s[p.pos] != '"' {
		p.fail("expected string")
	}
	p.pos++
	var sb strings.Builder
	for p.s[p.pos] != '"' {
		c := p.s[p.pos]
		if c == '\\' {
			p.pos++
			switch p.s[p.pos] {
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			default:
				c = p.s[p.pos]
			}
		}
		sb.WriteByte(c)
		p.pos++
	}
	p.pos++
	return sb.String()
}

func Parse(s string) (v *Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{s: s}
	v = p.value()
	p.ws()
	if p.pos != len(s) {
		p.fail("trailing data")
	}
	return v, nil
}

func (v *Value) pretty(sb *strings.Builder, indent string) {
	switch v.Kind {
	case Null:
		sb.WriteString("null")
	case Bool:
		sb.WriteString(strconv.FormatBool(v.B))
	case Number:
		sb.WriteString(strconv.FormatFloat(v.N, 'g', -1, 64))
	case String:
		sb.WriteString(strconv.Quote(v.S))
	case Array:
		if len(v.Items) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, it := range v.Items {
			sb.WriteString(indent + "  ")
			it.pretty(sb, indent+"  ")
			if i < len(v.Items)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case Object:
		if len(v.Keys) == 0 {
			sb.WriteString("{}")
			return
		}
		sb.WriteString("{\n")
		for i, k := range v.Keys {
			sb.WriteString(indent + "  " + strconv.Quote(k) + ": ")
			v.Fields[k].pretty(sb, indent+"  ")
			if i < len(v.Keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	}
}

func (v *Value) count() (n int) {
	n = 1
	for _, it := range v.Items {
		n += it.count()
	}
	for _, f := range v.Fields {
		n += f.count()
	}
	return
}

func main() {
	docs := []string{
		`{"name": "gosub", "version": 1.5, "tags": ["go", "c", "compiler"], "nested": {"ok": true, "none": null, "list": [1, [2, 3], {}]}, "esc": "a\"b\\c\n"}`,
		`[]`,
		`[1e3, -0.5, "x"]`,
		`{"a": }`,
		`[1, 2`,
		`{"k": 1} extra`,
	}
	for _, d := range docs {
		v, err := Parse(d)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var sb strings.Builder
		v.pretty(&sb, "")
		fmt.Println(sb.String())
		fmt.Println("values:", v.count())
	}
}
