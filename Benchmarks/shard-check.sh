#!/usr/bin/env bash
# Scoring a file equals scoring its shards and merging their tallies (shared/spec/performance.md, "100M rows").
#
#   Benchmarks/shard-check.sh FILE [SHARDS=10] [TIMBANG=.build-bench/release/timbang]
#
# Splits FILE into SHARDS line-aligned pieces (each with the header) beside it, scores each with
# `--format tally`, merges them with `timbang skm merge`, and compares the groups and total of the merged result
# with scoring FILE whole (JSON, full precision). Prints timings and peak memory; exits 1 when they differ.
set -euo pipefail
FILE=$1
SHARDS=${2:-10}
TIMBANG=${3:-.build-bench/release/timbang}
WORK=$(mktemp -d "$(dirname "$FILE")/shards.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== shard check: $FILE into $SHARDS shards"
head -n 1 "$FILE" > "$WORK/header"
ROWS=$(( $(wc -l < "$FILE") - 1 ))
PER=$(( (ROWS + SHARDS - 1) / SHARDS ))
tail -n +2 "$FILE" | split -l "$PER" -d -a 3 - "$WORK/body-"
TALLIES=()
for body in "$WORK"/body-*; do
  shard="$body.csv"
  cat "$WORK/header" "$body" > "$shard"
  rm "$body"
  "$TIMBANG" skm score "$shard" --by unit --format tally -o "$shard.tally.json"
  rm "$shard"
  TALLIES+=("$shard.tally.json")
done
/usr/bin/time -f "   whole file: %e s, %M KiB peak" \
  "$TIMBANG" skm score "$FILE" --by unit --format json -o "$WORK/whole.json"
"$TIMBANG" skm merge "${TALLIES[@]}" --format json -o "$WORK/merged.json"
python3 - "$WORK/whole.json" "$WORK/merged.json" <<'EOF'
import json, sys
whole, merged = (json.load(open(p)) for p in sys.argv[1:3])
same = whole["groups"] == merged["groups"] and whole["total"] == merged["total"]
print(f"   {len(whole['groups'])} groups, {whole['total']['respondents']:,} respondents: "
      + ("merged shard tallies == whole file" if same else "MISMATCH between merged shards and whole file"))
sys.exit(0 if same else 1)
EOF
