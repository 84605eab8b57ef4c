#!/usr/bin/env bash
# Checks Timbang's resource limits end to end with the built binary, measuring peak memory (GNU time -v):
#   - a pathological line (100 MB without a newline) is rejected with a clear message, not by exhausting memory;
#   - a quoted field over the 64 MiB record limit gets the same message;
#   - inputs read whole (assessments, worksheets, claims …) refuse anything over 256 MiB, /dev/zero included;
#   - a survey streams in constant memory (ROWS respondents through a pipe; 100000000 for the issue's figure).
#
# Usage: scripts/resource-limits.sh [ROWS]        (default ROWS=2000000)
# Environment: TIMBANG=path/to/timbang to use a given binary; otherwise a release build in $TIMBANG_SCRATCH
#              (default .build-release). Exit status 0 when every case gave the expected exit code within its
#              memory bound.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-2000000}
if [ -z "${TIMBANG:-}" ]; then
  scratch=${TIMBANG_SCRATCH:-.build-release}
  swift build -c release --scratch-path "$scratch" --product timbang >&2
  TIMBANG="$scratch/release/timbang"
fi
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'EOF'
import sys
w = sys.argv[1]
block = b"A" * (1 << 20)
def write(name, head, count, tail=b""):
    with open(f"{w}/{name}", "wb") as f:
        f.write(head)
        for _ in range(count):
            f.write(block)
        f.write(tail)
header = b"respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
write("no-newline.csv", b"", 100)                               # 100 MiB, one line
write("long-line.csv", header + b"1,", 100)                    # a 100 MiB data row
write("long-quoted.csv", header + b'1,"', 70, b'",3,3,3,3,3,3,3,3\n')  # a 70 MiB quoted field
write("big-assessment.csv", b"indicator,level\n", 300)         # 300 MiB, read whole by spbe score
EOF

status=0
printf '%-46s %5s %9s %8s  %s\n' case exit "peak MB" seconds message
check() { # name expected-exit max-MB command…
  local name=$1 expected=$2 limit=$3
  shift 3
  local out="$work/out" err="$work/err" stats="$work/stats"
  set +e
  /usr/bin/time -v -o "$stats" "$@" >"$out" 2>"$err"
  local code=$?
  set -e
  local kb seconds
  kb=$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$stats")
  seconds=$(sed -nE 's/.*Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/\1/p' "$stats")
  local mb=$((kb / 1024))
  printf '%-46s %5s %9s %8s  %s\n' "$name" "$code" "$mb" "$seconds" "$(head -c 150 "$err" | head -1)"
  if [ "$code" != "$expected" ] || [ "$mb" -gt "$limit" ]; then
    echo "  FAILED: expected exit $expected within $limit MB" >&2
    status=1
  fi
}

check "skm score: 100 MB without a newline" 65 200 "$TIMBANG" skm score "$work/no-newline.csv"
check "skm score: 100 MB data row" 65 200 "$TIMBANG" skm score "$work/long-line.csv"
check "skm score: 70 MiB quoted field" 65 200 "$TIMBANG" skm score "$work/long-quoted.csv"
check "skm score -: 100 MB line on standard input" 65 200 sh -c "\"$TIMBANG\" skm score - < \"$work/no-newline.csv\""
check "kami score: 100 MB without a newline" 65 200 "$TIMBANG" kami score "$work/no-newline.csv"
check "spbe score: 300 MiB file (read whole)" 65 400 "$TIMBANG" spbe score "$work/big-assessment.csv"
check "spbe score: /dev/zero" 65 400 "$TIMBANG" spbe score /dev/zero
check "sakip score: 100 MB without a newline" 65 400 "$TIMBANG" sakip score "$work/no-newline.csv"
check "audit: /dev/zero" 65 400 "$TIMBANG" audit /dev/zero
check "skm score: $rows respondents streamed from a pipe" 0 100 \
  sh -c "\"$TIMBANG\" datasets generate --respondents $rows | \"$TIMBANG\" skm score - --by unit --format json > /dev/null"
exit $status
