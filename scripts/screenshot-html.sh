#!/usr/bin/env bash
# Renders an HTML file (e.g. a Timbang annex) in headless Chromium and saves a PNG screenshot; with --pdf also
# prints it to an A4 PDF through the page's print style sheet.
#
# Usage: scripts/screenshot-html.sh [--install] [--pdf OUT.pdf] FILE.html OUT.png [WIDTH,HEIGHT]
#   WIDTH,HEIGHT  window size in CSS pixels (default 900,2400: the top of the annex at print width)
#   --install     install Chromium from Debian's packages (apt-get, as root) when it is missing
# Exit: 0 screenshot written, 1 Chromium failed, 64 usage, 69 no Chromium installed (nothing was checked).
set -euo pipefail

install=0
pdf=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --install) install=1 ;;
    --pdf) shift; pdf="${1:-}" ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) args+=("$1") ;;
  esac
  shift
done
if [ "${#args[@]}" -lt 2 ] || [ "${#args[@]}" -gt 3 ]; then
  echo "usage: scripts/screenshot-html.sh [--install] [--pdf OUT.pdf] FILE.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 64
fi
html="${args[0]}"
png="${args[1]}"
size="${args[2]:-900,2400}"
[ -f "$html" ] || { echo "screenshot-html: $html: no such file" >&2; exit 64; }

find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
browser="$(find_chromium)"
if [ -z "$browser" ] && [ "$install" = 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "screenshot-html: installing Chromium from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation >/dev/null
    browser="$(find_chromium)"
  else
    echo "screenshot-html: --install needs root and apt-get" >&2
  fi
fi
if [ -z "$browser" ]; then
  echo "screenshot-html: no headless Chromium found; install Debian's chromium package (or run with --install as root)" >&2
  exit 69
fi

abs="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
mkdir -p "$(dirname "$png")"
png_abs="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
profile="$(mktemp -d "${TMPDIR:-/tmp}/timbang-chromium.XXXXXX")"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --disable-gpu --no-sandbox --disable-dev-shm-usage --hide-scrollbars --no-first-run
  --disable-background-networking --disable-extensions --user-data-dir="$profile")

rm -f "$png_abs"
timeout 120 "$browser" "${flags[@]}" --window-size="$size" --screenshot="$png_abs" "file://$abs" \
  >"$profile/chromium.log" 2>&1 || true
if [ ! -s "$png_abs" ]; then
  cat "$profile/chromium.log" >&2
  echo "screenshot-html: Chromium wrote no screenshot" >&2
  exit 1
fi
echo "screenshot-html: $png ($(wc -c <"$png_abs") bytes) from $html with $($browser --version 2>/dev/null || echo Chromium)"

if [ -n "$pdf" ]; then
  mkdir -p "$(dirname "$pdf")"
  pdf_abs="$(cd "$(dirname "$pdf")" && pwd)/$(basename "$pdf")"
  timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf_abs" "file://$abs" \
    >"$profile/chromium-pdf.log" 2>&1 || true
  if [ ! -s "$pdf_abs" ]; then
    cat "$profile/chromium-pdf.log" >&2
    echo "screenshot-html: Chromium wrote no PDF" >&2
    exit 1
  fi
  echo "screenshot-html: $pdf (A4 print)"
fi
