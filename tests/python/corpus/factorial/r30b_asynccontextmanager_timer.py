# An async context manager that times a block (printed as a comparison only).
import asyncio
import time
from contextlib import asynccontextmanager


@asynccontextmanager
async def timer(label, expected):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f"{label}: at least {expected}s? {elapsed >= expected}")


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f


async def main():
    async with timer("gather", 0.25):
        print(await asyncio.gather(factorial(6), factorial(3)))
    async with timer("one", 0.1):
        print(await factorial(3))
    async with timer("failing", 0):
        raise KeyError("oops")


asyncio.run(main())
