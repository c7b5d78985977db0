# A typical mistake: passing a list of coroutines to gather without unpacking it.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i * 10

async def main():
    coros = [fetch(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print(results)

asyncio.run(main())
