# a memo kept in a mutable default argument, shared by every call and task
import asyncio

async def factorial(n, memo={0: 1, 1: 1}):
    if n in memo:
        return memo[n]
    await asyncio.sleep(0.01)
    memo[n] = n * await factorial(n - 1)
    return memo[n]

async def main():
    print(await asyncio.gather(factorial(5), factorial(3), factorial(6)))
    print(sorted(factorial.__defaults__[0].items()))
    print(await factorial(4), len(factorial.__defaults__[0]))

asyncio.run(main())
