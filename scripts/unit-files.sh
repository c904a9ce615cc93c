#!/usr/bin/env bash
# Lists every unit and cross-cutting test file explicitly (Node 20's --test takes no globs and a
# wrong pattern would silently run nothing).
cd "$(dirname "$0")/.." || exit 1
find simulator fault-proxy register harness contracts scenarios test -name '*.test.ts' -not -path '*/node_modules/*' 2>/dev/null | sort
