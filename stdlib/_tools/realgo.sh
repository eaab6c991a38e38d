#!/usr/bin/env bash
# realgo.sh: mirror stdlib/ into a GOPATH (/tmp/gsgo/src/gs/...) so the
# packages can be built and tested with the real Go toolchain.  Imports of our
# packages are rewritten to gs/<path>; each package's stubs.go (body-less
# functions implemented in C under gosub) is replaced by _tools/shim/<pkg>/stubs.go.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
root=/tmp/gsgo/src/gs
rm -rf "$root"; mkdir -p "$root"
pkgs=$(cd "$here" && find . -name '*.go' -not -path './_tools/*' -printf '%h\n' | sed 's|^\./||' | sort -u)
sedexpr=""
for p in $pkgs; do sedexpr="$sedexpr -e s|\"$p\"|\"gs/$p\"|"; done
for p in $pkgs; do
  mkdir -p "$root/$p"
  for f in "$here/$p"/*.go; do
    b=$(basename "$f")
    if [ "$b" != stubs.go ]; then
      sed $sedexpr "$f" > "$root/$p/$b"
    fi
  done
  # shims (real-Go versions of the C-implemented functions) use the real packages
  if [ -d "$here/_tools/shim/$p" ]; then
    cp "$here/_tools/shim/$p"/*.go "$root/$p/"
  fi
done
echo "$pkgs"
