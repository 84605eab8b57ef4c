#!/usr/bin/env bash
# Checks an .xlsx written by Timbang with independent tools:
#   1. Python's zipfile verifies every entry's CRC-32;
#   2. openpyxl (from PyPI, installed into the ignored venv .venv-tools/) reads every cell back and compares it
#      with the JSON sidecar: numbers must be number cells with the identical value and the expected number
#      format, texts identical, empty cells empty;
#   3. LibreOffice converts the workbook to PDF (`libreoffice --headless --convert-to pdf`), when installed.
#
# Usage:
#   scripts/check-xlsx.sh [--install] FILE.xlsx [EXPECTED.json]   (EXPECTED defaults to FILE.xlsx.json; when
#                                                                    that is absent, cells are read and summarised)
#   scripts/check-xlsx.sh [--install] --sample                      (writes the test suite's sample and checks it)
#
# --install   also install LibreOffice from Debian's packages (apt-get, as root) when it is missing.
# Sidecar:    {"sheets": [{"name": "...", "cells": [{"ref": "C3", "number": 3.25, "format": "#,##0.000"},
#                                                  {"ref": "A1", "text": "..."}, {"ref": "B7", "empty": true}]}]}
# Exit:       0 all checks passed (LibreOffice may be skipped, with a message), 1 a check failed, 64 usage.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
install=0
sample=0
args=()
for a in "$@"; do
  case "$a" in
    --install) install=1 ;;
    --sample) sample=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) args+=("$a") ;;
  esac
done

if [ "$sample" = 1 ]; then
  dir="$(mktemp -d "${TMPDIR:-/tmp}/timbang-sample.XXXXXX")"
  echo "check-xlsx: writing the sample workbook into $dir (swift test --filter SampleOutputTests)"
  (cd "$root" && TIMBANG_SAMPLE_DIR="$dir" swift test --scratch-path "${TIMBANG_SCRATCH:-.build-tools}" \
    --filter SampleOutputTests >"$dir/swift-test.log" 2>&1) || { cat "$dir/swift-test.log" >&2; exit 1; }
  args=("$dir/sample.xlsx" "$dir/sample.xlsx.json")
fi

if [ "${#args[@]}" -lt 1 ] || [ "${#args[@]}" -gt 2 ]; then
  echo "usage: scripts/check-xlsx.sh [--install] FILE.xlsx [EXPECTED.json] | --sample" >&2
  exit 64
fi
xlsx="${args[0]}"
expected="${args[1]:-$xlsx.json}"
[ -f "$xlsx" ] || { echo "check-xlsx: $xlsx: no such file" >&2; exit 64; }
if [ ! -f "$expected" ]; then
  if [ "${#args[@]}" -eq 2 ]; then echo "check-xlsx: $expected: no such file (the JSON sidecar)" >&2; exit 64; fi
  echo "check-xlsx: no sidecar $expected: reading every cell back without comparing values"
  expected=""
fi

# 1–2. zipfile and openpyxl in the tools venv.
venv="$root/.venv-tools"
if [ ! -x "$venv/bin/python" ]; then
  echo "check-xlsx: creating $venv"
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import openpyxl' 2>/dev/null; then
  echo "check-xlsx: installing openpyxl into $venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check openpyxl
fi

"$venv/bin/python" - "$xlsx" "$expected" <<'PY'
import json, math, sys, zipfile
import openpyxl

path, expected_path = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path) as z:
    bad = z.testzip()
    if bad is not None:
        sys.exit(f"zipfile: CRC-32 mismatch in {bad}")
    print(f"zipfile: {len(z.namelist())} entries, every CRC-32 correct")

wb = openpyxl.load_workbook(path)
print(f"openpyxl {openpyxl.__version__}: sheets {wb.sheetnames}")
if not expected_path:
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        numbers = [c for c in cells if c.data_type == "n"]
        formats = sorted({c.number_format for c in numbers})
        print(f"  {ws.title}: {ws.max_row} rows x {ws.max_column} columns, {len(numbers)} number cells, "
              f"{len(cells) - len(numbers)} text cells; formats {formats}")
    sys.exit(0)
expected = json.load(open(expected_path, encoding="utf-8"))
failures, numbers, texts, empties = [], 0, 0, 0
for sheet in expected["sheets"]:
    if sheet["name"] not in wb.sheetnames:
        failures.append(f"missing sheet {sheet['name']}")
        continue
    ws = wb[sheet["name"]]
    for spec in sheet["cells"]:
        ref = spec["ref"]
        cell = ws[ref]
        where = f"{sheet['name']}!{ref}"
        if "number" in spec:
            numbers += 1
            v = cell.value
            if cell.data_type != "n" or isinstance(v, bool) or not isinstance(v, (int, float)):
                failures.append(f"{where}: expected the number {spec['number']!r}, found {v!r} (type {cell.data_type})")
            elif float(v) != float(spec["number"]):
                failures.append(f"{where}: expected {spec['number']!r}, read back {v!r}")
            if "format" in spec and cell.number_format != spec["format"]:
                failures.append(f"{where}: expected format {spec['format']!r}, found {cell.number_format!r}")
        elif "text" in spec:
            texts += 1
            if cell.value != spec["text"]:
                failures.append(f"{where}: expected text {spec['text']!r}, found {cell.value!r}")
        elif spec.get("empty"):
            empties += 1
            if cell.value is not None:
                failures.append(f"{where}: expected an empty cell, found {cell.value!r}")
for f in failures[:50]:
    print("MISMATCH " + f)
if failures:
    sys.exit(f"openpyxl: {len(failures)} mismatches")
print(f"openpyxl: {numbers} numbers identical with their formats, {texts} texts identical, {empties} empty cells empty")
PY

# 3. LibreOffice.
lo="$(command -v libreoffice || command -v soffice || true)"
if [ -z "$lo" ] && [ "$install" = 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "check-xlsx: installing LibreOffice Calc from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui >/dev/null
    lo="$(command -v libreoffice || command -v soffice || true)"
  else
    echo "check-xlsx: --install needs root and apt-get" >&2
  fi
fi
if [ -z "$lo" ]; then
  echo "SKIP libreoffice: not installed; install Debian's libreoffice-calc-nogui (or run with --install as root) to check that LibreOffice opens the workbook"
  exit 0
fi
out="$(mktemp -d "${TMPDIR:-/tmp}/timbang-lo.XXXXXX")"
# A private profile, so a running LibreOffice or a read-only HOME does not interfere.
if ! timeout 300 "$lo" -env:UserInstallation="file://$out/profile" --headless --norestore \
  --convert-to pdf --outdir "$out" "$xlsx" >"$out/convert.log" 2>&1; then
  cat "$out/convert.log" >&2
  echo "libreoffice: conversion failed" >&2
  exit 1
fi
pdf="$out/$(basename "${xlsx%.*}").pdf"
if [ ! -s "$pdf" ] || [ "$(head -c 5 "$pdf")" != "%PDF-" ]; then
  cat "$out/convert.log" >&2
  echo "libreoffice: no PDF was produced" >&2
  exit 1
fi
pages="$(grep -c '/Type */Page[^s]' "$pdf" || true)"
echo "libreoffice: converted to $pdf ($(wc -c <"$pdf") bytes, $pages pages)"
if [ -n "${CHECK_XLSX_PNG:-}" ] && command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "${CHECK_XLSX_PNG%.png}"
  echo "libreoffice: first page as ${CHECK_XLSX_PNG%.png}-1.png"
fi
