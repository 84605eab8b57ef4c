#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for a fixed time, printing executions and coverage.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
#   SECONDS  time per target (default 60; the hardening issue asks for 600 on a quiet machine)
#   TARGET   FuzzCSV, FuzzJSON, … (default: every folder Fuzz/Sources/Fuzz*/ except FuzzSupport)
#
# Environment:
#   TIMBANG_FUZZ_SCRATCH  build and work folder (default .build-fuzz): the grown corpus is kept in
#                         $TIMBANG_FUZZ_SCRATCH/corpus/TARGET, crash inputs in $TIMBANG_FUZZ_SCRATCH/findings/TARGET/ (not artifacts/: SwiftPM empties that folder on every build)
#   FUZZ_FLAGS            extra libFuzzer flags (e.g. "-jobs=2 -workers=2", "-seed=1")
#   FUZZ_NO_BUILD=1       reuse the last build
#
# The seed corpus in Fuzz/Corpus/TARGET is read, never written. Exit status: 0 when no target crashed, 1 otherwise.
# A crash input becomes a regression test in the owning module's tests (see Fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
scratch=${TIMBANG_FUZZ_SCRATCH:-.build-fuzz}

if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for dir in Fuzz/Sources/Fuzz*/; do
    name=$(basename "$dir")
    [ "$name" = FuzzSupport ] || targets+=("$name")
  done
fi

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  echo "building ${#targets[@]} fuzz targets (release, -sanitize=fuzzer,address) in $scratch …" >&2
  # SwiftPM does not notice files added to the root package (a path dependency here) while its build plan is cached:
  # dropping the plan makes it look again (the compiled modules are kept).
  rm -f "$scratch/release.yaml"
  # The flag goes to every module, so the decoders of the root package are instrumented as well as the harnesses.
  # lld: gold stops with an internal error on these binaries.
  swift build --package-path Fuzz --scratch-path "$scratch" -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2
fi

# The Swift runtime's backtracer reads memory after a crash, which AddressSanitizer reports as a second, bogus error.
export SWIFT_BACKTRACE=enable=no
# A smaller quarantine keeps long runs of the memory-hungry targets under -rss_limit_mb.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=64}

status=0
printf '%-30s %8s %10s %8s %8s %8s %s\n' target seconds executions exec/s cov ft crashes
for target in "${targets[@]}"; do
  binary="$scratch/release/$target"
  [ -x "$binary" ] || { echo "no binary $binary (is $target a fuzz target?)" >&2; exit 2; }
  work="$scratch/corpus/$target"
  artifacts="$scratch/findings/$target"
  log="$scratch/logs/$target.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  # -detect_leaks=0: Swift runtime caches read as leaks; -timeout: one input may take at most 10 s (slower is a
  # finding too: libFuzzer keeps it as timeout-…); -rss_limit_mb: an input that makes a decoder allocate > 2 GiB is
  # kept as oom-….
  # shellcheck disable=SC2086
  "$binary" "$work" "Fuzz/Corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" ${FUZZ_FLAGS:-} >"$log" 2>&1 || true
  done_line=$(grep -E '^#[0-9]+\s+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$done_line")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$done_line")
  execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -1)
  rate=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" | tail -1)
  crashes=$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
    -o -name 'leak-*' \) | wc -l)
  printf '%-30s %8s %10s %8s %8s %8s %s\n' "$target" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
    "$crashes"
  if [ "$crashes" -gt 0 ]; then
    status=1
    find "$artifacts" -maxdepth 1 -type f -newer "$binary" | sed 's/^/    /'
    grep -m3 -E 'FINDING|ERROR: (AddressSanitizer|libFuzzer)|Fatal error|deadly signal' "$log" | sed 's/^/    /' || true
  fi
done
exit $status
