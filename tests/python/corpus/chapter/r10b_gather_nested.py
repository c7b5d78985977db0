# gather of gathers.
import asyncio

async def worker(x):
    await asyncio.sleep(0.01)
    return x

async def main():
    first = asyncio.gather(worker(1), worker(2))
    second = asyncio.gather(worker(3), worker(4))
    both = await asyncio.gather(first, second)
    print(both)
    print([x for pair in both for x in pair])

asyncio.run(main())
