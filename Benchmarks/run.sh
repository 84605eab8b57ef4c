#!/usr/bin/env bash
# Side-by-side benchmark of `timbang skm score` (shared/spec/performance.md). Never part of `swift test`.
#
#   Benchmarks/run.sh                 # 1M and 10M rows
#   Benchmarks/run.sh 100000000       # also 100M rows (timbang and wc -l only) and the 10-shard check on it
#
# Environment: RUNS (default 5), UNITS (default 100), SEED (default 1), TIMBANG_SCRATCH (build folder, default
# .build-bench), TIMBANG_BIN (an already built release binary; skips the build), BENCH_NOTES (text appended to
# RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-5}
UNITS=${UNITS:-100}
SEED=${SEED:-1}
SCRATCH=${TIMBANG_SCRATCH:-.build-bench}
DATA=Benchmarks/data
VENV=Benchmarks/.venv

if [ -n "${TIMBANG_BIN:-}" ]; then
  TIMBANG=$TIMBANG_BIN
  echo "== using $TIMBANG"
else
  echo "== building timbang (release, $SCRATCH)"
  # A self-contained binary (the Swift runtime linked in, as one would deploy it): it also starts about 10 ms
  # sooner than one that loads the shared Swift libraries.
  swift build -c release --scratch-path "$SCRATCH" --product timbang --static-swift-stdlib
  TIMBANG="$ROOT/$SCRATCH/release/timbang"
fi

if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "== installing GNU time (for peak RSS)"
  apt-get install -y time >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV with duckdb, polars, pandas (comparison only)"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet duckdb polars pandas
fi

mkdir -p "$DATA"
SIZES=(1000000 10000000)
for extra in "$@"; do SIZES+=("$extra"); done
FILES=()
for n in "${SIZES[@]}"; do
  f="$DATA/survey-$n-u$UNITS-s$SEED.csv"
  if [ ! -s "$f" ]; then
    echo "== generating $n rows → $f"
    /usr/bin/time -f "   %e s, %M KiB peak" "$TIMBANG" datasets generate --respondents "$n" --units "$UNITS" --seed "$SEED" -o "$f"
  fi
  FILES+=("$f")
done

echo "== load: $(uptime)"
"$VENV/bin/python" Benchmarks/bench.py "$TIMBANG" "$RUNS" 10000000 "${FILES[@]}"

# Shards merge to the whole: on the largest file of this run.
LARGEST="${FILES[${#FILES[@]}-1]}"
Benchmarks/shard-check.sh "$LARGEST" 10 "$TIMBANG" | tee "$DATA/shard-check.txt"
echo "== wrote Benchmarks/RESULTS.md"
