#!/bin/sh
# The production build (`npm run build`), with its memory held under 2 GB for a national
# catalogue of 20,000 products (docs/benchmarks.md):
# - V8's old space capped at 1 GiB: left alone it lets 2 GB of garbage pile up between full
#   collections, while the live set stays near 650 MB. A bigger catalogue can raise it through
#   NODE_OPTIONS (the last --max-old-space-size given wins).
# - the bundler (rolldown, which allocates with mimalloc) hands freed memory back at once,
#   instead of keeping ~350 MB of it for the rest of the build.
# - glibc keeps at most two malloc arenas: the compression worker, libuv's file writes and sharp
#   each got an arena of their own, whose freed memory stayed in RSS (the end of a national build
#   peaked at 2,151 MiB without this, 1,890 MiB with it).
export MIMALLOC_PURGE_DELAY=0
export MALLOC_ARENA_MAX=2
export NODE_OPTIONS="--max-old-space-size=1024${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec astro build "$@"
