import asyncio


async def main():
    q: asyncio.Queue[str] = asyncio.Queue(maxsize=3)
    print(q)
    q.put_nowait("a")
    print(q)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(q)
    empty = asyncio.Queue()
    g2 = asyncio.create_task(empty.get())
    await asyncio.sleep(0)
    print(empty)
    g2.cancel()
    await asyncio.sleep(0)
    print(empty)
    print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]])
    print(await getter)


asyncio.run(main())
