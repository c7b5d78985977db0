# gather given a list instead of unpacked arguments.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    coros = [worker(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print(results)

asyncio.run(main())
