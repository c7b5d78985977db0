# Reusing one list of coroutines for two gathers: the second run fails
import asyncio

async def square(n):
    await asyncio.sleep(0.001)
    return n * n

async def main():
    coros = [square(n) for n in range(4)]
    print("first:", await asyncio.gather(*coros))
    print("second:", await asyncio.gather(*coros))

asyncio.run(main())
