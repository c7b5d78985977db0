# running workers in batches of two with itertools.batched
import asyncio
import itertools

async def worker(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    for batch in itertools.batched(range(5), 2):
        print(await asyncio.gather(*map(worker, batch)))

asyncio.run(main())
