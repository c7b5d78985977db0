# I kept my old synchronous factorial and added the async one with the same name below it.
import asyncio


def factorial(n):
    return 1 if n == 0 else n * factorial(n - 1)


print("sync version:", factorial(5))


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    print("async version:", await factorial(5))
    print("the old way:", factorial(4) + 1)


asyncio.run(main())
