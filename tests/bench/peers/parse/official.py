"""Times the official Go parser (BuildKit, through the PyPI package `dockerfile`).

Usage: python official.py N FILE...  prints the sum over FILEs of the best of N parse times, in seconds.
"""
import sys
import time

import dockerfile

n = int(sys.argv[1])
total = 0.0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        dockerfile.parse_string(text)
        best = min(best, time.perf_counter() - t)
    total += best
print(f"{total:.9f}")
