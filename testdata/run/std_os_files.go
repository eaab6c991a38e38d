package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("gosub_std_os_files_%d", os.Getpid()))
	os.RemoveAll(dir)
	fmt.Println(os.MkdirAll(filepath.Join(dir, "a", "b"), 0755))
	name := filepath.Join(dir, "a", "hello.txt")
	fmt.Println(os.WriteFile(name, []byte("hello, file\nsecond line\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	fi, err := os.Stat(name)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	di, _ := os.Stat(filepath.Join(dir, "a"))
	fmt.Println(di.Name(), di.IsDir(), di.Mode().IsDir(), di.Mode().Perm())
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	f.WriteString("appended\n")
	f.Close()
	f, _ = os.Open(name)
	all, _ := io.ReadAll(f)
	f.Close()
	fmt.Printf("%q\n", all)
	os.WriteFile(filepath.Join(dir, "a", "z.txt"), nil, 0600)
	entries, err := os.ReadDir(filepath.Join(dir, "a"))
	for _, e := range entries {
		info, _ := e.Info()
		if e.IsDir() {
			fmt.Println(e.Name(), "dir")
		} else {
			fmt.Println(e.Name(), info.Size())
		}
	}
	fmt.Println(os.Rename(name, filepath.Join(dir, "moved.txt")))
	_, err = os.Stat(name)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	_, err = os.Open(filepath.Join(dir, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))
	err = os.Mkdir(filepath.Join(dir, "a"), 0755)
	fmt.Println(os.IsExist(err))
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.FileMode(0755|os.ModeDir), os.FileMode(0644), os.ModeSymlink|0777)
}
