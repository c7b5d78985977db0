# Bug: I used += instead of *=, so it computes triangular numbers. assert catches it.
import asyncio


async def factorial(n):
    result = 0
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result += i
    return result


async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    assert results[0] == 120, f"5! should be 120, got {results[0]}"


asyncio.run(main())
