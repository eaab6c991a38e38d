// Files through the io interfaces: Create/WriteFile/ReadFile/OpenFile,
// Stat (size, mode, IsDir), Seek, ReadAt/WriteAt, io.Copy into a
// bufio.Writer, io.SectionReader, bufio ReadLine and ReadString, errors on
// missing and closed files, Remove; and io.Pipe between goroutines.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	dir := "io_files_tmp_" + strconv.Itoa(os.Getpid())
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "DIR")
	}
	if err := os.Mkdir(dir, 0755); err != nil {
		fmt.Println(clean(err))
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/a.txt"

	err := os.WriteFile(name, []byte("alpha\nbeta\r\ngamma delta\nlast"), 0644)
	fmt.Println("write:", clean(err))
	fi, err := os.Stat(name)
	fmt.Println("stat:", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), clean(err))
	di, err := os.Stat(dir)
	fmt.Println("dir:", di.IsDir(), di.Mode().IsDir(), di.Mode()&os.ModePerm, clean(err))

	f, err := os.Open(name)
	if err != nil {
		fmt.Println(clean(err))
		return
	}
	r := bufio.NewReader(f)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("readline:", err)
			break
		}
		fmt.Printf("line %q prefix %v\n", line, isPrefix)
	}
	pos, err := f.Seek(6, io.SeekStart)
	fmt.Println("seek:", pos, err)
	s, err := bufio.NewReader(f).ReadString('\n')
	fmt.Printf("after seek %q %v\n", s, err)
	end, _ := f.Seek(-4, io.SeekEnd)
	fmt.Println("seek end:", end)
	buf := make([]byte, 5)
	n, err := f.ReadAt(buf, 12)
	fmt.Printf("readat %q %d %v\n", buf[:n], n, err)
	n, err = f.ReadAt(buf, 27)
	fmt.Printf("readat end %q %d %v\n", buf[:n], n, err)
	_, err = f.ReadAt(buf, -1)
	fmt.Println(clean(err))
	sr := io.NewSectionReader(f, 6, 10)
	all, err := io.ReadAll(sr)
	fmt.Printf("section %q %v size %d\n", all, err, sr.Size())
	f.Close()
	_, err = f.Read(buf)
	fmt.Println("read closed:", clean(err), errors.Is(err, os.ErrClosed))
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("seek closed:", clean(err))
	fmt.Println("close again:", clean(f.Close()))

	// Append and WriteAt.
	g, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println("open append:", clean(err))
	g.WriteString("\nappended")
	_, err = g.WriteAt([]byte("x"), 0)
	fmt.Println("writeat append:", clean(err))
	g.Close()
	h, _ := os.OpenFile(name, os.O_RDWR, 0)
	h.WriteAt([]byte("ALPHA"), 0)
	h.Sync()
	h.Close()

	// io.Copy into a buffered stdout, and the Scanner over the file.
	f, _ = os.Open(name)
	w := bufio.NewWriter(os.Stdout)
	nc, err := io.Copy(w, f)
	w.WriteString("\n")
	w.Flush()
	fmt.Println("copied", nc, err)
	f.Seek(0, io.SeekStart)
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	words := []string{}
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(len(words), words)
	f.Close()

	data, err := os.ReadFile(name)
	fmt.Println(len(data), clean(err))
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(clean(err), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	_, err = os.Create(dir + "/no/such/file")
	fmt.Println(clean(err))
	fmt.Println("remove:", clean(os.Remove(name)), clean(os.Remove(name)))

	// io.Pipe: a writer goroutine, a reader with ReadFull and ReadAll.
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Fprintf(pw, "chunk %d;", i)
		}
		pw.CloseWithError(errors.New("writer done"))
	}()
	head := make([]byte, 8)
	_, err = io.ReadFull(pr, head)
	fmt.Printf("%q %v\n", head, err)
	rest, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", rest, err)
}
