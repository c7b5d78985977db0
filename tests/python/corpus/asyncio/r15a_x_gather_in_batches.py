# Processing 10 items in batches of 4 with gather, as a simple alternative to a semaphore
import asyncio

async def process(item):
    await asyncio.sleep(0.01)
    return item ** 2

async def main():
    items = list(range(10))
    results = []
    for start in range(0, len(items), 4):
        batch = items[start:start + 4]
        print("batch", batch)
        results.extend(await asyncio.gather(*map(process, batch)))
    print(results)

asyncio.run(main())
