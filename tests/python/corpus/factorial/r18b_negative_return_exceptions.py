import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f"factorial() not defined for negative values: {n}")
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    nums = [5, -1, 3, 2.5, 0]
    results = await asyncio.gather(*[factorial(n) for n in nums], return_exceptions=True)
    for n, r in zip(nums, results):
        if isinstance(r, Exception):
            print(f"{n!r:>5}: error {r!r}")
        else:
            print(f"{n!r:>5}: {r}")
    print(results)

asyncio.run(main())
