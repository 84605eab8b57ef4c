"""Side-by-side benchmark of `timbang skm score FILE --by unit --format json` (shared/spec/performance.md).

Run by Benchmarks/run.sh inside Benchmarks/.venv. For every data file: checks each contender's per-unit element
means against Timbang's (to 1e-9) before any of its times count, then runs every contender RUNS times round-robin
under /usr/bin/time -v, and writes Benchmarks/RESULTS.md. Measures and reports; never asserts.
"""
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 1e-9


def timed(command):
    """Runs command under /usr/bin/time -v: (wall seconds, peak RSS MiB, stdout)."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    rss = int(match.group(1)) / 1024 if match else float("nan")
    return wall, rss, done.stdout


def warm(path):
    """Reads the file once, untimed, so every timed run starts with it in the page cache: this VM's proactive
    reclaim (kdamond) evicts a file's pages within seconds of their last use, so without this the first contender of
    each round would partly read from disk."""
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


def timbang_means(output):
    result = json.loads(output)
    return {g["key"]["unit"]: [e["nrr"] for e in g["elements"]] for g in result["groups"]}


def compare(reference, means):
    """None when equal within TOLERANCE, else the first difference."""
    if set(reference) != set(means):
        return f"units differ: {sorted(set(reference) ^ set(means))[:5]}"
    for unit, values in reference.items():
        for i, (a, b) in enumerate(zip(values, means[unit])):
            if a is None or b is None:
                if a is not b:
                    return f"{unit} U{i + 1}: {a} vs {b}"
            elif abs(a - b) > TOLERANCE:
                return f"{unit} U{i + 1}: {a!r} vs {b!r}"
    return None


def main():
    timbang, runs, contender_max_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    files = sys.argv[4:]
    python = sys.executable
    sections = []
    summary = []
    for path in files:
        rows = sum(1 for _ in open(path, "rb")) - 1
        size = os.path.getsize(path)
        load_before = os.getloadavg()
        contenders = {
            "timbang (all cores)": [timbang, "skm", "score", path, "--by", "unit", "--format", "json"],
            "timbang --threads 1": [timbang, "skm", "score", path, "--by", "unit", "--format", "json", "--threads", "1"],
            "timbang --threads 2": [timbang, "skm", "score", path, "--by", "unit", "--format", "json", "--threads", "2"],
            "wc -l": ["wc", "-l", path],
        }
        if rows <= contender_max_rows:
            for engine in ["duckdb", "polars", "pandas"]:
                contenders[engine] = [python, os.path.join(HERE, "contenders.py"), engine, path]
        # Check (and warm the page cache).
        _, _, out = timed(contenders["timbang (all cores)"])
        reference = timbang_means(out)
        checks = {}
        for name, command in contenders.items():
            if name == "wc -l":
                checks[name] = None
                continue
            _, _, out = timed(command)
            means = timbang_means(out) if name.startswith("timbang") else json.loads(out)["means"]
            checks[name] = compare(reference, means)
            print(f"{os.path.basename(path)}: {name}: check {'ok' if checks[name] is None else checks[name]}", flush=True)
        walls = {name: [] for name in contenders}
        inner = {name: [] for name in contenders}
        rss = {name: [] for name in contenders}
        for run in range(runs):
            for name, command in contenders.items():
                if checks[name] is not None:
                    continue
                warm(path)
                wall, peak, out = timed(command)
                walls[name].append(wall)
                rss[name].append(peak)
                if name in ("duckdb", "polars", "pandas"):
                    inner[name].append(json.loads(out)["seconds"])
                print(f"{os.path.basename(path)}: run {run + 1} {name}: {wall:.3f} s, {peak:.1f} MiB", flush=True)
        load_after = os.getloadavg()

        def best(name):
            # A contender's time: inside its process (after interpreter start and imports) — the stricter comparison.
            return min(inner[name]) if inner[name] else min(walls[name])

        def med(name):
            return statistics.median(inner[name]) if inner[name] else statistics.median(walls[name])

        engines = [n for n in ("duckdb", "polars", "pandas") if n in contenders and checks[n] is None]
        ours = "timbang (all cores)"
        fastest = min(engines, key=best) if engines else None
        lines = [
            f"### {rows:,} rows ({size / 1e6:.0f} MB) — `{os.path.basename(path)}`",
            "",
            f"Load average (1/5/15 min) before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; "
            f"after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}.",
            "",
            "| contender | check | min s | median s | process min s | peak RSS MiB | time ÷ timbang (min) |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for name in contenders:
            if checks[name] is not None:
                lines.append(f"| {name} | **differs**: {checks[name]} | | | | | |")
                continue
            process = min(walls[name])
            lines.append(
                f"| {name} | {'—' if name == 'wc -l' else 'same means'} | {best(name):.3f} | {med(name):.3f} | "
                f"{process:.3f} | {max(rss[name]):.1f} | {best(name) / best(ours):.2f} |")
        lines.append("")
        facts = {
            "rows": rows,
            "timbang_min": best(ours),
            "timbang_rss": max(max(rss[n]) for n in contenders if n.startswith("timbang") and rss[n]),
            "wc_min": best("wc -l"),
            "scaling": best("timbang --threads 1") / best("timbang --threads 2"),
        }
        if fastest:
            facts["fastest"] = fastest
            facts["speedup"] = best(fastest) / best(ours)
            facts["speedup_median"] = med(fastest) / med(ours)
        lines.append(
            f"- timbang ÷ `wc -l`: {facts['timbang_min'] / facts['wc_min']:.2f}× (min times); "
            f"two cores ÷ one core: {facts['scaling']:.2f}× faster; peak RSS of timbang: {facts['timbang_rss']:.1f} MiB.")
        if fastest:
            lines.append(
                f"- fastest contender: {fastest}, {best(fastest):.3f} s inside its process; timbang is "
                f"{facts['speedup']:.2f}× faster on min times ({facts['speedup_median']:.2f}× on medians).")
        lines.append("")
        sections.append("\n".join(lines))
        summary.append(facts)

    versions = {}
    for package in ("duckdb", "polars", "pandas"):
        try:
            versions[package] = __import__(package).__version__
        except Exception:
            versions[package] = "not installed"
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    memory = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
    head = [
        "# Benchmark results",
        "",
        "Written by `Benchmarks/run.sh` (see `Benchmarks/README.md`); measured, never asserted.",
        "",
        f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {cpu}, {os.cpu_count()} cores, {memory} RAM; {platform.platform()}",
        f"- toolchain: {swift[0] if swift else '?'}; Python {platform.python_version()}; "
        + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- command: `timbang skm score FILE --by unit --format json` (release build); each contender run {runs}× "
        "round-robin after one check run, the file read (untimed) just before every timed run so that each starts with "
        "it in the page cache",
        "- contenders: DuckDB `read_csv` + `GROUP BY unit` with `avg`; Polars lazy `scan_csv` + `group_by` + `mean`; "
        "pandas `read_csv(usecols=…)` + `groupby().mean()`; each must give the same per-unit means as timbang "
        f"(within {TOLERANCE:g}) before its times count",
        "- *min s* / *median s*: for the Python engines, the time inside the process after imports (stricter for "
        "timbang); for timbang and `wc -l`, the whole process. *process min s*: the whole process for everyone. "
        "Peak RSS from `/usr/bin/time -v`.",
        "",
        "## Targets (spec: 10M rows)",
        "",
        "| rows | ≥ 6× faster than the fastest contender | within 3× of `wc -l` | peak RSS ≤ 64 MiB | 2 cores ≥ 1.7× 1 core |",
        "|---:|---|---|---|---|",
    ]
    for f in summary:
        speed = f"{f['speedup']:.2f}× vs {f['fastest']} {'✔' if f['speedup'] >= 6 else '✘'}" if "speedup" in f else "—"
        wc = f["timbang_min"] / f["wc_min"]
        head.append(
            f"| {f['rows']:,} | {speed} | {wc:.2f}× {'✔' if wc <= 3 else '✘'} | "
            f"{f['timbang_rss']:.1f} {'✔' if f['timbang_rss'] <= 64 else '✘'} | "
            f"{f['scaling']:.2f}× {'✔' if f['scaling'] >= 1.7 else '✘'} |")
    head += ["", "## Runs", ""]
    extra = os.environ.get("BENCH_NOTES")
    tail = ["## Notes", "", extra, ""] if extra else []
    with open(os.path.join(HERE, "RESULTS.md"), "w") as out:
        out.write("\n".join(head + sections + tail))
    print("\n".join(head + sections))


if __name__ == "__main__":
    main()
