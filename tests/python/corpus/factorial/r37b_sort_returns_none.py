# Sorting the results in place and printing what .sort() returns (None), then fixing it with sorted().
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    results = await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    print("sorted:", results.sort())
    print("results now:", results)
    print("descending:", sorted(results, reverse=True))
    print("index of 720:", results.index(720), "of 1:", results.index(1))


asyncio.run(main())
