# Student bug: asyncio.sleep(0.1) called without await inside the factorial loop.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    values = await asyncio.gather(factorial(3), factorial(4))
    print(values)


asyncio.run(main())
