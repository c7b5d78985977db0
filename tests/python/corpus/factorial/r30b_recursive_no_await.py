# Recursive async factorial, but the recursive call is not awaited.
import asyncio


async def factorial(n):
    if n == 0:
        return 1
    await asyncio.sleep(0.01)
    return n * factorial(n - 1)


async def main():
    print('Starting')
    print(await factorial(3))


asyncio.run(main())
