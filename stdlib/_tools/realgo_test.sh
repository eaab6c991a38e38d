#!/usr/bin/env bash
# realgo_test.sh [files]: runs testdata/run programs with real Go but against
# our stdlib (mirrored by realgo.sh) and compares with the golden .out files.
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
"$here/stdlib/_tools/realgo.sh" >/dev/null
pkgs=$(cd "$here/stdlib" && find . -name '*.go' -not -path './_tools/*' -printf '%h\n' | sed 's|^\./||' | sort -u)
sedexpr=""
for p in $pkgs; do sedexpr="$sedexpr -e s|\"$p\"|\"gs/$p\"|"; done
files=("$@")
[ ${#files[@]} -eq 0 ] && files=("$here"/testdata/run/std_*.go)
pass=0; fail=0
for f in "${files[@]}"; do
  name=$(basename "$f" .go)
  # reflect has no real-Go shim (its C half works on gosub descriptors)
  if grep -q '"reflect"' "$f"; then echo "skip $name (reflect)"; continue; fi
  d=/tmp/gsgo/src/rt_$name
  rm -rf "$d"; mkdir -p "$d"
  sed $sedexpr "$f" > "$d/main.go"
  (cd "$d" && GOPATH=/tmp/gsgo GO111MODULE=off GOFLAGS=-mod=mod go run main.go >out.txt 2>&1 </dev/null)
  if cmp -s "$d/out.txt" "${f%.go}.out"; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "FAIL $name"; diff "$d/out.txt" "${f%.go}.out" | head -10
  fi
done
echo "pass=$pass fail=$fail"
