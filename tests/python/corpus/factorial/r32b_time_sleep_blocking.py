# Student used time.sleep instead of asyncio.sleep: the factorials run one after another.
import asyncio
import time


async def factorial(name, n):
    result = 1
    for i in range(1, n + 1):
        print(f"{name}: step {i}")
        time.sleep(0.05)
        result *= i
    return result


async def main():
    start = time.perf_counter()
    r = await asyncio.gather(factorial("A", 3), factorial("B", 3))
    elapsed = time.perf_counter() - start
    print(r)
    print("took at least 0.3 s (serial):", elapsed >= 0.3)


asyncio.run(main())
