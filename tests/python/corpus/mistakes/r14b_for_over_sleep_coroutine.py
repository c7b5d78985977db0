# Mistake: a for loop over asyncio.sleep() instead of a range ('coroutine' object is not iterable).
import asyncio


async def ticker(n):
    for tick in asyncio.sleep(0.1, n):
        print('tick', tick)


async def main():
    print('Main - Starting')
    await ticker(3)
    print('Main - Done')


asyncio.run(main())
