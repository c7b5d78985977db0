import asyncio
import itertools

async def producer(name, out_q, count):
    for i in range(count):
        item = f"{name}-{i}"
        await out_q.put(item)
        await asyncio.sleep(0.005)
    print(name, "done producing")

async def transformer(in_q, out_q):
    while True:
        item = await in_q.get()
        await out_q.put(item.upper())
        in_q.task_done()

async def consumer(name, q, seen):
    while True:
        item = await q.get()
        seen.append(item)
        q.task_done()

async def main():
    raw, cooked = asyncio.Queue(), asyncio.Queue(maxsize=2)
    seen = []
    producers = [asyncio.create_task(producer(n, raw, 3)) for n in ("p", "q")]
    trans = asyncio.create_task(transformer(raw, cooked))
    consumers = [asyncio.create_task(consumer(f"c{i}", cooked, seen)) for i in range(2)]
    await asyncio.gather(*producers)
    await raw.join()
    await cooked.join()
    for t in itertools.chain([trans], consumers):
        t.cancel()
    await asyncio.gather(trans, *consumers, return_exceptions=True)
    print(sorted(seen))

asyncio.run(main())
