# Adding up factorials, but I forgot the await so I'm adding coroutines.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    total = 0
    for n in [3, 4, 5]:
        total += factorial(n)
    print("sum of factorials:", total)


asyncio.run(main())
