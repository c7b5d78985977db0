# Processing URLs in batches with itertools.batched, which only arrived in Python 3.12
import asyncio
import itertools

async def fetch(u):
    await asyncio.sleep(0.01)
    return len(u)

async def main():
    urls = [f"/page/{i}" for i in range(7)]
    try:
        batches = itertools.batched(urls, 3)
    except AttributeError as e:
        print("AttributeError:", e)
        it = iter(urls)
        batches = iter(lambda: tuple(itertools.islice(it, 3)), ())
    for n, batch in enumerate(batches, 1):
        sizes = await asyncio.gather(*map(fetch, batch))
        print(f"batch {n}: {list(batch)} -> {sizes}")

asyncio.run(main())
