# zip(strict=True) of names and delays of different lengths.
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    names = ["A", "B", "C"]
    delays = [0.01, 0.02]
    coros = [worker(n, d) for n, d in zip(names, delays, strict=True)]
    print(await asyncio.gather(*coros))

asyncio.run(main())
