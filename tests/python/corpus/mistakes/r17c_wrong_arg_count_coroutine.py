# A coroutine function called with one argument too many: TypeError at the call
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    print(await factorial(3))
    print(await factorial(4, 0.1))


asyncio.run(main())
