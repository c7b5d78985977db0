# Sorting results where some failed: mixing None and ints breaks sorted().
import asyncio


async def factorial(n):
    await asyncio.sleep(0.001)
    if n < 0:
        return None
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    results = await asyncio.gather(*map(factorial, [4, -1, 3]))
    print(results)
    print(sorted(results, key=lambda r: (r is None, r or 0)))
    print(sorted(r for r in results if r is not None))
    print(sorted(results))


asyncio.run(main())
