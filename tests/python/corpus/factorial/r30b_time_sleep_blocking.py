# Used time.sleep by mistake: the factorials no longer interleave.
import asyncio
import time


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        print(f"  step {i} of {n}!")
        time.sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    took = time.perf_counter() - start
    print(results)
    print("took at least 0.09s:", took >= 0.09)


asyncio.run(calculate_factorials([3, 4, 2]))
