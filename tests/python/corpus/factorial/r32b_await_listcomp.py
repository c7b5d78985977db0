# await inside a list comprehension: correct results, but one after another.
import asyncio
import time


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.04)
        r *= i
    return r


async def main():
    nums = [3, 2, 4]
    t = time.perf_counter()
    results = [await factorial(n) for n in nums]
    serial = time.perf_counter() - t
    print(results, "serial >= 0.36:", serial >= 0.36)
    evens = {n: await factorial(n) for n in range(6) if n % 2 == 0}
    print(evens)
    gen = (await factorial(n) for n in nums)
    print(type(gen).__name__, [x async for x in gen])


asyncio.run(main())
