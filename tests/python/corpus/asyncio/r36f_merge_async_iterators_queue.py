# Merge several async generators into one stream through a queue, like aiostream's merge.
import asyncio

async def source(name, delays):
    for i, d in enumerate(delays):
        await asyncio.sleep(d)
        yield f"{name}{i}"

async def merge(*gens):
    q = asyncio.Queue()
    done = object()
    async def drain(g):
        async for item in g:
            await q.put(item)
        await q.put(done)
    tasks = [asyncio.create_task(drain(g)) for g in gens]
    remaining = len(tasks)
    while remaining:
        item = await q.get()
        if item is done:
            remaining -= 1
        else:
            yield item

async def main():
    merged = merge(source("a", [0.1, 0.3]), source("b", [0.2, 0.1, 0.3]), source("c", [0.5]))
    print([x async for x in merged])

asyncio.run(main())
