# My recursive async factorial returns 0 for the base case, so everything comes out 0.
import asyncio


async def factorial(n):
    if n <= 1:
        return 0
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1)


async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")
    assert results[0] == 120, f"expected 120 but got {results[0]}"


asyncio.run(main())
