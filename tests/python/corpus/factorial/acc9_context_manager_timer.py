# A context manager class timing each factorial, printing a rounded, deterministic time.
import asyncio
import time

class Timer:
    def __init__(self, label, expected=0.0):
        self.label, self.expected = label, expected

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        status = "ok" if exc_type is None else f"failed ({exc_type.__name__}: {exc})"
        print(f"{self.label}: {status}, {self.elapsed >= self.expected - 1e-3} (expected {self.expected:.1f} s)")
        return exc_type is ValueError

async def factorial(n):
    if n < 0:
        raise ValueError("negative")
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    for n in (3, -1, 2):
        with Timer(f"{n}!", max(n, 0) * 0.1) as t:
            print(n, "->", await factorial(n))
        print("elapsed type:", type(t.elapsed).__name__)
    with Timer("bad type"):
        await factorial("x")

asyncio.run(main())
