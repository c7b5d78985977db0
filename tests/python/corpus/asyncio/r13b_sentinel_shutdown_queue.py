import asyncio

SENTINEL = None

async def producer(q, n_consumers):
    for i in range(6):
        await q.put(i)
    for _ in range(n_consumers):
        await q.put(SENTINEL)

async def consumer(name, q):
    handled = []
    while (item := await q.get()) is not SENTINEL:
        handled.append(item)
        await asyncio.sleep(0.01)
    print(name, "stopping")
    return handled

async def main():
    q = asyncio.Queue(maxsize=3)
    n = 2
    prod = asyncio.create_task(producer(q, n))
    results = await asyncio.gather(*(consumer(f"c{i}", q) for i in range(n)))
    await prod
    print(sorted(x for r in results for x in r))

asyncio.run(main())
