# Mistake: gather given a list of coroutines (not unpacked): it treats the list as one awaitable.
import asyncio


async def square(n):
    await asyncio.sleep(0.01)
    return n * n


async def main():
    coros = [square(n) for n in range(1, 4)]
    results = await asyncio.gather(coros)
    print(results)


asyncio.run(main())
