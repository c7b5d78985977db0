# Merging several async generators into one stream through a Queue
import asyncio

async def numbers(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def merge(*gens):
    q = asyncio.Queue()
    DONE = object()
    async def drain(g):
        async for item in g:
            await q.put(item)
        await q.put(DONE)
    tasks = [asyncio.create_task(drain(g)) for g in gens]
    finished = 0
    while finished < len(tasks):
        item = await q.get()
        if item is DONE:
            finished += 1
        else:
            yield item

async def main():
    async for item in merge(numbers("a", 0.2, 3), numbers("b", 0.5, 2)):
        print(item)

asyncio.run(main())
