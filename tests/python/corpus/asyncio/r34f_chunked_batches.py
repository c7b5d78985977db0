# Process a long list in batches of 3: gather each chunk, one chunk after another.
import asyncio

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

async def handle(item):
    await asyncio.sleep(0.005)
    if item == 7:
        return None
    return item * 2

async def main():
    items = list(range(1, 11))
    out = []
    for n, batch in enumerate(chunks(items, 3), 1):
        results = await asyncio.gather(*(handle(i) for i in batch))
        print(f"batch {n}: {batch} -> {results}")
        out.extend(r for r in results if r is not None)
    print("total:", sum(out), "count:", len(out))

asyncio.run(main())
