"""One comparison engine computing per-unit means of U1..U9 (available case: blanks ignored).

Usage: python contenders.py duckdb|polars|pandas FILE

Prints one JSON line: {"seconds": <time inside the process, after imports>, "means": {unit: [m1..m9]}}.
Comparison only: these engines are never a dependency of Timbang.
"""
import json
import sys
import time

ELEMENTS = [f"U{i}" for i in range(1, 10)]


def run_duckdb(path):
    import duckdb

    start = time.perf_counter()
    avgs = ", ".join(f"avg({c})" for c in ELEMENTS)
    rows = duckdb.sql(f"SELECT unit, {avgs} FROM read_csv('{path}') GROUP BY unit").fetchall()
    seconds = time.perf_counter() - start
    return seconds, {r[0]: list(r[1:]) for r in rows}


def run_polars(path):
    import polars as pl

    start = time.perf_counter()
    frame = pl.scan_csv(path).group_by("unit").agg([pl.col(c).mean() for c in ELEMENTS]).collect()
    seconds = time.perf_counter() - start
    return seconds, {r[0]: list(r[1:]) for r in frame.iter_rows()}


def run_pandas(path):
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_csv(path, usecols=["unit"] + ELEMENTS)
    means = frame.groupby("unit")[ELEMENTS].mean()
    seconds = time.perf_counter() - start
    return seconds, {unit: [float(x) for x in row] for unit, row in zip(means.index, means.to_numpy())}


if __name__ == "__main__":
    engine, path = sys.argv[1], sys.argv[2]
    seconds, means = {"duckdb": run_duckdb, "polars": run_polars, "pandas": run_pandas}[engine](path)
    print(json.dumps({"seconds": seconds, "means": means}))
