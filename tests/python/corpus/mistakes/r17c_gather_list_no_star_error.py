# gather given a list of coroutines: TypeError unhashable list, coroutines never awaited
import asyncio


async def square(x):
    await asyncio.sleep(0.1)
    return x * x


async def main():
    coros = [square(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print(results)


asyncio.run(main())
