# Factorial exercise: an async recursive factorial with a memo dict shared by the tasks.
import asyncio

memo = {0: 1}

async def factorial(n):
    if n in memo:
        return memo[n]
    await asyncio.sleep(0.01)
    memo[n] = n * await factorial(n - 1)
    return memo[n]

async def main():
    for n in (5, 3, 8):
        print(n, await factorial(n), len(memo))
    print(sorted(memo.items())[-3:])
    print(await asyncio.gather(factorial(10), factorial(9)))

asyncio.run(main())
