# Collect items from a queue into batches of up to 3, flushing early when 0.1 s pass without a full batch
import asyncio


async def batcher(q, out):
    while True:
        batch = [await q.get()]
        try:
            async with asyncio.timeout(0.1):
                while len(batch) < 3:
                    batch.append(await q.get())
        except TimeoutError:
            out.append(("timeout", batch))
        else:
            out.append(("full", batch))
        if None in batch:
            return


async def producer(q):
    for item in [1, 2, 3, 4, 5]:
        await q.put(item)
    await asyncio.sleep(0.3)
    for item in [6, 7]:
        await q.put(item)
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.3)
    await q.put(None)


async def main():
    q = asyncio.Queue()
    out = []
    await asyncio.gather(batcher(q, out), producer(q))
    for kind, batch in out:
        print(kind, batch)


asyncio.run(main())
