# A cache dict as a mutable default argument: handy, and shared by every call (on purpose this time).
import asyncio


async def factorial(n, cache={0: 1, 1: 1}):
    if n not in cache:
        await asyncio.sleep(0.005)
        cache[n] = n * await factorial(n - 1)
    return cache[n]


async def main():
    print(await factorial(5))
    print(sorted(factorial.__defaults__[0]))
    print(await asyncio.gather(factorial(7), factorial(3)))
    print(len(factorial.__defaults__[0]), await factorial(6, {}))


asyncio.run(main())
