# A context manager for timing the factorials, but __aenter__ and __aexit__ aren't async.
import asyncio


class Timer:
    def __aenter__(self):
        print("start timing")
        return self

    def __aexit__(self, *exc):
        print("stop timing")
        return False


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    print(await factorial(4))
    async with Timer() as t:
        print(await factorial(5))


asyncio.run(main())
