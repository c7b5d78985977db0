import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    await asyncio.sleep(0)
    print(str(q), putter.done())
    e = asyncio.Queue()
    getters = [asyncio.create_task(e.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(e))
    for g in getters:
        g.cancel()
    await asyncio.sleep(0)
    print(str(e))
    print(str(asyncio.LifoQueue(5)), str(asyncio.PriorityQueue()))

asyncio.run(main())
