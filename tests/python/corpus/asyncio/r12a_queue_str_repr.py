# test_queues: test_repr / test_str (the parts without addresses)
import asyncio

async def main():
    q = asyncio.Queue()
    print(str(q))
    q = asyncio.Queue(maxsize=5)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("a")
    print(str(q))
    async def g():
        await q2.get()
    q2 = asyncio.Queue()
    t = asyncio.create_task(g())
    await asyncio.sleep(0)
    print(str(q2))
    q2.put_nowait(0)
    await t
    q3 = asyncio.Queue()
    q3.put_nowait(1)
    q3.task_done()
    print(str(q3))
    print(repr(asyncio.LifoQueue()).split(" at ")[0], str(asyncio.PriorityQueue(3)))

asyncio.run(main())
