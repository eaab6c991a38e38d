// Package path implements utility routines for manipulating slash-separated
// paths (gosub standard library).
package path

import (
	"errors"
	"strings"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical processing.
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := make([]byte, 0, n)
	r, dotdot := 0, 0
	if rooted {
		out = append(out, '/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			// empty path element
			r++
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			// . element
			r++
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			// .. element: remove to last /
			r += 2
			switch {
			case len(out) > dotdot:
				// can backtrack
				w := len(out) - 1
				for w > dotdot && out[w] != '/' {
					w--
				}
				out = out[:w]
			case !rooted:
				// cannot backtrack, but not rooted, so append .. element.
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				dotdot = len(out)
			}
		default:
			// real path element; add slash if needed
			if rooted && len(out) != 1 || !rooted && len(out) != 0 {
				out = append(out, '/')
			}
			// copy element
			for ; r < n && path[r] != '/'; r++ {
				out = append(out, path[r])
			}
		}
	}
	// Turn empty string into "."
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path immediately following the final slash.
func Split(path string) (dir, file string) {
	i := strings.LastIndex(path, "/")
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating
// them with slashes; empty elements are ignored.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path.
func Base(path string) string {
	if path == "" {
		return "."
	}
	// Strip trailing slashes.
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	// Find the last element
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	// If empty now, it had only slashes.
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's directory.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern (*, ?, [...], \).
func Match(pattern, name string) (matched bool, err error) {
	return match(pattern, name)
}

func match(pattern, name string) (bool, error) {
	px, nx := 0, 0
	nextPx, nextNx := 0, 0
	for px < len(pattern) || nx < len(name) {
		if px < len(pattern) {
			c := pattern[px]
			switch c {
			case '*':
				// Star matches any run of non-slash characters.
				nextPx = px
				nextNx = nx + 1
				if nx < len(name) && name[nx] == '/' {
					nextNx = 0
				}
				px++
				continue
			case '?':
				if nx < len(name) && name[nx] != '/' {
					_, w := decodeRune(name[nx:])
					px++
					nx += w
					continue
				}
			case '[':
				if nx < len(name) {
					r, w := decodeRune(name[nx:])
					ok, n, err := matchClass(pattern[px+1:], r)
					if err != nil {
						return false, err
					}
					if ok && r != '/' {
						px += 1 + n
						nx += w
						continue
					}
				} else if _, _, err := matchClass(pattern[px+1:], 0); err != nil {
					return false, err
				}
			case '\\':
				px++
				if px >= len(pattern) {
					return false, ErrBadPattern
				}
				if nx < len(name) && name[nx] == pattern[px] {
					px++
					nx++
					continue
				}
			default:
				if nx < len(name) && name[nx] == c {
					px++
					nx++
					continue
				}
			}
		}
		if 0 < nextNx && nextNx <= len(name) {
			px = nextPx
			nx = nextNx
			continue
		}
		// Validate the rest of the pattern for syntax errors.
		for ; px < len(pattern); px++ {
			if pattern[px] == '[' {
				if _, _, err := matchClass(pattern[px+1:], 0); err != nil {
					return false, err
				}
			} else if pattern[px] == '\\' {
				px++
				if px >= len(pattern) {
					return false, ErrBadPattern
				}
			}
		}
		return false, nil
	}
	return true, nil
}

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			n := len(s)
			for j := range s[1:] {
				n = j + 1
				break
			}
			return r, n
		}
	}
	return 0, 0
}

// matchClass matches r against the class body at the start of p (after '[');
// returns the bytes of p used, including the closing ']'.
func matchClass(p string, r rune) (ok bool, n int, err error) {
	i := 0
	negated := false
	if i < len(p) && p[i] == '^' {
		negated = true
		i++
	}
	matched := false
	nrange := 0
	for {
		if i < len(p) && p[i] == ']' && nrange > 0 {
			i++
			break
		}
		lo, w, e := classChar(p[i:])
		if e != nil {
			return false, 0, e
		}
		i += w
		hi := lo
		if i < len(p) && p[i] == '-' {
			hi, w, e = classChar(p[i+1:])
			if e != nil {
				return false, 0, e
			}
			i += 1 + w
		}
		if lo <= r && r <= hi {
			matched = true
		}
		nrange++
	}
	return matched != negated, i, nil
}

func classChar(p string) (r rune, n int, err error) {
	if len(p) == 0 || p[0] == '-' || p[0] == ']' {
		return 0, 0, ErrBadPattern
	}
	if p[0] == '\\' {
		if len(p) < 2 {
			return 0, 0, ErrBadPattern
		}
		r, w := decodeRune(p[1:])
		return r, 1 + w, nil
	}
	r, w := decodeRune(p)
	return r, w, nil
}
