# Collect results into sets to drop duplicates, and print the sets as they are.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.001 * n)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    numbers = [5, 7, 3, 6, 5, 1, 0, 3, 12, 25]
    results = await asyncio.gather(*map(factorial, numbers))
    unique = set(results)
    print(unique)
    print(len(unique), "unique of", len(results))
    small = {r for r in results if r < 1000}
    print("small:", small, "big:", unique - small)
    print("with negatives:", {-r for r in small} | {-1, -2})
    print(frozenset(r % 97 for r in results))
    print({n: r for n, r in zip(numbers, results)}.keys() & {3, 25, 99})


asyncio.run(main())
