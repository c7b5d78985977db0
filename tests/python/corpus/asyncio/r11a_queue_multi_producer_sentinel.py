import asyncio

N_PRODUCERS = 3
STOP = object()


async def producer(pid, q):
    for i in range(3):
        await q.put(f"p{pid}-item{i}")
        await asyncio.sleep(0)
    await q.put(STOP)


async def consumer(q):
    stopped = 0
    seen = []
    while stopped < N_PRODUCERS:
        item = await q.get()
        if item is STOP:
            stopped += 1
            continue
        seen.append(item)
    return seen


async def main():
    q = asyncio.Queue()
    producers = [asyncio.create_task(producer(p, q)) for p in range(N_PRODUCERS)]
    seen = await consumer(q)
    await asyncio.gather(*producers)
    print(len(seen), "items")
    print(seen)


asyncio.run(main())
