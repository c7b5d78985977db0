# Several consumers waiting on get() are served in the order they started waiting
import asyncio

async def consumer(name, q, out):
    item = await q.get()
    out.append((name, item))

async def main():
    q = asyncio.Queue()
    out = []
    tasks = [asyncio.create_task(consumer(n, q, out)) for n in 'ABC']
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*tasks)
    print(out)

asyncio.run(main())
