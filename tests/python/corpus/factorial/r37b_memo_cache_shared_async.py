# An async factorial with a shared memo dict; later calls reuse earlier answers.
import asyncio

memo = {0: 1}
hits = 0


async def factorial(n):
    global hits
    if n in memo:
        hits += 1
        return memo[n]
    await asyncio.sleep(0.01)
    memo[n] = n * await factorial(n - 1)
    return memo[n]


async def main():
    print(await factorial(6))
    print("hits after 6!:", hits, "memo size:", len(memo))
    print(await asyncio.gather(factorial(8), factorial(4), factorial(7)))
    print("hits now:", hits, "keys:", sorted(memo))


asyncio.run(main())
