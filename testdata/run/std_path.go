package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"a/b/../c/./d.txt", "/usr//local/bin/", "", ".", "..", "../../x", "/..", "a/b/c.tar.gz", "noext", "/"} {
		dir, file := path.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Println(path.Join("a", "b/", "/c", "", "../d"), path.Join(), path.Join("", ""), filepath.Join("/tmp", "x", "..", "y.go"))
	for _, m := range [][2]string{{"*.go", "main.go"}, {"a?c", "abc"}, {"[a-c]*", "bzz"}, {"*", "a/b"}, {"[", "x"}} {
		ok, err := path.Match(m[0], m[1])
		fmt.Println(m, ok, err)
	}
	r, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(r, err)
	r, err = filepath.Rel("a", "/b")
	fmt.Println(r, err)
	fmt.Println(filepath.Base("/x/y.z"), filepath.Ext("f.tar.gz"), filepath.SplitList("/bin:/usr/bin"), filepath.ToSlash("a/b"), string(filepath.Separator))
}
