# gather() given a plain value among coroutines
import asyncio

async def double(x):
    await asyncio.sleep(0.01)
    return 2 * x

async def main():
    print(await asyncio.gather(double(1), double(2)))
    print(await asyncio.gather(double(1), 5, double(3)))

asyncio.run(main())
