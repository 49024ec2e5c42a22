// A WASI command in Go (GOOS=wasip1): the Go runtime's use of WASI (args,
// environ, stdin, stdout/stderr, clocks, a preopened directory, exit codes).
//
//	main cat             copies stdin to stdout in upper case
//	main ls DIR          lists DIR (name, size; directories end in /), sorted
//	main write DIR/F S   writes S to DIR/F and reads it back
//	main env NAME        prints $NAME
//	main exit N          prints args to stderr, exits with N
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: main cat|ls|write|env|exit ...")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "cat":
		in, err := io.ReadAll(bufio.NewReader(os.Stdin))
		check(err)
		os.Stdout.Write(bytes.ToUpper(in))
	case "ls":
		entries, err := os.ReadDir(os.Args[2])
		check(err)
		names := []string{}
		for _, e := range entries {
			info, err := e.Info()
			check(err)
			if e.IsDir() {
				names = append(names, e.Name()+"/")
			} else {
				names = append(names, fmt.Sprintf("%s %d", e.Name(), info.Size()))
			}
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Println(n)
		}
	case "write":
		check(os.WriteFile(os.Args[2], []byte(os.Args[3]), 0o644))
		back, err := os.ReadFile(os.Args[2])
		check(err)
		fmt.Printf("wrote %q\n", back)
	case "env":
		fmt.Println(os.Getenv(os.Args[2]))
	case "exit":
		if time.Now().Year() < 2020 {
			fmt.Println("the clock is wrong")
		}
		fmt.Fprintln(os.Stderr, os.Args)
		n, err := strconv.Atoi(os.Args[2])
		check(err)
		os.Exit(n)
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
