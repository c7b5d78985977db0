# An async context manager class that times a block and reports whether it was "fast".
import asyncio
import time


class Timer:
    def __init__(self, label, limit):
        self.label, self.limit = label, limit

    async def __aenter__(self):
        self.start = time.perf_counter()
        print(f"[{self.label}] start")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        took = time.perf_counter() - self.start
        verdict = "fast" if took < self.limit else "slow"
        print(f"[{self.label}] end: {verdict}, error={exc_type.__name__ if exc_type else None}")
        return exc_type is ZeroDivisionError


async def factorial(n, step=0.1):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(step)
        r *= i
    return r


async def main():
    async with Timer("gather", 0.75):
        print(await asyncio.gather(factorial(3), factorial(2)))
    async with Timer("serial", 0.45) as t:
        print(await factorial(3), await factorial(2))
    async with Timer("broken", 1):
        print(await factorial(1) / 0)
    print("after", t.label)


asyncio.run(main())
