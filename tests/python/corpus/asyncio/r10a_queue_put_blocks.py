import asyncio

async def producer(q):
    for i in range(4):
        print('putting', i)
        await q.put(i)
        print('put', i, 'size', q.qsize())

async def main():
    q = asyncio.Queue(maxsize=1)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0.01)
    while not p.done() or not q.empty():
        item = await q.get()
        print('got', item)
        await asyncio.sleep(0)
    await p

asyncio.run(main())
