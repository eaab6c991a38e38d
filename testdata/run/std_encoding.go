package main

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Hello Gopher! \x00\xff")
	s := hex.EncodeToString(src)
	fmt.Println(s)
	b, err := hex.DecodeString(s)
	fmt.Println(string(b) == string(src), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("the quick brown fox jumps over the lazy dog")))
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	fmt.Printf("%x %x %x\n", buf, binary.BigEndian.Uint32(buf), binary.LittleEndian.Uint16(buf[4:]))
	binary.LittleEndian.PutUint64(buf, 0x0102030405060708)
	fmt.Printf("%x %x %x\n", buf, binary.BigEndian.Uint64(buf), binary.LittleEndian.Uint64(buf))
	fmt.Printf("%x\n", binary.BigEndian.AppendUint16(nil, 0xabcd))
	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 300, -300, 1 << 40} {
		n := binary.PutVarint(vb, v)
		d, m := binary.Varint(vb[:n])
		fmt.Printf("%d %x %d %d\n", v, vb[:n], d, m)
	}
	u, n := binary.Uvarint([]byte{0xff, 0xff, 0x03})
	fmt.Println(u, n, binary.BigEndian, binary.LittleEndian)
}
