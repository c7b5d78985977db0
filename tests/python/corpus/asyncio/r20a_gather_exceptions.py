# gather with one failing coroutine: first exception propagates; with return_exceptions it is listed.
import asyncio


async def good(n):
    await asyncio.sleep(0.1 * n)
    return n


async def bad():
    await asyncio.sleep(0.15)
    raise ValueError('bad phase')


async def main():
    try:
        await asyncio.gather(good(1), bad(), good(3))
    except ValueError as e:
        print('gather raised:', e)
    results = await asyncio.gather(good(1), bad(), good(3), return_exceptions=True)
    print(results)


asyncio.run(main())
