# I used map() and expected numbers back, but got coroutine objects.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    results = list(map(factorial, [3, 4]))
    print([type(r).__name__ for r in results])
    print(sum(results))


asyncio.run(main())
