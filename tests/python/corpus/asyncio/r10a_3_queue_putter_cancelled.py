import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put('first')
    p1 = asyncio.create_task(q.put('second'))
    p2 = asyncio.create_task(q.put('third'))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print(await q.get())
    await asyncio.sleep(0)
    print(q.qsize(), p1.cancelled(), p2.done())
    print(await q.get())
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait('fourth')
    print(getter.cancelled(), q.qsize(), q.get_nowait())

asyncio.run(main())
