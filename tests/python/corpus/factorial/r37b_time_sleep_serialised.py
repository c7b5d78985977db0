# I used time.sleep inside the coroutine, so the tasks run one after another instead of interleaving.
import asyncio
import time


async def factorial(name, n):
    r = 1
    for i in range(1, n + 1):
        time.sleep(0.01)
        r *= i
        print(f"{name}: step {i}")
    return r


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(factorial("A", 3), factorial("B", 3))
    elapsed = time.perf_counter() - start
    print(results, "took at least 0.06s:", elapsed >= 0.06)


asyncio.run(main())
